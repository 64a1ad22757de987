"""Receiving a kiosk's outbox: every item stored once under its client UUID, in one transaction.

The same id again is ``duplicate`` (a retry after a cut connection doubles nothing); an item the
registry cannot take is ``rejected`` with a code and stays in the kiosk's outbox for staff.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import sqlalchemy as sa
from pydantic import BaseModel, ValidationError
from sqlalchemy.engine import Connection

from kiosk.core.badge_rule import PrintedBadge, deactivated, same_version_clash
from kiosk.registry import catalog, changes, conflicts
from kiosk.registry.items import BadgePrintData, BadgeVoidData, CheckinData, ParticipantData
from kiosk.registry.schema import badge_prints, checkins, outbox_items, participants
from kiosk.registry.wire import JsonObject, dumps, timestamp

MAX_ITEMS = 500
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    kind: str
    data: JsonObject


@dataclass(frozen=True, slots=True)
class ItemResult:
    id: str
    status: str  # "accepted", "duplicate" or "rejected"
    code: str = ""
    message: str = ""


class ItemRejectedError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class _Context:
    conn: Connection
    kiosk_id: str
    now: datetime


def receive(
    conn: Connection, kiosk_id: str, items: Sequence[Item], now: datetime
) -> list[ItemResult]:
    """Apply a batch of outbox items from ``kiosk_id``; one result per item, in order."""
    context = _Context(conn, kiosk_id, now)
    return [_receive_one(context, item) for item in items]


def _receive_one(context: _Context, item: Item) -> ItemResult:
    conn = context.conn
    known = conn.execute(sa.select(outbox_items.c.id).where(outbox_items.c.id == item.id)).first()
    if known is not None:
        return ItemResult(item.id, "duplicate")
    handler = _HANDLERS.get(item.kind)
    if handler is None:
        kinds = ", ".join(sorted(_HANDLERS))
        return ItemResult(item.id, "rejected", "unknown-kind", f"kind must be one of {kinds}")
    try:
        stored = handler(context, item.data)
    except ItemRejectedError as exc:
        return ItemResult(item.id, "rejected", exc.code, exc.message)
    conn.execute(
        outbox_items.insert().values(
            id=item.id,
            kind=item.kind,
            kiosk_id=context.kiosk_id,
            received_at=timestamp(context.now),
            data=dumps(stored),
        )
    )
    return ItemResult(item.id, "accepted")


def _validated(model: type[M], data: JsonObject, kiosk_id: str) -> M:
    try:
        value = model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "data"
        raise ItemRejectedError("invalid-item", f"{where}: {first['msg']}") from exc
    sender = getattr(value, "kiosk_id", kiosk_id)
    if sender != kiosk_id:
        raise ItemRejectedError(
            "kiosk-mismatch", f"item says kiosk {sender!r}; the token is {kiosk_id!r}"
        )
    return value


def _known_registration(conn: Connection, registration_id: int, event_id: int | None) -> None:
    found = catalog.registration(conn, registration_id)
    if found is None or (event_id is not None and found.event_id != event_id):
        raise ItemRejectedError(
            "unknown-participant", f"registration {registration_id} is not known"
        )


def _checkin(context: _Context, data: JsonObject) -> JsonObject:
    value = _validated(CheckinData, data, context.kiosk_id)
    conn = context.conn
    _known_registration(conn, value.registration_id, value.event_id)
    stored = value.model_dump(mode="json") | {"at": timestamp(value.at)}
    already = conn.execute(sa.select(checkins.c.id).where(checkins.c.id == value.id)).first()
    if already is not None:
        return stored  # the same check-in under another item id: keep one
    others = conn.execute(
        sa.select(checkins.c.kiosk_id, checkins.c.at).where(
            checkins.c.registration_id == value.registration_id
        )
    ).all()
    conn.execute(checkins.insert().values(**{k: stored[k] for k in _CHECKIN_COLUMNS}))
    changes.publish(conn, "checkin", [stored])
    elsewhere = sorted({o.kiosk_id for o in others if o.kiosk_id != context.kiosk_id})
    if elsewhere:
        detail = f"checked in at {', '.join(elsewhere)} and at {context.kiosk_id}"
        conflicts.open_conflict(
            conn, value.registration_id, conflicts.DOUBLE_CHECK_IN, detail, context.now
        )
    return stored


_CHECKIN_COLUMNS = ("id", "registration_id", "event_id", "at", "kiosk_id", "source")


def _badge_print(context: _Context, data: JsonObject) -> JsonObject:
    value = _validated(BadgePrintData, data, context.kiosk_id)
    conn = context.conn
    _known_registration(conn, value.registration_id, None)
    stored = value.model_dump(mode="json") | {"at": timestamp(value.at)}
    already = conn.execute(
        sa.select(badge_prints.c.id).where(badge_prints.c.id == value.id)
    ).first()
    if already is None:
        conn.execute(
            badge_prints.insert().values(
                id=value.id,
                registration_id=value.registration_id,
                badge_version=value.badge_version,
                at=stored["at"],
                kiosk_id=context.kiosk_id,
                data=dumps(stored),
            )
        )
        settle_badges(conn, value.registration_id, context.now, {value.id})
    return stored


def _badge_void(context: _Context, data: JsonObject) -> JsonObject:
    value = _validated(BadgeVoidData, data, context.kiosk_id)
    conn = context.conn
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
        settle_badges(conn, value.registration_id, context.now, set())
    return stored


def settle_badges(conn: Connection, registration_id: int, now: datetime, touched: set[str]) -> None:
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


def _participant(context: _Context, data: JsonObject) -> JsonObject:
    value = _validated(ParticipantData, data, context.kiosk_id)
    conn = context.conn
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
            data=dumps(stored),
        )
    )
    changes.publish(conn, "participant", [stored])
    return stored


_HANDLERS: dict[str, Callable[[_Context, JsonObject], JsonObject]] = {
    "checkin": _checkin,
    "badge_print": _badge_print,
    "badge_void": _badge_void,
    "participant": _participant,
}
