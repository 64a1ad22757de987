"""The programme: sessions by day and room."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

import sqlite_utils

from kiosk.core.model import Session, Track
from kiosk.store.database import immediate
from kiosk.store.rows import iso


def save_sessions(db: sqlite_utils.Database, sessions: Iterable[Session]) -> int:
    rows = [
        {
            "id": s.id,
            "event_id": s.event_id,
            "title": s.title,
            "kind": s.kind,
            "track": s.track.value,
            "room": s.room,
            "starts_at": iso(s.starts_at),
            "ends_at": iso(s.ends_at),
            "languages": json.dumps(list(s.languages)),
            "action_lines": json.dumps(list(s.action_lines)),
            "is_sample": int(s.is_sample),
        }
        for s in sessions
    ]
    with immediate(db):
        db.table("sessions").upsert_all(rows, pk="id")
    return len(rows)


def sessions_between(
    db: sqlite_utils.Database, event_id: int, start: datetime, end: datetime
) -> list[Session]:
    """Sessions that overlap [start, end), by start time then room."""
    rows = db.execute(
        "SELECT id, event_id, title, kind, track, room, starts_at, ends_at, languages, "
        "action_lines, is_sample FROM sessions WHERE event_id = ? AND starts_at < ? "
        "AND ends_at > ? ORDER BY starts_at, room",
        [event_id, iso(end), iso(start)],
    ).fetchall()
    return [
        Session(
            id=r[0],
            event_id=r[1],
            title=r[2],
            kind=r[3],
            track=Track(r[4]),
            room=r[5],
            starts_at=datetime.fromisoformat(r[6]),
            ends_at=datetime.fromisoformat(r[7]),
            languages=tuple(json.loads(r[8])),
            action_lines=tuple(json.loads(r[9])),
            is_sample=bool(r[10]),
        )
        for r in rows
    ]


def count_sessions(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM sessions").fetchone()[0])
