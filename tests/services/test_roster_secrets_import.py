"""Importing a roster with check-in secrets: a scan of the matching code then checks in."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.printing.fake import FakePrinter
from kiosk.sample.wsis2022 import sample_categories, sample_event
from kiosk.services.check_in import CheckInService
from kiosk.services.printing import PrintSetup
from kiosk.services.roster import import_roster
from kiosk.store import Database, events, open_database

AT = datetime(2022, 5, 30, 7, 15, tzinfo=UTC)
TICKET = uuid.uuid4()
HEADER = "registration_id,given_name,family_name,category,checkin_secret"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, sample_event(), sample_categories())
    yield database
    database.close()


def import_text(db: Database, tmp_path: Path, *lines: str) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("\n".join((HEADER, *lines)) + "\n", encoding="utf-8")
    report = import_roster(db, path, 22)
    assert report.ok, report.errors


def check(db: Database, text: str) -> Outcome:
    service = CheckInService(db, PrintSetup.of(FakePrinter(), BADGE_SIZES["a6"]), "k1", lambda: AT)
    return service.check(text, AT).outcome


def test_a_roster_secret_lets_its_code_check_in(db: Database, tmp_path: Path) -> None:
    import_text(db, tmp_path, f"22000001,Amina,Diallo,DEL,{TICKET}")
    assert check(db, str(TICKET)) is Outcome.CHECKED_IN


def test_importing_a_new_secret_retires_the_old_one(db: Database, tmp_path: Path) -> None:
    import_text(db, tmp_path, f"22000001,Amina,Diallo,DEL,{TICKET}")
    reissued = uuid.uuid4()
    import_text(db, tmp_path, f"22000001,Amina,Diallo,DEL,{reissued}")
    assert check(db, str(TICKET)) is Outcome.UNKNOWN_PARTICIPANT
    assert check(db, str(reissued)) is Outcome.CHECKED_IN


def test_a_roster_without_the_column_keeps_the_secrets(db: Database, tmp_path: Path) -> None:
    import_text(db, tmp_path, f"22000001,Amina,Diallo,DEL,{TICKET}")
    path = tmp_path / "names-only.csv"
    path.write_text("registration_id,given_name,family_name,category\n22000001,Amina,Diallo,DEL\n")
    import_roster(db, path, 22)
    assert check(db, str(TICKET)) is Outcome.CHECKED_IN
