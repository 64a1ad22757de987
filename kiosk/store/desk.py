"""The staff desk's records: badge-name corrections, VIP pick-ups, voided badges.

Each write is one transaction with its audit line and its outbox item, so a crash leaves all
or nothing. Names live in their own tables, never in the audit log (docs/desk.md).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.core.exchange import OutboxKind
from kiosk.core.model import CheckIn, Participant
from kiosk.store.database import immediate
from kiosk.store.participants import add_provisional, mark_checked_in
from kiosk.store.rows import iso
from kiosk.store.staff import StaffEvent, add_event

NAME_EDIT_CONFLICT = "name-edit"  # the conflicts table's kind for two desks' names


@dataclass(frozen=True, slots=True)
class NameCorrection:
    registration_id: int
    new_name: str
    seen_name: str  # the name the editing staff saw: another desk's edit since is a conflict
    at: datetime
    kiosk_id: str
    staff_id: str


@dataclass(frozen=True, slots=True)
class NameResult:
    applied: bool  # False: a later correction (another desk) already holds the name
    conflict_id: str = ""  # the conflict opened when another desk changed the name meanwhile


@dataclass(frozen=True, slots=True)
class VipPickup:
    registration_id: int
    collector: str
    id_document: str
    at: datetime
    kiosk_id: str
    staff_id: str


def _outbox(db: sqlite_utils.Database, kind: OutboxKind, data: dict[str, object], at: str) -> None:
    db.table("outbox").insert(
        {"id": str(data["id"]), "kind": kind.value, "payload": json.dumps(data), "created_at": at}
    )


def correct_name(
    db: sqlite_utils.Database, change: NameCorrection, audit: StaffEvent
) -> NameResult | None:
    """Store a badge-name correction, its audit line and its outbox item; None if the person
    is unknown. Every correction is kept; the latest (by time) is the name."""
    at = iso(change.at) or ""
    with immediate(db):
        row = db.execute(
            "SELECT badge_name, is_provisional FROM participants WHERE registration_id = ?",
            [change.registration_id],
        ).fetchone()
        if row is None:
            return None
        current, provisional = str(row[0]), bool(row[1])
        later = db.execute(
            "SELECT count(*) FROM name_corrections WHERE registration_id = ? AND at > ?",
            [change.registration_id, at],
        ).fetchone()[0]
        item_id = str(uuid.uuid4())
        db.table("name_corrections").insert(
            {
                "id": item_id,
                "registration_id": change.registration_id,
                "at": at,
                "kiosk_id": change.kiosk_id,
                "staff_id": change.staff_id,
                "old_name": current,
                "new_name": change.new_name,
            }
        )
        if not later:
            db.execute(
                "UPDATE participants SET badge_name = ? WHERE registration_id = ?",
                [change.new_name, change.registration_id],
            )
        if not provisional:  # a provisional person travels whole (the participant trigger)
            data = {
                "id": item_id,
                "registration_id": change.registration_id,
                "badge_name": change.new_name,
                "at": at,
                "kiosk_id": change.kiosk_id,
            }
            _outbox(db, OutboxKind.NAME_CORRECTION, data, at)
        conflict = _name_conflict(db, change, current) if current != change.seen_name else ""
        add_event(db, audit)
    return NameResult(applied=not later, conflict_id=conflict)


def _name_conflict(db: sqlite_utils.Database, change: NameCorrection, current: str) -> str:
    conflict_id = str(uuid.uuid4())
    db.table("conflicts").insert(
        {
            "id": conflict_id,
            "registration_id": change.registration_id,
            "kind": NAME_EDIT_CONFLICT,
            "opened_at": iso(change.at),
            "closed_at": None,
            "detail": f"badge name changed at two desks; {change.kiosk_id} saw an older one",
        }
    )
    return conflict_id


def name_history(db: sqlite_utils.Database, registration_id: int) -> list[tuple[datetime, str]]:
    """Every correction of a person's badge name, oldest first: (when, the new name)."""
    rows = db.execute(
        "SELECT at, new_name FROM name_corrections WHERE registration_id = ? ORDER BY at, rowid",
        [registration_id],
    ).fetchall()
    return [(datetime.fromisoformat(r[0]), str(r[1])) for r in rows]


