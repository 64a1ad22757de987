"""What both schedule readers share: the error types and the builder that collects entries."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.core.model import Room, Session, Track
from kiosk.core.schedule import ProblemKind, Schedule, ScheduleProblem, track_code

PROGRESS_EVERY = 500  # entries between two progress reports


class ScheduleFileError(Exception):
    """The file as a whole cannot be read as a schedule; nothing of it is imported."""


class EntryError(Exception):
    """One entry cannot be imported; the others still are."""


class ScheduleBuilder:
    """Collects sessions, the rooms and tracks they name, and what was wrong, in file order."""

    def __init__(
        self, event_id: int, file_format: str, progress: Callable[[int, int], None] | None
    ) -> None:
        self._event_id = event_id
        self._format = file_format
        self._progress = progress
        self._total = 0
        self._seen = 0
        self._sessions: dict[int, tuple[Session, str]] = {}
        self._rooms: dict[str, Room] = {}
        self._tracks: dict[str, Track] = {}
        self._problems: list[ScheduleProblem] = []

    def expect(self, total: int) -> None:
        self._total = total

    def add(self, session: Session, position: str) -> None:
        earlier = self._sessions.get(session.id)
        if earlier is not None:
            self.skip(position, f"the same entry as {earlier[1]}")
            return
        self._sessions[session.id] = (session, position)
        self._count()

    def skip(self, position: str, message: str) -> None:
        self._problems.append(ScheduleProblem(position, ProblemKind.SKIPPED, message))
        self._count()

    def note(self, position: str, kind: ProblemKind, message: str) -> None:
        self._problems.append(ScheduleProblem(position, kind, message))

    def track(self, label: str) -> str:
        """The code of the track called ``label`` (made on first use)."""
        code = track_code(label)
        self._tracks.setdefault(code, Track(self._event_id, code, label))
        return code

    def room(self, name: str) -> str:
        self._rooms.setdefault(name, Room(self._event_id, name))
        return name

    def build(self) -> Schedule:
        return Schedule(
            sessions=tuple(s for s, _ in self._sessions.values()),
            rooms=tuple(self._rooms.values()),
            tracks=tuple(self._tracks.values()),
            problems=tuple(self._problems),
            entries=self._seen,
            format=self._format,
        )

    def _count(self) -> None:
        self._seen += 1
        if self._progress is not None and (
            self._seen % PROGRESS_EVERY == 0 or self._seen == self._total
        ):
            self._progress(self._seen, self._total)
