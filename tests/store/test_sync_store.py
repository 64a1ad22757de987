"""The kiosk side of sync in SQLite: the outbox filled by triggers, pages applied all or nothing."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sync_kiosks import PEOPLE
from wsis_event import CATEGORIES, EVENT

from kiosk.core.exchange import ChangePage, OutboxKind, RemoteBadgePrint, RemoteParticipant
from kiosk.core.model import BadgeIssue, CheckIn, ScanSource
from kiosk.store import Database, StoreError, events, journal, open_database, outbox, participants
from kiosk.store.changes import apply_page
from kiosk.store.journal import JobState, PrintJob
from kiosk.store.migrations import MIGRATIONS
from kiosk.store.sync_state import load_state

AT = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, EVENT, CATEGORIES)
    participants.save_participants(database, PEOPLE)
    yield database
    database.close()


def check_in(db: Database, registration_id: int = 101, check_in_id: str = "c-1") -> CheckIn:
    entry = CheckIn(check_in_id, registration_id, EVENT.id, AT, "kiosk-a", ScanSource.SCANNER)
    job = PrintJob(f"job-{check_in_id}", registration_id, 1, "file:prints", JobState.QUEUED)
    journal.record_check_in(db, entry, job)
    return entry


def test_a_check_in_and_its_outbox_item_are_written_together(db: Database) -> None:
    check_in(db)
    [item] = outbox.pending_entries(db, 10)
    assert (item.id, item.kind) == ("c-1", OutboxKind.CHECKIN)
    assert json.loads(item.payload) == {
        "id": "c-1",
        "registration_id": 101,
        "event_id": 22,
        "at": AT.isoformat(),
        "kiosk_id": "kiosk-a",
        "source": "scanner",
    }


def test_a_failed_check_in_leaves_no_outbox_item(db: Database) -> None:
    check_in(db)
    with pytest.raises(sqlite3.IntegrityError):
        check_in(db, check_in_id="c-1")  # same id: the journal refuses, the outbox too
    assert outbox.pending_count(db) == 1


def test_a_badge_print_goes_to_the_outbox_with_its_device_key(db: Database) -> None:
    entry = check_in(db)
    job = journal.open_job_for(db, entry.registration_id)
    assert job is not None
    journal.record_badge_printed(db, job, BadgeIssue("b-1", 101, 1, AT, "kiosk-a", "file:prints"))
    kinds = [e.kind for e in outbox.pending_entries(db, 10)]
    assert kinds == [OutboxKind.CHECKIN, OutboxKind.BADGE_PRINT]
    data = json.loads(outbox.pending_entries(db, 10)[1].payload)
    assert data["badge_version"] == 1
    assert data["job_id"] == job.id
    assert "device_key_id" in data


def test_a_provisional_walk_in_is_outboxed_once_per_change(db: Database) -> None:
    walk_in = replace(PEOPLE[0], registration_id=900_001, badge_name="Walk-in", organisation="ITU")
    participants.save_participants(db, [walk_in])
    db.execute("UPDATE participants SET is_provisional = 1 WHERE registration_id = 900001")
    assert outbox.pending_count(db) == 1  # the flag went up: the person is new to the registry
    participants.save_participants(db, [walk_in])  # the same again: nothing new to tell
    participants.mark_checked_in(db, 900_001, AT)  # journal facts are not roster changes
    assert outbox.pending_count(db) == 1
    db.execute("UPDATE participants SET organisation = 'ITU-D' WHERE registration_id = 900001")
    items = outbox.pending_entries(db, 10)
    assert [json.loads(i.payload)["organisation"] for i in items] == ["ITU", "ITU-D"]
    assert all(json.loads(i.payload)["is_provisional"] is True for i in items)


def test_acknowledged_items_leave_and_rejected_ones_stay_marked(db: Database) -> None:
    check_in(db, 101, "c-1")
    check_in(db, 102, "c-2")
    outbox.acknowledge(db, ["c-1"])
    outbox.reject(db, [("c-2", "unknown-participant: no such registration")])
    assert outbox.pending_count(db) == 0
    [rejected] = outbox.rejected_items(db)
    assert rejected.entry.id == "c-2"
    assert rejected.error.startswith("unknown-participant")


def remote_page(*, since: int = 0, **kinds: object) -> ChangePage:
    count = sum(len(v) for v in kinds.values())  # type: ignore[arg-type]
    return ChangePage(since, since + max(count, 1), False, count=count, **kinds)  # type: ignore[arg-type]


def test_a_roster_update_keeps_what_the_journal_knows(db: Database) -> None:
    check_in(db)
    db.execute("UPDATE participants SET photo = 'p101.jpg' WHERE registration_id = 101")
    renamed = replace(PEOPLE[0], badge_name="Dr Amina Diallo", checked_in_at=None)
    apply_page(db, remote_page(participants=(RemoteParticipant(renamed, False, ("h1",)),)))
    person = participants.get_participant(db, 101)
    assert person is not None
    assert person.badge_name == "Dr Amina Diallo"
    assert person.checked_in_at == AT
    assert person.photo == "p101.jpg"
    assert participants.find_by_secret(db, "h1") == 101
    assert [p.registration_id for p in participants.search_participants(db, "dr amina")] == [101]
    assert outbox.pending_count(db) == 1  # only the check-in: a synced roster row is not sent back


def test_applying_a_page_twice_changes_nothing(db: Database) -> None:
    remote = CheckIn("r-1", 102, EVENT.id, AT, "kiosk-b", ScanSource.CAMERA)
    badge = RemoteBadgePrint(BadgeIssue("rb-1", 102, 1, AT, "kiosk-b", "cups://host/Q"), "job-x")
    page = remote_page(checkins=(remote,), badge_prints=(badge,))
    apply_page(db, page)
    apply_page(db, page)
    assert journal.count_check_ins(db) == 1
    assert len(journal.badge_records(db, 102)) == 1
    person = participants.get_participant(db, 102)
    assert person is not None
    assert (
        person.checked_in_at,
        person.collected_at,
        person.badge_version,
    ) == (AT, AT, 1)
    assert outbox.pending_count(db) == 0
    assert load_state(db).watermark == page.next


def test_a_page_that_cannot_be_applied_leaves_no_trace(db: Database) -> None:
    stranger = replace(PEOPLE[0], registration_id=555, event_id=99)  # an event the kiosk lacks
    good = CheckIn("r-1", 102, EVENT.id, AT, "kiosk-b", ScanSource.CAMERA)
    page = remote_page(since=0, checkins=(good,), participants=(RemoteParticipant(stranger),))
    with pytest.raises(StoreError, match=r"cannot apply changes 0\.\.2"):
        apply_page(db, page)
    assert journal.count_check_ins(db) == 0
    assert load_state(db).watermark == 0
    assert not db.conn.in_transaction


def test_an_older_database_sends_what_it_did_before_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:5], start=1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    conn.execute(
        "INSERT INTO checkins (id, registration_id, event_id, at, kiosk_id, source) "
        "VALUES ('old-1', 101, 22, '2022-05-30T06:00:00+00:00', 'kiosk-a', 'scanner')"
    )
    conn.close()
    db = open_database(path)
    assert [e.id for e in outbox.pending_entries(db, 10)] == ["old-1"]
    db.close()


def test_synced_people_are_found_exactly_as_imported_ones() -> None:
    from kiosk.sample.people import sample_participants
    from kiosk.store.changes import _search_text  # the fast path must fold like the store does

    people = list(sample_participants(EVENT.id, 3000, 2022))
    odd = replace(PEOPLE[0], badge_name="O'Brien-Ndiaye  ITU-D 2022", organisation="Ｆｕｌｌ ß")
    people.append(odd)
    assert [_search_text(p) for p in people] == [participants.search_text(p) for p in people]
