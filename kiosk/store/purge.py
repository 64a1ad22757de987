"""After the event: blank every personal field of the database, keep every row and count.

Rows stay (a check-in, a print, a person's category and check-in time are the figures of the
report); the text that names a person goes. docs/data-lifecycle.md lists each column. A column
named here that a database does not have (``participants.email`` before its migration) is
skipped, so a branch adding a personal column adds it to ``BLANKED`` and nothing else.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.store.database import immediate
from kiosk.store.outbox import PENDING, REJECTED
from kiosk.store.photos import MAX_REFUSALS
from kiosk.store.rows import iso

# table -> the columns that name, show or describe a person; each becomes ''.
BLANKED: dict[str, tuple[str, ...]] = {
    "participants": (
        "given_name",
        "family_name",
        "badge_name",
        "native_name",
        "organisation",
        "email",
        "photo",
        "search_text",
    ),
    "name_corrections": ("old_name", "new_name"),
    "vip_pickups": ("collector",),
    "print_jobs": ("content", "name_fallback"),  # the badge as printed: name, organisation, photo
}
# keys of an outbox item's JSON that hold a person's words (participant, name_correction)
OUTBOX_KEYS = (
    "given_name",
    "family_name",
    "badge_name",
    "native_name",
    "organisation",
    "email",
    "collector",
)
OUTBOX_KINDS = ("participant", "name_correction")
GIVEN_UP = "purged before upload: the registry never got it"
PURGE_ACTION = "purge"
COMPACT_WAIT_MS = 3000  # how long VACUUM and the log's emptying wait for another connection
_FTS_DEFERRED = "fts_deferred"  # sync_state marker: the search index triggers pause


@dataclass(frozen=True, slots=True)
class Unsent:
    """What the registry has not got: a purge would lose it for good."""

    outbox_pending: int
    outbox_rejected: int
    photos_pending: int

    @property
    def total(self) -> int:
        return self.outbox_pending + self.outbox_rejected + self.photos_pending


@dataclass(frozen=True, slots=True)
class PersonalRows:
    """Rows that still hold personal text, per table (``BLANKED``'s tables)."""

    people: int
    name_corrections: int
    vip_pickups: int
    badge_contents: int

    @property
    def total(self) -> int:
        return self.people + self.name_corrections + self.vip_pickups + self.badge_contents


@dataclass(frozen=True, slots=True)
class PurgeRecord:
    """The audit line of a purge: when, which machine, how (cli), photo and badge files."""

    at: datetime
    kiosk_id: str
    source: str
    files: int  # photos and badge files removed from the disk with it


def unsent(db: sqlite_utils.Database) -> Unsent:
    """Items the registry lacks, refused ones included; those an earlier purge gave up on are
    not counted again (a second purge finishes the first without --force)."""
    outbox = dict(
        db.execute(
            "SELECT state, count(*) FROM outbox WHERE error != ? GROUP BY state", [GIVEN_UP]
        ).fetchall()
    )
    photos = db.execute(
        "SELECT count(*) FROM photo_uploads WHERE uploaded_at IS NULL AND last_error != ?",
        [GIVEN_UP],
    ).fetchone()[0]
    return Unsent(int(outbox.get(PENDING, 0)), int(outbox.get(REJECTED, 0)), int(photos))


def personal_rows(db: sqlite_utils.Database) -> PersonalRows:
    counts = {table: _count_personal(db, table) for table in BLANKED}
    return PersonalRows(
        counts["participants"],
        counts["name_corrections"],
        counts["vip_pickups"],
        counts["print_jobs"],
    )


def badge_outputs(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """(registration id, file) of every badge file a print job wrote (the file printer)."""
    rows = db.execute("SELECT registration_id, output FROM print_jobs WHERE output != ''")
    return [(int(r[0]), path) for r in rows for path in str(r[1]).split(";") if path]


def blank_personal_data(
    db: sqlite_utils.Database, record: PurgeRecord, give_up_unsent: bool
) -> PersonalRows:
    """Blank ``BLANKED`` and the outbox's names in one transaction with its audit line.

    ``give_up_unsent``: items still waiting for the registry are marked never to be sent (a
    later sync must not upload blanked names). Returns the rows that held personal text.
    """
    db.execute("PRAGMA secure_delete=ON")  # freed space is zeroed, not left for VACUUM alone
    with immediate(db):
        before = personal_rows(db)
        outbox_end = db.execute("SELECT coalesce(max(rowid), 0) FROM outbox").fetchone()[0]
        deferred_here = _defer_search_index(db)
        for table in BLANKED:
            _blank(db, table)
        # a provisional person's update queued a 'participant' item with the blank names: drop it
        db.execute("DELETE FROM outbox WHERE rowid > ? AND kind = 'participant'", [outbox_end])
        _blank_outbox(db)
        db.execute("INSERT INTO participants_fts(participants_fts) VALUES ('rebuild')")
        if deferred_here:
            db.execute("DELETE FROM sync_state WHERE name = ?", [_FTS_DEFERRED])
        if give_up_unsent:
            _give_up_unsent(db)
        _audit(db, record, before)
    return before


def compact(db: sqlite_utils.Database) -> bool:
    """VACUUM (the blanked text leaves the file) and empty the write-ahead log; False when
    another connection kept the log from being emptied (a kiosk still running)."""
    waited = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute(f"PRAGMA busy_timeout = {COMPACT_WAIT_MS}")  # a running kiosk will not stop
    try:
        db.execute("VACUUM")
        busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError:  # locked by another program past the busy timeout
        return False
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(waited)}")
    return not busy


def _columns(db: sqlite_utils.Database, table: str) -> list[str]:
    present = {str(r[1]) for r in db.execute(f"PRAGMA table_info({table})").fetchall()}
    return [c for c in BLANKED[table] if c in present]


def _count_personal(db: sqlite_utils.Database, table: str) -> int:
    columns = _columns(db, table)
    if not columns:
        return 0
    where = " OR ".join(f"coalesce({c}, '') != ''" for c in columns)
    return int(db.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])


