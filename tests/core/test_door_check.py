"""The door decision: a badge is valid when its signature verifies and, if the journal knows the
person's badges, it is the current one (version and signing kiosk)."""

from __future__ import annotations

import pytest

from kiosk.core.badge_codes import sign_badge
from kiosk.core.credentials import KeyStatus, PublicKey, new_signing_key, public_from_private
from kiosk.core.device_keys import device_key_id
from kiosk.core.door_check import DoorFacts, DoorVerdict, KnownBadge, decide_door

KIOSK_A = bytes(range(32))
KIOSK_B = bytes(range(1, 33))
A = device_key_id(public_from_private(KIOSK_A))
B = device_key_id(public_from_private(KIOSK_B))
KEYS = {
    A: PublicKey(A, public_from_private(KIOSK_A)),
    B: PublicKey(B, public_from_private(KIOSK_B)),
}
EVENT = 22
REG = 22000042


def badge(version: int, private: bytes = KIOSK_A, registration: int = REG) -> str:
    key_id = device_key_id(public_from_private(private))
    return sign_badge(registration, version, EVENT, key_id, private)


def facts(*known: KnownBadge, revoked: bool = False) -> DoorFacts:
    return DoorFacts(EVENT, known, revoked)


def test_the_current_badge_is_valid() -> None:
    decision = decide_door(badge(2), KEYS, facts(KnownBadge(1, A, False), KnownBadge(2, A, True)))
    assert decision.is_valid
    assert decision.badge is not None
    assert (decision.badge.registration_id, decision.badge.badge_version) == (REG, 2)


def test_a_signed_badge_the_journal_knows_nothing_about_is_valid_on_its_signature() -> None:
    assert decide_door(badge(1), KEYS, facts()).verdict is DoorVerdict.VALID


def test_a_badge_newer_than_the_journal_is_valid_until_the_reader_syncs() -> None:
    decision = decide_door(badge(3, KIOSK_B), KEYS, facts(KnownBadge(2, A, True)))
    assert decision.verdict is DoorVerdict.VALID


def test_an_older_badge_replaced_by_a_reprint_is_superseded() -> None:
    known = facts(KnownBadge(1, A, False), KnownBadge(2, B, True))
    assert decide_door(badge(1), KEYS, known).verdict is DoorVerdict.SUPERSEDED


def test_a_lower_version_the_journal_never_saw_is_superseded() -> None:
    assert decide_door(badge(1), KEYS, facts(KnownBadge(3, A, True))).verdict is (
        DoorVerdict.SUPERSEDED
    )


def test_a_voided_badge_is_superseded_even_with_no_newer_one() -> None:
    assert decide_door(badge(1), KEYS, facts(KnownBadge(1, A, False))).verdict is (
        DoorVerdict.SUPERSEDED
    )


def test_of_two_offline_prints_with_one_version_only_the_winner_is_valid() -> None:
    """The registry deactivated kiosk B's badge 2 in favour of kiosk A's (conflict rule)."""
    known = facts(KnownBadge(2, A, True), KnownBadge(2, B, False))
    assert decide_door(badge(2, KIOSK_A), KEYS, known).is_valid
    assert decide_door(badge(2, KIOSK_B), KEYS, known).verdict is DoorVerdict.SUPERSEDED


def test_a_same_version_badge_from_a_kiosk_the_journal_does_not_list_is_not_issued() -> None:
    known = facts(KnownBadge(2, A, True))
    assert decide_door(badge(2, KIOSK_B), KEYS, known).verdict is DoorVerdict.NOT_ISSUED


def test_a_revoked_registration_refuses_even_its_current_badge() -> None:
    known = facts(KnownBadge(1, A, True), revoked=True)
    assert decide_door(badge(1), KEYS, known).verdict is DoorVerdict.REVOKED


def test_a_badge_made_at_home_with_someone_elses_registration_is_refused() -> None:
    home_key, home_public = new_signing_key()
    own_id = device_key_id(home_public)
    made_with_own_key = sign_badge(REG, 5, EVENT, own_id, home_key)
    made_with_kiosk_id = sign_badge(REG, 5, EVENT, A, home_key)
    assert decide_door(made_with_own_key, KEYS, facts()).verdict is DoorVerdict.UNKNOWN_KEY
    assert decide_door(made_with_kiosk_id, KEYS, facts()).verdict is DoorVerdict.BAD_SIGNATURE
    assert decide_door(f"B1-{REG}-5", KEYS, facts()).verdict is DoorVerdict.UNSIGNED


def test_a_badge_from_a_revoked_kiosk_is_refused() -> None:
    keys = {**KEYS, A: PublicKey(A, public_from_private(KIOSK_A), KeyStatus.REVOKED)}
    assert decide_door(badge(1), keys, facts(KnownBadge(1, A, True))).verdict is (
        DoorVerdict.KEY_REVOKED
    )


def test_b1_is_refused_as_unsigned_by_default_even_when_the_journal_holds_it() -> None:
    decision = decide_door("B1-22000042-1", KEYS, facts(KnownBadge(1, None, True)))
    assert decision.verdict is DoorVerdict.UNSIGNED
    assert decision.badge is not None
    assert decision.badge.registration_id == REG


@pytest.mark.parametrize(
    ("known", "verdict"),
    [
        ((KnownBadge(1, None, True),), DoorVerdict.VALID),
        ((KnownBadge(1, None, False), KnownBadge(2, None, True)), DoorVerdict.SUPERSEDED),
        ((KnownBadge(1, A, True),), DoorVerdict.NOT_ISSUED),  # the real badge 1 is signed
        ((), DoorVerdict.NOT_ISSUED),  # nothing vouches for an unsigned badge
        ((KnownBadge(0, None, True),), DoorVerdict.NOT_ISSUED),
    ],
)
def test_b1_in_transition_is_valid_only_when_the_journal_holds_exactly_it(
    known: tuple[KnownBadge, ...], verdict: DoorVerdict
) -> None:
    decision = decide_door("B1-22000042-1", KEYS, facts(*known), allow_unsigned=True)
    assert decision.verdict is verdict


def test_b1_in_transition_still_honours_a_revoked_registration() -> None:
    known = facts(KnownBadge(1, None, True), revoked=True)
    decision = decide_door("B1-22000042-1", KEYS, known, allow_unsigned=True)
    assert decision.verdict is DoorVerdict.REVOKED


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("", DoorVerdict.MALFORMED),
        ("hello", DoorVerdict.MALFORMED),
        ("9" * 10_000, DoorVerdict.MALFORMED),
        ("B1-x-1", DoorVerdict.MALFORMED),
        ("  B1-22000042-1\r\n", DoorVerdict.UNSIGNED),  # scanner whitespace is trimmed
    ],
)
def test_junk_gets_a_refusal_not_an_exception(text: str, verdict: DoorVerdict) -> None:
    decision = decide_door(text, KEYS, facts())
    assert decision.verdict is verdict
    assert not decision.is_valid
