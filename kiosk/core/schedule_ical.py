"""iCalendar (.ics, RFC 5545) programmes through the icalendar package: one VEVENT per session.

SUMMARY is the title, LOCATION the room, the first of CATEGORIES the track, UID the identity.
A time with a TZID is converted from that zone; a floating time is in the calendar's
X-WR-TIMEZONE, else the event's zone. The end is DTEND, else DTSTART plus DURATION.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from kiosk.core.model import Session
from kiosk.core.schedule import MAX_TITLE, ProblemKind, language_codes, session_id
from kiosk.core.schedule_entries import EntryError, ScheduleBuilder, ScheduleFileError


def read_ical(
    content: bytes,
    event_id: int,
    default_zone: str,
    progress: Callable[[int, int], None] | None = None,
) -> ScheduleBuilder:
    try:
        calendar = icalendar.Calendar.from_ical(content)
    except ValueError as exc:
        raise ScheduleFileError(f"not a readable iCalendar file: {_first_line(exc)}") from None
    if calendar.name != "VCALENDAR":
        raise ScheduleFileError(f"iCalendar text without a VCALENDAR (found {calendar.name})")
    zone = _zone(calendar.get("X-WR-TIMEZONE"), default_zone)
    builder = ScheduleBuilder(event_id, "iCalendar", progress)
    events = calendar.walk("VEVENT")
    builder.expect(len(events))
    for index, component in enumerate(events):
        position = f"VEVENT {index + 1}"
        try:
            builder.add(_session(component, event_id, zone, builder, position), position)
        except EntryError as exc:
            builder.skip(position, str(exc))
    return builder


def _session(
    component: Any, event_id: int, zone: ZoneInfo, builder: ScheduleBuilder, position: str
) -> Session:
    broken = {name for name, _ in component.errors}
    title = _text(component, "SUMMARY")
    if not title:
        raise EntryError("the entry has no SUMMARY (title)")
    if len(title) > MAX_TITLE:
        raise EntryError(f"the title is {len(title)} characters long (at most {MAX_TITLE})")
    starts = _moment(component, "DTSTART", zone, broken)
    ends = _end(component, starts, zone, broken)
    room = _text(component, "LOCATION")
    if not room:
        builder.note(position, ProblemKind.NO_ROOM, f"{title[:60]!r} has no LOCATION")
    if component.get("RRULE") is not None:
        builder.note(position, ProblemKind.NOTE, "repeats (RRULE): only its first time is shown")
    track = _first_category(component)
    summary = component.get("SUMMARY")
    language = str(summary.params.get("LANGUAGE", "")) if hasattr(summary, "params") else ""
    key = _text(component, "UID") or f"{starts}|{room}|{title}"
    return Session(
        id=session_id("ical", key),
        event_id=event_id,
        title=title,
        kind="Session",
        track=builder.track(track) if track else "",
        room=builder.room(room) if room else "",
        starts_at=starts,
        ends_at=ends,
        languages=language_codes(language),
    )


def _moment(component: Any, name: str, zone: ZoneInfo, broken: set[str]) -> datetime:
    if name in broken:
        raise EntryError(f"{name} is not a valid date and time")
    prop = component.get(name)
    if prop is None:
        raise EntryError(f"the entry has no {name}")
    value = prop.dt
    if not isinstance(value, datetime):
        kind = "a whole day" if isinstance(value, date) else "not a time"
        raise EntryError(f"{name} is {kind}: a session needs a start time")
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def _end(component: Any, starts: datetime, zone: ZoneInfo, broken: set[str]) -> datetime:
    if component.get("DTEND") is not None or "DTEND" in broken:
        ends = _moment(component, "DTEND", zone, broken)
    elif component.get("DURATION") is not None and "DURATION" not in broken:
        length = component.get("DURATION").dt
        if not isinstance(length, timedelta):
            raise EntryError("DURATION is not a length of time")
        ends = starts + length
    else:
        raise EntryError("the entry has neither DTEND nor DURATION")
    if ends <= starts:
        raise EntryError("the entry ends before it starts")
    return ends


def _first_category(component: Any) -> str:
    value = component.get("CATEGORIES")
    groups = value if isinstance(value, list) else [value] if value is not None else []
    for group in groups:
        for category in getattr(group, "cats", []):
            text = str(category).strip()
            if text:
                return text
    return ""


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    return str(value).strip() if value is not None else ""


def _zone(name: Any, default: str) -> ZoneInfo:
    for candidate in (str(name).strip() if name is not None else "", default):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
