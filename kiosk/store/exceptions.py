"""The desk's exceptions queue: refused scans that need a person, and what staff answered.

An answer (a conflict checked, a rejected item seen, a refused scan handled) is one row of
``exception_answers`` written with its audit line in one transaction; the queue leaves out every
item with an answer. Print jobs are answered through the print journal instead (store/journal).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.store.database import immediate
from kiosk.store.rows import iso
from kiosk.store.staff import StaffEvent, add_event

CONFLICT = "conflict"  # item_id: conflicts.id
REJECTED = "rejected"  # item_id: outbox.id
SCAN = "scan"  # item_id: audit.id of the scan line


@dataclass(frozen=True, slots=True)
class RefusedScan:
    """One audited scan whose outcome sends the visitor to the desk (never a name)."""

    audit_id: int
    at: datetime
    kiosk_id: str
    outcome: str  # core.checkin.Outcome's value
    registration_id: int | None


@dataclass(frozen=True, slots=True)
class RejectedOutboxItem:
    """Something this machine did that the registry refused, with the registry's message."""

    item_id: str
    kind: str  # core.exchange.OutboxKind's value
    created_at: datetime
    kiosk_id: str  # the machine that did it ("" when the item does not say)
    registration_id: int | None
    error: str


@dataclass(frozen=True, slots=True)
class Answer:
    kind: str  # CONFLICT, REJECTED or SCAN
    item_ids: tuple[str, ...]  # several refused scans of one person are handled together
    at: datetime
    kiosk_id: str
    staff_id: str
    answer: str  # checked, seen, handled


def refused_scans(
    db: sqlite_utils.Database, since: datetime, outcomes: Collection[str], limit: int = 500
) -> list[RefusedScan]:
    """Scans since ``since`` refused with one of ``outcomes``, newest first, leaving out those
    answered and those of a person checked in after the refusal (someone already helped them)."""
    marks = ", ".join("?" for _ in outcomes)
    rows = db.execute(
        "SELECT a.id, a.at, a.kiosk_id, a.outcome, a.registration_id FROM audit AS a "
        f"WHERE a.action = 'scan' AND a.at >= ? AND a.outcome IN ({marks}) "
        "AND NOT EXISTS (SELECT 1 FROM exception_answers AS e "
        "  WHERE e.kind = ? AND e.item_id = CAST(a.id AS TEXT)) "
        "AND NOT EXISTS (SELECT 1 FROM checkins AS c "
        "  WHERE c.registration_id = a.registration_id AND c.at > a.at) "
        "ORDER BY a.id DESC LIMIT ?",
        [iso(since), *outcomes, SCAN, limit],
    ).fetchall()
    return [RefusedScan(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4]) for r in rows]


def rejected_items(db: sqlite_utils.Database, limit: int = 500) -> list[RejectedOutboxItem]:
    """Outbox items the registry rejected and nobody marked as seen, newest first."""
    rows = db.execute(
        "SELECT o.id, o.kind, o.created_at, coalesce(json_extract(o.payload, '$.kiosk_id'), ''), "
        "json_extract(o.payload, '$.registration_id'), o.error "
        "FROM outbox AS o WHERE o.state = 'rejected' "
        "AND NOT EXISTS (SELECT 1 FROM exception_answers AS e "
        "  WHERE e.kind = ? AND e.item_id = o.id) "
        "ORDER BY o.created_at DESC, o.rowid DESC LIMIT ?",
        [REJECTED, limit],
    ).fetchall()
    return [
        RejectedOutboxItem(
            r[0],
            r[1],
            datetime.fromisoformat(r[2]),
            r[3],
            None if r[4] is None else int(r[4]),
            r[5],
        )
        for r in rows
    ]


def answered(db: sqlite_utils.Database, kind: str, item_ids: Iterable[str]) -> set[str]:
    """Which of ``item_ids`` of ``kind`` staff answered already."""
    ids = list(item_ids)
    if not ids:
        return set()
    marks = ", ".join("?" for _ in ids)
    rows = db.execute(
        f"SELECT item_id FROM exception_answers WHERE kind = ? AND item_id IN ({marks})",
        [kind, *ids],
    ).fetchall()
    return {str(r[0]) for r in rows}


def record_answer(db: sqlite_utils.Database, answer: Answer, audit: StaffEvent) -> bool:
    """Store the answer with its audit line; False (nothing written) when every item was
    answered already, at this desk or another sharing the database."""
    with immediate(db):
        if answered(db, answer.kind, answer.item_ids) >= set(answer.item_ids):
            return False
        db.conn.executemany(
            "INSERT OR IGNORE INTO exception_answers "
            "(kind, item_id, at, kiosk_id, staff_id, answer) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (answer.kind, item, iso(answer.at), answer.kiosk_id, answer.staff_id, answer.answer)
                for item in answer.item_ids
            ],
        )
        add_event(db, audit)
    return True


def badge_names(db: sqlite_utils.Database, registration_ids: Iterable[int]) -> dict[int, str]:
    """The badge name of each registration on the roster (read when a list is shown)."""
    ids = sorted(set(registration_ids))
    names: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = db.execute(
            f"SELECT registration_id, badge_name FROM participants "
            f"WHERE registration_id IN ({marks})",
            chunk,
        ).fetchall()
        names.update({int(r[0]): str(r[1]) for r in rows})
    return names
