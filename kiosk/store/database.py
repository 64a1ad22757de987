"""Opening the kiosk database: WAL, durable commits, foreign keys, versioned migrations.

Every write on the check-in and print path goes through ``immediate``: ``BEGIN IMMEDIATE`` takes
the write lock before the first read, so a second process waits (busy timeout) instead of failing
with "database is locked" when it tries to write after reading (DESIGN.md §10). The connection's
own ``atomic()`` (used by sqlite-utils and older code) begins IMMEDIATE too, as a safety net.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import sqlite_utils

from kiosk.paths import create_private_file
from kiosk.store.migrations import MIGRATIONS

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 15.0  # how long a writer waits for another one (a check-in takes milliseconds)
# FULL: a commit is on disk (WAL synced) before COMMIT returns, so the check-in and the print
# intent survive a power cut once the printer may have been sent a byte. NORMAL only survives a
# crash of the application. `kiosk bench` measures the cost of FULL per check-in.
DEFAULT_SYNCHRONOUS = "FULL"
_SYNCHRONOUS = ("OFF", "NORMAL", "FULL", "EXTRA")
FULL_BELOW_BYTES = 256 * 1024  # a disk with less room than this is reported as full
# Any error SQLite raises (damaged file, disk failures): the CLI turns it into one line.
DatabaseFailure = sqlite3.DatabaseError


class StoreError(Exception):
    """The database cannot be opened or written (read-only, full, damaged, from a newer kiosk)."""


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


def open_database(
    path: Path | str, synchronous: str = DEFAULT_SYNCHRONOUS
) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database; one connection per thread."""
    if synchronous not in _SYNCHRONOUS:
        raise ValueError(f"synchronous must be one of {', '.join(_SYNCHRONOUS)}")
    conn: sqlite3.Connection | None = None
    if str(path) != ":memory:":
        with suppress(OSError):  # a folder that refuses it gets SQLite's own message below
            create_private_file(
                Path(path)
            )  # owner-only from its first byte (docs/data-lifecycle.md)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        db = _Database(conn)
        if str(path) != ":memory:":
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(f"PRAGMA synchronous={synchronous}")
        migrate(db)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise StoreError(describe_failure(path, exc)) from exc
    return db


def describe_failure(path: Path | str, exc: BaseException) -> str:
    """One line naming the file and the problem, with what to do about it."""
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered or _is_unwritable(path):
        return f"the database {path} is read-only ({text}); give the kiosk write access to it"
    if "disk is full" in lowered or _is_full(path) or getattr(exc, "errno", None) == errno.ENOSPC:
        return f"the disk holding the database {path} is full ({text}); free some space"
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return (
            f"the database {path} is damaged ({text}); keep the file for inspection and "
            "restore the last backup"
        )
    return f"cannot use the database {path}: {text}"


def _is_full(path: Path | str) -> bool:
    """Less room left than SQLite needs for a page of the write-ahead log and its index."""
    if str(path) == ":memory:":
        return False
    try:
        stats = os.statvfs(Path(path).parent)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < FULL_BELOW_BYTES


def _is_unwritable(path: Path | str) -> bool:
    if str(path) == ":memory:":
        return False
    target = Path(path)
    if target.exists():
        return not os.access(target, os.W_OK)
    return target.parent.is_dir() and not os.access(target.parent, os.W_OK)


def database_path(db: sqlite_utils.Database) -> str:
    """The file behind a connection (for messages); ':memory:' for an in-memory database."""
    row = db.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row and row[2] else ":memory:"


@contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction that holds the write lock from its first statement.

    Inside a transaction already it is a savepoint of that one (sqlite-utils ``atomic``). A write
    the disk refuses (full, read-only, damaged) becomes a StoreError naming the file.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(describe_failure(database_path(db), exc)) from exc
    try:
        yield db
        db.conn.execute("COMMIT")
    except BaseException as exc:
        if db.conn.in_transaction:
            db.conn.rollback()
        if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
            exc, sqlite3.IntegrityError
        ):
            raise StoreError(describe_failure(database_path(db), exc)) from exc
        raise


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every migration newer than the database's user_version, each in its own transaction.

    Each step takes the write lock first; when two processes open a new database at once, the one
    that finds its step already applied by the other carries on.
    """
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StoreError(
            f"database schema {current} is newer than this kiosk knows ({len(MIGRATIONS)})"
        )
    for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
        try:
            db.conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={number};\nCOMMIT;"
            )
        except sqlite3.DatabaseError:
            if db.conn.in_transaction:
                db.conn.rollback()
            if schema_version(db) >= number:
                continue  # another process applied this step meanwhile
            raise
        log.info("database migrated to schema %d", number)
    _refresh_search_text(db)


def _refresh_search_text(db: sqlite_utils.Database) -> None:
    """A migration that changed what the desk search reads asks for every person's search text
    to be computed again (in Python: the folding is not SQL), once, by whichever process opens
    the database first."""
    stale = "SELECT 1 FROM sync_state WHERE name = 'search_text_stale'"
    if db.execute(stale).fetchone() is None:
        return
    from kiosk.store.participants import rebuild_search_text  # participants imports this module

    changed = rebuild_search_text(db)
    log.info("search text recomputed for %d participants", changed)
