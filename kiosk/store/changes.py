"""Applying a page of the registry's change feed: one IMMEDIATE transaction per page.

Every kind is an upsert by its id, so a page applied twice changes nothing. Participants keep
what only the journal knows (checked in, collected, badge version, photo): those facts are
recomputed from the check-ins and badge prints of every origin after each page.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import sqlite_utils

from kiosk.core.countries import country_words
from kiosk.core.exchange import (
    ONE_PER_PERSON_KIOSKS,
    ChangePage,
    Conflict,
    RemoteBadgePrint,
    RemoteCategory,
    RosterEntry,
)
from kiosk.core.folding import PartFolder
from kiosk.core.foreign_codes import SecretSource
from kiosk.core.model import Event
from kiosk.core.translations import to_json
from kiosk.store.database import StoreError
from kiosk.store.device_keys import DeviceKeyRecord, save_device_keys
from kiosk.store.rows import iso
from kiosk.store.sessions import (
    SAVE_ROOM_SQL,
    SAVE_SESSION_SQL,
    SAVE_TRACK_SQL,
    room_row,
    session_row,
    track_row,
)
from kiosk.store.sync_state import set_watermark
from kiosk.store.ticket_secrets import save_secret_blocks, save_ticket_keys

log = logging.getLogger(__name__)

BULK_PARTICIPANTS = 200  # a page with this many people pauses the search index (see migration 6)
# Paused with the search index: keeping it up to date cost about 0.1 s of a first sync of
# 100,000 people; building it once at the end a few hundredths (migration 1 defines it).
_EVENT_INDEX = "participants_event ON participants(event_id, category)"

_PARTICIPANT_COLUMNS = (
    "registration_id, event_id, given_name, family_name, badge_name, native_name, organisation, "
    "country, email, category, status, reissue, valid_from, valid_until, is_sample, "
    "is_provisional, search_text, origin"
)
_PARTICIPANT_SQL = (
    f"INSERT INTO participants ({_PARTICIPANT_COLUMNS}) VALUES ({', '.join('?' * 18)}) "
    "ON CONFLICT (registration_id) DO UPDATE SET "
    + ", ".join(f"{c.strip()} = excluded.{c.strip()}" for c in _PARTICIPANT_COLUMNS.split(",")[1:])
)


def apply_page(db: sqlite_utils.Database, page: ChangePage) -> None:
    """Apply every change of ``page`` and move the watermark to ``page.next``, all or nothing."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            _apply(db, page)
            set_watermark(db, page.next)
        except BaseException:
            db.conn.rollback()
            raise
        db.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot apply changes {page.since}..{page.next}: {exc}") from exc


def _apply(db: sqlite_utils.Database, page: ChangePage) -> None:
    if len(page.participants) >= BULK_PARTICIPANTS:
        defer_search_index(db)
    for event in page.events:
        _save_event(db, event)
    _save_categories(db, page.categories)
    _save_participants(db, page.participants)
    _save_programme(db, page)
    _save_keys(db, page)
    _save_device_keys(db, page)
    save_secret_blocks(db, page.secret_blocks)  # other registries (pretix): migration 15
    save_ticket_keys(db, page.ticket_keys)
    touched = {p.registration_id for p in page.participants}
    touched |= _save_check_ins(db, page)
    touched |= _save_badge_prints(db, page.badge_prints)
    _save_conflicts(db, page)
    if touched and _has_journal(db):
        recompute_facts(db, touched)


def _has_journal(db: sqlite_utils.Database) -> bool:
    """Any check-in or badge print at all: without one, recompute_facts changes nothing (a
    first sync's pages of people skip it)."""
    row = db.execute(
        "SELECT EXISTS (SELECT 1 FROM checkins) OR EXISTS (SELECT 1 FROM badge_prints)"
    ).fetchone()
    return bool(row[0])


def _save_event(db: sqlite_utils.Database, event: Event) -> None:
    db.execute(
        'INSERT INTO events (id, code, title, venue, timezone, start, "end", pickup_from, '
        "is_sample, title_translations, desk_location, desk_location_translations) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET "
        "code = excluded.code, title = excluded.title, venue = excluded.venue, "
        'timezone = excluded.timezone, start = excluded.start, "end" = excluded."end", '
        "pickup_from = excluded.pickup_from, is_sample = excluded.is_sample, "
        "title_translations = excluded.title_translations, "
        "desk_location = excluded.desk_location, "
        "desk_location_translations = excluded.desk_location_translations",
        [
            event.id,
            event.code,
            event.title,
            event.venue,
            event.timezone,
            iso(event.start),
            iso(event.end),
            iso(event.pickup_from),
            int(event.is_sample),
            to_json(event.title_translations),
            event.desk_location,
            to_json(event.desk_location_translations),
        ],
    )


