"""The print journal in SQLite: job states as compare-and-set, badge versions, schema upgrade."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.badge_layout import BadgeContent
from kiosk.core.model import BadgeIssue, CheckIn, Event, Participant, ScanSource
from kiosk.store import events, journal, open_database, participants
from kiosk.store.journal import JobState, PrintJob
from kiosk.store.migrations import MIGRATIONS

EVENT = Event(
    22, "WSIS22", "WSIS Forum 2022", "Geneva", "Europe/Zurich",
    date(2022, 5, 30), date(2022, 6, 3), date(2022, 5, 29),
)  # fmt: skip
AT = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)
CONTENT = BadgeContent(
    registration_id=1,
    badge_version=1,
    badge_name="محمد علي",
    native_name="",
    organisation="ITU",
    country="EG",
    category_code="DEL",
    category_label="Delegate",
    category_colour="#1F4E9D",
    qr_text="B1-1-1",
    event_title="WSIS Forum 2022",
    event_dates="30 May – 3 June 2022",
)


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, EVENT, [])
    participants.save_participants(
        database,
        [Participant(1, 22, "Mohammed", "Ali", "محمد علي"), Participant(2, 22, "A", "B", "A B")],
    )
    yield database
    database.close()


def job(job_id: str = "job-1", registration_id: int = 1, version: int = 1) -> PrintJob:
    return PrintJob(
        job_id, registration_id, version, "fake://a", JobState.QUEUED,
        content=replace(CONTENT, registration_id=registration_id, badge_version=version),
    )  # fmt: skip


def printed(db, the_job: PrintJob, minutes: int = 0) -> None:  # type: ignore[no-untyped-def]
    at = AT + timedelta(minutes=minutes)
    issue = BadgeIssue(
        f"b-{the_job.id}", the_job.registration_id, the_job.badge_version, at, "k1", "fake://a"
    )
    journal.record_badge_printed(db, the_job, issue)


def test_a_job_keeps_what_the_badge_shows_exactly(db) -> None:  # type: ignore[no-untyped-def]
    journal.add_job(db, job(), AT)
    stored = journal.get_job(db, "job-1")
    assert stored is not None
    assert stored.content == CONTENT
    assert (stored.state, stored.attempts, stored.created_at) == (JobState.QUEUED, 0, AT)


def test_only_one_process_can_claim_a_job_for_sending(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal.add_job(db, job(), AT)
    other = open_database(tmp_path / "kiosk.db")  # a staff command beside the kiosk window
    try:
        assert journal.mark_sent(db, "job-1", "fake://a", AT)
        assert not journal.mark_sent(other, "job-1", "fake://b", AT)
    finally:
        other.close()
    sent = journal.get_job(db, "job-1")
    assert sent is not None
    assert (sent.state, sent.attempts, sent.printer, sent.sent_at) == (
        JobState.SENT, 1, "fake://a", AT
    )  # fmt: skip


def test_a_person_has_at_most_one_open_job(db) -> None:  # type: ignore[no-untyped-def]
    assert journal.add_job(db, job("job-1"), AT)
    assert not journal.add_job(db, job("job-2"), AT)
    journal.cancel_job(db, "job-1", AT, "staff")
    assert journal.add_job(db, job("job-2", version=1), AT)
    with pytest.raises(sqlite3.IntegrityError):  # a job id used twice is a bug, not a conflict
        journal.add_job(db, job("job-2", registration_id=2), AT)
    assert [j.id for j in journal.open_jobs(db)] == ["job-2"]


def test_a_new_badge_deactivates_the_previous_one(db) -> None:  # type: ignore[no-untyped-def]
    assert journal.active_badge_version(db, 1) is None
    first = job("job-1", version=1)
    journal.add_job(db, first, AT)
    printed(db, first)
    assert journal.active_badge_version(db, 1) == 1
    second = job("job-2", version=2)
    journal.add_job(db, second, AT)
    printed(db, second, minutes=30)
    records = journal.badge_records(db, 1)
    assert [(r.issue.badge_version, r.is_active, r.job_id) for r in records] == [
        (1, False, "job-1"),
        (2, True, "job-2"),
    ]
    assert records[0].deactivated_at == AT + timedelta(minutes=30)
    assert journal.active_badge_version(db, 1) == 2
    person = participants.get_participant(db, 1)
    assert person is not None
    assert person.badge_version == 2
    assert journal.active_badge_version(db, 2) is None  # nobody else's badge changed


def test_states_change_only_from_the_states_that_allow_it(db) -> None:  # type: ignore[no-untyped-def]
    journal.add_job(db, job(), AT)
    assert not journal.mark_interrupted(db, AT)  # nothing was being sent
    assert journal.mark_sent(db, "job-1", "fake://a", AT)
    assert not journal.cancel_job(db, "job-1", AT, "staff")  # never while bytes are going out
    interrupted = journal.mark_interrupted(db, AT)
    assert [(j.id, j.state) for j in interrupted] == [("job-1", JobState.UNCONFIRMED)]
    assert not journal.mark_sent(db, "job-1", "fake://a", AT)  # not resent until staff answer
    assert journal.requeue(db, "job-1", AT, printer="fake://b")
    requeued = journal.get_job(db, "job-1")
    assert requeued is not None
    assert (requeued.state, requeued.printer, requeued.attempts) == (
        JobState.QUEUED, "fake://b", 1
    )  # fmt: skip


def test_job_ids_are_found_by_their_first_characters(db) -> None:  # type: ignore[no-untyped-def]
    journal.add_job(db, job("abc123-x"), AT)
    journal.add_job(db, job("abd456-y", registration_id=2), AT)
    assert [j.id for j in journal.find_jobs(db, "abc")] == ["abc123-x"]
    assert len(journal.find_jobs(db, "ab")) == 2
    assert journal.find_jobs(db, "a%") == []  # LIKE wildcards are taken literally
    assert journal.find_jobs(db, "_b") == []


def test_a_job_stored_by_a_newer_kiosk_still_reads(db) -> None:  # type: ignore[no-untyped-def]
    journal.add_job(db, job(), AT)
    data = json.loads(db.execute("SELECT content FROM print_jobs").fetchone()[0])
    data["hologram"] = "gold"
    db.execute("UPDATE print_jobs SET content = ?", [json.dumps(data)])
    stored = journal.get_job(db, "job-1")
    assert stored is not None
    assert stored.content == CONTENT


def test_schema_1_journal_upgrades_without_losing_a_job(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "PRAGMA user_version=1;")
    rows = [
        ("old-failed", 7, 1, "failed", "2022-05-30T07:00:00+00:00"),
        ("new-failed", 7, 1, "failed", "2022-05-30T07:05:00+00:00"),
        ("other", 8, 1, "queued", "2022-05-30T07:01:00+00:00"),
    ]
    conn.executemany(
        "INSERT INTO print_jobs (id, registration_id, badge_version, printer, state, created_at, "
        "updated_at) VALUES (?, ?, ?, 'file:prints', ?, ?, ?)",
        [(*r, r[4]) for r in rows],
    )
    conn.executemany(
        "INSERT INTO badge_prints VALUES (?, 9, ?, ?, 'k1', 'file:prints', 'first')",
        [("b1", 1, "2022-05-30T07:00:00+00:00"), ("b2", 2, "2022-05-30T09:00:00+00:00")],
    )
    conn.commit()
    conn.close()
    db = open_database(path)
    try:
        states = {j.id: j.state for j in journal.recent_jobs(db)}
        assert states == {
            "old-failed": JobState.CANCELLED,  # two open jobs for one person: the later one stays
            "new-failed": JobState.FAILED,
            "other": JobState.QUEUED,
        }
        assert journal.active_badge_version(db, 9) == 2
        assert journal.get_job(db, "other").content is None  # type: ignore[union-attr]
    finally:
        db.close()


def test_check_in_and_job_are_one_transaction(db) -> None:  # type: ignore[no-untyped-def]
    journal.add_job(db, job("job-1"), AT)
    # The person's open job stands in the way: it is returned and nothing is written.
    found = journal.record_check_in(
        db, CheckIn("c-1", 1, 22, AT, "k1", ScanSource.CLI), job("job-2")
    )
    assert found is not None
    assert found.open_job is not None
    assert found.open_job.id == "job-1"
    assert journal.count_check_ins(db) == 0
    assert journal.get_job(db, "job-2") is None
