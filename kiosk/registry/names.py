"""Badge names corrected at a staff desk (docs/desk.md): the latest correction by its time wins,
whatever order the kiosks' uploads arrive in; every correction is kept in the outbox items."""

from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa

from kiosk.registry import catalog, changes
from kiosk.registry.batch import Batch, ItemRejectedError, validated
from kiosk.registry.items import NameCorrectionData
from kiosk.registry.schema import outbox_items, participants
from kiosk.registry.wire import JsonObject, dumps, timestamp

KIND = "name_correction"


def receive_correction(batch: Batch, data: JsonObject) -> JsonObject:
    """Apply a desk's badge-name correction unless a later one already holds the name."""
    value = validated(NameCorrectionData, data, batch.kiosk_id)
    batch.flush()
    conn = batch.conn
    found = catalog.registration(conn, value.registration_id)
    if found is None:
        raise ItemRejectedError(
            "unknown-participant", f"registration {value.registration_id} is not known"
        )
    stored = value.model_dump(mode="json") | {"at": timestamp(value.at)}
    if _latest(batch, value.registration_id) > value.at:
        return stored  # kept as an item; a later correction's name stands
    person = found.data | {"badge_name": value.badge_name}
    conn.execute(
        participants.update()
        .where(participants.c.registration_id == value.registration_id)
        .values(data=dumps(person))
    )
    changes.publish(conn, "participant", [person])
    return stored


def _latest(batch: Batch, registration_id: int) -> datetime:
    """The time of the latest correction of this person the registry holds (or the epoch)."""
    latest = datetime.fromisoformat("0001-01-01T00:00:00+00:00")
    rows = batch.conn.execute(sa.select(outbox_items.c.data).where(outbox_items.c.kind == KIND))
    for (text,) in rows:
        item = json.loads(text)
        if item.get("registration_id") == registration_id:
            latest = max(latest, datetime.fromisoformat(item["at"]))
    return latest
