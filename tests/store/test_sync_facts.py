"""Journal facts after a page: recomputed for people with check-ins or prints, kept for the rest.

apply_page skips the recompute write for people with no check-in and no badge print (a first
sync brings 100,000 of them); these tests hold what a user sees either way.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sync_kiosks import PEOPLE
from wsis_event import CATEGORIES, EVENT

from kiosk.core.exchange import ChangePage, RemoteBadgePrint, RemoteParticipant
from kiosk.core.model import BadgeIssue, CheckIn, ScanSource
from kiosk.store import Database, events, open_database, participants
from kiosk.store.changes import apply_page

AT = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)
LATER = datetime(2022, 5, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, EVENT, CATEGORIES)
    yield database
    database.close()


def page(since: int, **kinds: object) -> ChangePage:
    return ChangePage(since, since + 1, False, count=1, **kinds)  # type: ignore[arg-type]


def facts(db: Database, registration_id: int) -> tuple[object, ...]:
    person = participants.get_participant(db, registration_id)
    assert person is not None
    return (person.checked_in_at, person.collected_at, person.badge_version)


def test_a_check_in_that_came_before_its_person_shows_once_the_person_arrives(
    db: Database,
) -> None:
    amina, bruno = PEOPLE[0], PEOPLE[1]
    early = CheckIn("r-1", amina.registration_id, EVENT.id, AT, "kiosk-b", ScanSource.CAMERA)
    badge = RemoteBadgePrint(
        BadgeIssue("rb-1", bruno.registration_id, 2, LATER, "kiosk-b", "file:prints")
    )
    apply_page(db, page(0, checkins=(early,), badge_prints=(badge,)))
    people = tuple(RemoteParticipant(replace(p, checked_in_at=None)) for p in PEOPLE[:3])
    apply_page(db, page(1, participants=people))
    assert facts(db, amina.registration_id) == (AT, None, 0)
    assert facts(db, bruno.registration_id) == (None, LATER, 2)
    assert facts(db, PEOPLE[2].registration_id) == (None, None, 0)  # no journal: nothing set


def test_a_roster_update_of_a_person_without_a_journal_leaves_the_facts_alone(
    db: Database,
) -> None:
    person = replace(PEOPLE[0], checked_in_at=None)
    apply_page(db, page(0, participants=(RemoteParticipant(person),)))
    renamed = replace(person, badge_name="Dr Amina Diallo")
    apply_page(db, page(1, participants=(RemoteParticipant(renamed),)))
    assert facts(db, person.registration_id) == (None, None, 0)
    found = participants.get_participant(db, person.registration_id)
    assert found is not None
    assert found.badge_name == "Dr Amina Diallo"


def test_a_one_per_person_registrys_check_in_counts_only_for_someone_without_one(
    db: Database,
) -> None:
    """Indico keeps one check-in per person and not the kiosk's ids: the kiosk's own check-in,
    read back from Indico, is not a second one; someone only Indico checked in is one."""
    amina, bruno = PEOPLE[0], PEOPLE[1]
    apply_page(db, page(0, participants=tuple(RemoteParticipant(p) for p in PEOPLE[:2])))
    own = CheckIn("k-1", amina.registration_id, EVENT.id, AT, "kiosk-a", ScanSource.SCANNER)
    apply_page(db, page(1, checkins=(own,)))
    read_back = [
        CheckIn(f"i-{n}", p.registration_id, EVENT.id, LATER, "indico", ScanSource.DESK)
        for n, p in enumerate((amina, bruno, bruno))
    ]
    apply_page(db, page(2, checkins=tuple(read_back)))
    rows = db.execute("SELECT id FROM checkins ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["i-1", "k-1"]
    assert facts(db, amina.registration_id)[0] == AT
    assert facts(db, bruno.registration_id)[0] == LATER
