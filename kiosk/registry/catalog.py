"""What the registry knows about the event: the event, categories, sessions and participants.

Every save also publishes the rows to the change feed, so kiosks get exactly what is stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kiosk.core.model import BadgeCategory, Event, Participant, Room, Session, Track
from kiosk.registry import changes
from kiosk.registry.errors import RegistryError
from kiosk.registry.schema import (
    categories,
    events,
    participants,
    revocations,
    rooms,
    sessions,
    tracks,
)
from kiosk.registry.wire import (
    JsonObject,
    category_data,
    dumps,
    event_data,
    participant_data,
    room_data,
    session_data,
    track_data,
)
from kiosk.sample.wsis2022 import SAMPLE_CLOCK_START

CHUNK = 2000
MAX_REISSUE = 255  # the credential carries the reissue counter in one byte


@dataclass(frozen=True, slots=True)
class Registration:
    """What signing a code and checking an upload need to know about a participant."""

    registration_id: int
    event_id: int
    category: str
    status: str
    reissue: int
    is_provisional: bool
    data: JsonObject


def save_event(conn: Connection, event: Event, kinds: Sequence[BadgeCategory]) -> None:
    """Store (or replace) an event and its badge categories."""
    data = event_data(event)
    conn.execute(events.delete().where(events.c.id == event.id))
    conn.execute(events.insert().values(id=event.id, code=event.code, data=dumps(data)))
    conn.execute(categories.delete().where(categories.c.event_id == event.id))
    rows = [category_data(event.id, c) for c in kinds]
    if rows:
        conn.execute(
            categories.insert(),
            [
                {"event_id": event.id, "code": r["code"], "number": r["number"], "data": dumps(r)}
                for r in rows
            ],
        )
    changes.publish(conn, "event", [data])
    changes.publish(conn, "category", rows)


def save_sessions(conn: Connection, programme: Iterable[Session]) -> None:
    rows = [session_data(s) for s in programme]
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), CHUNK):
        conn.execute(sessions.delete().where(sessions.c.id.in_(ids[start : start + CHUNK])))
    if rows:
        conn.execute(
            sessions.insert(),
            [{"id": r["id"], "event_id": r["event_id"], "data": dumps(r)} for r in rows],
        )
    changes.publish(conn, "session", rows)


def replace_programme(
    conn: Connection,
    event_id: int,
    programme: Sequence[Session],
    venue: Sequence[Room],
    strands: Sequence[Track],
) -> int:
    """Make ``programme`` the event's sessions (an imported schedule): sessions of the event it
    does not hold are deleted and published as ``session_withdrawn``, so kiosks take them off
    their board; the rest are saved with their rooms and tracks. Returns how many were withdrawn.
    """
    keep = {s.id for s in programme}
    query = sa.select(sessions.c.id).where(sessions.c.event_id == event_id)
    gone = sorted(int(i) for i in conn.execute(query).scalars() if int(i) not in keep)
    for start in range(0, len(gone), CHUNK):
        conn.execute(sessions.delete().where(sessions.c.id.in_(gone[start : start + CHUNK])))
    changes.publish(conn, "session_withdrawn", [{"id": i, "event_id": event_id} for i in gone])
    save_tracks(conn, strands)
    save_rooms(conn, venue)
    save_sessions(conn, programme)
    return len(gone)


def event_timezone(conn: Connection, event_id: int) -> str:
    """The IANA zone of an event the registry holds (RegistryError when it holds no such event)."""
    text = conn.execute(sa.select(events.c.data).where(events.c.id == event_id)).scalar()
    if text is None:
        raise RegistryError("not-found", f"no event {event_id}")
    return str(json.loads(text)["timezone"])


def save_rooms(conn: Connection, venue: Iterable[Room]) -> None:
    """Rooms and their directions, replacing what was stored under the same (event, name)."""
    rows = [room_data(r) for r in venue]
    for r in rows:
        key = (rooms.c.event_id == r["event_id"]) & (rooms.c.name == r["name"])
        conn.execute(rooms.delete().where(key))
    if rows:
        conn.execute(
            rooms.insert(),
            [{"event_id": r["event_id"], "name": r["name"], "data": dumps(r)} for r in rows],
        )
    changes.publish(conn, "room", rows)


def save_tracks(conn: Connection, strands: Iterable[Track]) -> None:
    """Tracks and their labels, replacing what was stored under the same (event, code)."""
    rows = [track_data(t) for t in strands]
    for r in rows:
        key = (tracks.c.event_id == r["event_id"]) & (tracks.c.code == r["code"])
        conn.execute(tracks.delete().where(key))
    if rows:
        conn.execute(
            tracks.insert(),
            [{"event_id": r["event_id"], "code": r["code"], "data": dumps(r)} for r in rows],
        )
    changes.publish(conn, "track", rows)


def save_participants(
    conn: Connection,
    people: Iterable[Participant],
    secret_hashes: Mapping[int, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Store (or replace) participants in bulk; returns how many (``progress`` sees the count)."""
    hashes = secret_hashes or {}
    count = 0
    batch: list[JsonObject] = []
    for person in people:
        secret = hashes.get(person.registration_id, "")
        batch.append(participant_data(person, [secret] if secret else []))
        if len(batch) >= CHUNK:
            count += _write_participants(conn, batch)
            batch = []
            if progress is not None:
                progress(count)
    count += _write_participants(conn, batch)
    if progress is not None and batch:
        progress(count)
    return count


