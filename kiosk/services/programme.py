"""The programme use cases: today's sessions at the kiosk clock, and importing a schedule file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.model import Event
from kiosk.core.programme import DayProgramme, day_bounds, day_programme, local_day
from kiosk.core.schedule import ProblemKind, ScheduleProblem
from kiosk.store import Database, sessions

log = logging.getLogger(__name__)


class ProgrammeService:
    """Reads the programme on the thread that owns ``db`` (the check-in worker in the kiosk)."""

    def __init__(self, db: Database, event: Event, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._event = event
        self._clock = clock

    def today(self) -> DayProgramme:
        """The sessions of the venue's current day, with now and next at the kiosk clock."""
        now = self._clock()
        zone = self._event.timezone
        start, end = day_bounds(local_day(now, zone), zone)
        todays = sessions.sessions_between(self._db, self._event.id, start, end)
        rooms = sessions.load_rooms(self._db, self._event.id)
        tracks = sessions.load_tracks(self._db, self._event.id)
        return day_programme(todays, rooms, tracks, now, zone)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What `kiosk import-schedule` did: counts, and every entry worth a line."""

    path: Path
    file_format: str
    entries: int
    imported: int
    rooms: int
    tracks: int
    problems: tuple[ScheduleProblem, ...]

    @property
    def skipped(self) -> int:
        return sum(p.kind is ProblemKind.SKIPPED for p in self.problems)

    @property
    def without_room(self) -> int:
        return sum(p.kind is ProblemKind.NO_ROOM for p in self.problems)


def import_schedule(
    db: Database,
    path: Path,
    event: Event,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Make ``path`` the event's programme: the file is read whole before anything is written,
    then every session of the event is replaced in one transaction (importing twice is harmless).
    """
    from kiosk.core.schedule_file import read_schedule  # icalendar costs ~60 ms: not at kiosk start

    schedule = read_schedule(path, event.id, event.timezone, progress)
    if schedule.sessions:
        sessions.replace_programme(
            db, event.id, (schedule.sessions, schedule.rooms, schedule.tracks)
        )
    log.info(
        "schedule imported (%s): %d sessions, %d entries skipped",
        schedule.format,
        len(schedule.sessions),
        sum(p.kind is ProblemKind.SKIPPED for p in schedule.problems),
    )
    return ImportReport(
        path=path,
        file_format=schedule.format,
        entries=schedule.entries,
        imported=len(schedule.sessions),
        rooms=len(schedule.rooms),
        tracks=len(schedule.tracks),
        problems=schedule.problems,
    )
