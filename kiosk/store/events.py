"""The event this kiosk serves and its badge categories."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from kiosk.core.model import BadgeCategory, Event
from kiosk.core.translations import from_json, to_json
from kiosk.store.database import immediate
from kiosk.store.rows import iso


def save_event(db: sqlite_utils.Database, event: Event, categories: list[BadgeCategory]) -> None:
    """Insert or replace the event with its categories."""
    with immediate(db):
        db.table("events").upsert(
            {
                "id": event.id,
                "code": event.code,
                "title": event.title,
                "venue": event.venue,
                "timezone": event.timezone,
                "start": iso(event.start),
                "end": iso(event.end),
                "pickup_from": iso(event.pickup_from),
                "is_sample": int(event.is_sample),
                "title_translations": to_json(event.title_translations),
                "desk_location": event.desk_location,
                "desk_location_translations": to_json(event.desk_location_translations),
            },
            pk="id",
        )
        db.table("badge_categories").upsert_all(
            [
                {
                    "event_id": event.id,
                    "code": c.code,
                    "number": c.number,
                    "label": c.label,
                    "colour": c.colour,
                    "collect_at_desk": int(c.collect_at_desk),
                    "needs_photo": int(c.needs_photo),
                    "label_translations": to_json(c.label_translations),
                }
                for c in categories
            ],
            pk=("event_id", "code"),
        )


def load_event(db: sqlite_utils.Database, event_id: int | None = None) -> Event | None:
    """The given event, or the only/first one when no id is given."""
    where, args = ("WHERE id = ?", [event_id]) if event_id is not None else ("", [])
    row = db.execute(
        f'SELECT id, code, title, venue, timezone, start, "end", pickup_from, is_sample, '
        "title_translations, desk_location, desk_location_translations "
        f"FROM events {where} ORDER BY id LIMIT 1",
        args,
    ).fetchone()
    if row is None:
        return None
    return Event(
        id=row[0],
        code=row[1],
        title=row[2],
        venue=row[3],
        timezone=row[4],
        start=date.fromisoformat(row[5]),
        end=date.fromisoformat(row[6]),
        pickup_from=date.fromisoformat(row[7]),
        is_sample=bool(row[8]),
        title_translations=from_json(row[9]),
        desk_location=row[10],
        desk_location_translations=from_json(row[11]),
    )


def load_categories(db: sqlite_utils.Database, event_id: int) -> list[BadgeCategory]:
    rows = db.execute(
        "SELECT code, number, label, colour, collect_at_desk, needs_photo, label_translations "
        "FROM badge_categories WHERE event_id = ? ORDER BY number",
        [event_id],
    ).fetchall()
    return [
        BadgeCategory(
            code=r[0],
            number=r[1],
            label=r[2],
            colour=r[3],
            collect_at_desk=bool(r[4]),
            needs_photo=bool(r[5]),
            label_translations=from_json(r[6]),
        )
        for r in rows
    ]