def _save_categories(db: sqlite_utils.Database, categories: Iterable[RemoteCategory]) -> None:
    rows = [
        (
            c.event_id,
            c.category.code,
            c.category.number,
            c.category.label,
            c.category.colour,
            int(c.category.collect_at_desk),
            int(c.category.needs_photo),
            to_json(c.category.label_translations),
        )
        for c in categories
    ]
    # A category renumbered by the registry must not collide with the old number of another.
    db.conn.executemany(
        "DELETE FROM badge_categories WHERE event_id = ? AND number = ? AND code != ?",
        [(r[0], r[2], r[1]) for r in rows],
    )
    db.conn.executemany(
        "INSERT INTO badge_categories (event_id, code, number, label, colour, collect_at_desk, "
        "needs_photo, label_translations) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (event_id, code) DO UPDATE SET "
        "number = excluded.number, label = excluded.label, colour = excluded.colour, "
        "collect_at_desk = excluded.collect_at_desk, needs_photo = excluded.needs_photo, "
        "label_translations = excluded.label_translations",
        rows,
    )


# Each name part and word folded so far, kept between pages and first syncs (at most 200,000).
_FOLD = PartFolder()


def _search_text(p: RosterEntry) -> str:
    """store.participants.search_text, faster: each part folded on its own, once (PartFolder):
    a roster repeats its given names, family names and organisations, so most people need no
    folding at all."""
    fold_part = _FOLD
    folded = []
    for text in (p.given_name, p.family_name, p.badge_name, p.native_name, p.organisation):
        if text:
            part = fold_part(text)
            if part:
                folded.append(part)
    if p.email:
        folded.append(fold_part(p.email))
    folded.append(str(p.registration_id))
    if p.country:
        folded.append(country_words(p.country))
    return " ".join(filter(None, folded))


def _participant_row(p: RosterEntry) -> tuple[Any, ...]:
    return (
        p.registration_id,
        p.event_id,
        p.given_name,
        p.family_name,
        p.badge_name,
        p.native_name,
        p.organisation,
        p.country,
        p.email,
        p.category,
        p.status._value_,  # .value is a property: a call per person
        p.reissue,
        p.valid_from and p.valid_from.isoformat(),
        p.valid_until and p.valid_until.isoformat(),
        int(p.is_sample),
        int(p.is_provisional),
        _search_text(p),
        "remote",
    )


def _save_participants(db: sqlite_utils.Database, people: Iterable[RosterEntry]) -> None:
    people = list(people)
    if not people:
        return
    db.conn.executemany(_PARTICIPANT_SQL, [_participant_row(p) for p in people])
    source = SecretSource.ROSTER.value
    # One statement for the page: a DELETE per person cost 0.05 s of 100,000.
    db.execute(
        "DELETE FROM participant_secrets WHERE source = ? "
        "AND registration_id IN (SELECT value FROM json_each(?))",
        [source, json.dumps([p.registration_id for p in people])],
    )
    db.conn.executemany(
        "INSERT OR REPLACE INTO participant_secrets (secret_hash, registration_id, source) "
        "VALUES (?, ?, ?)",
        [(h, p.registration_id, source) for p in people for h in p.secret_hashes],
    )


def _save_programme(db: sqlite_utils.Database, page: ChangePage) -> None:
    db.conn.executemany(SAVE_TRACK_SQL, [track_row(t) for t in page.tracks])
    db.conn.executemany(SAVE_ROOM_SQL, [room_row(r) for r in page.rooms])
    db.conn.executemany(SAVE_SESSION_SQL, [session_row(s) for s in page.sessions])
    if page.withdrawn_sessions:  # ids the page does not also hold in sessions (sync/wire.py)
        db.execute(
            "DELETE FROM sessions WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(page.withdrawn_sessions))],
        )


