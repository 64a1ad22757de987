"""Receiving a kiosk's outbox: every item stored once under its client UUID, in one transaction.

The same id again is ``duplicate`` (a retry after a cut connection doubles nothing); an item the
registry cannot take is ``rejected`` with a code and stays in the kiosk's outbox for staff.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Connection

from kiosk.registry import badges, catalog, changes, conflicts, names
from kiosk.registry.batch import Batch, Item, ItemRejectedError, validated
from kiosk.registry.items import CheckinData, ParticipantData
from kiosk.registry.schema import participants
from kiosk.registry.wire import JsonObject, dumps, timestamp

MAX_ITEMS = 500
__all__ = ["MAX_ITEMS", "Item", "ItemResult", "receive"]


@dataclass(frozen=True, slots=True)
class ItemResult:
    id: str
    status: str  # "accepted", "duplicate" or "rejected"
    code: str = ""
    message: str = ""


def receive(
    conn: Connection, kiosk_id: str, items: Sequence[Item], now: datetime
) -> list[ItemResult]:
    """Apply a batch of outbox items from ``kiosk_id``; one result per item, in order."""
    batch = Batch(conn, kiosk_id, now, items)
    results = [_receive_one(batch, item) for item in items]
    batch.flush()
    return results


def _receive_one(batch: Batch, item: Item) -> ItemResult:
    if item.id in batch.known_items:
        return ItemResult(item.id, "duplicate")
    handler = _HANDLERS.get(item.kind)
    if handler is None:
        kinds = ", ".join(sorted(_HANDLERS))
        return ItemResult(item.id, "rejected", "unknown-kind", f"kind must be one of {kinds}")
    try:
        stored = handler(batch, item.data)
    except ItemRejectedError as exc:
        return ItemResult(item.id, "rejected", exc.code, exc.message)
    batch.add_outbox(item, stored)
    return ItemResult(item.id, "accepted")


def _checkin(batch: Batch, data: JsonObject) -> JsonObject:
    value = validated(CheckinData, data, batch.kiosk_id)
    if batch.registrations.get(value.registration_id) != value.event_id:
        raise ItemRejectedError(
            "unknown-participant", f"registration {value.registration_id} is not known"
        )
    stored = value.model_dump(mode="json") | {"at": timestamp(value.at)}
    if value.id in batch.checkin_ids:
        return stored  # the same check-in under another item id: keep one
    elsewhere = sorted(batch.checkin_kiosks[value.registration_id] - {batch.kiosk_id})
    batch.add_checkin({k: stored[k] for k in _CHECKIN_COLUMNS}, stored)
    if elsewhere:
        batch.flush()
        detail = f"checked in at {', '.join(elsewhere)} and at {batch.kiosk_id}"
        conflicts.open_conflict(
            batch.conn, value.registration_id, conflicts.DOUBLE_CHECK_IN, detail, batch.now
        )
    return stored


_CHECKIN_COLUMNS = ("id", "registration_id", "event_id", "at", "kiosk_id", "source")


def _participant(batch: Batch, data: JsonObject) -> JsonObject:
    value = validated(ParticipantData, data, batch.kiosk_id)
    batch.flush()
    conn = batch.conn
    existing = catalog.registration(conn, value.registration_id)
    if existing is not None and not existing.is_provisional:
        raise ItemRejectedError(
            "registration-exists", f"registration {value.registration_id} is already registered"
        )
    stored = value.model_dump(mode="json") | {"is_provisional": True}
    conn.execute(
        participants.delete().where(participants.c.registration_id == value.registration_id)
    )
    conn.execute(
        participants.insert().values(
            registration_id=value.registration_id,
            event_id=value.event_id,
            category=value.category,
            status=value.status,
            reissue=value.reissue,
            is_provisional=True,
            email=value.email,
            data=dumps(stored),
        )
    )
    changes.publish(conn, "participant", [stored])
    batch.registrations[value.registration_id] = value.event_id
    return stored


_HANDLERS: dict[str, Callable[[Batch, JsonObject], JsonObject]] = {
    "checkin": _checkin,
    "badge_print": badges.receive_print,
    "badge_void": badges.receive_void,
    "participant": _participant,
    "name_correction": names.receive_correction,
}
