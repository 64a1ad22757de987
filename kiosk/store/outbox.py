"""The outbox: what this kiosk did that the registry has not acknowledged yet.

Rows are written by triggers (migration 6) in the same transaction as the journal row, so a crash
leaves both or neither. An item leaves the outbox only when the registry says it holds it;
an item the registry refused stays, marked rejected with the registry's message, for staff.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from kiosk.core.exchange import OutboxEntry, OutboxKind

PENDING = "pending"
REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class RejectedItem:
    entry: OutboxEntry
    error: str


def pending_entries(db: sqlite_utils.Database, limit: int) -> list[OutboxEntry]:
    """The oldest items still to send, in the order they were written."""
    rows = db.execute(
        "SELECT id, kind, payload, attempts FROM outbox WHERE state = ? ORDER BY rowid LIMIT ?",
        [PENDING, limit],
    ).fetchall()
    return [OutboxEntry(r[0], OutboxKind(r[1]), r[2], r[3]) for r in rows]


def note_attempt(db: sqlite_utils.Database, ids: Sequence[str]) -> None:
    """Count a send of these items (whatever its fate) before the request goes out."""
    with db.atomic():
        db.conn.executemany(
            "UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", [(i,) for i in ids]
        )


def acknowledge(db: sqlite_utils.Database, ids: Sequence[str]) -> int:
    """The registry holds these items: forget them; returns how many were removed."""
    with db.atomic():
        cursor = db.conn.executemany(
            "DELETE FROM outbox WHERE id = ? AND state = ?", [(i, PENDING) for i in ids]
        )
    return int(cursor.rowcount)


def reject(db: sqlite_utils.Database, rejected: Sequence[tuple[str, str]]) -> None:
    """Mark items the registry refused, each with its message; they are never sent again."""
    with db.atomic():
        db.conn.executemany(
            "UPDATE outbox SET state = ?, error = ? WHERE id = ?",
            [(REJECTED, message, item_id) for item_id, message in rejected],
        )


def pending_count(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT count(*) FROM outbox WHERE state = ?", [PENDING]).fetchone()
    return int(row[0])


def rejected_items(db: sqlite_utils.Database, limit: int = 100) -> list[RejectedItem]:
    rows = db.execute(
        "SELECT id, kind, payload, attempts, error FROM outbox WHERE state = ? "
        "ORDER BY rowid LIMIT ?",
        [REJECTED, limit],
    ).fetchall()
    return [RejectedItem(OutboxEntry(r[0], OutboxKind(r[1]), r[2], r[3]), r[4]) for r in rows]
