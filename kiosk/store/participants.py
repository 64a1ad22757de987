"""Participants: the roster, their check-in facts and the name search."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import sqlite_utils

from kiosk.core.countries import country_words
from kiosk.core.folding import PartFolder, fold
from kiosk.core.foreign_codes import SecretEntry, SecretSource
from kiosk.core.model import Participant, ParticipantStatus
from kiosk.store.database import immediate
from kiosk.store.rows import iso, to_date, to_datetime

_COLUMNS = (
    "registration_id",
    "event_id",
    "given_name",
    "family_name",
    "badge_name",
    "native_name",
    "organisation",
    "country",
    "email",
    "category",
    "status",
    "reissue",
    "badge_version",
    "checked_in_at",
    "collected_at",
    "valid_from",
    "valid_until",
    "photo",
    "is_sample",
    "is_provisional",
)
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM participants"
MAX_QUERY_TERMS = 8


def search_text(person: Participant, folder: Callable[[str], str] = fold) -> str:
    """Everything a desk might type to find this person, folded: names, organisation, e-mail,
    the id, and the country's code and names (kiosk/core/countries.py).

    Each part is folded on its own (the same text as folding them joined: tests/store/
    test_search_text.py), so a bulk writer can pass a caching ``folder``: a roster repeats its
    given names, family names and organisations.
    """
    parts = (
        person.given_name,
        person.family_name,
        person.badge_name,
        person.native_name,
        person.organisation,
        person.email,
    )
    folded = [folder(part) for part in parts if part]
    words = (*folded, str(person.registration_id), country_words(person.country))
    return " ".join(filter(None, words))


def _to_row(person: Participant, folder: Callable[[str], str] = fold) -> dict[str, Any]:
    return {
        "registration_id": person.registration_id,
        "event_id": person.event_id,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "badge_name": person.badge_name,
        "native_name": person.native_name,
        "organisation": person.organisation,
        "country": person.country,
        "email": person.email,
        "category": person.category,
        "status": person.status.value,
        "reissue": person.reissue,
        "badge_version": person.badge_version,
        "checked_in_at": iso(person.checked_in_at),
        "collected_at": iso(person.collected_at),
        "valid_from": iso(person.valid_from),
        "valid_until": iso(person.valid_until),
        "photo": person.photo,
        "is_sample": int(person.is_sample),
        "is_provisional": int(person.is_provisional),
        "search_text": search_text(person, folder),
    }


def _from_row(row: Sequence[Any]) -> Participant:
    r = dict(zip(_COLUMNS, row, strict=True))
    return Participant(
        registration_id=r["registration_id"],
        event_id=r["event_id"],
        given_name=r["given_name"],
        family_name=r["family_name"],
        badge_name=r["badge_name"],
        native_name=r["native_name"],
        organisation=r["organisation"],
        country=r["country"],
        email=r["email"],
        category=r["category"],
        status=ParticipantStatus(r["status"]),
        reissue=r["reissue"],
        badge_version=r["badge_version"],
        checked_in_at=to_datetime(r["checked_in_at"]),
        collected_at=to_datetime(r["collected_at"]),
        valid_from=to_date(r["valid_from"]),
        valid_until=to_date(r["valid_until"]),
        photo=r["photo"],
        is_sample=bool(r["is_sample"]),
        is_provisional=bool(r["is_provisional"]),
    )


def save_participants(db: sqlite_utils.Database, people: Iterable[Participant]) -> int:
    """Insert or replace participants; returns how many were written."""
    count = 0
    folder = PartFolder()  # remembers for this write only
    with immediate(db):
        batch: list[dict[str, Any]] = []
        for person in people:
            batch.append(_to_row(person, folder))
            if len(batch) >= 2000:
                count += _write(db, batch)
                batch = []
        count += _write(db, batch)
    return count


def _write(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> int:
    if rows:
        db.table("participants").upsert_all(rows, pk="registration_id")
    return len(rows)


def get_participant(db: sqlite_utils.Database, registration_id: int) -> Participant | None:
    row = db.execute(f"{_SELECT} WHERE registration_id = ?", [registration_id]).fetchone()
    return _from_row(row) if row else None


def participants_in_category(
    db: sqlite_utils.Database, event_id: int, category: str, limit: int = 10_000
) -> list[Participant]:
    """The event's participants of one badge category, by family then given name."""
    rows = db.execute(
        f"{_SELECT} WHERE event_id = ? AND category = ? "
        "ORDER BY family_name, given_name, registration_id LIMIT ?",
        [event_id, category, limit],
    ).fetchall()
    return [_from_row(row) for row in rows]


def iter_participants(db: sqlite_utils.Database) -> Iterator[Participant]:
    """Every participant on this kiosk, by registration id (read in one pass, not held)."""
    for row in db.execute(f"{_SELECT} ORDER BY registration_id"):
        yield _from_row(row)


