"""The check-in decision: what a kiosk does with a verified credential (pure; `today` passed in)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from kiosk.core.credentials import Credential, CredentialProblem, issued_in_future
from kiosk.core.model import BadgeCategory, Event, Participant, ParticipantStatus


class Outcome(enum.Enum):
    """Every answer a scan can get. The UI turns each into its own screen and text."""

    CHECKED_IN = "checked-in"
    ALREADY_COLLECTED = "already-collected"
    EMPTY = "empty"
    MALFORMED = "malformed"
    UNSUPPORTED_VERSION = "unsupported-version"
    BAD_SIGNATURE = "bad-signature"
    UNKNOWN_KEY = "unknown-key"
    KEY_REVOKED = "key-revoked"
    WRONG_EVENT = "wrong-event"
    NOT_VALID_TODAY = "not-valid-today"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    UNKNOWN_PARTICIPANT = "unknown-participant"
    COLLECT_AT_DESK = "collect-at-desk"
    # Other registries' tickets (pretix; docs/pretix-offline.md):
    BLOCKED = "blocked"  # the organiser blocked this ticket (for now): see the desk
    NOT_SYNCED_YET = "not-synced-yet"  # a genuine signed ticket this kiosk has no record of yet

    @property
    def is_success(self) -> bool:
        return self is Outcome.CHECKED_IN


FROM_PROBLEM = {
    CredentialProblem.MALFORMED: Outcome.MALFORMED,
    CredentialProblem.UNSUPPORTED_VERSION: Outcome.UNSUPPORTED_VERSION,
    CredentialProblem.UNKNOWN_KEY: Outcome.UNKNOWN_KEY,
    CredentialProblem.KEY_REVOKED: Outcome.KEY_REVOKED,
    CredentialProblem.BAD_SIGNATURE: Outcome.BAD_SIGNATURE,
}


@dataclass(frozen=True, slots=True)
class CheckInFacts:
    """What the kiosk knows locally about the person a verified credential names."""

    event: Event
    today: date  # in the event's time zone
    participant: Participant | None
    category: BadgeCategory | None
    pair_revoked: bool = False  # (registration, reissue) is on the revocation list
    # The journal, which decides "already collected" for everyone, on the roster or not:
    collected_at: datetime | None = None  # the first badge printed for the registration
    journal_version: int = 0  # the highest badge version printed or queued
    now: datetime | None = None  # the kiosk's clock, for codes issued in the future

    @property
    def is_collected(self) -> bool:
        person = self.participant
        return self.collected_at is not None or (person is not None and bool(person.collected_at))

    @property
    def next_version(self) -> int:
        known = self.participant.badge_version if self.participant else 0
        return max(known, self.journal_version) + 1


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    registration_id: int | None = None
    badge_version: int = 0  # the version to print, when outcome is CHECKED_IN

    @property
    def prints_badge(self) -> bool:
        return self.outcome is Outcome.CHECKED_IN


class _Claim(Protocol):
    """What a code claims about its holder: a signed credential, or a roster entry it matched."""

    @property
    def event_id(self) -> int: ...
    @property
    def reissue(self) -> int: ...
    @property
    def badge_name(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _RosterClaim:
    event_id: int
    reissue: int
    badge_name: str = ""


def decide(credential: Credential, facts: CheckInFacts) -> Decision:
    """Decide what happens to a verified credential, in the order of docs/credential-format.md."""
    outcome = _refusal(credential, facts)
    if outcome is not Outcome.WRONG_EVENT and _not_yet_valid(credential, facts):
        outcome = Outcome.NOT_VALID_TODAY  # issued in the future (credential-format.md, odd codes)
    if outcome is not None:
        return Decision(outcome, credential.registration_id)
    return Decision(Outcome.CHECKED_IN, credential.registration_id, facts.next_version)


def decide_matched(facts: CheckInFacts) -> Decision:
    """Decide for an unsigned code whose secret matched ``facts.participant`` in the roster.

    No signature vouches for such a code, so only a roster entry can admit; the same rules as for
    a signed code apply to it (wrong event, not valid today, revoked, already collected, desk).
    """
    person = facts.participant
    if person is None:
        return Decision(Outcome.UNKNOWN_PARTICIPANT)
    outcome = _refusal(_RosterClaim(person.event_id, person.reissue), facts)
    if outcome is not None:
        return Decision(outcome, person.registration_id)
    return Decision(Outcome.CHECKED_IN, person.registration_id, facts.next_version)


def _refusal(credential: _Claim, facts: CheckInFacts) -> Outcome | None:
    person = facts.participant
    if credential.event_id != facts.event.id:
        return Outcome.WRONG_EVENT
    if not _valid_on(facts.today, facts.event, person):
        return Outcome.NOT_VALID_TODAY
    if facts.pair_revoked or (person and person.status is not ParticipantStatus.REGISTERED):
        return Outcome.REVOKED
    if person and credential.reissue < person.reissue:
        return Outcome.SUPERSEDED
    if person is None and not credential.badge_name:
        return Outcome.UNKNOWN_PARTICIPANT
    if facts.is_collected:
        return Outcome.ALREADY_COLLECTED
    if facts.category is not None and facts.category.collect_at_desk:
        return Outcome.COLLECT_AT_DESK
    return None


def _not_yet_valid(credential: Credential, facts: CheckInFacts) -> bool:
    return facts.now is not None and issued_in_future(credential, facts.now)


def _valid_on(day: date, event: Event, person: Participant | None) -> bool:
    if not event.accepts_day(day):
        return False
    if person is None:
        return True
    if person.valid_from and day < person.valid_from:
        return False
    return not (person.valid_until and day > person.valid_until)
