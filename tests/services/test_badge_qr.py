"""The badge QR end to end on a real database: kiosks sign it with their device key, journal
which key signed, and answer sensibly when someone shows a badge to the kiosk itself."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from wsis_event import CATEGORIES, EVENT, MONDAY_MORNING

from kiosk.core.badge_codes import BadgeFormat, read_badge, sign_badge, verify_badge
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.credentials import (
    Credential,
    PublicKey,
    new_signing_key,
    public_from_private,
    sign_credential,
)
from kiosk.core.device_keys import device_key_id
from kiosk.core.foreign_codes import CodeKind
from kiosk.core.model import Participant, ParticipantStatus, ScanSource
from kiosk.printing.base import PrinterState, PrinterStatus, PrintResult, RenderedBadge
from kiosk.scan.layouts import DigitLayout, type_through
from kiosk.services.check_in import CheckInService
from kiosk.services.device_key import DeviceKey
from kiosk.services.door_check import DoorCheckError, check_badge
from kiosk.services.printing import PrintSetup
from kiosk.store import Database, events, journal, keys, open_database, participants
from kiosk.store.device_keys import DeviceKeyRecord, save_device_keys

CREDENTIAL_KEY = bytes(range(32))
DEVICE_PRIVATE = bytes(range(100, 132))
DEVICE_PUBLIC = public_from_private(DEVICE_PRIVATE)
DEVICE = DeviceKey(device_key_id(DEVICE_PUBLIC), DEVICE_PRIVATE, DEVICE_PUBLIC)
OTHER_PRIVATE = bytes(range(200, 232))
OTHER_PUBLIC = public_from_private(OTHER_PRIVATE)
OTHER = DeviceKey(device_key_id(OTHER_PUBLIC), OTHER_PRIVATE, OTHER_PUBLIC)
PEOPLE = [
    Participant(101, 22, "Amina", "Diallo", "Amina Diallo", category="DEL"),
    Participant(102, 22, "Wei", "Li", "李伟", category="DEL"),
    Participant(104, 22, "Olga", "Ivanova", "Ольга Иванова", category="DEL"),
]


class RecordingPrinter:
    uri = "test://recorder"

    def __init__(self) -> None:
        self.printed: list[RenderedBadge] = []

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        self.printed.append(badge)
        return PrintResult(self.uri, (f"/prints/{badge.content.registration_id}.png",))

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.ONLINE)


@dataclass
class Kiosk:
    service: CheckInService
    db: Database
    printer: RecordingPrinter


def make_kiosk(path: Path, device: DeviceKey | None) -> Kiosk:
    db = open_database(path)
    events.save_event(db, EVENT, CATEGORIES)
    participants.save_participants(db, PEOPLE)
    keys.save_key(db, PublicKey(1, public_from_private(CREDENTIAL_KEY)))
    save_device_keys(
        db,
        [
            DeviceKeyRecord(DEVICE.key_id, "itu-tower-1", DEVICE.public_key, "active"),
            DeviceKeyRecord(OTHER.key_id, "cicg-1", OTHER.public_key, "active"),
        ],
    )
    printer = RecordingPrinter()
    setup = PrintSetup.of(printer, BADGE_SIZES["a6"], device_key=device)
    return Kiosk(CheckInService(db, setup, "itu-tower-1", lambda: MONDAY_MORNING), db, printer)


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    made = make_kiosk(tmp_path / "kiosk.db", DEVICE)
    yield made
    made.db.close()


def code_for(registration_id: int) -> str:
    credential = Credential(1, 22, registration_id, 1, 0, datetime(2022, 5, 1, tzinfo=UTC))
    return sign_credential(credential, CREDENTIAL_KEY)


def printed_qr(kiosk: Kiosk) -> str:
    return kiosk.printer.printed[-1].content.qr_text


def test_a_kiosk_with_a_device_key_prints_a_b2_its_key_verifies(kiosk: Kiosk) -> None:
    assert kiosk.service.scan(code_for(101), ScanSource.SCANNER).outcome is Outcome.CHECKED_IN
    text = printed_qr(kiosk)
    badge = verify_badge(text, EVENT.id, {DEVICE.key_id: PublicKey(DEVICE.key_id, DEVICE_PUBLIC)})
    assert (badge.registration_id, badge.badge_version, badge.device_key_id) == (
        101,
        1,
        DEVICE.key_id,
    )
    [record] = journal.badge_records(kiosk.db, 101)
    assert record.issue.device_key_id == DEVICE.key_id


def test_a_kiosk_without_a_device_key_prints_b1_and_journals_no_key(tmp_path: Path) -> None:
    unenrolled = make_kiosk(tmp_path / "k.db", None)
    unenrolled.service.scan(code_for(101), ScanSource.SCANNER)
    assert printed_qr(unenrolled) == "B1-101-1"
    [record] = journal.badge_records(unenrolled.db, 101)
    assert record.issue.device_key_id is None


def test_showing_your_badge_to_the_kiosk_says_collected_and_prints_nothing(kiosk: Kiosk) -> None:
    kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    result = kiosk.service.scan(printed_qr(kiosk), ScanSource.SCANNER)
    assert result.outcome is Outcome.ALREADY_COLLECTED
    assert (result.registration_id, result.badge_version) == (101, 1)
    assert result.code_kind is CodeKind.BADGE
    assert result.collected_at is not None
    assert len(kiosk.printer.printed) == 1
    assert journal.recent_audit(kiosk.db, 1)[0].outcome == "already-collected"


def test_a_badge_typed_through_an_azerty_host_is_still_read(kiosk: Kiosk) -> None:
    kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    typed = type_through(printed_qr(kiosk), DigitLayout.FR_HOST)
    result = kiosk.service.scan(typed, ScanSource.SCANNER)
    assert (result.outcome, result.code_kind) == (Outcome.ALREADY_COLLECTED, CodeKind.BADGE)
    assert "fr-host" in result.layout


def test_an_old_badge_after_a_reprint_is_replaced(kiosk: Kiosk) -> None:
    kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    first = printed_qr(kiosk)
    assert kiosk.service.jobs.reprint(101, "lost").printed
    second = printed_qr(kiosk)
    assert read_badge(second).badge_version == 2
    assert kiosk.service.scan(first, ScanSource.SCANNER).outcome is Outcome.SUPERSEDED
    assert kiosk.service.scan(second, ScanSource.SCANNER).outcome is Outcome.ALREADY_COLLECTED


@pytest.mark.parametrize(
    ("make", "outcome"),
    [
        (lambda: sign_badge(102, 1, 22, DEVICE.key_id, bytes(32)), Outcome.BAD_SIGNATURE),
        (lambda: sign_badge(102, 1, 22, 7, new_signing_key()[0]), Outcome.UNKNOWN_KEY),
        (lambda: "B1-102-1", Outcome.UNSUPPORTED_VERSION),
        (lambda: "B1-0102-1", Outcome.MALFORMED),
    ],
    ids=["forged with a kiosk's key id", "unknown key", "unsigned B1", "malformed B1"],
)
def test_a_badge_made_at_home_is_refused_without_naming_anyone(
    kiosk: Kiosk, make: object, outcome: Outcome
) -> None:
    result = kiosk.service.scan(make(), ScanSource.SCANNER)  # type: ignore[operator]
    assert result.outcome is outcome
    assert result.registration_id is None
    assert result.badge_name == ""
    assert kiosk.printer.printed == []
    assert journal.badge_records(kiosk.db, 102) == []


def test_a_badge_from_a_kiosk_revoked_later_is_refused_after_keys_reload(kiosk: Kiosk) -> None:
    kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    badge = printed_qr(kiosk)
    save_device_keys(
        kiosk.db, [DeviceKeyRecord(DEVICE.key_id, "itu-tower-1", DEVICE_PUBLIC, "revoked")]
    )
    kiosk.service.reload_keys()
    assert kiosk.service.scan(badge, ScanSource.SCANNER).outcome is Outcome.KEY_REVOKED


def test_another_kiosks_badge_synced_into_the_journal_is_recognised(kiosk: Kiosk) -> None:
    """The badge of kiosk cicg-1 (its key synced): valid; the revoked registration refused."""
    other = sign_badge(102, 1, 22, OTHER.key_id, OTHER_PRIVATE)
    assert kiosk.service.scan(other, ScanSource.SCANNER).outcome is Outcome.ALREADY_COLLECTED
    participants.save_participants(
        kiosk.db, [Participant(104, 22, "Olga", "Ivanova", "O", status=ParticipantStatus.REVOKED)]
    )
    revoked = sign_badge(104, 1, 22, OTHER.key_id, OTHER_PRIVATE)
    assert kiosk.service.scan(revoked, ScanSource.SCANNER).outcome is Outcome.REVOKED


def test_door_check_reports_the_signing_kiosk_and_current_version(kiosk: Kiosk) -> None:
    kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    checked = check_badge(kiosk.db, printed_qr(kiosk))
    assert checked.decision.is_valid
    assert checked.decision.badge is not None
    assert checked.decision.badge.format is BadgeFormat.SIGNED
    assert (checked.kiosk_id, checked.current_version) == ("itu-tower-1", 1)


def test_door_check_on_a_b1_badge_in_transition(tmp_path: Path) -> None:
    unenrolled = make_kiosk(tmp_path / "k.db", None)
    unenrolled.service.scan(code_for(101), ScanSource.SCANNER)
    assert check_badge(unenrolled.db, "B1-101-1").decision.verdict.value == "unsigned"
    assert check_badge(unenrolled.db, "B1-101-1", allow_unsigned=True).decision.is_valid
    assert not check_badge(unenrolled.db, "B1-102-1", allow_unsigned=True).decision.is_valid


def test_door_check_without_an_event_says_what_to_do(tmp_path: Path) -> None:
    db = open_database(tmp_path / "empty.db")
    with pytest.raises(DoorCheckError, match="no event"):
        check_badge(db, "B1-1-1")
