"""Schema 13: participants get an e-mail column, and a kiosk's existing roster becomes searchable
by country at once (its search text is computed again when the database opens)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.store import open_database, participants
from kiosk.store.migrations import MIGRATIONS

BEFORE_EMAIL = 12  # the schema a kiosk of the previous release has


def old_kiosk_database(path: Path) -> None:
    """A schema-12 database holding one person, written as the previous release wrote it."""
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:BEFORE_EMAIL], start=1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    conn.execute(
        'INSERT INTO events (id, code, title, venue, timezone, start, "end", pickup_from) '
        "VALUES (22, 'wsis', 'WSIS', 'ITU', 'Europe/Zurich', '2022-05-30', '2022-06-03', "
        "'2022-05-29')"
    )
    conn.execute(
        "INSERT INTO participants (registration_id, event_id, given_name, family_name, "
        "badge_name, country, category, search_text) VALUES "
        "(7, 22, 'Anna', 'Schmidt', 'Anna Schmidt', 'CH', 'DEL', 'anna schmidt anna schmidt 7')"
    )
    conn.close()


def test_an_old_database_gets_e_mail_and_a_searchable_country(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    old_kiosk_database(path)
    db = open_database(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        person = participants.get_participant(db, 7)
        assert person is not None
        assert person.email == ""
        assert [p.registration_id for p in participants.search_participants(db, "schmidt")] == [7]
        assert [p.registration_id for p in participants.search_participants(db, "suisse")] == [7]
        marks = dict(db.execute("SELECT name, value FROM sync_state").fetchall())
        assert "search_text_stale" not in marks, "computed once, not at every start"
        assert "fts_deferred" not in marks, "the index is live again"
    finally:
        db.close()


def test_the_index_follows_writes_after_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    old_kiosk_database(path)
    open_database(path).close()
    db = open_database(path)
    try:
        db.execute("UPDATE participants SET search_text = 'anna schmidt 7 ke kenya' WHERE 1")
        assert [p.registration_id for p in participants.search_participants(db, "kenya")] == [7]
        assert participants.search_participants(db, "suisse") == []
    finally:
        db.close()
