"""The check-in service end to end on a real database: outcomes, journal, audit, printer faults."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from wsis_event import CATEGORIES, EVENT, MONDAY_MORNING

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.credentials import (
    Credential,
    PublicKey,
    new_signing_key,
    public_from_private,
    sign_credential,
)
from kiosk.core.model import Participant, ParticipantStatus, ScanSource
from kiosk.printing.base import (
    PrinterError,
    PrinterState,
    PrinterStatus,
    PrintResult,
    RenderedBadge,
)
from kiosk.services.check_in import CheckInService
from kiosk.services.printing import PrintSetup
from kiosk.store import events, journal, keys, open_database, participants

KEY = bytes(range(32))
PEOPLE = [
    Participant(101, 22, "Amina", "Diallo", "Amina Diallo", category="DEL", country="SN"),
    Participant(102, 22, "Wei", "Li", "李伟", native_name="李伟", category="DEL"),
    Participant(103, 22, "Ahmed", "Nasser", "أحمد ناصر", category="VIP"),
    Participant(104, 22, "Olga", "Ivanova", "Ольга Иванова", status=ParticipantStatus.REVOKED),
]


class RecordingPrinter:
    """Records badges; can be told to fail like a printer out of paper."""

    uri = "test://recorder"

    def __init__(self) -> None:
        self.printed: list[RenderedBadge] = []
        self.error: PrinterError | None = None

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        if self.error is not None:
            raise self.error
        self.printed.append(badge)
        return PrintResult(self.uri, (f"/prints/{badge.content.registration_id}.png",))

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.ONLINE)


def code_for(registration_id: int, **changes: object) -> str:
    credential = Credential(1, 22, registration_id, 1, 0, MONDAY_MORNING)
    return sign_credential(replace(credential, **changes), KEY)  # type: ignore[arg-type]


@pytest.fixture
def setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "kiosk.db")
    events.save_event(db, EVENT, CATEGORIES)
    participants.save_participants(db, PEOPLE)
    keys.save_key(db, PublicKey(1, public_from_private(KEY)))
    printer = RecordingPrinter()
    service = CheckInService(
        db, PrintSetup.of(printer, BADGE_SIZES["a6"]), "k1", lambda: MONDAY_MORNING
    )
    yield service, db, printer
    db.close()


def test_first_scan_checks_in_and_prints_second_says_collected(setup) -> None:  # type: ignore[no-untyped-def]
    service, db, printer = setup
    first = service.scan(code_for(101), ScanSource.TYPED)
    assert (first.outcome, first.registration_id, first.badge_version) == (
        Outcome.CHECKED_IN,
        101,
        1,
    )
    assert first.badge_name == "Amina Diallo"
    assert first.category_colour == "#1f4e9c"
    assert first.printed == ("/prints/101.png",)
    assert printer.printed[0].content.qr_text == "B1-101-1"
    second = service.scan(code_for(101), ScanSource.TYPED)
    assert second.outcome is Outcome.ALREADY_COLLECTED
    assert second.collected_at == MONDAY_MORNING
    assert len(printer.printed) == 1
    assert journal.count_check_ins(db) == 1


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("", Outcome.EMPTY),
        ("   \n", Outcome.EMPTY),
        ("x" * 10_240, Outcome.MALFORMED),
        ("\x00\xff\x1b[31m\ud7ff binary", Outcome.MALFORMED),
        ("https://example.org/ticket/123", Outcome.MALFORMED),
        ("9" * 600, Outcome.MALFORMED),
        ("1" * 188, Outcome.MALFORMED),
    ],
    ids=["empty", "blank", "10 kB", "binary junk", "a URL", "600 digits", "188 ones"],
)
def test_junk_gets_a_clear_refusal_and_writes_no_check_in(setup, text, outcome) -> None:  # type: ignore[no-untyped-def]
    service, db, printer = setup
    assert service.scan(text, ScanSource.SCANNER).outcome is outcome
    assert journal.count_check_ins(db) == 0
    assert printer.printed == []
    audit = journal.recent_audit(db, 1)[0]
    assert (audit.action, audit.outcome, audit.registration_id) == ("scan", outcome.value, None)


def test_one_changed_digit_is_refused(setup) -> None:  # type: ignore[no-untyped-def]
    service, db, _ = setup
    code = code_for(101)
    tampered = code[:100] + str((int(code[100]) + 3) % 10) + code[101:]
    assert service.scan(tampered, ScanSource.SCANNER).outcome in {
        Outcome.BAD_SIGNATURE,
        Outcome.MALFORMED,
    }
    assert journal.count_check_ins(db) == 0


@pytest.mark.parametrize(
    ("code", "outcome"),
    [
        (
            lambda: sign_credential(
                Credential(1, 22, 101, 1, 0, MONDAY_MORNING), new_signing_key()[0]
            ),
            Outcome.BAD_SIGNATURE,
        ),
        (lambda: code_for(101, key_id=9), Outcome.UNKNOWN_KEY),
        (lambda: code_for(101, event_id=23), Outcome.WRONG_EVENT),
        (lambda: code_for(104), Outcome.REVOKED),
        (lambda: code_for(999), Outcome.UNKNOWN_PARTICIPANT),
        (lambda: code_for(103, category=6), Outcome.COLLECT_AT_DESK),
    ],
    ids=["foreign key", "unknown key id", "other event", "revoked", "unknown person", "VIP"],
)
def test_refusals_have_their_own_outcome(setup, code, outcome) -> None:  # type: ignore[no-untyped-def]
    service, db, printer = setup
    assert service.scan(code(), ScanSource.CAMERA).outcome is outcome
    assert journal.count_check_ins(db) == 0
    assert printer.printed == []


def test_a_provisional_check_in_prints_the_embedded_name(setup) -> None:  # type: ignore[no-untyped-def]
    service, _, printer = setup
    result = service.scan(code_for(555, badge_name="Ngozi Okafor"), ScanSource.SCANNER)
    assert (result.outcome, result.badge_name) == (Outcome.CHECKED_IN, "Ngozi Okafor")
    assert printer.printed[0].content.category_label == "Delegate"


def test_scans_outside_the_event_days_are_refused(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    _, db, printer = setup
    later = CheckInService(
        db,
        PrintSetup.of(printer, BADGE_SIZES["a6"]),
        "k1",
        lambda: datetime(2022, 6, 3, 22, 30, tzinfo=UTC),
    )
    assert later.scan(code_for(101), ScanSource.TYPED).outcome is Outcome.NOT_VALID_TODAY


def test_a_failed_print_keeps_the_check_in_and_the_job(setup) -> None:  # type: ignore[no-untyped-def]
    service, db, printer = setup
    printer.error = PrinterError("paper out")
    result = service.scan(code_for(102), ScanSource.SCANNER)
    assert (result.outcome, result.print_error, result.printed) == (
        Outcome.CHECKED_IN,
        "paper out",
        (),
    )
    assert not result.is_success
    failed = journal.jobs_in_state(db, journal.JobState.FAILED)
    assert [(j.registration_id, j.error) for j in failed] == [(102, "paper out")]
    printer.error = None
    retry = service.scan(code_for(102), ScanSource.SCANNER)
    assert (retry.outcome, retry.badge_version) == (Outcome.CHECKED_IN, 1)
    assert retry.is_success


def test_the_audit_never_holds_names(setup) -> None:  # type: ignore[no-untyped-def]
    service, db, _ = setup
    for reg in (101, 102, 103, 104, 999):
        service.scan(code_for(reg), ScanSource.SCANNER)
    dump = "\n".join(str(row) for row in db.execute("SELECT * FROM audit").fetchall())
    for person in PEOPLE:
        for text in (person.given_name, person.family_name, person.badge_name):
            assert text not in dump
