"""Where the kiosk stands with the registry: the change-feed watermark and the last round's fate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.store.rows import iso, to_datetime

WATERMARK = "watermark"
LAST_PULL_AT = "last_pull_at"  # when the kiosk last reached the end of the feed
LAST_ATTEMPT_AT = "last_attempt_at"
LAST_ERROR = "last_error"


@dataclass(frozen=True, slots=True)
class SyncState:
    watermark: int = 0
    last_pull_at: datetime | None = None
    last_attempt_at: datetime | None = None
    last_error: str = ""


def load_state(db: sqlite_utils.Database) -> SyncState:
    values = dict(db.execute("SELECT name, value FROM sync_state").fetchall())
    try:
        watermark = int(values.get(WATERMARK, "0"))
    except ValueError:
        watermark = 0  # a hand-edited value: start over, every change is an upsert
    return SyncState(
        watermark=watermark,
        last_pull_at=to_datetime(values.get(LAST_PULL_AT)),
        last_attempt_at=to_datetime(values.get(LAST_ATTEMPT_AT)),
        last_error=values.get(LAST_ERROR, ""),
    )


def set_watermark(db: sqlite_utils.Database, watermark: int) -> None:
    """Store the feed position; call inside the transaction that applied the page."""
    _put(db, WATERMARK, str(watermark))


def restart_feed(db: sqlite_utils.Database) -> None:
    """Read the feed again from its start (the registry was reset or replaced)."""
    with db.atomic():
        set_watermark(db, 0)


def record_round(db: sqlite_utils.Database, at: datetime, error: str, reached_end: bool) -> None:
    """Remember how a sync round ended: its time, its error ("" when it went well)."""
    with db.atomic():
        _put(db, LAST_ATTEMPT_AT, iso(at) or "")
        _put(db, LAST_ERROR, error)
        if reached_end:
            _put(db, LAST_PULL_AT, iso(at) or "")


def _put(db: sqlite_utils.Database, name: str, value: str) -> None:
    db.execute(
        "INSERT INTO sync_state (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        [name, value],
    )
