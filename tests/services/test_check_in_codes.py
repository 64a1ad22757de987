"""Codes that are not simply the signed digits: keyboard-layout recovery, Indico and opaque codes.

A real database, the real check-in service; unsigned codes admit only through the roster.
"""

from __future__ import annotations

import base64
import json
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from wsis_event import CATEGORIES, EVENT, MONDAY_MORNING

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.credentials import Credential, PublicKey, public_from_private, sign_credential
from kiosk.core.foreign_codes import (
    CodeKind,
    SecretEntry,
    SecretSource,
    canonical_secret,
    secret_hash,
)
from kiosk.core.model import Participant, ParticipantStatus, ScanSource
from kiosk.printing.fake import FakePrinter
from kiosk.scan.layouts import DigitLayout, type_through
from kiosk.services.check_in import CheckInService
from kiosk.services.printing import PrintSetup
from kiosk.store import Database, events, journal, keys, open_database, participants

KEY = bytes(range(32))
PEOPLE = [
    Participant(101, 22, "Amina", "Diallo", "Amina Diallo", category="DEL"),
    Participant(102, 22, "Wei", "Li", "李伟", category="DEL"),
    Participant(103, 22, "Ahmed", "Nasser", "أحمد ناصر", category="VIP"),
    Participant(104, 22, "Olga", "Ivanova", "Ольга", status=ParticipantStatus.REVOKED),
    Participant(105, 22, "Ana", "Silva", "Ana Silva", category="DEL", valid_from=date(2022, 6, 2)),
]
TICKETS = {reg: uuid.uuid5(uuid.NAMESPACE_URL, f"ticket/{reg}") for reg in (101, 103, 104, 105)}
PRETIX_SECRET = "az9u4mymhqktrbupmwkvv6xmgds5dk3"


@dataclass
class Kiosk:
    service: CheckInService
    db: Database
    printer: FakePrinter

    def check_ins(self) -> int:
        return journal.count_check_ins(self.db)


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    db = open_database(tmp_path / "kiosk.db")
    events.save_event(db, EVENT, CATEGORIES)
    participants.save_participants(db, PEOPLE)
    keys.save_key(db, PublicKey(1, public_from_private(KEY)))
    entries = [SecretEntry(reg, secret_hash(str(ticket))) for reg, ticket in TICKETS.items()]
    entries.append(SecretEntry(102, secret_hash(PRETIX_SECRET)))
    participants.replace_secrets(db, entries, SecretSource.ROSTER)
    printer = FakePrinter()
    service = CheckInService(
        db, PrintSetup.of(printer, BADGE_SIZES["a6"]), "k1", lambda: MONDAY_MORNING
    )
    yield Kiosk(service, db, printer)
    db.close()


def signed_code(registration_id: int) -> str:
    return sign_credential(Credential(1, 22, registration_id, 1, 0, MONDAY_MORNING), KEY)


def indico_code(ticket: uuid.UUID, host: str = "indico.un.org") -> str:
    secret = base64.b64encode(ticket.bytes).decode("ascii")
    return json.dumps({"i": [2, host, secret]}, separators=(",", ":"))


# --- keyboard layouts ----------------------------------------------------------------------------


def test_a_code_typed_through_a_french_layout_checks_in_and_says_how_it_was_read(
    kiosk: Kiosk, caplog: pytest.LogCaptureFixture
) -> None:
    typed = type_through(signed_code(101), DigitLayout.FR_HOST)
    assert not typed.isdigit()
    with caplog.at_level(logging.INFO):
        result = kiosk.service.scan(typed, ScanSource.SCANNER)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.registration_id == 101
    assert result.layout == "qwerty-scanner-on-fr-host"
    assert result.code_kind is CodeKind.CREDENTIAL
    assert kiosk.check_ins() == 1
    audit = journal.recent_audit(kiosk.db, 1)[0]
    assert "keyboard layout qwerty-scanner-on-fr-host" in audit.detail
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "qwerty-scanner-on-fr-host" in logged
    assert "Amina" not in logged
    assert "Diallo" not in logged


@pytest.mark.parametrize("layout", list(DigitLayout))
def test_every_known_mismatch_is_recovered(kiosk: Kiosk, layout: DigitLayout) -> None:
    result = kiosk.service.check(type_through(signed_code(101), layout), MONDAY_MORNING)
    assert result.outcome is Outcome.CHECKED_IN
    assert layout.value in result.layout.split("+")


def test_a_code_typed_as_digits_needs_no_mapping(kiosk: Kiosk) -> None:
    result = kiosk.service.check(signed_code(101), MONDAY_MORNING)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.layout == ""


def test_a_tampered_code_through_a_layout_is_still_refused(kiosk: Kiosk) -> None:
    code = signed_code(101)
    tampered = code[:-5] + str((int(code[-5]) + 1) % 10) + code[-4:]
    result = kiosk.service.scan(type_through(tampered, DigitLayout.CH_HOST), ScanSource.SCANNER)
    assert result.outcome in (Outcome.BAD_SIGNATURE, Outcome.MALFORMED)
    assert result.layout == ""
    assert kiosk.check_ins() == 0


def test_a_half_typed_code_through_a_layout_is_refused(kiosk: Kiosk) -> None:
    typed = type_through(signed_code(101), DigitLayout.FR_HOST)
    result = kiosk.service.scan(typed[:120], ScanSource.SCANNER)
    assert result.outcome is Outcome.MALFORMED
    assert kiosk.check_ins() == 0


