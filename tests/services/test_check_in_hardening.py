"""Issue 7: one badge per person however often they scan; refusals show no one else's data; odd
but signed codes get a documented answer (docs/credential-format.md, "Odd codes")."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from wsis_event import CATEGORIES, EVENT, MONDAY_MORNING

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.credentials import (
    CLOCK_TOLERANCE,
    CONTEXT,
    Credential,
    KeyStatus,
    PublicKey,
    blob_to_digits,
    pack_body,
    public_from_private,
    sign_credential,
)
from kiosk.core.foreign_codes import SecretEntry, SecretSource, canonical_secret, secret_hash
from kiosk.core.model import Participant, ScanSource
from kiosk.printing.base import PrinterState, PrinterStatus, PrintResult, RenderedBadge
from kiosk.scan.layouts import DigitLayout, type_through
from kiosk.services.check_in import CheckInService
from kiosk.services.printing import PrintSetup
from kiosk.store import events, journal, keys, open_database, participants

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
WALK_IN = 22_999_999
ROSTER = [
    Participant(101, 22, "Amina", "Diallo", "Amina Diallo", category="DEL", country="SN"),
    Participant(102, 22, "Wei", "Li", "李伟", native_name="李伟", category="DEL"),
]


class JournalWatchingPrinter:
    """Records badges and, at the moment bytes would go out, what another connection (another
    process, or the disk after a power cut) reads in the journal."""

    uri = "test://watcher"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.printed: list[RenderedBadge] = []
        self.seen: list[tuple[int, int, str]] = []  # (check-ins, job rows, job state)

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        other = sqlite3.connect(self.path)
        try:
            reg = badge.content.registration_id
            check_ins = other.execute(
                "SELECT count(*) FROM checkins WHERE registration_id = ?", [reg]
            ).fetchone()[0]
            state = other.execute(
                "SELECT state FROM print_jobs WHERE registration_id = ? ORDER BY rowid DESC",
                [reg],
            ).fetchone()
        finally:
            other.close()
        self.seen.append((check_ins, 1 if state else 0, state[0] if state else ""))
        self.printed.append(badge)
        return PrintResult(self.uri, (f"{reg}-v{badge.content.badge_version}.png",))

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.ONLINE)


def code(registration_id: int, key: bytes = KEY, **changes: object) -> str:
    credential = Credential(1, 22, registration_id, 1, 0, MONDAY_MORNING)
    return sign_credential(replace(credential, **changes), key)  # type: ignore[arg-type]


def code_with_flags(registration_id: int, flags: int) -> str:
    body = bytearray(pack_body(Credential(1, 22, registration_id, 1, 0, MONDAY_MORNING)))
    body[0] |= flags
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    signature = Ed25519PrivateKey.from_private_bytes(KEY).sign(CONTEXT + bytes(body))
    return blob_to_digits(bytes(body) + signature)


@pytest.fixture
def kiosk(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "kiosk.db"
    db = open_database(path)
    events.save_event(db, EVENT, CATEGORIES)
    participants.save_participants(db, ROSTER)
    keys.save_key(db, PublicKey(1, public_from_private(KEY)))
    keys.save_key(db, PublicKey(2, public_from_private(OTHER_KEY), KeyStatus.REVOKED))
    printer = JournalWatchingPrinter(path)
    service = CheckInService(
        db, PrintSetup.of(printer, BADGE_SIZES["a6"]), "k1", lambda: MONDAY_MORNING
    )
    yield service, db, printer
    db.close()


# --- defect 1: a walk-in code printed a new badge at every scan -------------------------------


def test_a_walk_in_code_prints_once_and_then_is_already_collected(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, db, printer = kiosk
    walk_in = code(WALK_IN, badge_name="Nadia Haddad")
    first = service.scan(walk_in, ScanSource.SCANNER)
    assert first.outcome is Outcome.CHECKED_IN
    assert first.printed == (f"{WALK_IN}-v1.png",)
    again = [service.scan(walk_in, ScanSource.SCANNER) for _ in range(2)]
    # The same code typed through a French AZERTY host: the same person, no fourth badge.
    azerty = service.scan(type_through(walk_in, DigitLayout.FR_HOST), ScanSource.SCANNER)
    for later in (*again, azerty):
        assert later.outcome is Outcome.ALREADY_COLLECTED
        assert later.printed == ()
        assert later.collected_at == MONDAY_MORNING
    assert len(printer.printed) == 1
    assert journal.count_check_ins(db) == 1
    assert [r.issue.badge_version for r in journal.badge_records(db, WALK_IN)] == [1]


def test_a_walk_in_becomes_a_provisional_participant_named_by_the_code(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, db, _ = kiosk
    service.scan(code(WALK_IN, badge_name="Nadia Haddad"), ScanSource.SCANNER)
    person = participants.get_participant(db, WALK_IN)
    assert person is not None
    assert person.is_provisional
    assert person.badge_name == "Nadia Haddad"
    assert person.category == "DEL"
    assert person.collected_at == MONDAY_MORNING
    assert [p.registration_id for p in participants.search_participants(db, "haddad")] == [WALK_IN]
    # The roster arriving later confirms the person: no longer provisional, facts kept.
    participants.save_participants(db, [Participant(WALK_IN, 22, "Nadia", "Haddad", "N. Haddad")])
    confirmed = participants.get_participant(db, WALK_IN)
    assert confirmed is not None
    assert not confirmed.is_provisional


def test_a_badge_in_the_journal_is_collected_even_if_the_roster_row_forgot(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, db, printer = kiosk
    assert service.scan(code(101), ScanSource.SCANNER).outcome is Outcome.CHECKED_IN
    # A roster import (or a sync) that rewrites the row without the kiosk's facts.
    db.execute("UPDATE participants SET collected_at = NULL, badge_version = 0")
    again = service.scan(code(101), ScanSource.SCANNER)
    assert again.outcome is Outcome.ALREADY_COLLECTED
    assert len(printer.printed) == 1


def test_a_second_first_print_of_a_badge_version_is_refused_by_the_database(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, db, _ = kiosk
    service.scan(code(101), ScanSource.SCANNER)
    done = journal.badge_records(db, 101)[0]
    duplicate = journal.PrintJob(
        str(uuid.uuid4()), 101, done.issue.badge_version, "test://x", journal.JobState.QUEUED
    )
    with pytest.raises(sqlite3.IntegrityError, match="already has a print job"):
        journal.add_job(db, duplicate, MONDAY_MORNING)


# --- defect 3: the check-in and its print intent are on disk before a byte is sent ----------------


def test_the_journal_is_committed_and_synced_before_the_printer_gets_a_byte(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, db, printer = kiosk
    service.scan(code(101), ScanSource.SCANNER)
    # Another connection already read the check-in and the job marked "sent".
    assert printer.seen == [(1, 1, "sent")]
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: synced at each commit


# --- refusals show no one else's data ----------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "outcome"),
    [
        (lambda: code(101, event_id=23), Outcome.WRONG_EVENT),
        (lambda: code(101, key=OTHER_KEY, key_id=7), Outcome.UNKNOWN_KEY),
        (lambda: code(101, key=OTHER_KEY, key_id=2), Outcome.KEY_REVOKED),
    ],
    ids=["other-event", "unknown-key", "revoked-key"],
)
def test_a_refused_code_shows_no_local_persons_name(kiosk, caplog, make, outcome) -> None:  # type: ignore[no-untyped-def]
    service, db, printer = kiosk
    caplog.set_level(logging.DEBUG)
    result = service.scan(make(), ScanSource.SCANNER)
    assert result.outcome is outcome
    assert (result.badge_name, result.category_code, result.category_label) == ("", "", "")
    assert result.collected_at is None
    assert "Amina" not in caplog.text
    assert "Diallo" not in caplog.text
    assert printer.printed == []
    assert journal.count_check_ins(db) == 0


def test_a_code_from_another_event_learns_nothing_of_the_local_journal(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, _, _ = kiosk
    service.scan(code(101), ScanSource.SCANNER)  # Amina collected her badge here
    foreign = service.scan(code(101, event_id=23, badge_name="Someone Else"), ScanSource.SCANNER)
    assert foreign.outcome is Outcome.WRONG_EVENT
    assert foreign.badge_name == ""
    assert foreign.collected_at is None
    assert foreign.badge_version == 0


# --- odd codes (docs/credential-format.md) ----------------------------------------------------


def test_a_code_issued_beyond_the_clock_tolerance_is_not_valid_yet(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, _, printer = kiosk
    late = MONDAY_MORNING + CLOCK_TOLERANCE + timedelta(minutes=1)
    assert service.scan(code(101, issued_at=late), ScanSource.SCANNER).outcome is (
        Outcome.NOT_VALID_TODAY
    )
    assert printer.printed == []
    skewed = MONDAY_MORNING + CLOCK_TOLERANCE - timedelta(minutes=1)  # a clock a little off
    assert service.scan(code(101, issued_at=skewed), ScanSource.SCANNER).outcome is (
        Outcome.CHECKED_IN
    )


@pytest.mark.parametrize("flags", [0x2, 0x4, 0x8, 0x3])
def test_a_code_with_unknown_flag_bits_is_refused_as_unsupported(kiosk, flags: int) -> None:  # type: ignore[no-untyped-def]
    service, db, _ = kiosk
    result = service.scan(code_with_flags(101, flags), ScanSource.SCANNER)
    assert result.outcome is Outcome.UNSUPPORTED_VERSION
    assert journal.count_check_ins(db) == 0


def test_a_reissue_counter_far_ahead_of_the_roster_is_accepted(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, db, _ = kiosk
    result = service.scan(code(101, reissue=250), ScanSource.SCANNER)  # roster says 0
    assert result.outcome is Outcome.CHECKED_IN
    # The older code of the same person is then answered like any rescan.
    assert service.scan(code(101), ScanSource.SCANNER).outcome is Outcome.ALREADY_COLLECTED
    assert journal.count_check_ins(db) == 1


def to_row(digits: str, zero: int) -> str:
    return "".join(chr(zero + int(d)) for d in digits)


@pytest.mark.parametrize(
    ("zero", "script"),
    [(0x0660, "arabic-indic"), (0x06F0, "persian")],
)
def test_arabic_indic_and_persian_digits_are_accepted(kiosk, zero: int, script: str) -> None:  # type: ignore[no-untyped-def]
    service, _, _ = kiosk
    result = service.scan(to_row(code(101), zero), ScanSource.SCANNER)
    assert result.outcome is Outcome.CHECKED_IN, script


@pytest.mark.parametrize(
    ("zero", "script"),
    [
        (0x0966, "Devanagari"),
        (0x0E50, "Thai"),
        (0xFF10, "full-width"),
        (0x09E6, "Bengali"),
        (0x1D7CE, "mathematical bold"),
    ],
)
def test_digits_of_other_scripts_are_refused_as_malformed(kiosk, zero: int, script: str) -> None:  # type: ignore[no-untyped-def]
    service, db, _ = kiosk
    result = service.scan(to_row(code(101), zero), ScanSource.SCANNER)
    assert result.outcome is Outcome.MALFORMED, script
    assert journal.count_check_ins(db) == 0


def test_digits_of_two_rows_in_one_code_are_refused(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, _, _ = kiosk
    digits = code(101)
    mixed = digits[:100] + to_row(digits[100:], 0x0660)
    assert service.scan(mixed, ScanSource.SCANNER).outcome is Outcome.MALFORMED


def test_a_uuid_in_braces_is_the_same_secret_as_without(kiosk) -> None:  # type: ignore[no-untyped-def]
    service, db, printer = kiosk
    ticket = uuid.UUID("157a7a48-d5e4-4e93-96e1-5e33ae891247")
    secret = canonical_secret(str(ticket))
    assert secret is not None
    participants.replace_secrets(db, [SecretEntry(102, secret_hash(secret))], SecretSource.ROSTER)
    braced = service.scan("{" + str(ticket).upper() + "}", ScanSource.SCANNER)
    assert braced.outcome is Outcome.CHECKED_IN
    assert braced.registration_id == 102
    assert service.scan(str(ticket), ScanSource.SCANNER).outcome is Outcome.ALREADY_COLLECTED
    assert len(printer.printed) == 1
