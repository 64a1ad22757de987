"""Participants: the roster, their check-in facts and the name search."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import sqlite_utils

from kiosk.core.folding import fold
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


def search_text(person: Participant) -> str:
    """Everything a desk might type to find this person, folded."""
    parts = (
        person.given_name,
        person.family_name,
        person.badge_name,
        person.native_name,
        person.organisation,
        str(person.registration_id),
    )
    return fold(" ".join(parts))


def _to_row(person: Participant) -> dict[str, Any]:
    return {
        "registration_id": person.registration_id,
        "event_id": person.event_id,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "badge_name": person.badge_name,
        "native_name": person.native_name,
        "organisation": person.organisation,
        "country": person.country,
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
        "search_text": search_text(person),
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
    with immediate(db):
        batch: list[dict[str, Any]] = []
        for person in people:
            batch.append(_to_row(person))
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


def fts_query(text: str) -> str:
    """Turn what a person typed into an FTS5 prefix query; empty when nothing is searchable."""
    terms = fold(text).split()[:MAX_QUERY_TERMS]
    return " ".join(f'"{term}"*' for term in terms)


def search_participants(db: sqlite_utils.Database, text: str, limit: int = 50) -> list[Participant]:
    """Accent- and case-insensitive search over names (any script), organisation and id."""
    query = fts_query(text)
    if not query:
        return []
    rows = db.execute(
        f"{_SELECT} WHERE registration_id IN ("
        "SELECT rowid FROM participants_fts WHERE participants_fts MATCH ? "
        "ORDER BY rank LIMIT ?) ORDER BY family_name, given_name",
        [query, limit],
    ).fetchall()
    return [_from_row(row) for row in rows]


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
