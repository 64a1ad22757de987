"""A kiosk home against a fake Indico on 127.0.0.1: `kiosk enroll`, sync, scan an Indico QR
through the real check-in service, sync again; Indico holds the check-in once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from fake_indico import TOKEN, FakeIndico, json_answer, recorded
from test_indico_client import indico_qr

from kiosk.cli import main
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.paths import Home
from kiosk.printing.fake import FakePrinter
from kiosk.services.check_in import CheckInService, ScanResult
from kiosk.services.device_key import ensure_device_key
from kiosk.services.printing import PrintSetup
from kiosk.store import journal, open_database, outbox
from kiosk.store.invariants import journal_health
from kiosk.sync.client import SyncProblem
from kiosk.sync.enrollment import load_link
from kiosk.syncing import enroll, read_settings, sync_home_once

MONDAY = "2022-05-30T08:45:00+02:00"


@pytest.fixture(autouse=True)
def monday_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    """The recorded event is WSIS Forum 2022 (30 May - 3 June 2022)."""
    monkeypatch.setenv("KIOSK_SIMULATED_TIME", MONDAY)


def enrolled(tmp_path: Path, root: str) -> Home:
    home = Home(tmp_path / "kiosk")
    home.make_folders()
    key = ensure_device_key(home)
    enroll(home, f"indico+{root}/event/1234/", TOKEN, (key.key_id, key.public_key))
    return home


def scan_result(home: Home, text: str) -> ScanResult:
    db = open_database(home.database)
    clock = lambda: datetime.fromisoformat(MONDAY)  # noqa: E731
    setup = PrintSetup.of(FakePrinter(), BADGE_SIZES["a6"])
    try:
        service = CheckInService(db, setup, read_settings(home).kiosk_id, clock)
        return service.scan(text, ScanSource.SCANNER)
    finally:
        db.close()


def scan(home: Home, text: str) -> Outcome:
    return scan_result(home, text).outcome


def test_enroll_sync_scan_sync_checks_in_once(tmp_path: Path) -> None:
    fake = FakeIndico()
    with fake.serve() as root:
        home = enrolled(tmp_path, root)
        link = load_link(home.registry_link)
        assert link is not None
        assert (link.kind, link.detail) == ("indico", {"event_id": "1234", "regform_id": "56"})
        assert read_settings(home).registry_url == f"indico+{root}/event/1234"
        first = sync_home_once(home)
        assert first.ok, first.error
        assert first.reached_end
        assert scan(home, indico_qr(9001)) is Outcome.CHECKED_IN
        assert scan(home, indico_qr(9003)) is Outcome.REVOKED  # withdrawn in Indico
        second = sync_home_once(home)
        assert (second.ok, second.pushed, second.outbox_left) == (True, 2, 0), second.error
        again = sync_home_once(home)
        assert (again.ok, again.pushed) == (True, 0)
    assert fake.checked_in() == {9001, 9002}
    assert fake.patches == [9001]  # once, whatever the retries


def test_someone_indico_checked_in_gets_a_badge_and_indico_is_not_written(
    tmp_path: Path,
) -> None:
    """Indico's check-in says nothing about a badge: the kiosk prints one; Indico keeps its own
    check-in (the kiosk's is a duplicate there, written nowhere)."""
    fake = FakeIndico()
    with fake.serve() as root:
        home = enrolled(tmp_path, root)
        assert sync_home_once(home).ok
        assert scan(home, indico_qr(9002)) is Outcome.CHECKED_IN
        report = sync_home_once(home)
        assert (report.ok, report.duplicates, report.outbox_left) == (True, 1, 0)
    assert fake.patches == []
    assert (
        fake.registrations[9002]["checked_in_dt"]
        == recorded("registrations.json")[1]["checked_in_dt"]
    )


def test_a_kiosk_check_in_coming_back_from_indico_is_not_a_second_one(tmp_path: Path) -> None:
    fake = FakeIndico()
    with fake.serve() as root:
        home = enrolled(tmp_path, root)
        assert sync_home_once(home).ok
        assert scan(home, indico_qr(9001)) is Outcome.CHECKED_IN
        assert sync_home_once(home).ok  # pushes; the next round reads it back from Indico
        assert sync_home_once(home).ok
    db = open_database(home.database)
    try:
        assert journal.checked_in_registrations(db) == {9001, 9002}  # 9002 by Indico
        assert journal.count_check_ins(db) == 2
        assert journal_health(db).double_check_ins == 0
    finally:
        db.close()


def test_a_revoked_token_needs_a_person_and_loses_nothing(tmp_path: Path) -> None:
    fake = FakeIndico()
    with fake.serve() as root:
        home = enrolled(tmp_path, root)
        assert sync_home_once(home).ok
        assert scan(home, indico_qr(9007)) is Outcome.CHECKED_IN
        fake.token = "indp_a-new-token-the-kiosk-does-not-have"
        refused = sync_home_once(home)
        assert refused.problem is SyncProblem.UNAUTHENTICATED
        assert refused.needs_person
        assert refused.outbox_left == 2  # the check-in and its badge print, both kept
        fake.token = TOKEN  # enrolled again with a valid token, in effect
        later = sync_home_once(home)
        assert (later.ok, later.pushed, later.outbox_left) == (True, 2, 0)
    assert 9007 in fake.checked_in()


def test_indico_down_keeps_the_check_in_for_the_next_round(tmp_path: Path) -> None:
    fake = FakeIndico()
    with fake.serve() as root:
        home = enrolled(tmp_path, root)
        assert sync_home_once(home).ok
        assert scan(home, indico_qr(9006)) is Outcome.CHECKED_IN
        fake.faults.append(json_answer(503, {"error": {"title": "Maintenance"}}))
        down = sync_home_once(home)
        assert (down.problem, down.online, down.outbox_left) == (
            SyncProblem.UNAVAILABLE,
            False,
            2,  # the check-in and its badge print, both kept
        )
        assert sync_home_once(home).pushed == 2  # the check-in and its badge print
    assert fake.patches == [9006]


def test_kiosk_enroll_takes_an_indico_address_and_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeIndico(single_form=False)
    home = tmp_path / "kiosk"
    with fake.serve() as root:
        url = f"indico+{root}/event/1234/"
        assert main(["--home", str(home), "enroll", url, TOKEN]) != 0
        assert "?regform=ID" in capsys.readouterr().err
        assert main(["--home", str(home), "enroll", f"{url}?regform=56", TOKEN]) == 0
    assert "Enrolled as kiosk indico-127.0.0.1-" in capsys.readouterr().out
    assert {c.method for c in fake.calls} == {"GET"}
    assert recorded("forms.json")[0]["id"] == 56


def test_a_badge_print_stays_on_the_kiosk_without_bothering_staff(tmp_path: Path) -> None:
    """Indico keeps no badge prints: the item is done (the journal is the record), not refused."""
    with FakeIndico().serve() as root:
        home = enrolled(tmp_path, root)
        assert sync_home_once(home).ok
        assert scan(home, indico_qr(9001)) is Outcome.CHECKED_IN
        report = sync_home_once(home)
    db = open_database(home.database)
    try:
        refused = outbox.rejected_items(db)
    finally:
        db.close()
    assert (report.pushed, report.rejected, report.outbox_left) == (2, 0, 0)
    assert refused == []


@pytest.mark.parametrize(
    ("language", "label"), [("en", "Speaker"), ("ar", "متحدث"), ("zh", "发言人")]
)
def test_the_category_from_an_indico_tag_shows_in_each_language(
    tmp_path: Path, language: str, label: str
) -> None:
    home = Home(tmp_path / "kiosk")
    home.make_folders()
    home.settings.write_text('[indico]\ncategories = { "Speaker" = "SPK" }\n', encoding="utf-8")
    with FakeIndico().serve() as root:
        key = ensure_device_key(home)
        enroll(home, f"indico+{root}/event/1234/", TOKEN, (key.key_id, key.public_key))
        assert sync_home_once(home).ok
        result = scan_result(home, indico_qr(9001))  # Amina Diallo, tagged Speaker in Indico
    assert (result.outcome, result.badge_name, result.category_code) == (
        Outcome.CHECKED_IN,
        "Amina Diallo",
        "SPK",
    )
    labels = {"en": result.category_label, **result.category_label_translations}
    assert labels[language] == label
