"""The SQLite store: migrations, WAL, search in every script, the atomic check-in journal."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from wsis_event import EVENT

from kiosk.core.model import BadgeIssue, CheckIn, Participant, ScanSource
from kiosk.store import StoreError, events, journal, open_database, participants
from kiosk.store.journal import JobState, PrintJob
from kiosk.store.migrations import MIGRATIONS

PEOPLE = [
    Participant(1, 22, "José", "Müller", "José Müller", organisation="Ministère des Télécoms"),
    Participant(2, 22, "Wei", "Li", "李伟", native_name="李伟"),
    Participant(3, 22, "Mohammed", "Ali", "محمد علي", native_name="مُحَمَّد علي"),
    Participant(4, 22, "Abebe", "Bikila", "አበበ ቢቂላ", native_name="አበበ ቢቂላ"),
    Participant(5, 22, "Eleni", "Papadopoulou", "Ελένη Παπαδοπούλου"),
]
AT = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, EVENT, [])
    participants.save_participants(database, PEOPLE)
    yield database
    database.close()


def test_the_database_is_wal_and_migrated_once(tmp_path: Path) -> None:
    first = open_database(tmp_path / "k.db")
    first.close()
    again = open_database(tmp_path / "k.db")
    assert again.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert again.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_a_database_from_a_newer_kiosk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    sqlite3.connect(path).execute("PRAGMA user_version=99").connection.close()
    with pytest.raises(StoreError, match="newer"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="is damaged") as refused:
        open_database(path)
    assert str(path) in str(refused.value)
    assert path.read_bytes() == b"not a database at all" * 100  # kept for inspection


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("jose", {1}),
        ("MULLER", {1}),
        ("telecoms", {1}),
        ("李", {2}),
        ("伟", {2}),
        ("محمد", {3}),
        ("አበበ", {4}),
        ("ελενη", {5}),
        ("Papa", {5}),
        ("3", {3}),
        ("jose muller", {1}),
        ("nobody", set()),
        ("", set()),
        ('"*)(', set()),
    ],
)
def test_search_any_script_accents_optional(db, typed: str, found: set[int]) -> None:  # type: ignore[no-untyped-def]
    assert {p.registration_id for p in participants.search_participants(db, typed)} == found


def test_search_follows_updates(db) -> None:  # type: ignore[no-untyped-def]
    participants.save_participants(db, [Participant(1, 22, "Josefa", "Núñez", "Josefa Núñez")])
    assert [p.registration_id for p in participants.search_participants(db, "nunez")] == [1]
    assert participants.search_participants(db, "muller") == []


def test_check_in_and_print_are_journalled(db) -> None:  # type: ignore[no-untyped-def]
    job = PrintJob("job-1", 1, 1, "file:///tmp", JobState.QUEUED)
    journal.record_check_in(db, CheckIn("c-1", 1, 22, AT, "k1", ScanSource.CLI), job)
    assert [j.id for j in journal.jobs_in_state(db, JobState.QUEUED)] == ["job-1"]
    journal.record_badge_printed(db, job, BadgeIssue("b-1", 1, 1, AT, "k1", "file:///tmp"))
    person = participants.get_participant(db, 1)
    assert person is not None
    assert (person.badge_version, person.checked_in_at, person.collected_at) == (1, AT, AT)
    assert journal.jobs_in_state(db, JobState.DONE)[0].id == "job-1"


def test_a_failed_check_in_write_leaves_nothing_behind(db) -> None:  # type: ignore[no-untyped-def]
    job = PrintJob("job-1", 1, 1, "file:///tmp", JobState.QUEUED)
    journal.record_check_in(db, CheckIn("c-1", 1, 22, AT, "k1", ScanSource.CLI), job)
    duplicate_job = PrintJob("job-1", 2, 1, "file:///tmp", JobState.QUEUED)
    with pytest.raises(sqlite3.IntegrityError):
        journal.record_check_in(db, CheckIn("c-2", 2, 22, AT, "k1", ScanSource.CLI), duplicate_job)
    assert journal.count_check_ins(db) == 1
    person = participants.get_participant(db, 2)
    assert person is not None
    assert person.checked_in_at is None
