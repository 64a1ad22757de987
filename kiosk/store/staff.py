"""Staff in the audit trail: sign-in attempts and staff actions (who, when, which machine, why)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.core.staff import Attempt
from kiosk.store.database import immediate
from kiosk.store.rows import iso

SIGN_IN = "staff-sign-in"  # the audit action of a sign-in attempt


@dataclass(frozen=True, slots=True)
class StaffEvent:
    """One staff line of the audit trail; never a name (a staff id, a registration id at most)."""

    at: datetime
    kiosk_id: str
    action: str
    outcome: str
    staff_id: str = ""
    reason: str = ""
    source: str = ""  # how: pin, qr, cli
    registration_id: int | None = None


def add_event(db: sqlite_utils.Database, event: StaffEvent) -> None:
    with immediate(db):
        db.table("audit").insert(
            {
                "at": iso(event.at),
                "kiosk_id": event.kiosk_id,
                "action": event.action,
                "outcome": event.outcome,
                "registration_id": event.registration_id,
                "source": event.source,
                "detail": "",
                "staff_id": event.staff_id,
                "reason": event.reason,
            }
        )


def sign_in_attempts(
    db: sqlite_utils.Database, kiosk_id: str, since: datetime
) -> list[tuple[datetime, Attempt]]:
    """This machine's sign-in attempts since ``since``, oldest first (for the lockout rule)."""
    rows = db.execute(
        "SELECT at, outcome FROM audit WHERE action = ? AND kiosk_id = ? AND at >= ? ORDER BY id",
        [SIGN_IN, kiosk_id, iso(since)],
    ).fetchall()
    return [(datetime.fromisoformat(at), Attempt(outcome)) for at, outcome in rows]


def recent_events(db: sqlite_utils.Database, limit: int = 50) -> list[StaffEvent]:
    """The latest staff lines, newest first (`kiosk staff log`)."""
    rows = db.execute(
        "SELECT at, kiosk_id, action, outcome, staff_id, reason, source, registration_id "
        "FROM audit WHERE staff_id != '' OR action = ? ORDER BY id DESC LIMIT ?",
        [SIGN_IN, limit],
    ).fetchall()
    return [StaffEvent(datetime.fromisoformat(r[0]), *r[1:]) for r in rows]
