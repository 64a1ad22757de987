"""Two connections on one kiosk database (the window's check-in thread and the sync thread)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.store import open_database


def test_a_transaction_that_reads_first_still_writes_when_another_thread_wrote_meanwhile(
    tmp_path: Path,
) -> None:
    # The check-in transaction reads (sqlite-utils asks the table's columns) before it writes.
    # Begun deferred, it holds a read snapshot; a sync thread committing meanwhile makes its
    # first write fail at once with "database is locked", whatever the busy timeout, and the
    # check-in is lost. Begun IMMEDIATE it owns the write lock from the start: the other
    # writer waits (here: gives up after 0.1 s), and the check-in is stored.
    checkin = open_database(tmp_path / "kiosk.db")
    sync = sqlite3.connect(str(tmp_path / "kiosk.db"), timeout=0.1, isolation_level=None)
    try:
        with checkin.atomic():
            checkin.execute("SELECT count(*) FROM checkins").fetchone()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                sync.execute("INSERT INTO sync_state (name, value) VALUES ('watermark', '7')")
            checkin.execute("INSERT INTO sync_state (name, value) VALUES ('last_error', '')")
        assert sync.execute("SELECT count(*) FROM sync_state").fetchone()[0] == 1
    finally:
        sync.close()
        checkin.close()


def test_nested_atomic_blocks_are_savepoints_of_one_transaction(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kiosk.db")
    try:
        with db.atomic():
            db.execute("INSERT INTO sync_state (name, value) VALUES ('a', '1')")
            with pytest.raises(RuntimeError):
                _insert_then_fail(db)
        names = [row[0] for row in db.execute("SELECT name FROM sync_state")]
        assert names == ["a"]  # the inner block rolled back alone
        assert not db.conn.in_transaction
    finally:
        db.close()


def _insert_then_fail(db: object) -> None:
    with db.atomic():  # type: ignore[attr-defined]
        db.execute("INSERT INTO sync_state (name, value) VALUES ('b', '2')")  # type: ignore[attr-defined]
        raise RuntimeError("the inner block fails")
