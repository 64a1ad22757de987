"""What the registry reports about itself: counts, and every kiosk with its last heartbeat."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kiosk.registry import changes
from kiosk.registry.schema import badge_prints, checkins, conflicts, devices, participants


@dataclass(frozen=True, slots=True)
class Counts:
    participants: int
    checkins: int
    checked_in: int  # distinct people checked in: the arrivals so far
    badge_prints: int
    kiosks: int  # enrolled and not revoked
    open_conflicts: int
    last_seq: int


@dataclass(frozen=True, slots=True)
class Device:
    """A kiosk or desk as the fleet page shows it (from its last heartbeat)."""

    kiosk_id: str
    status: str
    device_key_id: int
    enrolled_at: str
    last_seen_at: str | None
    app_version: str
    outbox_length: int | None
    watermark: int | None
    data_age_s: float | None
    printer_name: str
    printer_state: str
    paper: str
    last_error: str
    checkins: int
    registry: str = ""  # the registry the kiosk serves (its heartbeat's "registry")


def _count(conn: Connection, query: sa.Select[Any]) -> int:
    return int(conn.execute(query).scalar_one())


def counts(conn: Connection) -> Counts:
    n = sa.func.count()
    return Counts(
        participants=_count(conn, sa.select(n).select_from(participants)),
        checkins=_count(conn, sa.select(n).select_from(checkins)),
        checked_in=_count(conn, sa.select(sa.func.count(sa.distinct(checkins.c.registration_id)))),
        badge_prints=_count(conn, sa.select(n).select_from(badge_prints)),
        kiosks=_count(conn, sa.select(n).select_from(devices).where(devices.c.status == "active")),
        open_conflicts=_count(
            conn, sa.select(n).select_from(conflicts).where(conflicts.c.closed_at.is_(None))
        ),
        last_seq=changes.last_seq(conn),
    )


def fleet(conn: Connection) -> list[Device]:
    per_kiosk: dict[str, int] = dict(
        conn.execute(
            sa.select(checkins.c.kiosk_id, sa.func.count()).group_by(checkins.c.kiosk_id)
        ).all()
    )
    rows = conn.execute(sa.select(devices).order_by(devices.c.kiosk_id)).all()
    return [_device(row, int(per_kiosk.get(row.kiosk_id, 0))) for row in rows]


def _device(row: sa.Row[Any], checkin_count: int) -> Device:
    beat: dict[str, Any] = json.loads(row.heartbeat) if row.heartbeat else {}
    printer: dict[str, Any] = beat.get("printer") or {}
    return Device(
        kiosk_id=row.kiosk_id,
        status=row.status,
        device_key_id=int(row.device_key_id),
        enrolled_at=row.enrolled_at,
        last_seen_at=row.last_seen_at,
        app_version=str(beat.get("app_version", "")),
        outbox_length=beat.get("outbox_length"),
        watermark=beat.get("watermark"),
        data_age_s=beat.get("data_age_s"),
        printer_name=str(printer.get("name", "")),
        printer_state=str(printer.get("state", "")),
        paper=str(printer.get("paper", "")),
        last_error=str(beat.get("last_error", "")),
        checkins=checkin_count,
        registry=row.registry,
    )
