"""pretalx and frab schedule.json: ``schedule.conference.days[].rooms{room: [talks]}``.

Each talk gives its start (``date`` as ISO time with offset, else the day's ``date`` and a local
``start`` "HH:MM" in ``conference.time_zone_name``), a ``duration`` "HH:MM", a ``title`` (a text,
or pretalx's object of texts by language), ``track``, ``type``, ``language`` and ``guid``/``id``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core.model import Session
from kiosk.core.schedule import (
    MAX_TITLE,
    ProblemKind,
    language_codes,
    session_id,
)
from kiosk.core.schedule_entries import EntryError, ScheduleBuilder, ScheduleFileError
from kiosk.core.translations import FALLBACK_LANGUAGE, frozen

Progress = Callable[[int, int], None]
_DURATION = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def read_pretalx(
    data: Any, event_id: int, default_zone: str, progress: Progress | None = None
) -> ScheduleBuilder:
    """The talks of a parsed schedule.json; a file-level flaw raises ScheduleFileError."""
    conference = _conference(data)
    zone = _zone(conference.get("time_zone_name"), default_zone)
    days = conference.get("days")
    if not isinstance(days, list):
        raise ScheduleFileError("JSON but not a pretalx/frab schedule: no schedule.conference.days")
    builder = ScheduleBuilder(event_id, "pretalx/frab JSON", progress)
    talks = list(_talks(days, builder))
    builder.expect(len(talks))
    for position, day, room, talk in talks:
        try:
            builder.add(_session(talk, event_id, zone, day, room, builder, position), position)
        except EntryError as exc:
            builder.skip(position, str(exc))
    return builder


def _conference(data: Any) -> Mapping[str, Any]:
    schedule = data.get("schedule") if isinstance(data, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict):
        raise ScheduleFileError("JSON but not a pretalx/frab schedule: no schedule.conference")
    return conference


def _zone(name: Any, default: str) -> ZoneInfo:
    text = name if isinstance(name, str) and name else default
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleFileError(f"unknown time zone {text[:60]!r}") from None


def _talks(
    days: list[Any], builder: ScheduleBuilder
) -> Iterator[tuple[str, Mapping[str, Any], str, Any]]:
    for i, day in enumerate(days):
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            builder.skip(f"days[{i}]", "the day has no rooms object")
            continue
        for room, talks in rooms.items():
            if not isinstance(talks, list):
                builder.skip(f"days[{i}].rooms[{room}]", "the room's talks are not a list")
                continue
            for j, talk in enumerate(talks):
                yield f"days[{i}].rooms[{room}][{j}]", day, room, talk


def _session(
    talk: Any,
    event_id: int,
    zone: ZoneInfo,
    day: Mapping[str, Any],
    room_key: str,
    builder: ScheduleBuilder,
    position: str,
) -> Session:
    if not isinstance(talk, dict):
        raise EntryError("the entry is not an object")
    title, translations = _title(talk.get("title"))
    starts = _start(talk, day, zone)
    ends = starts + _duration(talk.get("duration"))
    room = _text(talk.get("room")) or _text(room_key)
    if not room:
        builder.note(position, ProblemKind.NO_ROOM, f"{title[:60]!r} has no room")
    track = _text(talk.get("track"))
    key = _text(talk.get("guid")) or _text(talk.get("id")) or f"{starts}|{room}|{title}"
    return Session(
        id=session_id("pretalx", key),
        event_id=event_id,
        title=title,
        kind=_text(talk.get("type")) or "Session",
        track=builder.track(track) if track else "",
        room=builder.room(room) if room else "",
        starts_at=starts,
        ends_at=ends,
        languages=language_codes(_text(talk.get("language"))),
        title_translations=frozen(translations),
    )


def _title(value: Any) -> tuple[str, dict[str, str]]:
    if isinstance(value, dict):  # pretalx's multilingual field: {"en": ..., "fr": ...}
        texts = {k: v.strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
        english = texts.pop(FALLBACK_LANGUAGE, "") or next(iter(texts.values()), "")
    else:
        english, texts = _text(value), {}
    if not english:
        raise EntryError("the entry has no title")
    if len(english) > MAX_TITLE:
        raise EntryError(f"the title is {len(english)} characters long (at most {MAX_TITLE})")
    return english, texts


def _start(talk: Mapping[str, Any], day: Mapping[str, Any], zone: ZoneInfo) -> datetime:
    stamp = _text(talk.get("date"))
    if stamp:
        try:
            moment = datetime.fromisoformat(stamp)
        except ValueError:
            raise EntryError(f"date {stamp[:40]!r} is not an ISO time") from None
    else:
        moment = _local_start(_text(day.get("date")), _text(talk.get("start")))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def _local_start(day: str, start: str) -> datetime:
    try:
        hour, minute = (int(part) for part in start.split(":")[:2])
        return datetime.combine(date.fromisoformat(day), datetime.min.time()).replace(
            hour=hour, minute=minute
        )
    except ValueError:
        raise EntryError(f"start {start[:20]!r} on {day[:20]!r} is not a time") from None


def _duration(value: Any) -> timedelta:
    match = _DURATION.match(_text(value))
    if match is None:
        raise EntryError(f"duration {str(value)[:20]!r} is not HH:MM")
    days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    length = timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    if length <= timedelta(0):
        raise EntryError("the duration is zero")
    return length


def _text(value: Any) -> str:
    if isinstance(value, dict):  # a track or room given as {"name": ...} or by language
        value = value.get("name") or value.get(FALLBACK_LANGUAGE)
    if isinstance(value, bool) or value is None:
        return ""
    return str(value).strip() if isinstance(value, (str, int)) else ""
