"""The decision for an unsigned code matched in the roster: only a roster entry admits."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from wsis_event import DELEGATE, EVENT, MONDAY, VIP

from kiosk.core.checkin import CheckInFacts, Decision, Outcome, decide_matched
from kiosk.core.model import BadgeCategory, Participant, ParticipantStatus

PERSON = Participant(22000001, 22, "Amina", "Diallo", "Amina Diallo", category="DEL")
AT = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)


def facts(person: Participant | None, category: BadgeCategory = DELEGATE, today: date = MONDAY):
    return CheckInFacts(EVENT, today, person, category)


def test_a_matched_registration_checks_in_with_the_next_badge_version() -> None:
    decision = decide_matched(facts(replace(PERSON, badge_version=2)))
    assert decision == Decision(Outcome.CHECKED_IN, 22000001, 3)


def test_no_roster_entry_admits_no_one() -> None:
    # Unlike a signed code with an embedded name, an unsigned code has nothing else to go on.
    assert decide_matched(facts(None)) == Decision(Outcome.UNKNOWN_PARTICIPANT)


@pytest.mark.parametrize(
    ("person", "category", "today", "outcome"),
    [
        (replace(PERSON, event_id=23), DELEGATE, MONDAY, Outcome.WRONG_EVENT),
        (PERSON, DELEGATE, date(2022, 6, 4), Outcome.NOT_VALID_TODAY),
        (replace(PERSON, valid_from=date(2022, 6, 1)), DELEGATE, MONDAY, Outcome.NOT_VALID_TODAY),
        (replace(PERSON, status=ParticipantStatus.CANCELLED), DELEGATE, MONDAY, Outcome.REVOKED),
        (replace(PERSON, collected_at=AT), DELEGATE, MONDAY, Outcome.ALREADY_COLLECTED),
        (PERSON, VIP, MONDAY, Outcome.COLLECT_AT_DESK),
    ],
)
def test_the_usual_rules_refuse(
    person: Participant, category: BadgeCategory, today: date, outcome: Outcome
) -> None:
    decision = decide_matched(facts(person, category, today))
    assert decision == Decision(outcome, 22000001)
