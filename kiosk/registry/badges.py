"""Badge prints and voids from kiosks, and the valid-badge rule applied to each person."""

from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kiosk.core.badge_rule import PrintedBadge, deactivated, same_version_clash
from kiosk.registry import changes, conflicts
from kiosk.registry.batch import Batch, ItemRejectedError, validated
from kiosk.registry.items import BadgePrintData, BadgeVoidData
from kiosk.registry.schema import badge_prints
from kiosk.registry.wire import JsonObject, dumps, timestamp


def receive_print(batch: Batch, data: JsonObject) -> JsonObject:
    value = validated(BadgePrintData, data, batch.kiosk_id)
    batch.flush()
    if value.registration_id not in batch.registrations:
        raise ItemRejectedError(
            "unknown-participant", f"registration {value.registration_id} is not known"
        )
    conn = batch.conn
    stored = value.model_dump(mode="json") | {"at": timestamp(value.at)}
    query = sa.select(badge_prints.c.id).where(badge_prints.c.id == value.id)
    if conn.execute(query).first() is None:
        conn.execute(
            badge_prints.insert().values(
                id=value.id,
                registration_id=value.registration_id,
                badge_version=value.badge_version,
                at=stored["at"],
                kiosk_id=batch.kiosk_id,
                data=dumps(stored),
            )
        )
        settle(conn, value.registration_id, batch.now, {value.id})
    return stored


def receive_void(batch: Batch, data: JsonObject) -> JsonObject:
    value = validated(BadgeVoidData, data, batch.kiosk_id)
    batch.flush()
    conn = batch.conn
    row = conn.execute(
        sa.select(badge_prints.c.registration_id, badge_prints.c.voided_at).where(
            badge_prints.c.id == value.badge_print_id
        )
    ).first()
    if row is None or int(row.registration_id) != value.registration_id:
        raise ItemRejectedError("unknown-badge", f"badge print {value.badge_print_id} is not known")
    stored = value.model_dump(mode="json") | {"at": timestamp(value.at)}
    if row.voided_at is None:
        conn.execute(
            badge_prints.update()
            .where(badge_prints.c.id == value.badge_print_id)
            .values(voided_at=stored["at"])
        )
        settle(conn, value.registration_id, batch.now, set())
    return stored


def settle(conn: Connection, registration_id: int, now: datetime, touched: set[str]) -> None:
    """Apply the valid-badge rule to one person; publish every print whose state changed."""
    rows = conn.execute(
        sa.select(badge_prints).where(badge_prints.c.registration_id == registration_id)
    ).all()
    prints = [
        PrintedBadge(
            r.id, int(r.badge_version), datetime.fromisoformat(r.at), r.voided_at is not None
        )
        for r in rows
    ]
    losers = deactivated(prints)
    published: list[JsonObject] = []
    for row in rows:
        want = (row.voided_at or timestamp(now)) if row.id in losers else None
        if (want is None) != (row.deactivated_at is None):
            conn.execute(
                badge_prints.update().where(badge_prints.c.id == row.id).values(deactivated_at=want)
            )
            touched = touched | {row.id}
        else:
            want = row.deactivated_at
        if row.id in touched:
            published.append(json.loads(row.data) | {"deactivated_at": want})
    changes.publish(conn, "badge_print", published)
    clash = same_version_clash(prints)
    if clash is not None:
        detail = f"two badges carry version {clash[0].badge_version}"
        conflicts.open_conflict(conn, registration_id, conflicts.BADGE_VERSION, detail, now)
