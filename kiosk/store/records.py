"""Every table's rows, streamed, for the audit export (`kiosk export all`); nothing here writes.

Read inside ``snapshot``: one read transaction, so the counts and the rows agree while the
kiosk keeps checking people in (WAL readers see the database as it was when they began).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlite_utils

Value = str | int | float | bytes | None
Record = tuple[Value, ...]

BATCH = 5000
# Hashes of other registries' working check-in secrets: they open doors, they are not a record.
NOT_EXPORTED = frozenset({"participant_secrets"})
# The journal first, then the rest of the database in alphabetical order.
FIRST = (
    "events",
    "checkins",
    "badge_prints",
    "print_jobs",
    "audit",
    "name_corrections",
    "vip_pickups",
    "outbox",
    "conflicts",
    "photo_uploads",
    "participants",
)


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[str, ...]
    rows: int


@contextmanager
def snapshot(db: sqlite_utils.Database) -> Iterator[None]:
    """One read transaction around the whole export."""
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("ROLLBACK")


def tables(db: sqlite_utils.Database) -> list[Table]:
    """The tables to export, in export order, with their columns and row counts.

    Search-index tables (virtual FTS tables and their shadow tables) are left out: they
    repeat the participants' columns.
    """
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [str(n) for n, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL")]
    names = [
        str(n)
        for n, _ in rows
        if str(n) not in NOT_EXPORTED
        and not any(str(n) == v or str(n).startswith(v + "_") for v in virtual)
    ]
    ordered = [n for n in FIRST if n in names] + sorted(n for n in names if n not in FIRST)
    return [_table(db, name) for name in ordered]


def iter_rows(db: sqlite_utils.Database, table: Table) -> Iterator[list[Record]]:
    """The table's rows in batches, in the order they were written (rowid)."""
    columns = ", ".join(_quoted(c) for c in table.columns)
    cursor = db.execute(f"SELECT {columns} FROM {_quoted(table.name)} ORDER BY rowid")
    while batch := cursor.fetchmany(BATCH):
        yield [tuple(row) for row in batch]


def _table(db: sqlite_utils.Database, name: str) -> Table:
    info = db.execute(f"PRAGMA table_info({_quoted(name)})").fetchall()
    count = db.execute(f"SELECT count(*) FROM {_quoted(name)}").fetchone()[0]
    return Table(name, tuple(str(r[1]) for r in info), int(count))


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'
