"""The door decision for a scanned badge QR (pure): is this the person's valid badge right now?

A badge is valid only if its signature verifies against a device key the reader has synced AND,
when the reader's journal knows the person's badges, it is the current one by badge version and
signing device key. A badge newer than anything the journal knows is valid on its signature alone
(the reader has not synced it yet). B1 badges prove nothing: refused unless the reader allows
unsigned badges for a transition, and then only when the journal holds exactly that badge as active.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.core.badge_codes import (
    BadgeCode,
    BadgeCodeError,
    BadgeProblem,
    DeviceKeyring,
    is_badge_text,
    read_badge,
    verify_badge,
)

MAX_BADGE_CHARS = 512  # a B2 is 181 digits; anything much longer is junk, refused unparsed


class DoorVerdict(enum.Enum):
    """Every answer a door check can give; only VALID lets the person in."""

    VALID = "valid"
    MALFORMED = "malformed"
    UNSIGNED = "unsigned"
    UNKNOWN_KEY = "unknown-key"
    KEY_REVOKED = "key-revoked"
    BAD_SIGNATURE = "bad-signature"
    SUPERSEDED = "superseded"  # a later badge, or staff, deactivated this one
    NOT_ISSUED = "not-issued"  # the journal's badge of this version is another one
    REVOKED = "revoked"  # the registration itself is cancelled or revoked


_FROM_PROBLEM = {problem: DoorVerdict(problem.value) for problem in BadgeProblem}


@dataclass(frozen=True, slots=True)
class KnownBadge:
    """A badge print the reader's journal holds (its own or synced from the registry)."""

    badge_version: int
    device_key_id: int | None  # None: printed unsigned (B1)
    active: bool


@dataclass(frozen=True, slots=True)
class DoorFacts:
    """What the reader knows about the registration a badge names."""

    event_id: int
    known_badges: Sequence[KnownBadge] = ()
    registration_revoked: bool = False


@dataclass(frozen=True, slots=True)
class DoorDecision:
    verdict: DoorVerdict
    badge: BadgeCode | None = None  # None when the text is not a badge QR at all

    @property
    def is_valid(self) -> bool:
        return self.verdict is DoorVerdict.VALID


def read_for_door(text: str, event_id: int, keys: DeviceKeyring) -> BadgeCode | DoorDecision:
    """The verified badge in ``text``, or the refusal (an unsigned B1 is returned as a refusal
    that still carries the badge, so a caller can look it up for the transition rule)."""
    text = text.strip()
    if len(text) > MAX_BADGE_CHARS:
        return DoorDecision(DoorVerdict.MALFORMED)
    try:
        return verify_badge(text, event_id, keys)
    except BadgeCodeError as exc:
        badge = read_badge(text) if exc.problem is BadgeProblem.UNSIGNED else None
        return DoorDecision(_FROM_PROBLEM[exc.problem], badge)


def claimed_registration(text: str) -> int | None:
    """The registration a badge QR names, unverified (to look up the journal), or None."""
    text = text.strip()
    if len(text) > MAX_BADGE_CHARS or not is_badge_text(text):
        return None
    try:
        return read_badge(text).registration_id
    except BadgeCodeError:
        return None


def decide_door(
    text: str, keys: DeviceKeyring, facts: DoorFacts, *, allow_unsigned: bool = False
) -> DoorDecision:
    """Decide whether the badge QR ``text`` is the valid badge of its registration now."""
    read = read_for_door(text, facts.event_id, keys)
    if isinstance(read, DoorDecision):
        if read.badge is None or not allow_unsigned:
            return read
        read = read.badge  # transition rule: a B1 the journal holds exactly, as active
    return DoorDecision(_journal_verdict(read, facts), read)


def _journal_verdict(badge: BadgeCode, facts: DoorFacts) -> DoorVerdict:
    if facts.registration_revoked:
        return DoorVerdict.REVOKED
    if _exact(badge, facts.known_badges, active=True):
        return DoorVerdict.VALID
    if _exact(badge, facts.known_badges, active=False):
        return DoorVerdict.SUPERSEDED
    return _mismatch(badge, facts.known_badges)


def _exact(badge: BadgeCode, known: Sequence[KnownBadge], *, active: bool) -> bool:
    return any(
        k.badge_version == badge.badge_version
        and k.device_key_id == badge.device_key_id
        and k.active is active
        for k in known
    )


def _mismatch(badge: BadgeCode, known: Sequence[KnownBadge]) -> DoorVerdict:
    """No journal entry is this badge: newer than all it knows (valid on the signature alone; an
    unsigned one has nothing to vouch for it), another badge of the same version, or older."""
    newest = max((k.badge_version for k in known), default=0)
    if badge.badge_version > newest:
        return DoorVerdict.VALID if badge.is_signed else DoorVerdict.NOT_ISSUED
    if any(k.badge_version == badge.badge_version for k in known):
        return DoorVerdict.NOT_ISSUED
    return DoorVerdict.SUPERSEDED
