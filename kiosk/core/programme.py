"""The day's programme as the sessions board shows it: what is on now, what is next, filters.

Pure: the caller passes the sessions, rooms and tracks it read, the time now and the venue's zone.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.model import Room, Session, Track

# A board that sees no start or end all day still looks again this often (a clock set forward).
LONGEST_WAIT = timedelta(minutes=15)


class SessionState(enum.Enum):
    PAST = "past"
    NOW = "now"  # started and not yet ended
    NEXT = "next"  # the earliest start still to come
    LATER = "later"


@dataclass(frozen=True, slots=True)
class BoardEntry:
    """One session with its room (None: the programme gives no directions) and track."""

    session: Session
    room: Room | None
    track: Track | None
    state: SessionState


@dataclass(frozen=True, slots=True)
class DayProgramme:
    """Every session of one local day, in start order, and what the filters can offer."""

    day: date
    now: datetime  # UTC, the kiosk clock when the programme was read
    timezone: str
    entries: tuple[BoardEntry, ...]
    tracks: tuple[Track, ...]  # the tracks the day's sessions use, in label order
    languages: tuple[str, ...]  # the languages the day's sessions are held in, sorted
    refresh_at: datetime  # UTC: the next start, end or midnight, when the board must look again


def day_bounds(day: date, timezone: str) -> tuple[datetime, datetime]:
    """The UTC instants at which the local ``day`` starts and the next one starts."""
    zone = ZoneInfo(timezone)
    start = datetime.combine(day, time(), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_day(moment: datetime, timezone: str) -> date:
    return moment.astimezone(ZoneInfo(timezone)).date()


def day_programme(
    sessions: Iterable[Session],
    rooms: Iterable[Room],
    tracks: Iterable[Track],
    now: datetime,
    timezone: str,
) -> DayProgramme:
    """The programme of the local day that holds ``now``, with now and next marked."""
    day = local_day(now, timezone)
    start, end = day_bounds(day, timezone)
    by_room = {room.name: room for room in rooms}
    by_code = {track.code: track for track in tracks}
    todays = sorted(
        (s for s in sessions if s.starts_at < end and s.ends_at > start),
        key=lambda s: (s.starts_at, s.room, s.id),
    )
    entries = tuple(
        BoardEntry(s, by_room.get(s.room), by_code.get(s.track), SessionState.LATER) for s in todays
    )
    used = {s.track for s in todays}
    return DayProgramme(
        day=day,
        now=now,
        timezone=timezone,
        entries=mark_states(entries, now),
        tracks=tuple(sorted((by_code[c] for c in used if c in by_code), key=lambda t: t.label)),
        languages=tuple(sorted({code for s in todays for code in s.languages})),
        refresh_at=_refresh_at(todays, now, end),
    )


def mark_states(entries: Sequence[BoardEntry], now: datetime) -> tuple[BoardEntry, ...]:
    """Each entry's state at ``now``; NEXT is every session at the earliest start to come."""
    upcoming = [e.session.starts_at for e in entries if e.session.starts_at > now]
    next_start = min(upcoming) if upcoming else None
    return tuple(
        BoardEntry(e.session, e.room, e.track, _state(e.session, now, next_start)) for e in entries
    )


def filtered(
    programme: DayProgramme, track: str | None = None, language: str | None = None
) -> tuple[BoardEntry, ...]:
    """The entries of one track and/or held in one language; now and next within them."""
    kept = [
        e
        for e in programme.entries
        if (track is None or e.session.track == track)
        and (language is None or language in e.session.languages)
    ]
    return mark_states(kept, programme.now)


def _state(session: Session, now: datetime, next_start: datetime | None) -> SessionState:
    if session.ends_at <= now:
        return SessionState.PAST
    if session.starts_at <= now:
        return SessionState.NOW
    return SessionState.NEXT if session.starts_at == next_start else SessionState.LATER


def _refresh_at(sessions: Sequence[Session], now: datetime, day_end: datetime) -> datetime:
    moments = [m for s in sessions for m in (s.starts_at, s.ends_at) if m > now]
    return min([*moments, day_end, now + LONGEST_WAIT])