# --- unsigned codes ------------------------------------------------------------------------------


def test_an_indico_code_in_the_roster_checks_in_and_prints(kiosk: Kiosk) -> None:
    result = kiosk.service.scan(indico_code(TICKETS[101]), ScanSource.CAMERA)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.registration_id == 101
    assert result.code_kind is CodeKind.INDICO
    assert result.badge_name == "Amina Diallo"
    assert len(kiosk.printer.printed) == 1
    assert kiosk.check_ins() == 1
    assert "indico code" in journal.recent_audit(kiosk.db, 1)[0].detail
    again = kiosk.service.scan(indico_code(TICKETS[101]), ScanSource.CAMERA)
    assert again.outcome is Outcome.ALREADY_COLLECTED
    assert kiosk.check_ins() == 1


def test_an_indico_code_from_another_host_still_matches_by_secret(kiosk: Kiosk) -> None:
    # The host is informative only: Indico instances move, and the secret is what is checked.
    result = kiosk.service.check(indico_code(TICKETS[101], "events.itu.int"), MONDAY_MORNING)
    assert result.outcome is Outcome.CHECKED_IN


@pytest.mark.parametrize(
    ("registration", "outcome"),
    [
        (103, Outcome.COLLECT_AT_DESK),
        (104, Outcome.REVOKED),
        (105, Outcome.NOT_VALID_TODAY),
    ],
)
def test_a_matched_unsigned_code_follows_the_same_rules(
    kiosk: Kiosk, registration: int, outcome: Outcome
) -> None:
    result = kiosk.service.scan(indico_code(TICKETS[registration]), ScanSource.SCANNER)
    assert result.outcome is outcome
    assert result.registration_id == registration
    assert kiosk.check_ins() == 0


def test_an_unsigned_code_that_matches_no_roster_entry_checks_no_one_in(kiosk: Kiosk) -> None:
    for text in (indico_code(uuid.uuid4()), "qwertyuiopasdfghjklzxcvbnm234567", str(uuid.uuid4())):
        result = kiosk.service.scan(text, ScanSource.SCANNER)
        assert result.outcome is Outcome.UNKNOWN_PARTICIPANT
        assert result.registration_id is None
    assert kiosk.check_ins() == 0
    assert kiosk.printer.printed == []


def test_an_opaque_secret_in_the_roster_checks_in(kiosk: Kiosk) -> None:
    result = kiosk.service.scan(PRETIX_SECRET, ScanSource.SERIAL)
    assert (result.outcome, result.registration_id) == (Outcome.CHECKED_IN, 102)
    assert result.code_kind is CodeKind.OPAQUE


def test_a_bare_ticket_uuid_matches_like_the_indico_code(kiosk: Kiosk) -> None:
    result = kiosk.service.check(str(TICKETS[101]).upper(), MONDAY_MORNING)
    assert (result.outcome, result.registration_id) == (Outcome.CHECKED_IN, 101)


def test_the_older_indico_json_checks_in(kiosk: Kiosk) -> None:
    text = json.dumps(
        {
            "registrant_id": 9,
            "checkin_secret": str(TICKETS[101]),
            "event_id": "1101",
            "server_url": "https://indico.un.org",
        }
    )
    result = kiosk.service.check(text, MONDAY_MORNING)
    assert (result.outcome, result.code_kind) == (Outcome.CHECKED_IN, CodeKind.INDICO_LEGACY)


def test_an_indico_code_of_a_newer_version_is_unsupported(kiosk: Kiosk) -> None:
    text = json.dumps({"i": [3, "indico.un.org", "x"]})
    assert kiosk.service.check(text, MONDAY_MORNING).outcome is Outcome.UNSUPPORTED_VERSION


def test_a_replaced_secret_stops_working(kiosk: Kiosk) -> None:
    new_ticket = uuid.uuid4()
    participants.replace_secrets(
        kiosk.db,
        [SecretEntry(101, secret_hash(canonical_secret(str(new_ticket)) or ""))],
        SecretSource.ROSTER,
    )
    old = kiosk.service.check(indico_code(TICKETS[101]), MONDAY_MORNING)
    new = kiosk.service.check(indico_code(new_ticket), MONDAY_MORNING)
    assert old.outcome is Outcome.UNKNOWN_PARTICIPANT
    assert (new.outcome, new.registration_id) == (Outcome.CHECKED_IN, 101)


def test_an_empty_secret_removes_it(kiosk: Kiosk) -> None:
    participants.replace_secrets(kiosk.db, [SecretEntry(101, "")], SecretSource.ROSTER)
    result = kiosk.service.check(indico_code(TICKETS[101]), MONDAY_MORNING)
    assert result.outcome is Outcome.UNKNOWN_PARTICIPANT


def test_only_hashes_are_stored(kiosk: Kiosk) -> None:
    stored = [row[0] for row in kiosk.db.execute("SELECT secret_hash FROM participant_secrets")]
    assert len(stored) == 5
    assert str(TICKETS[101]) not in stored
    assert PRETIX_SECRET not in stored


def test_preview_decides_without_checking_in(kiosk: Kiosk) -> None:
    result = kiosk.service.preview("  " + type_through(signed_code(101), DigitLayout.BE_HOST))
    assert (result.outcome, result.layout) == (Outcome.CHECKED_IN, "qwerty-scanner-on-be-host")
    assert kiosk.check_ins() == 0
    assert kiosk.printer.printed == []