def count_participants(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM participants").fetchone()[0])


def fts_query(text: str, prefix: bool = True) -> str:
    """Turn what a person typed into an FTS5 query of every word (as prefixes, or as whole
    words); empty when nothing is searchable. Each word is quoted: FTS5 syntax (OR, NEAR, *,
    ^, :) typed by a person is only text."""
    return _query(fold(text).split()[:MAX_QUERY_TERMS], prefix)


def _query(terms: list[str], prefix: bool) -> str:
    star = "*" if prefix else ""
    return " ".join(f'"{term}"{star}' for term in terms)


def search_participants(db: sqlite_utils.Database, text: str, limit: int = 50) -> list[Participant]:
    """Accent- and case-insensitive search over names (any script), organisation, e-mail,
    country and id, every typed word a prefix of some word of the person.

    Ranked in tiers, each sorted by family name, given name, id: the registration id typed in
    full; people with every typed word whole; people with every typed word as a prefix. Each
    tier reads at most ``limit`` people from the index in id order (no scoring of every match:
    "m" matches most of a roster), so a search takes about the same time at any roster size.
    """
    terms = fold(text).split()[:MAX_QUERY_TERMS]
    if not terms or limit <= 0:
        return []
    tier: dict[int, int] = {}
    digits = "".join(terms)  # an id may be typed in groups: "22 000 150"
    if digits.isascii() and digits.isdigit() and len(digits) <= 10:
        tier.update(dict.fromkeys(_id_typed_in_full(db, int(digits)), 0))
    for number, query in enumerate((_query(terms, False), _query(terms, True)), start=1):
        if len(tier) >= limit:
            break
        for registration_id in _matches(db, query, limit + len(tier)):
            tier.setdefault(registration_id, number)
    people = _people(db, list(tier)[:limit])
    return sorted(people, key=lambda p: (tier[p.registration_id], *_name_order(p)))


def _name_order(person: Participant) -> tuple[str, str, int]:
    return (person.family_name.casefold(), person.given_name.casefold(), person.registration_id)


def _id_typed_in_full(db: sqlite_utils.Database, registration_id: int) -> list[int]:
    row = db.execute(
        "SELECT registration_id FROM participants WHERE registration_id = ?", [registration_id]
    ).fetchone()
    return [int(row[0])] if row else []


def _matches(db: sqlite_utils.Database, query: str, limit: int) -> list[int]:
    """Up to ``limit`` matches of ``query``, lowest ids first."""
    rows = db.execute(
        "SELECT rowid FROM participants_fts WHERE participants_fts MATCH ? LIMIT ?",
        [query, limit],
    ).fetchall()
    return [int(row[0]) for row in rows]


def _people(db: sqlite_utils.Database, ids: list[int]) -> list[Participant]:
    if not ids:
        return []
    rows = db.execute(
        f"{_SELECT} WHERE registration_id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]
    ).fetchall()
    return [_from_row(row) for row in rows]


def rebuild_search_text(db: sqlite_utils.Database) -> int:
    """Recompute every participant's search text (after a change of what is searched or of the
    folding) and rebuild the index once; returns how many people changed."""
    changed = 0
    folder = PartFolder()  # remembers for this write only
    with immediate(db):
        db.execute("INSERT OR IGNORE INTO sync_state (name, value) VALUES ('fts_deferred', '1')")
        rows = db.execute(f"SELECT {', '.join(_COLUMNS)}, search_text FROM participants").fetchall()
        updates = []
        for row in rows:
            text = search_text(_from_row(row[:-1]), folder)
            if text != row[-1]:
                updates.append((text, row[0]))
        db.conn.executemany(
            "UPDATE participants SET search_text = ? WHERE registration_id = ?", updates
        )
        changed = len(updates)
        db.execute("DELETE FROM sync_state WHERE name IN ('fts_deferred', 'search_text_stale')")
        db.execute("INSERT INTO participants_fts(participants_fts) VALUES ('rebuild')")
    return changed


def add_provisional(db: sqlite_utils.Database, person: Participant) -> None:
    """A walk-in known only from their code: kept, marked provisional, until the roster has them.

    Never replaces a roster entry (the caller holds the write lock and found none).
    """
    row = _to_row(replace(person, is_provisional=True))
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT OR IGNORE INTO participants ({names}) VALUES ({marks})", list(row.values()))


def mark_checked_in(db: sqlite_utils.Database, registration_id: int, at: datetime) -> None:
    db.execute(
        "UPDATE participants SET checked_in_at = coalesce(checked_in_at, ?) "
        "WHERE registration_id = ?",
        [iso(at), registration_id],
    )


def mark_badge_printed(
    db: sqlite_utils.Database, registration_id: int, badge_version: int, at: datetime
) -> None:
    db.execute(
        "UPDATE participants SET badge_version = max(badge_version, ?), "
        "collected_at = coalesce(collected_at, ?) WHERE registration_id = ?",
        [badge_version, iso(at), registration_id],
    )


def find_by_secret(db: sqlite_utils.Database, secret_hash: str) -> int | None:
    """The registration whose check-in secret hashes to ``secret_hash`` (foreign_codes.py)."""
    row = db.execute(
        "SELECT registration_id FROM participant_secrets WHERE secret_hash = ?", [secret_hash]
    ).fetchone()
    return int(row[0]) if row else None


def replace_secrets(
    db: sqlite_utils.Database, entries: Iterable[SecretEntry], source: SecretSource
) -> int:
    """Set each registration's secret from ``source`` (an empty hash removes it); returns how
    many are set. An earlier secret from the same source stops working, as a reissued ticket should.
    """
    entries = list(entries)
    with immediate(db):
        db.conn.executemany(
            "DELETE FROM participant_secrets WHERE registration_id = ? AND source = ?",
            [(entry.registration_id, source.value) for entry in entries],
        )
        rows = [(e.secret_hash, e.registration_id, source.value) for e in entries if e.secret_hash]
        db.conn.executemany(
            "INSERT OR REPLACE INTO participant_secrets (secret_hash, registration_id, source) "
            "VALUES (?, ?, ?)",
            rows,
        )
    return len(rows)