def _save_keys(db: sqlite_utils.Database, page: ChangePage) -> None:
    for key in page.keys:
        row = db.execute("SELECT is_demo FROM keys WHERE key_id = ?", [key.key_id]).fetchone()
        if row is not None and row[0]:
            log.warning("the registry's key %d replaces this home's demo key", key.key_id)
    db.conn.executemany(
        "INSERT OR REPLACE INTO keys (key_id, public_key, status, is_demo, label) "
        "VALUES (?, ?, ?, 0, ?)",
        [(k.key_id, k.public_bytes, k.status.value, k.label) for k in page.keys],
    )
    db.conn.executemany(
        "INSERT OR REPLACE INTO revocations (registration_id, reissue, reason) VALUES (?, ?, ?)",
        [(r.registration_id, r.reissue, r.reason) for r in page.revocations],
    )


def _save_device_keys(db: sqlite_utils.Database, page: ChangePage) -> None:
    save_device_keys(
        db,
        (DeviceKeyRecord(d.key_id, d.kiosk_id, d.public_key, d.status) for d in page.device_keys),
    )


def _save_check_ins(db: sqlite_utils.Database, page: ChangePage) -> set[int]:
    """Other kiosks' check-ins; this kiosk's own come back with ids it has and are skipped, and
    a one-per-person registry's (ONE_PER_PERSON_KIOSKS) when the person has one already."""
    each: list[tuple[str, int, int, str | None, str, str]] = []
    once: list[tuple[str, int, int, str | None, str, str, int]] = []
    for c in page.checkins:
        row = (c.id, c.registration_id, c.event_id, iso(c.at), c.kiosk_id, c.source.value)
        if c.kiosk_id in ONE_PER_PERSON_KIOSKS:
            once.append((*row, c.registration_id))
        else:
            each.append(row)
    db.conn.executemany(
        "INSERT INTO checkins (id, registration_id, event_id, at, kiosk_id, source, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, 'remote') ON CONFLICT (id) DO NOTHING",
        each,
    )
    # Plain ? only: numbered ones (?2) with a sequence warn from Python 3.12 and fail from 3.14.
    db.conn.executemany(
        "INSERT INTO checkins (id, registration_id, event_id, at, kiosk_id, source, origin) "
        "SELECT ?, ?, ?, ?, ?, ?, 'remote' WHERE NOT EXISTS "
        "(SELECT 1 FROM checkins WHERE registration_id = ?) ON CONFLICT (id) DO NOTHING",
        once,
    )
    return {c.registration_id for c in page.checkins}


def _save_badge_prints(db: sqlite_utils.Database, prints: Iterable[RemoteBadgePrint]) -> set[int]:
    """Every kiosk's badges, with the registry's verdict on each: it knows every print and every
    void, so its deactivation (or, after a void of a newer badge, reactivation) stands."""
    rows = [
        (
            p.issue.id,
            p.issue.registration_id,
            p.issue.badge_version,
            iso(p.issue.at),
            p.issue.kiosk_id,
            p.issue.printer,
            p.issue.reason,
            p.job_id,
            iso(p.deactivated_at),
            p.device_key_id,
        )
        for p in prints
    ]
    db.conn.executemany(
        "INSERT INTO badge_prints (id, registration_id, badge_version, at, kiosk_id, printer, "
        "reason, job_id, deactivated_at, device_key_id, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'remote') ON CONFLICT (id) DO UPDATE SET "
        "deactivated_at = excluded.deactivated_at",
        rows,
    )
    return {row[1] for row in rows}


def _save_conflicts(db: sqlite_utils.Database, page: ChangePage) -> None:
    db.conn.executemany(
        "INSERT OR REPLACE INTO conflicts (id, registration_id, kind, opened_at, closed_at, "
        "detail) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (c.id, c.registration_id, c.kind, iso(c.opened_at), iso(c.closed_at), c.detail)
            for c in page.conflicts
        ],
    )


