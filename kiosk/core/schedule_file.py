"""Reading a schedule file: pretalx/frab JSON or iCalendar, told apart by their content."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from kiosk.core.schedule import Schedule
from kiosk.core.schedule_entries import ScheduleFileError
from kiosk.core.schedule_ical import read_ical
from kiosk.core.schedule_json import read_pretalx

__all__ = ["ScheduleFileError", "read_schedule"]

MAX_FILE_BYTES = 100 * 1024 * 1024  # a programme of 100,000 sessions is a few tens of MB


def read_schedule(
    path: Path,
    event_id: int,
    default_zone: str,
    progress: Callable[[int, int], None] | None = None,
) -> Schedule:
    """The sessions of ``path``; ScheduleFileError (naming the file) when it is not a schedule."""
    try:
        return _read(path, event_id, default_zone, progress)
    except ScheduleFileError as exc:
        raise ScheduleFileError(f"{path}: {exc}") from None


def _read(
    path: Path, event_id: int, default_zone: str, progress: Callable[[int, int], None] | None
) -> Schedule:
    content = _content(path)
    text = _text(content)
    head = text.lstrip()
    if head.startswith("BEGIN:VCALENDAR"):
        return read_ical(text.encode("utf-8"), event_id, default_zone, progress).build()
    if head.startswith(("{", "[")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ScheduleFileError(
                f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
        return read_pretalx(data, event_id, default_zone, progress).build()
    first = head.splitlines()[0][:40] if head else ""
    raise ScheduleFileError(
        f"neither a pretalx/frab schedule JSON nor an iCalendar file (it starts with {first!r})"
    )


def _content(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScheduleFileError(f"{size} bytes is too big for a schedule")
        content = path.read_bytes()
    except OSError as exc:
        raise ScheduleFileError(f"cannot be read ({exc.strerror or exc})") from None
    if not content.strip():
        raise ScheduleFileError("the file is empty")
    return content


def _text(content: bytes) -> str:
    nul = content.find(b"\x00")
    if nul >= 0:
        raise ScheduleFileError(f"binary data, not a schedule (a NUL byte at offset {nul})")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScheduleFileError(
            f"not UTF-8 text (byte {exc.start}); schedule files are UTF-8"
        ) from None
