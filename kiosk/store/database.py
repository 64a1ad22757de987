"""Opening the kiosk database: WAL, foreign keys, versioned migrations."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import sqlite_utils

from kiosk.store.migrations import MIGRATIONS

log = logging.getLogger(__name__)


class StoreError(Exception):
    """The database cannot be opened or is from a newer version of the kiosk."""


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database; one connection per thread."""
    try:
        conn = sqlite3.connect(str(path), timeout=10, isolation_level=None)
        db = sqlite_utils.Database(conn)
        if str(path) != ":memory:":
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every migration newer than the database's user_version, each in its own transaction."""
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StoreError(
            f"database schema {current} is newer than this kiosk knows ({len(MIGRATIONS)})"
        )
    for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
        try:
            db.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
        except sqlite3.DatabaseError:
            if db.conn.in_transaction:
                db.conn.rollback()
            raise
        log.info("database migrated to schema %d", number)