def void_active_badge(
    db: sqlite_utils.Database, registration_id: int, reason: str, audit: StaffEvent
) -> str | None:
    """Void the person's valid badge (deactivated now, and uploaded as a void) with its audit
    line; returns the voided print's id, or None when no badge is valid."""
    at = iso(audit.at) or ""
    with immediate(db):
        row = db.execute(
            "SELECT id FROM badge_prints WHERE registration_id = ? AND deactivated_at IS NULL "
            "ORDER BY badge_version DESC, at DESC LIMIT 1",
            [registration_id],
        ).fetchone()
        if row is None:
            return None
        print_id = str(row[0])
        db.execute(
            "UPDATE badge_prints SET deactivated_at = ?, voided_at = ? WHERE id = ?",
            [at, at, print_id],
        )
        data = {
            "id": str(uuid.uuid4()),
            "badge_print_id": print_id,
            "registration_id": registration_id,
            "at": at,
            "kiosk_id": audit.kiosk_id,
            "reason": reason,
        }
        _outbox(db, OutboxKind.BADGE_VOID, data, at)
        add_event(db, audit)
    return print_id


def add_vip_pickup(db: sqlite_utils.Database, pickup: VipPickup, audit: StaffEvent) -> str:
    """Record who collected a VIP's badge, and the audit line (which holds no name)."""
    pickup_id = str(uuid.uuid4())
    with immediate(db):
        db.table("vip_pickups").insert(
            {
                "id": pickup_id,
                "registration_id": pickup.registration_id,
                "at": iso(pickup.at),
                "kiosk_id": pickup.kiosk_id,
                "staff_id": pickup.staff_id,
                "collector": pickup.collector,
                "id_document": pickup.id_document,
            }
        )
        add_event(db, audit)
    return pickup_id


def vip_pickups(db: sqlite_utils.Database, registration_id: int) -> list[VipPickup]:
    rows = db.execute(
        "SELECT registration_id, collector, id_document, at, kiosk_id, staff_id "
        "FROM vip_pickups WHERE registration_id = ? ORDER BY at, rowid",
        [registration_id],
    ).fetchall()
    return [VipPickup(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4], r[5]) for r in rows]


def registration_taken(db: sqlite_utils.Database, registration_id: int) -> bool:
    row = db.execute(
        "SELECT 1 FROM participants WHERE registration_id = ?", [registration_id]
    ).fetchone()
    return row is not None


def add_check_in(db: sqlite_utils.Database, check_in: CheckIn, audit: StaffEvent) -> bool:
    """A check-in by hand (the outbox trigger queues it) with its audit line; False, and
    nothing written, when the person is not on this machine's roster."""
    with immediate(db):
        if not registration_taken(db, check_in.registration_id):
            return False
        db.table("checkins").insert(
            {
                "id": check_in.id,
                "registration_id": check_in.registration_id,
                "event_id": check_in.event_id,
                "at": iso(check_in.at),
                "kiosk_id": check_in.kiosk_id,
                "source": check_in.source.value,
            }
        )
        mark_checked_in(db, check_in.registration_id, check_in.at)
        add_event(db, audit)
    return True


def add_walk_in(db: sqlite_utils.Database, person: Participant, audit: StaffEvent) -> bool:
    """A provisional participant made at the desk (the outbox trigger queues it) with its audit
    line; False, and nothing written, when the registration id is taken."""
    with immediate(db):
        if registration_taken(db, person.registration_id):
            return False
        add_provisional(db, person)
        add_event(db, audit)
    return True
