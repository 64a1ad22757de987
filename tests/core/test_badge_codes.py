"""Badge QR B2 (signed by a kiosk's device key) and B1 (unsigned): the vectors of
docs/credential-format.md, and what every kind of bad input gets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.badge_codes import (
    B2_DIGITS,
    BadgeCode,
    BadgeCodeError,
    BadgeFormat,
    BadgeProblem,
    b1_text,
    is_badge_text,
    read_badge,
    sign_badge,
    verify_badge,
)
from kiosk.core.credentials import KeyStatus, PublicKey, new_signing_key, public_from_private
from kiosk.core.device_keys import device_key_id

TEST_KEY = bytes(range(32))
TEST_PUBLIC = public_from_private(TEST_KEY)
KEY_ID = device_key_id(TEST_PUBLIC)  # 1447516839 = 0x56475aa7
KEYS = {KEY_ID: PublicKey(KEY_ID, TEST_PUBLIC)}
EVENT = 22
VECTOR_1 = (
    "289067291814726720041405271162874844207113461139681510999406517522162263161494749821371788"
    "5276431759030428087458426957801879161858335725281843012257916287528946763428599943636905992"
)
VECTOR_2 = (
    "289067291814726720045007920192992520802268030271885463572037406231806077323078401092003665"
    "0866517402237945889657514260024065529925184634370735470787670787901011671731798651629874444"
)


def _blob(text: str) -> bytearray:
    return bytearray(int(text).to_bytes(75, "big"))


def _text(blob: bytes) -> str:
    return str(int.from_bytes(blob, "big"))


def test_the_documented_vectors_are_reproduced_and_verify() -> None:
    assert KEY_ID == 1447516839
    assert sign_badge(22000001, 1, EVENT, KEY_ID, TEST_KEY) == VECTOR_1
    assert sign_badge(22000042, 3, EVENT, KEY_ID, TEST_KEY) == VECTOR_2
    assert _blob(VECTOR_2)[:11].hex() == "b256475aa7014fb1aa0003"
    assert verify_badge(VECTOR_2, EVENT, KEYS) == BadgeCode(22000042, 3, KEY_ID, BadgeFormat.SIGNED)


@pytest.mark.parametrize(
    ("registration", "version"), [(1, 1), (22000042, 3), (0xFFFF_FFFF, 0xFFFF), (255, 256)]
)
def test_every_b2_is_181_digits_and_round_trips(registration: int, version: int) -> None:
    private, public = new_signing_key()
    key_id = device_key_id(public)
    text = sign_badge(registration, version, EVENT, key_id, private)
    assert len(text) == B2_DIGITS
    assert is_badge_text(text)
    badge = verify_badge(text, EVENT, {key_id: PublicKey(key_id, public)})
    assert (badge.registration_id, badge.badge_version, badge.device_key_id) == (
        registration,
        version,
        key_id,
    )


@pytest.mark.parametrize(
    ("registration", "version"), [(0, 1), (1, 0), (2**32, 1), (1, 2**16), (-1, 1)]
)
def test_numbers_that_do_not_fit_are_refused_when_signing(registration: int, version: int) -> None:
    with pytest.raises(ValueError, match="does not fit"):
        sign_badge(registration, version, EVENT, KEY_ID, TEST_KEY)


@pytest.mark.parametrize(
    ("offset", "field"),
    [(5, "registration id"), (9, "badge version"), (10, "badge version"), (11, "signature"),
     (74, "signature")],
)  # fmt: skip
def test_changing_any_signed_field_breaks_the_signature(offset: int, field: str) -> None:
    blob = _blob(VECTOR_2)
    blob[offset] ^= 0x01
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(_text(blob), EVENT, KEYS)
    assert caught.value.problem is BadgeProblem.BAD_SIGNATURE, field


def test_a_changed_key_id_names_a_key_the_reader_does_not_know() -> None:
    blob = _blob(VECTOR_2)
    blob[4] ^= 0x01
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(_text(blob), EVENT, KEYS)
    assert caught.value.problem is BadgeProblem.UNKNOWN_KEY


def test_a_badge_of_another_event_does_not_verify() -> None:
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(VECTOR_2, 23, KEYS)
    assert caught.value.problem is BadgeProblem.BAD_SIGNATURE


def test_a_badge_signed_by_another_key_under_a_known_id_fails_the_signature() -> None:
    """A badge made at home: someone's registration, a real kiosk's key id, the wrong key."""
    forger, _ = new_signing_key()
    forged = sign_badge(22000042, 4, EVENT, KEY_ID, forger)
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(forged, EVENT, KEYS)
    assert caught.value.problem is BadgeProblem.BAD_SIGNATURE


def test_a_badge_from_a_key_the_reader_never_synced_is_unknown() -> None:
    private, public = new_signing_key()
    text = sign_badge(22000042, 1, EVENT, device_key_id(public), private)
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(text, EVENT, KEYS)
    assert caught.value.problem is BadgeProblem.UNKNOWN_KEY


def test_a_badge_from_a_revoked_device_key_is_refused() -> None:
    revoked = {KEY_ID: PublicKey(KEY_ID, TEST_PUBLIC, KeyStatus.REVOKED)}
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(VECTOR_2, EVENT, revoked)
    assert caught.value.problem is BadgeProblem.KEY_REVOKED


def test_a_damaged_public_key_in_the_keyring_is_a_failed_signature_not_a_crash() -> None:
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(VECTOR_2, EVENT, {KEY_ID: PublicKey(KEY_ID, b"short")})
    assert caught.value.problem is BadgeProblem.BAD_SIGNATURE


def test_b1_reads_as_unsigned() -> None:
    assert b1_text(22000042, 3) == "B1-22000042-3"
    assert read_badge("B1-22000042-3") == BadgeCode(22000042, 3, None, BadgeFormat.UNSIGNED)
    assert is_badge_text("B1-22000042-3")
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge("B1-22000042-3", EVENT, KEYS)
    assert caught.value.problem is BadgeProblem.UNSIGNED


@pytest.mark.parametrize(
    "text",
    [
        "B1-022000042-3",  # leading zero
        "B1-22000042-03",
        "B1-0-1",
        "B1-22000042-0",
        "B1-22000042",
        "B1-22000042-3-1",
        "B1--3",
        "B1-4294967296-1",  # over u32
        "B1-1-65536",
        "B1-٢٢٠٠٠٠٤٢-3",  # Arabic-Indic digits
        "B1-２２-3",  # full-width digits
        "B1-22000042-3\n",
        "B1-22000042-3 ",
        "B1-12345678901-1",
    ],
)
def test_malformed_b1_is_refused(text: str) -> None:
    with pytest.raises(BadgeCodeError) as caught:
        read_badge(text)
    assert caught.value.problem is BadgeProblem.MALFORMED


@pytest.mark.parametrize(
    "text",
    [
        "",
        "0" + VECTOR_2[1:],  # first digit changed to a leading zero
        "0" + VECTOR_2,  # a leading zero in front
        VECTOR_2[:-1],  # one digit short
        VECTOR_2 + "0",  # one digit long
        VECTOR_2[:-1] + "٤",  # a non-ASCII digit
        VECTOR_2.replace("2", "２", 1),
        "9" * B2_DIGITS,  # right length, not B2
        "1" + "0" * (B2_DIGITS - 1),
        "x" * 10_000,
        "9" * 10_000,
        "B2-22000042-3",
    ],
)
def test_malformed_b2_is_refused_before_any_key_lookup(text: str) -> None:
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(text, EVENT, {})
    assert caught.value.problem is BadgeProblem.MALFORMED


def test_a_b2_with_registration_or_version_zero_is_malformed_even_if_signed() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.core import badge_codes

    body = badge_codes.B2_BODY.pack(0xB2, KEY_ID, 22000042, 0)
    signed = badge_codes.CONTEXT + badge_codes.B2_EVENT.pack(EVENT) + body
    text = _text(body + Ed25519PrivateKey.from_private_bytes(TEST_KEY).sign(signed))
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(text, EVENT, KEYS)
    assert caught.value.problem is BadgeProblem.MALFORMED


@pytest.mark.parametrize(
    "text",
    ["", "KIOSK-PRINT-TEST", "9" * B2_DIGITS, "1" * 188, "x" * 10_000, "b1-1-1", "B2-1-1"],
)
def test_other_texts_are_not_badge_codes(text: str) -> None:
    assert not is_badge_text(text)


def test_a_credential_is_not_a_badge_code() -> None:
    from datetime import UTC, datetime

    from kiosk.core.credentials import Credential, sign_credential

    code = sign_credential(
        Credential(1, 22, 22000001, 1, 0, datetime(2022, 5, 1, tzinfo=UTC)), TEST_KEY
    )
    assert not is_badge_text(code)
    with pytest.raises(BadgeCodeError):
        read_badge(code)


@given(position=st.integers(0, B2_DIGITS - 1), digit=st.sampled_from("0123456789"))
def test_no_single_changed_digit_verifies(position: int, digit: str) -> None:
    changed = VECTOR_2[:position] + digit + VECTOR_2[position + 1 :]
    if changed == VECTOR_2:
        return
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(changed, EVENT, KEYS)
    assert caught.value.problem in (
        BadgeProblem.MALFORMED,
        BadgeProblem.BAD_SIGNATURE,
        BadgeProblem.UNKNOWN_KEY,
    )


@given(st.text(max_size=300) | st.from_regex(r"B1-[0-9٠-٩]{0,12}-[0-9]{0,6}", fullmatch=True))
def test_any_text_gets_one_clear_refusal(text: str) -> None:
    """Random text is malformed; only a well-formed B1 (ASCII digits, no leading zero, in range)
    reads as unsigned."""
    with pytest.raises(BadgeCodeError) as caught:
        verify_badge(text, EVENT, KEYS)
    if caught.value.problem is BadgeProblem.UNSIGNED:
        match = re.fullmatch(r"B1-([1-9][0-9]*)-([1-9][0-9]*)", text, re.ASCII)
        assert match is not None
        assert int(match[1]) < 2**32
        assert int(match[2]) < 2**16
    else:
        assert caught.value.problem is BadgeProblem.MALFORMED
