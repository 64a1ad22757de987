"""Other registries' tickets decided offline (pretix): revoked and blocked secrets, and signed
tickets verified when the roster does not hold them yet. A real database and check-in service;
the keys and lists arrive as the pretix client delivers them, in a page of the change feed."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from wsis_event import CATEGORIES, EVENT, MONDAY_MORNING

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.exchange import ChangePage, SecretBlock, TicketKey
from kiosk.core.foreign_codes import CodeKind, SecretEntry, SecretSource, secret_hash
from kiosk.core.model import Participant, ScanSource
from kiosk.core.pretix_tickets import (
    SCHEME,
    SignedTicket,
    encode_ticket,
    key_id,
    raw_key_from_pretix,
    sign_secret,
)
from kiosk.printing.fake import FakePrinter
from kiosk.services.check_in import CheckInService
from kiosk.services.desk_views import CodeNotice, CodeProblem, identify_code
from kiosk.services.printing import PrintSetup
from kiosk.store import Database, events, journal, open_database, participants
from kiosk.store.changes import apply_page

RECORDED = Path(__file__).parents[1] / "pretix" / "recorded"
SIGNING = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
FORGER = Ed25519PrivateKey.from_private_bytes(bytes(range(100, 132)))
PEOPLE = [
    Participant(201, 22, "Amina", "Haddad", "أمينة حداد", category="DEL"),
    Participant(202, 22, "Lan", "Zhou", "周兰", category="DEL"),
    Participant(203, 22, "Ahmed", "Nasser", "أحمد ناصر", category="VIP"),
]
RANDOM_SECRET = "k7bq2wfz9rtyhn3dmvx8pca45eu6sgj2"  # pretix's default kind, on the roster (202)
TUESDAY = datetime(2022, 5, 31, 8, 0, tzinfo=UTC)


def ticket(seed: str, **fields: int) -> str:
    return sign_secret(encode_ticket(SignedTicket(seed, **fields)), SIGNING)


ON_ROSTER = ticket("rosterAAA", item=1)  # 201's ticket, synced
SOLD_LATER = ticket("newsaleBB", item=1)  # sold after the kiosk's last sync


def recorded(name: str) -> dict[str, object]:
    return dict(json.loads((RECORDED / f"{name}.json").read_text(encoding="utf-8"))["body"])


def key_of(private: Ed25519PrivateKey) -> TicketKey:
    raw = private.public_key().public_bytes_raw()
    return TicketKey(SCHEME, key_id(raw), raw, EVENT.id)


@dataclass
class Kiosk:
    service: CheckInService
    db: Database
    printer: FakePrinter
    pages: int = 0

    def sync(self, **kinds: object) -> None:
        """A page of the change feed as the pretix client delivers it, then the keys reload."""
        since, self.pages = self.pages, self.pages + 1
        apply_page(self.db, ChangePage(since, since + 1, False, count=1, **kinds))  # type: ignore[arg-type]
        self.service.reload_keys()

    def outcome(self, text: str, now: datetime = MONDAY_MORNING) -> Outcome:
        return self.service.check(text, now).outcome


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    db = open_database(tmp_path / "kiosk.db")
    events.save_event(db, EVENT, CATEGORIES)
    participants.save_participants(db, PEOPLE)
    entries = [
        SecretEntry(201, secret_hash(ON_ROSTER)),
        SecretEntry(202, secret_hash(RANDOM_SECRET)),
    ]
    participants.replace_secrets(db, entries, SecretSource.PRETIX)
    printer = FakePrinter()
    service = CheckInService(
        db, PrintSetup.of(printer, BADGE_SIZES["a6"]), "k1", lambda: MONDAY_MORNING
    )
    result = Kiosk(service, db, printer)
    result.sync(ticket_keys=(key_of(SIGNING),))
    yield result
    db.close()


# --- the roster still decides for the tickets it holds ------------------------------------------


def test_a_signed_ticket_on_the_roster_checks_in_by_the_usual_rules(kiosk: Kiosk) -> None:
    result = kiosk.service.scan(ON_ROSTER, ScanSource.SCANNER)
    assert (result.outcome, result.registration_id) == (Outcome.CHECKED_IN, 201)
    assert result.code_kind is CodeKind.OPAQUE
    assert journal.count_check_ins(kiosk.db) == 1
    assert kiosk.outcome(ON_ROSTER) is Outcome.ALREADY_COLLECTED


def test_a_roster_match_needs_no_key_at_all(kiosk: Kiosk) -> None:
    kiosk.db.execute("DELETE FROM ticket_keys")
    kiosk.service.reload_keys()
    assert kiosk.outcome(ON_ROSTER) is Outcome.CHECKED_IN
    assert kiosk.outcome(SOLD_LATER) is Outcome.UNKNOWN_KEY


# --- revoked and blocked secrets ---------------------------------------------------------------


def test_a_blocked_secret_on_the_roster_is_refused_and_journals_nothing(kiosk: Kiosk) -> None:
    kiosk.sync(secret_blocks=(SecretBlock(secret_hash(RANDOM_SECRET), "blocked", True, TUESDAY),))
    result = kiosk.service.scan(RANDOM_SECRET, ScanSource.SCANNER)
    assert (result.outcome, result.registration_id) == (Outcome.BLOCKED, 202)
    assert result.badge_name == ""  # the refusal shows a number, no name
    assert journal.count_check_ins(kiosk.db) == 0
    assert kiosk.printer.printed == []
    audit = journal.recent_audit(kiosk.db, 1)[0]
    assert (audit.action, audit.outcome) == ("scan", "blocked")


def test_an_unblocked_secret_checks_in_again(kiosk: Kiosk) -> None:
    hashed = secret_hash(RANDOM_SECRET)
    kiosk.sync(secret_blocks=(SecretBlock(hashed, "blocked", True, MONDAY_MORNING),))
    later = MONDAY_MORNING + timedelta(minutes=5)
    kiosk.sync(secret_blocks=(SecretBlock(hashed, "blocked", False, later),))
    assert kiosk.outcome(RANDOM_SECRET) is Outcome.CHECKED_IN


def test_a_revoked_secret_gets_the_revoked_refusal_even_on_the_roster(kiosk: Kiosk) -> None:
    kiosk.sync(secret_blocks=(SecretBlock(secret_hash(ON_ROSTER), "revoked", True, TUESDAY),))
    result = kiosk.service.check(ON_ROSTER, MONDAY_MORNING)
    assert (result.outcome, result.registration_id) == (Outcome.REVOKED, 201)


def test_a_revoked_signed_ticket_is_refused_although_its_signature_is_good(kiosk: Kiosk) -> None:
    kiosk.sync(secret_blocks=(SecretBlock(secret_hash(SOLD_LATER), "revoked", True, TUESDAY),))
    result = kiosk.service.check(SOLD_LATER, MONDAY_MORNING)
    assert (result.outcome, result.registration_id) == (Outcome.REVOKED, None)


def test_a_blocked_signed_ticket_nobody_holds_is_blocked(kiosk: Kiosk) -> None:
    kiosk.sync(secret_blocks=(SecretBlock(secret_hash(SOLD_LATER), "blocked", True, TUESDAY),))
    assert kiosk.outcome(SOLD_LATER) is Outcome.BLOCKED


# --- signed tickets the roster does not hold ----------------------------------------------------


def test_a_genuine_ticket_sold_after_the_last_sync_is_told_apart(kiosk: Kiosk) -> None:
    result = kiosk.service.scan(SOLD_LATER, ScanSource.CAMERA)
    assert (result.outcome, result.registration_id) == (Outcome.NOT_SYNCED_YET, None)
    assert not result.is_success
    assert journal.count_check_ins(kiosk.db) == 0
    assert kiosk.printer.printed == []


def test_once_synced_the_same_ticket_checks_in(kiosk: Kiosk) -> None:
    assert kiosk.outcome(SOLD_LATER) is Outcome.NOT_SYNCED_YET
    entry = SecretEntry(203, secret_hash(SOLD_LATER))
    participants.replace_secrets(kiosk.db, [entry], SecretSource.PRETIX)
    assert kiosk.outcome(SOLD_LATER) is Outcome.COLLECT_AT_DESK  # 203 is a VIP: usual rules


def test_a_tampered_ticket_is_not_valid(kiosk: Kiosk) -> None:
    index = len(SOLD_LATER) // 2
    swapped = "B" if SOLD_LATER[index] != "B" else "C"
    tampered = SOLD_LATER[:index] + swapped + SOLD_LATER[index + 1 :]
    assert kiosk.outcome(tampered) is Outcome.BAD_SIGNATURE


def test_a_ticket_signed_with_a_key_the_kiosk_does_not_hold_is_not_valid(kiosk: Kiosk) -> None:
    forged = sign_secret(encode_ticket(SignedTicket("forgedCCC", item=1)), FORGER)
    assert kiosk.outcome(forged) is Outcome.BAD_SIGNATURE


def test_a_key_synced_later_is_used_without_a_restart(kiosk: Kiosk) -> None:
    rotated = sign_secret(encode_ticket(SignedTicket("rotatedDD", item=2)), FORGER)
    assert kiosk.outcome(rotated) is Outcome.BAD_SIGNATURE
    kiosk.sync(ticket_keys=(key_of(FORGER),))
    assert kiosk.outcome(rotated) is Outcome.NOT_SYNCED_YET


def test_a_ticket_outside_its_validity_is_not_valid_today(kiosk: Kiosk) -> None:
    day = int(TUESDAY.timestamp())
    tuesday_only = ticket("tuesdayEE", item=1, valid_from=day - 3600, valid_until=day + 3600)
    assert kiosk.outcome(tuesday_only, MONDAY_MORNING) is Outcome.NOT_VALID_TODAY
    assert kiosk.outcome(tuesday_only, TUESDAY) is Outcome.NOT_SYNCED_YET


def test_a_genuine_ticket_on_a_day_the_event_does_not_open_is_not_valid_today(
    kiosk: Kiosk,
) -> None:
    after = datetime(2022, 6, 10, 8, 0, tzinfo=UTC)
    assert kiosk.outcome(SOLD_LATER, after) is Outcome.NOT_VALID_TODAY


def test_the_real_pretix_one_day_ticket_is_decided_by_its_own_window(kiosk: Kiosk) -> None:
    event = recorded("signed-event")
    published = event["valid_keys"]["pretix_sig1"]  # type: ignore[index]
    raw = raw_key_from_pretix(published[0])
    assert raw is not None
    kiosk.sync(ticket_keys=(TicketKey(SCHEME, key_id(raw), raw, EVENT.id),))
    order = recorded("signed-order-spk-one-day")
    secret = order["positions"][0]["secret"]  # type: ignore[index]
    assert kiosk.outcome(secret, MONDAY_MORNING) is Outcome.NOT_VALID_TODAY
    assert kiosk.outcome(secret, TUESDAY) is Outcome.NOT_SYNCED_YET
    plain = recorded("signed-order-par")["positions"][0]["secret"]  # type: ignore[index]
    assert kiosk.outcome(plain, MONDAY_MORNING) is Outcome.NOT_SYNCED_YET


@pytest.mark.parametrize(
    "text",
    [
        "az9u4mymhqktrbupmwkvv6xmgds5dk3q",  # a random secret nobody holds
        "=" + "A" * 200,  # base64-looking junk
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQB",
    ],
)
def test_an_opaque_text_that_is_no_signed_ticket_is_still_unknown(kiosk: Kiosk, text: str) -> None:
    assert kiosk.outcome(text) is Outcome.UNKNOWN_PARTICIPANT


def test_junk_too_long_for_a_secret_is_refused_before_any_check(kiosk: Kiosk) -> None:
    assert kiosk.outcome("A" * 10_000) is Outcome.MALFORMED
    assert kiosk.outcome("\x00\xff" * 50) is Outcome.MALFORMED


def test_the_log_never_holds_a_secret_or_a_name(
    kiosk: Kiosk, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk.sync(secret_blocks=(SecretBlock(secret_hash(RANDOM_SECRET), "blocked", True, TUESDAY),))
    with caplog.at_level(logging.INFO):
        for text in (SOLD_LATER, RANDOM_SECRET, ON_ROSTER):
            kiosk.service.scan(text, ScanSource.SCANNER)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "blocked" in logged
    assert "not on this kiosk yet" in logged
    for secret in (SOLD_LATER, RANDOM_SECRET, ON_ROSTER, "Haddad", "Zhou"):
        assert secret not in logged


# --- the desk says the same ---------------------------------------------------------------------


def test_the_desk_names_each_ticket_problem(kiosk: Kiosk) -> None:
    kiosk.sync(
        secret_blocks=(
            SecretBlock(secret_hash(RANDOM_SECRET), "blocked", True, TUESDAY),
            SecretBlock(secret_hash(SOLD_LATER), "revoked", True, TUESDAY),
        )
    )
    blocked = identify_code(kiosk.service, RANDOM_SECRET)
    assert (blocked.registration_id, blocked.notice) == (202, CodeNotice.BLOCKED)
    assert identify_code(kiosk.service, SOLD_LATER).problem is CodeProblem.REVOKED_TICKET
    unsynced = ticket("deskFFFFF", item=1)
    assert identify_code(kiosk.service, unsynced).problem is CodeProblem.NOT_ON_ROSTER
    forged = sign_secret(encode_ticket(SignedTicket("forgedGGG")), FORGER)
    assert identify_code(kiosk.service, forged).problem is CodeProblem.BAD_SIGNATURE
    late = ticket("lateHHHHH", valid_until=int(MONDAY_MORNING.timestamp()) - 60)
    assert identify_code(kiosk.service, late).problem is CodeProblem.NOT_VALID_NOW
    kiosk.sync(secret_blocks=(SecretBlock(secret_hash(unsynced), "blocked", True, TUESDAY),))
    assert identify_code(kiosk.service, unsynced).problem is CodeProblem.BLOCKED
    assert journal.count_check_ins(kiosk.db) == 0
