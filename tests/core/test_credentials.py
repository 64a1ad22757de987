"""Credentials v1: the test vectors of docs/credential-format.md and every way a code can be bad."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.core.credentials import (
    Credential,
    CredentialError,
    CredentialProblem,
    KeyStatus,
    PublicKey,
    blob_to_digits,
    digits_to_blob,
    new_signing_key,
    pack_body,
    public_from_private,
    sign_credential,
    verify_credential,
)

TEST_KEY = bytes(range(32))
KEYRING = {1: PublicKey(1, public_from_private(TEST_KEY))}
VECTOR_1 = Credential(1, 22, 22000001, 1, 0, datetime(2022, 5, 1, 9, 0, tzinfo=UTC))
VECTOR_1_CODE = (
    "739694640643019081439493240627839929082166043778437152833334842597888752744879143444117709"
    "615226695205297896087670914239816651193467814586992619047845944786029554757894592205355132"
    "37418758"
)
VECTOR_2 = Credential(
    1, 22, 22000042, 6, 2, datetime(2022, 5, 20, 12, 30, tzinfo=UTC), badge_name="محمد علي"
)


def test_vector_1_matches_the_documented_digits() -> None:
    assert pack_body(VECTOR_1).hex() == "10010016014fb1810100626e4c10"
    assert sign_credential(VECTOR_1, TEST_KEY) == VECTOR_1_CODE
    assert len(VECTOR_1_CODE) == 188
    assert verify_credential(VECTOR_1_CODE, KEYRING) == VECTOR_1


def test_vector_2_carries_an_arabic_badge_name() -> None:
    code = sign_credential(VECTOR_2, TEST_KEY)
    assert pack_body(VECTOR_2).hex() == (
        "11010016014fb1aa0602628789c80fd985d8add985d8af20d8b9d984d98a"
    )
    assert code.startswith("2526304160107290494374312581")
    assert verify_credential(code, KEYRING).badge_name == "محمد علي"


def test_fresh_keys_round_trip() -> None:
    private, public = new_signing_key()
    code = sign_credential(VECTOR_1, private)
    assert verify_credential(code, {1: PublicKey(1, public)}) == VECTOR_1


def test_leading_zero_bytes_survive_the_digits() -> None:
    blob = b"\x00\x00\x07" + bytes(80)
    assert digits_to_blob(blob_to_digits(blob)) == blob


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", CredentialProblem.MALFORMED),
        ("hello", CredentialProblem.MALFORMED),
        ("12 34", CredentialProblem.MALFORMED),
        ("١٢٣٤", CredentialProblem.MALFORMED),  # Arabic-Indic digits are not ASCII digits
        ("9" * 10_000, CredentialProblem.MALFORMED),
        ("\x00\x01\xff", CredentialProblem.MALFORMED),
        (VECTOR_1_CODE[:-10], CredentialProblem.MALFORMED),
        (VECTOR_1_CODE + "0", CredentialProblem.MALFORMED),
        ("123456", CredentialProblem.MALFORMED),
        ("0" + VECTOR_1_CODE, CredentialProblem.MALFORMED),
    ],
)
def test_junk_is_malformed(text: str, problem: CredentialProblem) -> None:
    with pytest.raises(CredentialError) as caught:
        verify_credential(text, KEYRING)
    assert caught.value.problem is problem


def test_every_single_digit_change_is_refused() -> None:
    for position in range(len(VECTOR_1_CODE)):
        digit = VECTOR_1_CODE[position]
        changed = (
            VECTOR_1_CODE[:position] + str((int(digit) + 1) % 10) + VECTOR_1_CODE[position + 1 :]
        )
        with pytest.raises(CredentialError) as caught:
            verify_credential(changed, KEYRING)
        assert caught.value.problem in {
            CredentialProblem.BAD_SIGNATURE,
            CredentialProblem.MALFORMED,
            CredentialProblem.UNKNOWN_KEY,
            CredentialProblem.UNSUPPORTED_VERSION,
        }


def test_a_code_signed_by_an_unknown_key_is_refused() -> None:
    other, _ = new_signing_key()
    code = sign_credential(VECTOR_1, other)
    with pytest.raises(CredentialError) as caught:
        verify_credential(code, KEYRING)
    assert caught.value.problem is CredentialProblem.BAD_SIGNATURE
    with pytest.raises(CredentialError) as caught:
        verify_credential(code, {})
    assert caught.value.problem is CredentialProblem.UNKNOWN_KEY


def test_a_revoked_key_refuses_its_codes() -> None:
    revoked = {1: PublicKey(1, public_from_private(TEST_KEY), KeyStatus.REVOKED)}
    with pytest.raises(CredentialError) as caught:
        verify_credential(VECTOR_1_CODE, revoked)
    assert caught.value.problem is CredentialProblem.KEY_REVOKED


def test_a_future_format_version_is_named_as_such() -> None:
    body = bytearray(pack_body(VECTOR_1))
    body[0] = 0x20
    code = blob_to_digits(bytes(body) + bytes(64))
    with pytest.raises(CredentialError) as caught:
        verify_credential(code, KEYRING)
    assert caught.value.problem is CredentialProblem.UNSUPPORTED_VERSION


def test_an_overlong_embedded_name_cannot_be_signed() -> None:
    too_long = Credential(1, 22, 1, 1, 0, VECTOR_1.issued_at, badge_name="é" * 60)
    with pytest.raises(ValueError, match="at most 96"):
        sign_credential(too_long, TEST_KEY)