# The valid badge is the live one with the highest (badge_version, at, id): kiosk.core.badge_rule,
# with "voided" read as "deactivated by the registry". Prints the registry has not seen yet (this
# kiosk's own, still in the outbox) are ranked against it here until the registry's verdict comes.
_DEACTIVATE_OUTRANKED = """
    WITH best AS (
        SELECT registration_id, id, at FROM (
            SELECT registration_id, id, at, row_number() OVER (
                PARTITION BY registration_id ORDER BY badge_version DESC, at DESC, id DESC
            ) AS rank FROM badge_prints
            WHERE deactivated_at IS NULL
              AND registration_id IN (SELECT value FROM json_each(:ids))
        ) WHERE rank = 1
    )
    UPDATE badge_prints SET deactivated_at = (
        SELECT best.at FROM best WHERE best.registration_id = badge_prints.registration_id
    )
    WHERE deactivated_at IS NULL
      AND registration_id IN (SELECT value FROM json_each(:ids))
      AND id NOT IN (SELECT id FROM best)
"""
_RECOMPUTE_PARTICIPANTS = """
    UPDATE participants SET
        checked_in_at = coalesce((SELECT min(at) FROM checkins AS c
            WHERE c.registration_id = participants.registration_id), checked_in_at),
        collected_at = coalesce((SELECT min(at) FROM badge_prints AS b
            WHERE b.registration_id = participants.registration_id), collected_at),
        badge_version = max(badge_version, coalesce((SELECT max(badge_version) FROM badge_prints
            AS b WHERE b.registration_id = participants.registration_id), 0))
    WHERE registration_id IN (SELECT value FROM json_each(:ids))
      -- With no check-in and no print the three facts stay as they are: skip the write (a
      -- first sync brings 100,000 people and no journal).
      AND (EXISTS (SELECT 1 FROM checkins AS c
                   WHERE c.registration_id = participants.registration_id)
           OR EXISTS (SELECT 1 FROM badge_prints AS b
                   WHERE b.registration_id = participants.registration_id))
"""


def recompute_facts(db: sqlite_utils.Database, registration_ids: Iterable[int]) -> None:
    """Badge validity and each person's checked-in, collected and badge-version facts, derived
    from the check-ins and badge prints of every kiosk."""
    ids = json.dumps(sorted(set(registration_ids)))
    db.execute(_DEACTIVATE_OUTRANKED, {"ids": ids})
    db.execute(_RECOMPUTE_PARTICIPANTS, {"ids": ids})


def defer_search_index(db: sqlite_utils.Database) -> None:
    """Pause the search index triggers and drop the index by event and category until
    ``rebuild_search_index`` (in the caller's transaction, so a crash keeps the pause and the
    next complete pull rebuilds both; meanwhile a list by category is slower, never wrong)."""
    db.execute("INSERT OR IGNORE INTO sync_state (name, value) VALUES ('fts_deferred', '1')")
    db.execute("DROP INDEX IF EXISTS participants_event")


@contextmanager
def first_download(db: sqlite_utils.Database) -> Iterator[None]:
    """Commit pages without waiting for the disk on this connection (WAL, synchronous=NORMAL)
    while a kiosk downloads its first copy of the feed, then restore the setting.

    A power cut may then lose the last pages applied, never part of one: each page commits
    with its watermark, so the next round fetches them again. Check-ins and prints are written
    on their own connections with their own setting, and their commits make every earlier
    frame of the write-ahead log durable too. This saved about 0.2 s of 100,000 people."""
    previous = int(db.execute("PRAGMA synchronous").fetchone()[0])
    db.execute("PRAGMA synchronous=NORMAL")
    try:
        yield
    finally:
        db.execute(f"PRAGMA synchronous={previous}")


def rebuild_search_index(db: sqlite_utils.Database) -> bool:
    """If a bulk download paused the search index, rebuild it (and the index by event and
    category) and resume the triggers; True if it did. Until then a name search may miss people
    the download brought."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            cursor = db.execute("DELETE FROM sync_state WHERE name = 'fts_deferred'")
            if cursor.rowcount:
                db.execute("INSERT INTO participants_fts(participants_fts) VALUES ('rebuild')")
                db.execute(f"CREATE INDEX IF NOT EXISTS {_EVENT_INDEX}")
        except BaseException:
            db.conn.rollback()
            raise
        db.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot rebuild the search index: {exc}") from exc
    return bool(cursor.rowcount)


def open_conflicts(db: sqlite_utils.Database, limit: int = 200) -> list[Conflict]:
    """The cases the registry flagged for staff and nobody closed yet, oldest first."""
    rows = db.execute(
        "SELECT id, registration_id, kind, opened_at, detail FROM conflicts "
        "WHERE closed_at IS NULL ORDER BY opened_at, id LIMIT ?",
        [limit],
    ).fetchall()
    return [Conflict(r[0], r[1], r[2], datetime.fromisoformat(r[3]), None, r[4]) for r in rows]


def count_conflicts(db: sqlite_utils.Database, open_only: bool = True) -> int:
    where = " WHERE closed_at IS NULL" if open_only else ""
    return int(db.execute(f"SELECT count(*) FROM conflicts{where}").fetchone()[0])
