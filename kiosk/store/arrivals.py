"""Read-only queries over the journal for the arrivals figures, reports and CSV exports.

Times are compared as the ISO text the journal stores (UTC, "+00:00"), so a day's window is two
string bounds and every query uses a plain range. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.core.arrivals import BadgeLine, KioskCount

EXPORT_BATCH = 5000


@dataclass(frozen=True, slots=True)
class Window:
    """A half-open UTC interval [start, end) as the journal's ISO text."""

    start: str
    end: str


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    code: str
    expected: int
    arrived: int


@dataclass(frozen=True, slots=True)
class CheckInRow:
    at: datetime
    registration_id: int
    category: str
    kiosk_id: str
    source: str
    origin: str


@dataclass(frozen=True, slots=True)
class PrintRow:
    at: datetime
    registration_id: int
    badge_version: int
    reason: str
    kiosk_id: str
    printer: str
    deactivated_at: datetime | None
    origin: str


def check_ins_by_hour(
    db: sqlite_utils.Database, event_id: int, window: Window
) -> list[tuple[datetime, str, int]]:
    """(UTC hour, category code, check-ins) for the window; the caller turns hours local."""
    rows = db.execute(
        "SELECT substr(c.at, 1, 13), coalesce(p.category, ''), count(*) FROM checkins c "
        "LEFT JOIN participants p ON p.registration_id = c.registration_id "
        "WHERE c.event_id = ? AND c.at >= ? AND c.at < ? GROUP BY 1, 2",
        [event_id, window.start, window.end],
    ).fetchall()
    return [(datetime.fromisoformat(f"{r[0]}:00:00+00:00"), r[1], int(r[2])) for r in rows]


def category_figures(db: sqlite_utils.Database, event_id: int, until: str) -> list[CategoryFigures]:
    """Per category: people not cancelled, and how many of them checked in before ``until``."""
    rows = db.execute(
        "SELECT category, count(*), "
        "sum(checked_in_at IS NOT NULL AND checked_in_at < ?) FROM participants "
        "WHERE event_id = ? AND status != 'cancelled' GROUP BY category",
        [until, event_id],
    ).fetchall()
    return [CategoryFigures(r[0], int(r[1]), int(r[2] or 0)) for r in rows]


def busiest_kiosks(
    db: sqlite_utils.Database, event_id: int, window: Window, limit: int = 10
) -> list[KioskCount]:
    rows = db.execute(
        "SELECT kiosk_id, count(*) AS n FROM checkins WHERE event_id = ? AND at >= ? AND at < ? "
        "GROUP BY kiosk_id ORDER BY n DESC, kiosk_id LIMIT ?",
        [event_id, window.start, window.end, limit],
    ).fetchall()
    return [KioskCount(r[0], int(r[1])) for r in rows]


_BADGE_LINE = (
    "coalesce(p.badge_name, ''), coalesce(p.category, ''), b.badge_version, b.reason, b.kiosk_id "
    "FROM badge_prints b LEFT JOIN participants p ON p.registration_id = b.registration_id "
)


def reprints(db: sqlite_utils.Database, window: Window, limit: int = 1000) -> list[BadgeLine]:
    """Badges printed in the window that were not a person's first, oldest first."""
    rows = db.execute(
        f"SELECT b.at, b.registration_id, {_BADGE_LINE}"
        "WHERE b.at >= ? AND b.at < ? AND b.reason != 'first' ORDER BY b.at, b.id LIMIT ?",
        [window.start, window.end, limit],
    ).fetchall()
    return [_badge_line(r) for r in rows]


def voided_badges(db: sqlite_utils.Database, window: Window, limit: int = 1000) -> list[BadgeLine]:
    """Badges deactivated in the window with no newer version after them: voided, not replaced."""
    rows = db.execute(
        f"SELECT b.deactivated_at, b.registration_id, {_BADGE_LINE}"
        "WHERE b.deactivated_at >= ? AND b.deactivated_at < ? AND NOT EXISTS ("
        "SELECT 1 FROM badge_prints n WHERE n.registration_id = b.registration_id "
        "AND n.badge_version > b.badge_version) ORDER BY b.deactivated_at, b.id LIMIT ?",
        [window.start, window.end, limit],
    ).fetchall()
    return [_badge_line(r) for r in rows]


def walk_ins(
    db: sqlite_utils.Database, event_id: int, window: Window, limit: int = 1000
) -> list[BadgeLine]:
    """Provisional participants (walk-in codes) who checked in first during the window."""
    rows = db.execute(
        "SELECT checked_in_at, registration_id, badge_name, category, badge_version "
        "FROM participants WHERE event_id = ? AND is_provisional = 1 "
        "AND checked_in_at >= ? AND checked_in_at < ? ORDER BY checked_in_at LIMIT ?",
        [event_id, window.start, window.end, limit],
    ).fetchall()
    return [BadgeLine(datetime.fromisoformat(r[0]), r[1], r[2], r[3], int(r[4])) for r in rows]


def _badge_line(r: tuple[object, ...]) -> BadgeLine:
    return BadgeLine(
        datetime.fromisoformat(str(r[0])),
        int(str(r[1])),
        str(r[2]),
        str(r[3]),
        int(str(r[4])),
        str(r[5]),
        str(r[6]),
    )


def iter_check_ins(
    db: sqlite_utils.Database, event_id: int, window: Window
) -> Iterator[list[CheckInRow]]:
    """The window's check-ins in batches, oldest first (the CSV export)."""
    cursor = db.execute(
        "SELECT c.at, c.registration_id, coalesce(p.category, ''), c.kiosk_id, c.source, c.origin "
        "FROM checkins c LEFT JOIN participants p ON p.registration_id = c.registration_id "
        "WHERE c.event_id = ? AND c.at >= ? AND c.at < ? ORDER BY c.at, c.id",
        [event_id, window.start, window.end],
    )
    while rows := cursor.fetchmany(EXPORT_BATCH):
        yield [CheckInRow(datetime.fromisoformat(r[0]), *r[1:]) for r in rows]


def iter_prints(db: sqlite_utils.Database, window: Window) -> Iterator[list[PrintRow]]:
    """The window's badge prints in batches, oldest first (the CSV export)."""
    cursor = db.execute(
        "SELECT at, registration_id, badge_version, reason, kiosk_id, printer, deactivated_at, "
        "origin FROM badge_prints WHERE at >= ? AND at < ? ORDER BY at, id",
        [window.start, window.end],
    )
    while rows := cursor.fetchmany(EXPORT_BATCH):
        yield [
            PrintRow(
                datetime.fromisoformat(r[0]),
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                datetime.fromisoformat(r[6]) if r[6] else None,
                r[7],
            )
            for r in rows
        ]


def count_window(db: sqlite_utils.Database, table: str, window: Window) -> int:
    """Rows of ``checkins`` or ``badge_prints`` in the window (for an export's progress line)."""
    if table not in ("checkins", "badge_prints"):
        raise ValueError(table)
    row = db.execute(
        f"SELECT count(*) FROM {table} WHERE at >= ? AND at < ?", [window.start, window.end]
    ).fetchone()
    return int(row[0])
