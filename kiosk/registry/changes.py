"""The change feed: every change numbered in commit order, read back in pages.

``publish`` must run inside ``Database.write()``: writers are serialised there, so ``MAX(seq) + 1``
is the next number and no reader can see seq 12 before seq 11 has committed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kiosk.registry.errors import RegistryError
from kiosk.registry.schema import changes
from kiosk.registry.wire import JsonObject, dumps

MAX_PAGE = 5000
DEFAULT_PAGE = 1000
_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class ChangePage:
    """One page of the feed; ``changes_json`` is the JSON array of its changes, ready to send."""

    since: int
    next: int
    more: bool
    count: int
    changes_json: str


def last_seq(conn: Connection) -> int:
    return int(
        conn.execute(sa.select(sa.func.coalesce(sa.func.max(changes.c.seq), 0))).scalar_one()
    )


def publish(conn: Connection, kind: str, items: Iterable[JsonObject]) -> int:
    """Append one change per item; returns the last seq written (or the current one if none)."""
    seq = last_seq(conn)
    batch: list[dict[str, object]] = []
    for data in items:
        seq += 1
        batch.append({"seq": seq, "kind": kind, "data": dumps(data)})
        if len(batch) >= _CHUNK:
            conn.execute(changes.insert(), batch)
            batch = []
    if batch:
        conn.execute(changes.insert(), batch)
    return seq


def page(conn: Connection, since: int, limit: int) -> ChangePage:
    """The changes after ``since``, at most ``limit`` of them, rendered from the stored JSON."""
    query = (
        sa.select(changes.c.seq, changes.c.kind, changes.c.data)
        .where(changes.c.seq > since)
        .order_by(changes.c.seq)
        .limit(limit + 1)
    )
    rows = conn.execute(query).all()
    if not rows and since > last_seq(conn):
        raise RegistryError(
            "conflict",
            f"watermark {since} is ahead of this registry's feed: it was reset or replaced; "
            "sync again from 0",
        )
    more = len(rows) > limit
    rows = rows[:limit]
    # Kinds are fixed identifiers and data is stored JSON: no parsing, no escaping needed.
    text = ",".join([f'{{"seq":{seq},"kind":"{kind}","data":{data}}}' for seq, kind, data in rows])
    last = int(rows[-1][0]) if rows else since
    return ChangePage(since, last, more, len(rows), f"[{text}]")
