"""The printer URI from a kiosk's settings, turned into a printer.

Supported now: ``file:///abs/folder?format=png,pdf&dpi=300`` (or ``file:prints``, relative to the
kiosk's home) and ``fake://`` (optionally ``fake://?state=paper-out``). ESC/POS, ZPL and CUPS
printers come later; their URIs are recognised and refused with a clear message.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import SplitResult, parse_qs, urlsplit
from urllib.request import url2pathname

from kiosk.printing.base import Printer, PrinterError, PrinterState, PrinterStatus
from kiosk.printing.fake import FakePrinter
from kiosk.printing.file import FORMATS, FilePrinter

EXAMPLES = "file:///path/to/folder?format=pdf or fake://"
NOT_YET = frozenset({"escpos+tcp", "escpos+usb", "escpos+serial", "zpl+tcp", "cups"})
_BLOCKING = frozenset({PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE})

Query = dict[str, list[str]]


def open_printer(uri: str, base_dir: Path | None = None) -> Printer:
    """The printer ``uri`` names; relative file paths are resolved against ``base_dir``."""
    text = uri.strip()
    if not text:
        raise PrinterError("No printer is configured: the printer URI is empty.")
    try:
        parts = urlsplit(text)
        query = parse_qs(parts.query, keep_blank_values=True)
    except ValueError as error:
        raise PrinterError(f"The printer URI {uri!r} is not valid ({error}).") from error
    scheme = parts.scheme.lower()
    if scheme == "file":
        return _file_printer(parts, query, base_dir)
    if scheme == "fake":
        return _fake_printer(query, text)
    if scheme in NOT_YET:
        raise PrinterError(f"Printers of type '{scheme}' are not supported yet. Use {EXAMPLES}.")
    if not scheme:
        raise PrinterError(
            f"The printer URI {uri!r} does not say which kind of printer; use {EXAMPLES}."
        )
    raise PrinterError(f"Unknown printer type '{scheme}' in {uri!r}; use {EXAMPLES}.")


def _file_printer(parts: SplitResult, query: Query, base_dir: Path | None) -> FilePrinter:
    _only_keys(query, {"format", "dpi"})
    if parts.netloc not in ("", "localhost"):
        raise PrinterError(
            f"'file://{parts.netloc}{parts.path}' names a host, not a folder: write "
            f"file:{parts.netloc}{parts.path} for a folder in the kiosk's home, or file:///full/path."
        )
    if not parts.path:
        raise PrinterError("The file printer URI names no folder; use e.g. file:///var/badges.")
    folder = Path(url2pathname(parts.path))
    if not folder.is_absolute():
        if base_dir is None:
            raise PrinterError(
                f"The printer folder '{folder}' is relative and there is no home to put it in."
            )
        folder = base_dir / folder
    return FilePrinter(folder, _formats(query), _dpi(query))


def _fake_printer(query: Query, uri: str) -> FakePrinter:
    _only_keys(query, {"state"})
    value = query.get("state", [PrinterState.ONLINE.value])[-1]
    try:
        state = PrinterState(value)
    except ValueError:
        choices = ", ".join(s.value for s in PrinterState)
        raise PrinterError(
            f"Unknown fake printer state '{value}'; choose from {choices}."
        ) from None
    failure = PrinterError(f"The printer reports: {value}.") if state in _BLOCKING else None
    return FakePrinter(fail_with=failure, reported=PrinterStatus(state), uri=uri)


def _formats(query: Query) -> tuple[str, ...]:
    values = [v.strip().lower() for item in query.get("format", []) for v in item.split(",")]
    formats = tuple(v for v in values if v) or FORMATS
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise PrinterError(
            f"The file printer cannot write '{', '.join(unknown)}'; formats: {', '.join(FORMATS)}."
        )
    return formats


def _dpi(query: Query) -> int:
    value = query.get("dpi", ["300"])[-1]
    if not value.isdigit() or not 72 <= int(value) <= 2400:
        raise PrinterError(
            f"The file printer dpi must be a whole number from 72 to 2400, not '{value}'."
        )
    return int(value)


def _only_keys(query: Query, allowed: set[str]) -> None:
    unknown = sorted(set(query) - allowed)
    if unknown:
        raise PrinterError(
            f"Unknown printer setting '{unknown[0]}'; "
            f"this printer takes: {', '.join(sorted(allowed))}."
        )
