"""The application log: rotating JSON lines in the home's logs/ (kiosk.jsonl), and reading them
back for `kiosk logs` (docs/logs.md).

One JSON object a line: ``time`` (UTC, ISO 8601, milliseconds), ``level``, ``logger``,
``message``, ``kiosk`` (the kiosk id), and ``exception`` when a traceback came with it. Messages
carry registration ids, badge versions and counts, never names, e-mails or photos (STYLE.md).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from kiosk.paths import Home

LOG_NAME = "kiosk.jsonl"
MAX_BYTES = 2_000_000
BACKUPS = 5  # kiosk.jsonl.1 ... kiosk.jsonl.5: about 12 MB in all
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def log_path(home: Home) -> Path:
    return home.logs / LOG_NAME


class JsonLineFormatter(logging.Formatter):
    """A record as one line of JSON (non-ASCII kept as it is: the file is UTF-8)."""

    def __init__(self, kiosk_id: str) -> None:
        super().__init__()
        self.kiosk_id = kiosk_id

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "kiosk": self.kiosk_id,
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def json_log_handler(home: Home, kiosk_id: str) -> logging.Handler:
    """The rotating kiosk.jsonl handler (raises OSError when logs/ cannot be made or opened)."""
    home.logs.mkdir(exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_path(home), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(JsonLineFormatter(kiosk_id))
    return handler


def drop_library_handlers(root: logging.Logger) -> None:
    """Remove the stderr handler a library's ``logging.basicConfig()`` put on the root logger at
    import (python-escpos does): it would repeat every INFO line on stderr, unasked."""
    for handler in list(root.handlers):
        formatter = handler.formatter
        if (
            type(handler) is logging.StreamHandler
            and formatter is not None
            and formatter._fmt == logging.BASIC_FORMAT
        ):
            root.removeHandler(handler)


def kiosk_id_for_logs(home: Home) -> str:
    """The enrolled kiosk id, else settings.toml's, else ""; a broken file is the command's
    business (it reports it), not the log's."""
    from kiosk.settings import load_settings
    from kiosk.sync.enrollment import load_link

    try:
        link = load_link(home.registry_link)
        return link.kiosk_id if link is not None else load_settings(home.settings).kiosk_id
    except Exception:  # any unreadable file: the log still works, without an id
        return ""


# --- reading ---------------------------------------------------------------------------------


def parse_line(line: str) -> dict[str, Any]:
    """One line of the log; a line that is not ours (cut by a crash) becomes a plain message."""
    try:
        entry = json.loads(line)
    except ValueError:
        entry = None
    if not isinstance(entry, dict):
        return {"time": "", "level": "?", "logger": "", "message": line.rstrip("\n"), "kiosk": ""}
    return entry


def readable(entry: dict[str, Any]) -> str:
    """``2022-05-30 08:45:01.123 INFO kiosk.services.check_in [kiosk-1] message``."""
    stamp = str(entry.get("time", "")).replace("T", " ").removesuffix("+00:00")
    kiosk = f" [{entry['kiosk']}]" if entry.get("kiosk") else ""
    text = f"{stamp} {entry.get('level', '?'):<7} {entry.get('logger', '')}{kiosk} "
    text += str(entry.get("message", ""))
    if entry.get("exception"):
        text += "\n" + str(entry["exception"])
    return text


def at_least(level: str) -> Callable[[dict[str, Any]], bool]:
    """A filter keeping entries of ``level`` and above (an unknown level in a line is kept)."""
    floor = LEVELS.index(level.upper())

    def keep(entry: dict[str, Any]) -> bool:
        name = str(entry.get("level", "")).upper()
        return name not in LEVELS or LEVELS.index(name) >= floor

    return keep


def last_lines(path: Path, count: int) -> list[str]:
    """The last ``count`` lines of the log, reaching into the rotated files when needed."""
    lines: list[str] = []
    for file in (path, *(Path(f"{path}.{n}") for n in range(1, BACKUPS + 1))):
        if len(lines) >= count or not file.exists():
            break
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines() + lines
    return lines[-count:] if count else []


def follow(
    reader: LogTail,
    poll_s: float = 0.5,
    keep_going: Callable[[], bool] = lambda: True,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[str]:
    """New lines as they are written after ``reader`` was opened. When the file is rotated
    (renamed and a new one begun) the old one is read to its end, then the new one from its
    start; a file cut shorter is read again from its start."""
    try:
        while keep_going():
            line = reader.next_line()
            if line is not None:
                yield line
            elif reader.replaced():
                yield from reader.reopen()
            else:
                sleep(poll_s)
    finally:
        reader.close()


class LogTail:
    """The log file, opened at its end (open it before printing the last lines, so no line
    written meanwhile is missed); read in bytes, so a half-written line waits for its end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: BinaryIO | None = None
        self.inode: int | None = None
        if path.exists():
            self.handle = path.open("rb")
            self.handle.seek(0, os.SEEK_END)
            self.inode = _inode(path)

    def next_line(self) -> str | None:
        if self.handle is None:
            return None
        line = self.handle.readline()
        if line.endswith(b"\n"):
            return line.rstrip(b"\r\n").decode("utf-8", errors="replace")
        if line:
            self.handle.seek(-len(line), os.SEEK_CUR)
        return None

    def replaced(self) -> bool:
        current = _inode(self.path)
        if current is None:
            return False
        if current != self.inode or self.handle is None:
            return True
        return self.path.stat().st_size < self.handle.tell()  # cut shorter (copytruncate)

    def reopen(self) -> Iterator[str]:
        if self.handle is not None and _inode(self.path) != self.inode:
            for rest in self.handle.readlines():  # the rotated file's last lines
                yield rest.rstrip(b"\r\n").decode("utf-8", errors="replace")
        self.close()
        self.handle, self.inode = self.path.open("rb"), _inode(self.path)

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except OSError:
        return None
