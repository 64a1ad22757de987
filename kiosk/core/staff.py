"""Staff credentials and sign-in rules: hashed PINs and staff QR secrets, roles, the lockout.

A credential is one line of settings (``[staff] credentials``), made by `kiosk staff add`:
``ID:ROLE:METHOD:scrypt$LOG2N$R$P$SALT$DIGEST`` (salt and digest in URL-safe base64). The
kiosk keeps no secret in clear; a PIN or a staff QR is checked by hashing it again with the
salt. The staff desk (issue 11) reuses these rules with its roles.
"""

from __future__ import annotations

import base64
import enum
import hmac
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAX_WRONG = 5  # wrong PINs in a row before the lock
LOCK_FOR = timedelta(minutes=1)
PIN_DIGITS = (4, 12)  # shortest and longest PIN
MIN_QR_SECRET = 16  # characters of a staff QR secret
QR_PREFIX = "KIOSK-STAFF:"  # a scanned text starting so is a staff QR, never a visitor's code
DEFAULT_LOG2_N = 15  # scrypt cost: 32 MiB and about 0.1 s per check on a kiosk PC
_LOG2_N_RANGE = (10, 20)
_DIGEST_BYTES = 32
_ID = re.compile(r"[A-Za-z0-9._-]{1,40}")


class StaffCredentialError(ValueError):
    """A credential line or a new PIN that breaks the rules; the message says which rule."""


class Role(enum.Enum):
    DESK = "desk"  # accreditation staff
    SUPERVISOR = "supervisor"  # may also leave kiosk mode and quit the kiosk


class Method(enum.Enum):
    PIN = "pin"
    QR = "qr"


class Attempt(enum.Enum):
    """How a sign-in attempt ended; the audit log's outcome."""

    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


class StaffAction(enum.Enum):
    """What staff may do at a kiosk; each is audited."""

    OPEN_MENU = "staff-menu"
    LEAVE_KIOSK_MODE = "leave-kiosk-mode"
    QUIT = "quit"
    TEST_PRINT = "test-print"
    SCAN_TEST = "scan-test"
    SIGN_OUT = "sign-out"  # the reason says whether staff chose it or the desk sat idle


_SUPERVISOR_ONLY = frozenset({StaffAction.LEAVE_KIOSK_MODE, StaffAction.QUIT})


def may(role: Role, action: StaffAction) -> bool:
    """Whether someone of ``role`` may do ``action`` at a kiosk."""
    return role is Role.SUPERVISOR or action not in _SUPERVISOR_ONLY


@dataclass(frozen=True, slots=True)
class StaffCredential:
    staff_id: str
    role: Role
    method: Method
    log2_n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def line(self) -> str:
        """The settings line for this credential."""
        kdf = f"scrypt${self.log2_n}${self.r}${self.p}${_b64(self.salt)}${_b64(self.digest)}"
        return f"{self.staff_id}:{self.role.value}:{self.method.value}:{kdf}"

    def matches(self, secret: str) -> bool:
        """Whether ``secret`` hashes to this credential's digest (constant-time compare)."""
        return hmac.compare_digest(
            _scrypt(secret, self.salt, self.log2_n, self.r, self.p), self.digest
        )


@dataclass(frozen=True, slots=True)
class SignIn:
    """The answer to a sign-in attempt."""

    attempt: Attempt
    staff_id: str = ""
    role: Role | None = None
    locked_until: datetime | None = None
    locked_for_s: int = 0  # seconds of lock left (whole, rounded up), for the PIN pad


def check_pin(pin: str) -> str:
    """The PIN if it follows the rules (digits only, 4 to 12 of them)."""
    low, high = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        raise StaffCredentialError(f"a staff PIN is {low} to {high} digits (0-9), nothing else")
    return pin


