"""One outbox upload being applied: what is already known, fetched once, and writes in bulk.

A batch of 500 check-ins costs a handful of queries instead of several per item: lookups are made
for the whole batch up front, and check-ins, their change rows and the outbox rows are written
together by ``flush``. Anything that writes change rows by itself (badges, participants,
conflicts) flushes first, so sequence numbers stay in order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from pydantic import BaseModel, ValidationError
from sqlalchemy.engine import Connection

from kiosk.registry import changes
from kiosk.registry.schema import changes as change_rows
from kiosk.registry.schema import checkins, outbox_items, participants
from kiosk.registry.wire import JsonObject, dumps, timestamp

M = TypeVar("M", bound=BaseModel)
MAX_REGISTRATION_ID = 2**32 - 1


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    kind: str
    data: JsonObject


class ItemRejectedError(Exception):
    """An item the registry cannot take: it stays in the kiosk's outbox with this reason."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def validated(model: type[M], data: JsonObject, kiosk_id: str) -> M:
    """The item's data as ``model``; the sender must be the kiosk the token belongs to."""
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


def _registration_ids(items: Sequence[Item]) -> list[int]:
    found = {i.data.get("registration_id") for i in items}
    return [r for r in found if type(r) is int and 0 < r <= MAX_REGISTRATION_ID]


def _checkin_ids(items: Sequence[Item]) -> list[str]:
    found = {i.data.get("id") for i in items if i.kind == "checkin"}
    return [c for c in found if isinstance(c, str) and len(c) <= 64]


class Batch:
    """The state of one upload: caches filled up front and writes not yet sent."""

    def __init__(self, conn: Connection, kiosk_id: str, now: datetime, items: Sequence[Item]):
        self.conn, self.kiosk_id, self.now = conn, kiosk_id, now
        ids = [i.id for i in items]
        self.known_items = set(
            conn.execute(sa.select(outbox_items.c.id).where(outbox_items.c.id.in_(ids))).scalars()
        )
        people = _registration_ids(items)
        self.registrations: dict[int, int] = dict(
            conn.execute(
                sa.select(participants.c.registration_id, participants.c.event_id).where(
                    participants.c.registration_id.in_(people)
                )
            ).all()
        )
        self.checkin_kiosks: defaultdict[int, set[str]] = defaultdict(set)
        query = sa.select(checkins.c.registration_id, checkins.c.kiosk_id)
        for reg, kiosk in conn.execute(query.where(checkins.c.registration_id.in_(people))):
            self.checkin_kiosks[reg].add(kiosk)
        query = sa.select(checkins.c.id).where(checkins.c.id.in_(_checkin_ids(items)))
        self.checkin_ids = set(conn.execute(query).scalars())
        self._changes: list[tuple[str, JsonObject]] = []
        self._checkins: list[dict[str, Any]] = []
        self._outbox: list[dict[str, Any]] = []

    def add_checkin(self, row: dict[str, Any], published: JsonObject) -> None:
        self._checkins.append(row)
        self._changes.append(("checkin", published))
        self.checkin_ids.add(row["id"])
        self.checkin_kiosks[row["registration_id"]].add(row["kiosk_id"])

    def add_outbox(self, item: Item, stored: JsonObject) -> None:
        self.known_items.add(item.id)
        self._outbox.append(
            {
                "id": item.id,
                "kind": item.kind,
                "kiosk_id": self.kiosk_id,
                "received_at": timestamp(self.now),
                "data": dumps(stored),
            }
        )

    def flush(self) -> None:
        """Write what is pending; change rows get the next sequence numbers, in order."""
        if self._changes:
            seq = changes.last_seq(self.conn)
            rows = [
                {"seq": seq + n, "kind": kind, "data": dumps(data)}
                for n, (kind, data) in enumerate(self._changes, start=1)
            ]
            self.conn.execute(change_rows.insert(), rows)
        if self._checkins:
            self.conn.execute(checkins.insert(), self._checkins)
        if self._outbox:
            self.conn.execute(outbox_items.insert(), self._outbox)
        self._changes, self._checkins, self._outbox = [], [], []
