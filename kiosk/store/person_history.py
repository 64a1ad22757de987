"""One person's history as the desk shows it: check-ins and badges from every kiosk (read only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.core.model import BadgeIssue
from kiosk.store.rows import to_datetime

MAX_HISTORY_ROWS = 200  # far more than a person ever has; a runaway journal stays readable


@dataclass(frozen=True, slots=True)
class CheckInLine:
    """A check-in of one person, made here (origin "local") or on another kiosk ("remote")."""

    at: datetime
    kiosk_id: str
    source: str  # a ScanSource value ("scanner", "desk" ...), or what the registry sent
    origin: str


@dataclass(frozen=True, slots=True)
class IssuedBadge:
    """A badge printed for one person and whether it still admits them."""

    issue: BadgeIssue
    deactivated_at: datetime | None  # a later version, or staff, deactivated it
    voided_at: datetime | None  # staff voided it (a void also deactivates)
    origin: str

    @property
    def is_active(self) -> bool:
        return self.deactivated_at is None


def check_ins_of(db: sqlite_utils.Database, registration_id: int) -> list[CheckInLine]:
    """Every check-in of ``registration_id`` on any kiosk, oldest first."""
    rows = db.execute(
        "SELECT at, kiosk_id, source, origin FROM checkins WHERE registration_id = ? "
        "ORDER BY at, rowid LIMIT ?",
        [registration_id, MAX_HISTORY_ROWS],
    ).fetchall()
    return [CheckInLine(datetime.fromisoformat(r[0]), r[1], r[2], r[3]) for r in rows]


def badges_of(db: sqlite_utils.Database, registration_id: int) -> list[IssuedBadge]:
    """Every badge printed for ``registration_id`` on any kiosk, oldest version first."""
    rows = db.execute(
        "SELECT id, badge_version, at, kiosk_id, printer, reason, device_key_id, "
        "deactivated_at, voided_at, origin FROM badge_prints WHERE registration_id = ? "
        "ORDER BY badge_version, at LIMIT ?",
        [registration_id, MAX_HISTORY_ROWS],
    ).fetchall()
    return [
        IssuedBadge(
            BadgeIssue(
                r[0], registration_id, r[1], datetime.fromisoformat(r[2]), r[3], r[4], r[5], r[6]
            ),
            to_datetime(r[7]),
            to_datetime(r[8]),
            r[9],
        )
        for r in rows
    ]
