"""Conflicts staff must look at: two kiosks checked one person in, two badges with one version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kiosk.registry import changes
from kiosk.registry.errors import RegistryError
from kiosk.registry.schema import conflicts
from kiosk.registry.wire import JsonObject, timestamp

DOUBLE_CHECK_IN = "double-check-in"
BADGE_VERSION = "badge-version"


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    registration_id: int
    kind: str
    opened_at: str
    closed_at: str | None
    detail: str
    note: str

    def data(self) -> JsonObject:
        return {
            "id": self.id,
            "registration_id": self.registration_id,
            "kind": self.kind,
            "opened_at": self.opened_at,
            "closed_at": self.closed_at,
            "detail": self.detail,
        }


def _from_row(row: sa.Row[tuple[object, ...]]) -> Conflict:
    m = row._mapping
    return Conflict(
        int(m["id"]),
        int(m["registration_id"]),
        str(m["kind"]),
        str(m["opened_at"]),
        None if m["closed_at"] is None else str(m["closed_at"]),
        str(m["detail"]),
        str(m["note"]),
    )


def open_conflict(
    conn: Connection, registration_id: int, kind: str, detail: str, now: datetime
) -> None:
    """Open a conflict unless one of this kind is already open for the person."""
    already = conn.execute(
        sa.select(conflicts.c.id).where(
            conflicts.c.registration_id == registration_id,
            conflicts.c.kind == kind,
            conflicts.c.closed_at.is_(None),
        )
    ).first()
    if already is not None:
        return
    new_id = conn.execute(
        conflicts.insert().values(
            registration_id=registration_id,
            kind=kind,
            opened_at=timestamp(now),
            detail=detail,
            note="",
        )
    ).inserted_primary_key
    assert new_id is not None
    conflict = get(conn, int(new_id[0]))
    changes.publish(conn, "conflict", [conflict.data()])


def get(conn: Connection, conflict_id: int) -> Conflict:
    row = conn.execute(sa.select(conflicts).where(conflicts.c.id == conflict_id)).first()
    if row is None:
        raise RegistryError("not-found", f"no conflict {conflict_id}")
    return _from_row(row)


def close(conn: Connection, conflict_id: int, note: str, now: datetime) -> Conflict:
    """Staff closed a conflict; closing twice keeps the first closing."""
    conflict = get(conn, conflict_id)
    if conflict.closed_at is not None:
        return conflict
    conn.execute(
        conflicts.update()
        .where(conflicts.c.id == conflict_id)
        .values(closed_at=timestamp(now), note=note)
    )
    closed = get(conn, conflict_id)
    changes.publish(conn, "conflict", [closed.data()])
    return closed


def listing(conn: Connection, open_only: bool = False) -> list[Conflict]:
    query = sa.select(conflicts).order_by(conflicts.c.id)
    if open_only:
        query = query.where(conflicts.c.closed_at.is_(None))
    return [_from_row(r) for r in conn.execute(query)]
