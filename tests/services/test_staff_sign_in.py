"""Staff sign-in on a real database: a good PIN, wrong PINs, the lock, staff QR, the audit lines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.staff import (
    QR_PREFIX,
    Attempt,
    Method,
    Role,
    StaffAction,
    StaffCredential,
    make_credential,
)
from kiosk.services.staff import is_staff_code, record_action, sign_in
from kiosk.store import Database, open_database
from kiosk.store.staff import recent_events

T0 = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)
QR_SECRET = "q" * 24
CREDENTIALS: tuple[StaffCredential, ...] = (
    make_credential("desk-1", Role.DESK, Method.PIN, "2468", bytes(16), log2_n=10),
    make_credential("sup-1", Role.SUPERVISOR, Method.QR, QR_SECRET, bytes(16), log2_n=10),
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kiosk.db")
    yield database
    database.close()


def test_a_good_pin_signs_in_and_is_audited_without_the_pin(db: Database) -> None:
    answer = sign_in(db, CREDENTIALS, "2468", "k1", T0)

    assert (answer.attempt, answer.staff_id, answer.role) == (Attempt.OK, "desk-1", Role.DESK)
    [event] = recent_events(db)
    assert (event.action, event.outcome, event.staff_id, event.source) == (
        "staff-sign-in",
        "ok",
        "desk-1",
        "pin",
    )
    rows = db.execute("SELECT * FROM audit").fetchall()
    assert "2468" not in repr(rows)


def test_a_staff_qr_signs_in_a_supervisor(db: Database) -> None:
    answer = sign_in(db, CREDENTIALS, QR_PREFIX + QR_SECRET, "k1", T0)

    assert (answer.attempt, answer.staff_id, answer.role) == (Attempt.OK, "sup-1", Role.SUPERVISOR)
    assert recent_events(db)[0].source == "qr"
    assert is_staff_code(QR_PREFIX + "x")
    assert not is_staff_code("123456789")


def test_the_qr_secret_typed_as_a_pin_is_wrong(db: Database) -> None:
    assert sign_in(db, CREDENTIALS, QR_SECRET, "k1", T0).attempt is Attempt.WRONG


def test_five_wrong_pins_lock_the_kiosk_for_a_minute_even_for_the_right_pin(db: Database) -> None:
    answers = [sign_in(db, CREDENTIALS, "0000", "k1", T0 + timedelta(seconds=i)) for i in range(5)]
    assert [a.attempt for a in answers] == [Attempt.WRONG] * 5
    assert [a.locked_for_s for a in answers] == [0, 0, 0, 0, 60]

    locked = sign_in(db, CREDENTIALS, "2468", "k1", T0 + timedelta(seconds=34))
    assert locked.attempt is Attempt.LOCKED
    assert locked.locked_for_s == 30
    other_kiosk = sign_in(db, CREDENTIALS, "2468", "k2", T0 + timedelta(seconds=34))
    assert other_kiosk.attempt is Attempt.OK  # the lock is this machine's

    after = sign_in(db, CREDENTIALS, "2468", "k1", T0 + timedelta(seconds=65))
    assert after.attempt is Attempt.OK
    outcomes = [e.outcome for e in reversed(recent_events(db)) if e.kiosk_id == "k1"]
    assert outcomes == ["wrong"] * 5 + ["locked", "ok"]


def test_an_empty_pin_is_wrong_and_counts(db: Database) -> None:
    assert sign_in(db, CREDENTIALS, "", "k1", T0).attempt is Attempt.WRONG
    assert recent_events(db)[0].outcome == "wrong"


def test_a_staff_action_is_audited_with_who_and_which_machine(db: Database) -> None:
    record_action(db, "k1", "sup-1", StaffAction.LEAVE_KIOSK_MODE, T0, reason="maintenance")

    [event] = recent_events(db)
    assert (event.kiosk_id, event.staff_id, event.action, event.reason) == (
        "k1",
        "sup-1",
        "leave-kiosk-mode",
        "maintenance",
    )
    assert event.at == T0
