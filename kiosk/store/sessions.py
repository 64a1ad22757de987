"""The programme: sessions by day and room, the rooms' directions and the tracks."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlite_utils

from kiosk.core import translations
from kiosk.core.model import Room, Session, Track
from kiosk.store.database import immediate
from kiosk.store.rows import iso

SESSION_COLUMNS = (
    "id, event_id, title, kind, track, room, starts_at, ends_at, languages, action_lines, "
    "is_sample, title_translations"
)
ROOM_COLUMNS = (
    "event_id, name, building, floor, directions, name_translations, building_translations, "
    "floor_translations, directions_translations, is_sample"
)
TRACK_COLUMNS = "event_id, code, label, label_translations"


def _insert(table: str, columns: str) -> str:
    marks = ", ".join("?" * (columns.count(",") + 1))
    return f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})"


SAVE_SESSION_SQL = _insert("sessions", SESSION_COLUMNS)
SAVE_ROOM_SQL = _insert("rooms", ROOM_COLUMNS)
SAVE_TRACK_SQL = _insert("tracks", TRACK_COLUMNS)


def session_row(s: Session) -> tuple[Any, ...]:
    return (
        s.id,
        s.event_id,
        s.title,
        s.kind,
        s.track,
        s.room,
        iso(s.starts_at),
        iso(s.ends_at),
        json.dumps(list(s.languages)),
        json.dumps(list(s.action_lines)),
        int(s.is_sample),
        translations.to_json(s.title_translations),
    )


def room_row(r: Room) -> tuple[Any, ...]:
    return (
        r.event_id,
        r.name,
        r.building,
        r.floor,
        r.directions,
        translations.to_json(r.name_translations),
        translations.to_json(r.building_translations),
        translations.to_json(r.floor_translations),
        translations.to_json(r.directions_translations),
        int(r.is_sample),
    )


def track_row(t: Track) -> tuple[Any, ...]:
    return (t.event_id, t.code, t.label, translations.to_json(t.label_translations))


def save_sessions(db: sqlite_utils.Database, sessions: Iterable[Session]) -> int:
    rows = [session_row(s) for s in sessions]
    with immediate(db):
        db.conn.executemany(SAVE_SESSION_SQL, rows)
    return len(rows)


def save_rooms(db: sqlite_utils.Database, rooms: Iterable[Room]) -> int:
    rows = [room_row(r) for r in rooms]
    with immediate(db):
        db.conn.executemany(SAVE_ROOM_SQL, rows)
    return len(rows)


def save_tracks(db: sqlite_utils.Database, tracks: Iterable[Track]) -> int:
    rows = [track_row(t) for t in tracks]
    with immediate(db):
        db.conn.executemany(SAVE_TRACK_SQL, rows)
    return len(rows)


def replace_programme(
    db: sqlite_utils.Database,
    event_id: int,
    programme: tuple[Iterable[Session], Iterable[Room], Iterable[Track]],
) -> None:
    """The event's sessions become exactly ``sessions``, in one transaction.

    Rooms and tracks are added or updated; a room the file knows without directions keeps the
    directions this kiosk already had for it (a pretalx schedule carries none).
    """
    sessions, rooms, tracks = programme
    with immediate(db):
        db.execute("DELETE FROM sessions WHERE event_id = ?", [event_id])
        db.conn.executemany(SAVE_SESSION_SQL, [session_row(s) for s in sessions])
        for room in rooms:
            db.execute(
                "INSERT INTO rooms (event_id, name, name_translations) VALUES (?, ?, ?) "
                "ON CONFLICT (event_id, name) DO NOTHING",
                [room.event_id, room.name, translations.to_json(room.name_translations)],
            )
        db.conn.executemany(SAVE_TRACK_SQL, [track_row(t) for t in tracks])


def sessions_between(
    db: sqlite_utils.Database, event_id: int, start: datetime, end: datetime
) -> list[Session]:
    """Sessions that overlap [start, end), by start time then room."""
    rows = db.execute(
        f"SELECT {SESSION_COLUMNS} FROM sessions WHERE event_id = ? AND starts_at < ? "
        "AND ends_at > ? ORDER BY starts_at, room, id",
        [event_id, iso(end), iso(start)],
    ).fetchall()
    return [_session(r) for r in rows]


def _session(r: Any) -> Session:
    return Session(
        id=r[0],
        event_id=r[1],
        title=r[2],
        kind=r[3],
        track=r[4],
        room=r[5],
        starts_at=datetime.fromisoformat(r[6]),
        ends_at=datetime.fromisoformat(r[7]),
        languages=tuple(json.loads(r[8])),
        action_lines=tuple(json.loads(r[9])),
        is_sample=bool(r[10]),
        title_translations=translations.from_json(r[11]),
    )


def load_rooms(db: sqlite_utils.Database, event_id: int) -> list[Room]:
    rows = db.execute(
        f"SELECT {ROOM_COLUMNS} FROM rooms WHERE event_id = ? ORDER BY name", [event_id]
    ).fetchall()
    return [
        Room(
            event_id=r[0],
            name=r[1],
            building=r[2],
            floor=r[3],
            directions=r[4],
            name_translations=translations.from_json(r[5]),
            building_translations=translations.from_json(r[6]),
            floor_translations=translations.from_json(r[7]),
            directions_translations=translations.from_json(r[8]),
            is_sample=bool(r[9]),
        )
        for r in rows
    ]


def load_tracks(db: sqlite_utils.Database, event_id: int) -> list[Track]:
    rows = db.execute(
        f"SELECT {TRACK_COLUMNS} FROM tracks WHERE event_id = ? ORDER BY code", [event_id]
    ).fetchall()
    return [Track(r[0], r[1], r[2], translations.from_json(r[3])) for r in rows]


def count_sessions(db: sqlite_utils.Database, event_id: int | None = None) -> int:
    if event_id is None:
        return int(db.execute("SELECT count(*) FROM sessions").fetchone()[0])
    query = "SELECT count(*) FROM sessions WHERE event_id = ?"
    return int(db.execute(query, [event_id]).fetchone()[0])
