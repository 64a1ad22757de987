"""The badge QR: B2, signed by the printing kiosk's device key; B1, the older unsigned pointer.

B2 is digits only (QR numeric mode, safe through keyboard-wedge scanners on any layout), always
181 digits: the decimal form of ``0xB2 ‖ device key id ‖ registration ‖ badge version ‖ signature``.
The Ed25519 signature covers a fixed context string, the event id (known to every reader, not
transmitted) and the 11 bytes before it. docs/credential-format.md has the layout and vectors.
"""

from __future__ import annotations

import enum
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core.credentials import KeyStatus, PublicKey

B2_MARKER = 0xB2  # first byte of every B2 code: names the format and keeps the length fixed
CONTEXT = b"UN-KIOSK-BADGE-B2\x00"
B2_BODY = struct.Struct(">BIIH")  # marker, device key id, registration id, badge version
B2_EVENT = struct.Struct(">H")  # signed, not transmitted
SIGNATURE_SIZE = 64
B2_DIGITS = 181  # every B2 code: 75 bytes starting with 0xB2 always have 181 decimal digits
MAX_REGISTRATION = 0xFFFF_FFFF
MAX_BADGE_VERSION = 0xFFFF
_B1 = re.compile(r"B1-([1-9][0-9]{0,9})-([1-9][0-9]{0,4})")  # [0-9]: ASCII digits only

DeviceKeyring = Mapping[int, PublicKey]  # device key id -> public key and status


class BadgeFormat(enum.Enum):
    SIGNED = "B2"
    UNSIGNED = "B1"


class BadgeProblem(enum.Enum):
    """Why a scanned badge QR is not a verified badge."""

    MALFORMED = "malformed"
    UNSIGNED = "unsigned"  # a B1 badge: it names a badge but proves nothing
    UNKNOWN_KEY = "unknown-key"
    KEY_REVOKED = "key-revoked"
    BAD_SIGNATURE = "bad-signature"


class BadgeCodeError(Exception):
    """A scanned text is not a badge QR, or not one that verifies."""

    def __init__(self, problem: BadgeProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class BadgeCode:
    """What a badge QR says: whose badge, which version, and (B2) which kiosk signed it."""

    registration_id: int
    badge_version: int
    device_key_id: int | None  # None for B1
    format: BadgeFormat

    @property
    def is_signed(self) -> bool:
        return self.format is BadgeFormat.SIGNED


def b1_text(registration_id: int, badge_version: int) -> str:
    return f"B1-{registration_id}-{badge_version}"


def sign_badge(
    registration_id: int, badge_version: int, event_id: int, key_id: int, private_key: bytes
) -> str:
    """The B2 text of a badge, signed with a kiosk's raw 32-byte Ed25519 private key."""
    if not 1 <= registration_id <= MAX_REGISTRATION:
        raise ValueError(f"registration {registration_id} does not fit a badge QR")
    if not 1 <= badge_version <= MAX_BADGE_VERSION:
        raise ValueError(f"badge version {badge_version} does not fit a badge QR")
    body = B2_BODY.pack(B2_MARKER, key_id, registration_id, badge_version)
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(
        _signed_bytes(event_id, body)
    )
    return str(int.from_bytes(body + signature, "big"))


def is_badge_text(text: str) -> bool:
    """Whether ``text`` is meant as a badge QR (B1 prefix, or digits of a B2), valid or not."""
    if text.startswith("B1-"):
        return True
    if len(text) != B2_DIGITS or not (text.isascii() and text.isdigit()):
        return False
    return int(text) >> (8 * (B2_BODY.size - 1 + SIGNATURE_SIZE)) == B2_MARKER


def signing_key_id(text: str) -> int | None:
    """The device key id a B2 text names (unverified: for the print journal), else None."""
    try:
        return read_badge(text).device_key_id if is_badge_text(text) else None
    except BadgeCodeError:
        return None


def read_badge(text: str) -> BadgeCode:
    """Parse a B1 or B2 badge QR strictly, without checking any signature."""
    if text.startswith("B1-"):
        return _read_b1(text)
    return _split_b2(text)[0]


def verify_badge(text: str, event_id: int, keys: DeviceKeyring) -> BadgeCode:
    """Parse a badge QR and verify its signature; raises BadgeCodeError (B1: UNSIGNED)."""
    if text.startswith("B1-"):
        _read_b1(text)
        raise BadgeCodeError(BadgeProblem.UNSIGNED, "B1 badges carry no signature")
    badge, body, signature = _split_b2(text)
    assert badge.device_key_id is not None
    key = keys.get(badge.device_key_id)
    if key is None:
        raise BadgeCodeError(BadgeProblem.UNKNOWN_KEY, f"device key {badge.device_key_id}")
    if key.status is KeyStatus.REVOKED:
        raise BadgeCodeError(BadgeProblem.KEY_REVOKED, f"device key {badge.device_key_id}")
    try:
        public = Ed25519PublicKey.from_public_bytes(key.public_bytes)
        public.verify(signature, _signed_bytes(event_id, body))
    except (InvalidSignature, ValueError) as exc:
        raise BadgeCodeError(BadgeProblem.BAD_SIGNATURE) from exc
    return badge


def _signed_bytes(event_id: int, body: bytes) -> bytes:
    return CONTEXT + B2_EVENT.pack(event_id) + body


def _read_b1(text: str) -> BadgeCode:
    match = _B1.fullmatch(text)
    if match is None:
        raise BadgeCodeError(BadgeProblem.MALFORMED, "not B1-<registration>-<version>")
    registration, version = int(match[1]), int(match[2])
    if registration > MAX_REGISTRATION or version > MAX_BADGE_VERSION:
        raise BadgeCodeError(BadgeProblem.MALFORMED, "number out of range")
    return BadgeCode(registration, version, None, BadgeFormat.UNSIGNED)


def _split_b2(text: str) -> tuple[BadgeCode, bytes, bytes]:
    if len(text) != B2_DIGITS or not (text.isascii() and text.isdigit()) or text[0] == "0":
        raise BadgeCodeError(BadgeProblem.MALFORMED, f"not {B2_DIGITS} ASCII digits")
    blob = int(text).to_bytes(B2_BODY.size + SIGNATURE_SIZE + 1, "big")
    if blob[0] != 0 or blob[1] != B2_MARKER:
        raise BadgeCodeError(BadgeProblem.MALFORMED, "not a B2 badge code")
    blob = blob[1:]
    _, key_id, registration, version = B2_BODY.unpack_from(blob)
    if registration == 0 or version == 0:
        raise BadgeCodeError(BadgeProblem.MALFORMED, "registration or version is zero")
    badge = BadgeCode(registration, version, key_id, BadgeFormat.SIGNED)
    return badge, blob[: B2_BODY.size], blob[B2_BODY.size :]
