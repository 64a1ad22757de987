"""A printer that saves badges as files (PNG and/or PDF): dry runs, support, archives, tests."""

from __future__ import annotations

import errno
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from kiosk.core.badge_layout import BadgeContent, BadgeSize
from kiosk.printing.base import (
    BadgeEncoder,
    PrinterError,
    PrinterState,
    PrinterStatus,
    PrintResult,
    RenderedBadge,
)
from kiosk.printing.profiles import PrinterProfile
from kiosk.printing.render import pdf_bytes, png_bytes

log = logging.getLogger(__name__)

FORMATS = ("png", "pdf")  # the default; "raw" also needs an encoder (the printer's own bytes)
RAW = "raw"
LOW_SPACE_BYTES = 20 * 1024 * 1024  # a few hundred badges; below this, warn before it runs out
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
_FORBIDDEN = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


class FilePrinter:
    """Writes ``<registration id>-v<badge version>.<format>`` into a folder, never overwriting."""

    def __init__(
        self,
        directory: Path,
        formats: tuple[str, ...] = FORMATS,
        dpi: int = 300,
        raw: BadgeEncoder | None = None,
    ) -> None:
        unknown = [f for f in formats if f not in (*FORMATS, RAW)]
        if unknown or not formats:
            raise PrinterError(
                f"File printer formats must be among {', '.join(FORMATS)}, {RAW}; "
                f"got {', '.join(formats)}"
            )
        if RAW in formats and raw is None:
            raise PrinterError("The file printer needs a printer profile to write raw files.")
        self.raw = raw
        self.directory = Path(directory).absolute()
        self.formats = tuple(dict.fromkeys(formats))
        self.dpi = dpi

    @property
    def profile(self) -> PrinterProfile | None:
        """The printer model the raw bytes are for, when this printer writes raw files."""
        profile = getattr(self.raw, "profile", None)
        return profile if isinstance(profile, PrinterProfile) else None

    @property
    def uri(self) -> str:
        profile = f"&profile={self.raw.profile_name}" if self.raw is not None else ""
        return f"{self.directory.as_uri()}?format={','.join(self.formats)}{profile}"

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        renders = {self._suffix(fmt): self._render(fmt, badge) for fmt in self.formats}
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            paths = self._write_new(_stem(badge.content), renders)
        except OSError as error:
            raise PrinterError(_explain(error, self.directory)) from error
        log.info(
            "badge %s v%s saved as %s",
            badge.content.registration_id,
            badge.content.badge_version,
            ", ".join(p.name for p in paths),
        )
        return PrintResult(printer=self.uri, outputs=tuple(str(p) for p in paths))

    def _suffix(self, fmt: str) -> str:
        return self.raw.suffix if fmt == RAW and self.raw is not None else fmt

    def _render(self, fmt: str, badge: RenderedBadge) -> bytes:
        if fmt == RAW and self.raw is not None:
            return self.raw.encode(badge)  # the exact bytes the printer would get
        return _renderer(fmt, self.dpi)(badge.content, badge.size)

    def status(self) -> PrinterStatus:
        folder = _existing_ancestor(self.directory)
        if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
            return PrinterStatus(PrinterState.OFFLINE, f"Cannot write to {folder}")
        free = shutil.disk_usage(folder).free
        if free < LOW_SPACE_BYTES:
            return PrinterStatus(
                PrinterState.PAPER_NEAR_END, f"Only {free // 1024} KB left on the disk of {folder}"
            )
        return PrinterStatus(PrinterState.ONLINE, str(self.directory))

    def _write_new(self, stem: str, renders: dict[str, bytes]) -> list[Path]:
        """Write every format under the first free name: stem, stem-2, stem-3 ..."""
        attempt = 1
        while True:
            name = stem if attempt == 1 else f"{stem}-{attempt}"
            paths = [self.directory / f"{name}.{fmt}" for fmt in renders]
            if not any(p.exists() for p in paths):
                try:
                    return _write_all(paths, list(renders.values()))
                except FileExistsError:
                    pass  # another process took the name between the check and the write
            attempt += 1


def _renderer(fmt: str, dpi: int) -> Callable[[BadgeContent, BadgeSize], bytes]:
    if fmt == "png":
        return lambda content, size: png_bytes(content, size, dpi)
    return pdf_bytes


def _stem(content: BadgeContent) -> str:
    return f"{content.registration_id}-v{content.badge_version}"


def _write_all(paths: list[Path], contents: list[bytes]) -> list[Path]:
    """Create every file exclusively; on any failure remove the ones this call wrote."""
    written: list[Path] = []
    try:
        for path, data in zip(paths, contents, strict=True):
            with path.open("xb") as handle:
                os.fchmod(handle.fileno(), 0o600)  # a badge shows a name: owner-only, still empty
                written.append(path)
                handle.write(data)
    except OSError:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def _existing_ancestor(directory: Path) -> Path:
    """The folder itself, or the nearest parent that exists (where it would be created)."""
    for folder in (directory, *directory.parents):
        if folder.exists():
            return folder
    return directory


def _explain(error: OSError, directory: Path) -> str:
    """What went wrong, in words staff can act on."""
    if error.errno in _FULL:
        return f"The disk is full: cannot save badges in {directory}. Free some space."
    if error.errno in _FORBIDDEN:
        return f"No permission to save badges in {directory}. Check the folder's permissions."
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return f"Cannot save badges in {directory}: part of that path is a file, not a folder."
    return f"Cannot save badges in {directory}: {error.strerror or error}"