def _blank(db: sqlite_utils.Database, table: str) -> None:
    columns = _columns(db, table)
    if columns:
        sets = ", ".join(f"{c} = ''" for c in columns)
        where = " OR ".join(f"coalesce({c}, '') != ''" for c in columns)
        db.execute(f"UPDATE {table} SET {sets} WHERE {where}")


def _blank_outbox(db: sqlite_utils.Database) -> None:
    paths = ", ".join(f"'$.{key}', ''" for key in OUTBOX_KEYS)
    kinds = ", ".join(f"'{kind}'" for kind in OUTBOX_KINDS)
    db.execute(
        f"UPDATE outbox SET payload = json_replace(payload, {paths}) "
        f"WHERE kind IN ({kinds}) AND json_valid(payload)"
    )


def _defer_search_index(db: sqlite_utils.Database) -> bool:
    """Pause the per-row search index triggers (one rebuild at the end); True if paused here."""
    cursor = db.execute(
        "INSERT INTO sync_state (name, value) VALUES (?, '1') ON CONFLICT (name) DO NOTHING",
        [_FTS_DEFERRED],
    )
    return bool(cursor.rowcount)


def _give_up_unsent(db: sqlite_utils.Database) -> None:
    db.execute(
        "UPDATE outbox SET state = ?, error = ? WHERE state = ?", [REJECTED, GIVEN_UP, PENDING]
    )
    db.execute(
        "UPDATE photo_uploads SET attempts = ?, last_error = ? WHERE uploaded_at IS NULL",
        [MAX_REFUSALS, GIVEN_UP],
    )


def _audit(db: sqlite_utils.Database, record: PurgeRecord, rows: PersonalRows) -> None:
    detail = (
        f"blanked: people {rows.people}, name corrections {rows.name_corrections}, "
        f"VIP pick-ups {rows.vip_pickups}, badge contents {rows.badge_contents}; "
        f"files removed {record.files}"
    )
    db.execute(
        "INSERT INTO audit (at, kiosk_id, action, outcome, source, detail) "
        "VALUES (?, ?, ?, 'done', ?, ?)",
        [iso(record.at), record.kiosk_id, PURGE_ACTION, record.source, detail],
    )