def make_credential(
    staff_id: str,
    role: Role,
    method: Method,
    secret: str,
    salt: bytes,
    log2_n: int = DEFAULT_LOG2_N,
) -> StaffCredential:
    """A new credential for ``secret`` (a PIN or a QR secret), hashed with ``salt`` (16 bytes)."""
    _check_id(staff_id)
    if method is Method.PIN:
        check_pin(secret)
    elif len(secret) < MIN_QR_SECRET:
        raise StaffCredentialError(f"a staff QR secret has at least {MIN_QR_SECRET} characters")
    _check_cost(log2_n)
    if len(salt) < 16:
        raise StaffCredentialError("the salt must be at least 16 random bytes")
    return StaffCredential(
        staff_id, role, method, log2_n, 8, 1, salt, _scrypt(secret, salt, log2_n, 8, 1)
    )


def parse_credential(line: str) -> StaffCredential:
    """A credential from its settings line; StaffCredentialError says what is wrong."""
    parts = line.strip().split(":")
    if len(parts) != 4:
        raise StaffCredentialError(
            "a credential is ID:ROLE:METHOD:HASH, as `kiosk staff add` prints"
        )
    staff_id, role, method, kdf = parts
    _check_id(staff_id)
    fields = kdf.split("$")
    if len(fields) != 6 or fields[0] != "scrypt":
        raise StaffCredentialError(f"credential {staff_id}: the hash is not scrypt$N$R$P$SALT$HASH")
    try:
        log2_n, r, p = (int(value) for value in fields[1:4])
        salt, digest = _unb64(fields[4]), _unb64(fields[5])
        credential = StaffCredential(
            staff_id, Role(role), Method(method), log2_n, r, p, salt, digest
        )
    except ValueError as exc:
        raise StaffCredentialError(f"credential {staff_id}: {exc}") from exc
    _check_cost(log2_n)
    if not (1 <= r <= 32 and 1 <= p <= 16 and len(digest) == _DIGEST_BYTES):
        raise StaffCredentialError(f"credential {staff_id}: bad scrypt parameters or hash length")
    return credential


def parse_credentials(lines: Iterable[str]) -> tuple[StaffCredential, ...]:
    """Every credential line; two with one staff id and method are refused."""
    found = tuple(parse_credential(line) for line in lines)
    seen: set[tuple[str, Method]] = set()
    for credential in found:
        key = (credential.staff_id, credential.method)
        if key in seen:
            raise StaffCredentialError(
                f"staff {credential.staff_id} has two {credential.method.value} credentials"
            )
        seen.add(key)
    return found


def find_match(
    credentials: Sequence[StaffCredential], method: Method, secret: str
) -> StaffCredential | None:
    """The credential ``secret`` opens, of ``method``; each candidate is hashed (slow)."""
    return next(
        (c for c in credentials if c.method is method and c.matches(secret)),
        None,
    )


def locked_until(attempts: Iterable[tuple[datetime, Attempt]], now: datetime) -> datetime | None:
    """When the lock ends, if ``now`` is within one; ``attempts`` oldest first.

    Every ``MAX_WRONG``-th wrong attempt in a row (a good one resets the count) locks for
    ``LOCK_FOR``; attempts made while locked do not count.
    """
    wrong = 0
    until: datetime | None = None
    for at, attempt in attempts:
        if attempt is Attempt.LOCKED or (until is not None and at < until):
            continue
        wrong = 0 if attempt is Attempt.OK else wrong + 1
        if wrong >= MAX_WRONG:
            wrong, until = 0, at + LOCK_FOR
    return until if until is not None and now < until else None


def _scrypt(secret: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=salt, length=_DIGEST_BYTES, n=2**log2_n, r=r, p=p)
    return kdf.derive(secret.encode("utf-8"))


def _check_id(staff_id: str) -> None:
    if not _ID.fullmatch(staff_id):
        raise StaffCredentialError(
            f"staff id {staff_id!r}: 1 to 40 of A-Z a-z 0-9 . _ - (no names: an id like desk-3)"
        )


def _check_cost(log2_n: int) -> None:
    low, high = _LOG2_N_RANGE
    if not low <= log2_n <= high:
        raise StaffCredentialError(f"scrypt cost 2^{log2_n} is outside 2^{low}..2^{high}")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as exc:
        raise ValueError("salt or hash is not base64") from exc
