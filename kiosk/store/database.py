"""Opening the kiosk database: WAL, foreign keys, versioned migrations."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from kiosk.store.migrations import MIGRATIONS

log = logging.getLogger(__name__)


class StoreError(Exception):
    """The database cannot be opened or is from a newer version of the kiosk."""


class _Database(sqlite_utils.Database):  # type: ignore[misc]
    """sqlite-utils' Database whose outermost ``atomic()`` begins IMMEDIATE.

    A deferred transaction that reads before it writes (sqlite-utils reads a table's columns
    before an insert) fails at once with "database is locked" when another connection (the
    sync thread) committed in between, whatever the busy timeout. IMMEDIATE takes the write
    lock first, so concurrent writers wait for each other instead (DESIGN.md, pitfalls).
    """

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database; one connection per thread."""
    try:
        conn = sqlite3.connect(str(path), timeout=10, isolation_level=None)
        db = _Database(conn)
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
