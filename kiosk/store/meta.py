"""Small key-value facts about this database (kiosk id, demo marker)."""

from __future__ import annotations

import sqlite_utils

from kiosk.store.database import immediate


def get_value(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM settings_kv WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def set_value(db: sqlite_utils.Database, key: str, value: str) -> None:
    with immediate(db):
        db.table("settings_kv").upsert({"key": key, "value": value}, pk="key")