def _write_participants(conn: Connection, batch: list[JsonObject]) -> int:
    if not batch:
        return 0
    ids = [d["registration_id"] for d in batch]
    conn.execute(participants.delete().where(participants.c.registration_id.in_(ids)))
    conn.execute(participants.insert(), [_participant_row(d) for d in batch])
    changes.publish(conn, "participant", batch)
    return len(batch)


def _participant_row(data: JsonObject) -> dict[str, object]:
    return {
        "registration_id": data["registration_id"],
        "event_id": data["event_id"],
        "category": data["category"],
        "status": data["status"],
        "reissue": data["reissue"],
        "is_provisional": data["is_provisional"],
        "email": data.get("email", ""),
        "data": dumps(data),
    }


def registration(conn: Connection, registration_id: int) -> Registration | None:
    row = conn.execute(
        sa.select(participants).where(participants.c.registration_id == registration_id)
    ).first()
    if row is None:
        return None
    return _registration(row)


def _registration(row: sa.Row[Any]) -> Registration:
    return Registration(
        int(row.registration_id),
        int(row.event_id),
        row.category,
        row.status,
        int(row.reissue),
        bool(row.is_provisional),
        json.loads(row.data),
    )


def event_ids(conn: Connection) -> list[int]:
    return [int(i) for i in conn.execute(sa.select(events.c.id).order_by(events.c.id)).scalars()]


def sample_clock(conn: Connection) -> str | None:
    """The sample's demo clock start when the registry holds sample events only, else None.

    A registry loaded by `init-demo` serves a past event: its codes are dated on the sample's first
    morning and its kiosks run on the sample's clock (docs/registry-protocol.md, Enrollment).
    """
    rows = [json.loads(text) for text in conn.execute(sa.select(events.c.data)).scalars()]
    if rows and all(row.get("is_sample") for row in rows):
        return SAMPLE_CLOCK_START
    return None


def only_event(conn: Connection) -> int:
    """The registry's event, when it holds exactly one."""
    ids = event_ids(conn)
    if len(ids) != 1:
        found = "no event" if not ids else f"{len(ids)} events"
        raise RegistryError(
            "not-found",
            f"the registry holds {found}: name one with --event, or run `add-event` "
            "(`init-demo` for the sample)",
        )
    return ids[0]


def category_numbers(conn: Connection, event_id: int) -> dict[str, int]:
    query = sa.select(categories.c.code, categories.c.number).where(
        categories.c.event_id == event_id
    )
    return {r.code: int(r.number) for r in conn.execute(query)}


def all_participants(conn: Connection) -> Iterable[Registration]:
    query = sa.select(participants).order_by(participants.c.registration_id)
    for row in conn.execute(query):
        yield _registration(row)


def reissue(conn: Connection, registration_id: int, reason: str) -> Registration:
    """Revoke a registration's current code (a lost or shared QR) and raise its reissue counter."""
    found = registration(conn, registration_id)
    if found is None:
        raise RegistryError("not-found", f"no registration {registration_id}")
    if found.reissue >= MAX_REISSUE:
        raise RegistryError("conflict", f"registration {registration_id} was reissued too often")
    conn.execute(
        revocations.insert().values(
            registration_id=registration_id, reissue=found.reissue, reason=reason
        )
    )
    revoked = {"registration_id": registration_id, "reissue": found.reissue, "reason": reason}
    changes.publish(conn, "revocation", [revoked])
    data = found.data | {"reissue": found.reissue + 1}
    conn.execute(
        participants.update()
        .where(participants.c.registration_id == registration_id)
        .values(reissue=found.reissue + 1, data=dumps(data))
    )
    changes.publish(conn, "participant", [data])
    updated = registration(conn, registration_id)
    assert updated is not None
    return updated
