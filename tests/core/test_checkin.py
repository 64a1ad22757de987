"""The check-in decision table: one row per outcome, in the documented order of checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from wsis_event import DELEGATE, EVENT, MONDAY, VIP

from kiosk.core.checkin import CheckInFacts, Outcome, decide
from kiosk.core.credentials import Credential
from kiosk.core.model import Participant, ParticipantStatus

PERSON = Participant(22000001, 22, "Amina", "Diallo", "Amina Diallo", category="DEL")
CODE = Credential(1, 22, 22000001, 1, 0, datetime(2022, 5, 1, tzinfo=UTC))
AT = datetime(2022, 5, 29, 7, 0, tzinfo=UTC)

ROWS = [
    # case, credential changes, person (None: not in roster), category, today, revoked, outcome
    ("first valid scan", {}, PERSON, DELEGATE, MONDAY, False, Outcome.CHECKED_IN),
    (
        "pick-up day before opening",
        {},
        PERSON,
        DELEGATE,
        date(2022, 5, 29),
        False,
        Outcome.CHECKED_IN,
    ),
    ("last day", {}, PERSON, DELEGATE, date(2022, 6, 3), False, Outcome.CHECKED_IN),
    (
        "already collected",
        {},
        replace(PERSON, collected_at=AT, badge_version=1),
        DELEGATE,
        MONDAY,
        False,
        Outcome.ALREADY_COLLECTED,
    ),
    ("another event", {"event_id": 23}, PERSON, DELEGATE, MONDAY, False, Outcome.WRONG_EVENT),
    (
        "before pick-up opens",
        {},
        PERSON,
        DELEGATE,
        date(2022, 5, 28),
        False,
        Outcome.NOT_VALID_TODAY,
    ),
    ("after the event", {}, PERSON, DELEGATE, date(2022, 6, 4), False, Outcome.NOT_VALID_TODAY),
    (
        "day pass for Wednesday only",
        {},
        replace(PERSON, valid_from=date(2022, 6, 1), valid_until=date(2022, 6, 1)),
        DELEGATE,
        MONDAY,
        False,
        Outcome.NOT_VALID_TODAY,
    ),
    (
        "registration revoked",
        {},
        replace(PERSON, status=ParticipantStatus.REVOKED),
        DELEGATE,
        MONDAY,
        False,
        Outcome.REVOKED,
    ),
    (
        "registration cancelled",
        {},
        replace(PERSON, status=ParticipantStatus.CANCELLED),
        DELEGATE,
        MONDAY,
        False,
        Outcome.REVOKED,
    ),
    ("code on the revocation list", {}, PERSON, DELEGATE, MONDAY, True, Outcome.REVOKED),
    (
        "older code after a reissue",
        {"reissue": 0},
        replace(PERSON, reissue=1),
        DELEGATE,
        MONDAY,
        False,
        Outcome.SUPERSEDED,
    ),
    (
        "newer code than the roster knows",
        {"reissue": 2},
        replace(PERSON, reissue=1),
        DELEGATE,
        MONDAY,
        False,
        Outcome.CHECKED_IN,
    ),
    (
        "unknown registration, no name",
        {},
        None,
        DELEGATE,
        MONDAY,
        False,
        Outcome.UNKNOWN_PARTICIPANT,
    ),
    (
        "unknown registration with embedded name",
        {"badge_name": "Li Wei"},
        None,
        DELEGATE,
        MONDAY,
        False,
        Outcome.CHECKED_IN,
    ),
    (
        "VIP collects at the desk",
        {"category": 6},
        replace(PERSON, category="VIP"),
        VIP,
        MONDAY,
        False,
        Outcome.COLLECT_AT_DESK,
    ),
    (
        "VIP already collected by focal point",
        {"category": 6},
        replace(PERSON, category="VIP", collected_at=AT),
        VIP,
        MONDAY,
        False,
        Outcome.ALREADY_COLLECTED,
    ),
]


@pytest.mark.parametrize(
    ("changes", "person", "category", "today", "revoked", "outcome"),
    [row[1:] for row in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_decision_table(changes, person, category, today, revoked, outcome) -> None:  # type: ignore[no-untyped-def]
    facts = CheckInFacts(EVENT, today, person, category, pair_revoked=revoked)
    decision = decide(replace(CODE, **changes), facts)
    assert decision.outcome is outcome
    assert decision.registration_id == CODE.registration_id
    assert decision.prints_badge is (outcome is Outcome.CHECKED_IN)


def test_every_decidable_outcome_has_a_row() -> None:
    credential_outcomes = {
        Outcome.EMPTY,
        Outcome.MALFORMED,
        Outcome.UNSUPPORTED_VERSION,
        Outcome.BAD_SIGNATURE,
        Outcome.UNKNOWN_KEY,
        Outcome.KEY_REVOKED,
        Outcome.BLOCKED,  # other registries' lists and signed tickets: test_check_in_tickets
        Outcome.NOT_SYNCED_YET,
    }  # those come from parsing: test_credentials and the service tests cover them
    assert {row[-1] for row in ROWS} == set(Outcome) - credential_outcomes


def test_a_check_in_prints_the_next_badge_version() -> None:
    reprinted = replace(PERSON, badge_version=2)  # two earlier badges were voided at the desk
    decision = decide(CODE, CheckInFacts(EVENT, MONDAY, reprinted, DELEGATE))
    assert decision.badge_version == 3
