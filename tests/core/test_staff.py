"""Staff credentials: what a settings line must look like, PIN rules, roles and the lockout."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core.staff import (
    LOCK_FOR,
    Attempt,
    Method,
    Role,
    StaffAction,
    StaffCredentialError,
    check_pin,
    find_match,
    locked_until,
    make_credential,
    may,
    parse_credential,
    parse_credentials,
)

SALT = bytes(range(16))
T0 = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)


def _pin(staff_id: str = "desk-1", pin: str = "2468", role: Role = Role.DESK):  # type: ignore[no-untyped-def]
    return make_credential(staff_id, role, Method.PIN, pin, SALT, log2_n=10)


def test_a_credential_line_round_trips_and_holds_no_secret() -> None:
    credential = _pin()
    line = credential.line()

    assert line.startswith("desk-1:desk:pin:scrypt$10$8$1$")
    assert "2468" not in line
    assert parse_credential(line) == credential
    assert parse_credential(line).matches("2468")
    assert not parse_credential(line).matches("2469")


def test_the_same_pin_with_another_salt_gives_another_hash() -> None:
    other = make_credential("desk-1", Role.DESK, Method.PIN, "2468", bytes(16), log2_n=10)
    assert other.digest != _pin().digest


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "١٢٣٤", "", "12 34"])
def test_a_pin_is_4_to_12_ascii_digits(pin: str) -> None:
    with pytest.raises(StaffCredentialError, match="4 to 12 digits"):
        check_pin(pin)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("desk-1:desk:pin", "ID:ROLE:METHOD:HASH"),
        ("Amina Diallo:desk:pin:scrypt$10$8$1$AAAA$AAAA", "no names"),
        ("desk-1:boss:pin:scrypt$10$8$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43, "Role"),
        ("desk-1:desk:sms:scrypt$10$8$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43, "Method"),
        ("desk-1:desk:pin:sha256$abc", "not scrypt"),
        ("desk-1:desk:pin:scrypt$4$8$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43, "outside"),
        ("desk-1:desk:pin:scrypt$10$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA", "hash length"),
        ("desk-1:desk:pin:scrypt$x$8$1$AAAA$AAAA", "invalid literal"),
    ],
)
def test_a_bad_line_says_what_is_wrong(line: str, words: str) -> None:
    with pytest.raises(StaffCredentialError, match=words):
        parse_credential(line)


def test_one_staff_member_has_one_pin() -> None:
    with pytest.raises(StaffCredentialError, match="two pin credentials"):
        parse_credentials([_pin().line(), _pin(pin="1357").line()])


def test_a_pin_finds_its_owner_and_a_qr_secret_is_not_a_pin() -> None:
    qr = make_credential("sup-1", Role.SUPERVISOR, Method.QR, "s" * 20, SALT, log2_n=10)
    credentials = (_pin(), _pin("desk-2", "1357"), qr)

    assert find_match(credentials, Method.PIN, "1357") == credentials[1]
    assert find_match(credentials, Method.PIN, "s" * 20) is None
    assert find_match(credentials, Method.QR, "s" * 20) == qr
    assert find_match(credentials, Method.PIN, "0000") is None


def test_a_short_qr_secret_is_refused() -> None:
    with pytest.raises(StaffCredentialError, match="at least 16"):
        make_credential("sup-1", Role.SUPERVISOR, Method.QR, "short", SALT, log2_n=10)


def test_only_a_supervisor_leaves_kiosk_mode_or_quits() -> None:
    assert may(Role.SUPERVISOR, StaffAction.QUIT)
    assert may(Role.SUPERVISOR, StaffAction.LEAVE_KIOSK_MODE)
    assert not may(Role.DESK, StaffAction.QUIT)
    assert not may(Role.DESK, StaffAction.LEAVE_KIOSK_MODE)
    assert may(Role.DESK, StaffAction.TEST_PRINT)
    assert may(Role.DESK, StaffAction.SCAN_TEST)


def _wrong(count: int, start: datetime = T0) -> list[tuple[datetime, Attempt]]:
    return [(start + timedelta(seconds=i), Attempt.WRONG) for i in range(count)]


def test_four_wrong_pins_do_not_lock_the_fifth_locks_for_a_minute() -> None:
    assert locked_until(_wrong(4), T0 + timedelta(seconds=5)) is None
    fifth = T0 + timedelta(seconds=4)
    assert locked_until(_wrong(5), fifth) == fifth + LOCK_FOR
    assert locked_until(_wrong(5), fifth + timedelta(seconds=59)) == fifth + LOCK_FOR
    assert locked_until(_wrong(5), fifth + LOCK_FOR) is None


def test_a_good_pin_resets_the_count() -> None:
    attempts = [
        *_wrong(4),
        (T0 + timedelta(seconds=5), Attempt.OK),
        *_wrong(4, T0 + timedelta(seconds=6)),
    ]
    assert locked_until(attempts, T0 + timedelta(seconds=11)) is None


def test_attempts_while_locked_do_not_count_and_the_count_restarts_after_the_lock() -> None:
    fifth = T0 + timedelta(seconds=4)
    during = [
        (fifth + timedelta(seconds=10), Attempt.LOCKED),
        (fifth + timedelta(seconds=20), Attempt.WRONG),
    ]
    after = _wrong(4, fifth + LOCK_FOR + timedelta(seconds=1))
    now = fifth + LOCK_FOR + timedelta(seconds=10)

    assert locked_until([*_wrong(5), *during, *after], now) is None
    again = _wrong(5, fifth + LOCK_FOR + timedelta(seconds=1))
    assert locked_until([*_wrong(5), *again], now) is not None
