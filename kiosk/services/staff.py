"""Staff sign-in at a kiosk: a PIN or a staff QR, the lockout, and the audit of every step.

Hashing is slow on purpose (scrypt): call these off the GUI thread. The staff desk (issue 11)
signs in through the same functions.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from kiosk.core.staff import (
    LOCK_FOR,
    MAX_WRONG,
    QR_PREFIX,
    Attempt,
    Method,
    SignIn,
    StaffAction,
    StaffCredential,
    find_match,
    locked_until,
)
from kiosk.store import Database
from kiosk.store import staff as staff_store
from kiosk.store.staff import StaffEvent

log = logging.getLogger(__name__)


def is_staff_code(text: str) -> bool:
    """A scanned text that is a staff QR (checked as a sign-in, never as a visitor's code)."""
    return text.strip().startswith(QR_PREFIX)


def sign_in(
    db: Database,
    credentials: Sequence[StaffCredential],
    secret: str,
    kiosk_id: str,
    now: datetime,
) -> SignIn:
    """Check a PIN, or a staff QR's text, unless this machine is locked; audit the attempt."""
    method = Method.QR if is_staff_code(secret) else Method.PIN
    text = secret.strip().removeprefix(QR_PREFIX)
    window = LOCK_FOR * (MAX_WRONG + 1) * 10  # enough history for any lock still running
    until = locked_until(staff_store.sign_in_attempts(db, kiosk_id, now - window), now)
    if until is not None:
        answer = SignIn(Attempt.LOCKED, locked_until=until)
    else:
        found = find_match(credentials, method, text) if text else None
        answer = (
            SignIn(Attempt.OK, found.staff_id, found.role)
            if found is not None
            else SignIn(Attempt.WRONG)
        )
        if answer.attempt is Attempt.WRONG:
            history = staff_store.sign_in_attempts(db, kiosk_id, now - window)
            answer = SignIn(
                Attempt.WRONG, locked_until=locked_until([*history, (now, Attempt.WRONG)], now)
            )
    if answer.locked_until is not None:
        left = (answer.locked_until - now).total_seconds()
        answer = replace(answer, locked_for_s=max(1, math.ceil(left)))
    event = StaffEvent(
        now, kiosk_id, staff_store.SIGN_IN, answer.attempt.value, answer.staff_id, "", method.value
    )
    staff_store.add_event(db, event)
    log.info("staff sign-in by %s: %s", method.value, answer.attempt.value)
    return answer


def record_action(
    db: Database,
    kiosk_id: str,
    staff_id: str,
    action: StaffAction,
    now: datetime,
    reason: str = "",
) -> None:
    """Audit something staff did at this kiosk."""
    staff_store.add_event(db, StaffEvent(now, kiosk_id, action.value, "done", staff_id, reason))
    log.info("staff %s: %s", staff_id, action.value)
