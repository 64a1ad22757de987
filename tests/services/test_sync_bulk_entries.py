"""A person decoded from a bulk page is stored exactly as the same person given as a Participant.

A first sync hands the store the feed's own checked records (kiosk.sync.participant_page), not
``Participant`` values; the store reads both through ``RosterEntry``. Whichever it gets, the row,
the search text and the check-in secrets must be the same.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from wsis_event import CATEGORIES, EVENT

from kiosk.core import wire_format
from kiosk.core.exchange import ChangePage, RemoteParticipant
from kiosk.core.model import Participant, ParticipantStatus
from kiosk.sample.names import POOLS
from kiosk.store import Database, events, open_database, participants
from kiosk.store.changes import BULK_PARTICIPANTS, apply_page, rebuild_search_index
from kiosk.sync import wire
from kiosk.sync.participant_page import FeedParticipant


def people() -> list[tuple[Participant, bool, tuple[str, ...]]]:
    """Every sample script, with dates, each status, reissues, provisional marks and hashes."""
    numbers = itertools.count(22_000_001)
    statuses = itertools.cycle(ParticipantStatus)
    found = []
    for pool in POOLS:
        for given, family in itertools.product(pool.women + pool.men, pool.families[:2]):
            number = next(numbers)
            person = Participant(
                registration_id=number,
                event_id=EVENT.id,
                given_name=given.latin,
                family_name=family.male.latin,
                badge_name=f"{given.native}{family.male.native}",
                native_name=f"{family.male.native} {given.native}" if number % 3 else "",
                organisation=f"Ministry of ICT ({given.native})" if number % 4 else "",
                country="CH" if number % 2 else "",
                category=("DEL", "VIP", "PAR")[number % 3],
                status=next(statuses),
                reissue=number % 256,
                valid_from=date(2022, 5, 30) if number % 5 == 0 else None,
                valid_until=date(2022, 6, 3) if number % 7 == 0 else None,
                is_sample=bool(number % 2),
            )
            hashes = tuple(f"{number:x}{n}" * 8 for n in range(number % 3))
            found.append((person, number % 11 == 0, hashes))
    return found


def stored(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    rows = db.execute("SELECT * FROM participants ORDER BY registration_id").fetchall()
    secrets = db.execute("SELECT * FROM participant_secrets ORDER BY secret_hash").fetchall()
    return rows, secrets


def fresh(path: Path) -> Database:
    db = open_database(path)
    events.save_event(db, EVENT, CATEGORIES)
    return db


def test_a_bulk_page_stores_the_same_rows_as_participant_values(tmp_path: Path) -> None:
    everyone = people()
    assert len(everyone) >= BULK_PARTICIPANTS  # the page pauses the search index, as in bulk
    changes = [
        {
            "seq": seq,
            "kind": "participant",
            "data": wire_format.participant_data(person, hashes, provisional),
        }
        for seq, (person, provisional, hashes) in enumerate(everyone, 1)
    ]
    body = {"since": 0, "next": len(changes), "more": False, "changes": changes}
    bulk = wire.quick_change_page(json.dumps(body, ensure_ascii=False).encode(), 0)
    assert bulk is not None
    assert {type(entry) for entry in bulk.participants} == {FeedParticipant}
    given = ChangePage(
        0,
        len(changes),
        False,
        participants=tuple(RemoteParticipant(*entry) for entry in everyone),
    )

    results = []
    for name, page in (("bulk", bulk), ("given", given)):
        db = fresh(tmp_path / f"{name}.db")
        apply_page(db, page)
        assert rebuild_search_index(db)
        for person, provisional, hashes in everyone:
            number = person.registration_id
            assert participants.get_participant(db, number) == replace(
                person, is_provisional=provisional
            )
            assert all(participants.find_by_secret(db, h) == number for h in hashes)
        results.append((stored(db), participants.search_participants(db, "ministry", 500)))
        db.close()
    assert results[0] == results[1]
    assert results[0][1]  # the search index was rebuilt from the stored search text
