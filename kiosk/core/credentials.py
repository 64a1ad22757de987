"""Credentials v1: the signed, digits-only payload of a QR code (docs/credential-format.md)."""

from __future__ import annotations

import enum
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

FORMAT_VERSION = 1
FLAG_NAME = 0x1
KNOWN_FLAGS = FLAG_NAME  # any other flag bit may change what the code means: refused
CONTEXT = b"UN-KIOSK-CREDENTIAL-v1\x00"
SIGNATURE_SIZE = 64
BODY = struct.Struct(
    ">BBHIBBI"
)  # ver_flags, key id, event, registration, category, reissue, issued
MAX_NAME_BYTES = 96
# Sentinel byte in front of the blob so leading zero bytes survive the integer conversion.
SENTINEL = 0x01
MAX_DIGITS = 500  # a v1 credential with the longest name is ~430 digits; anything longer is junk
# A code issued later than this after the kiosk's "now" is not valid yet: the registry's or the
# kiosk's clock is wrong, and staff should know (docs/credential-format.md, "Odd codes").
CLOCK_TOLERANCE = timedelta(hours=1)
# The digit characters a code may arrive in: ASCII, and the two Arabic-Indic rows that Arabic and
# Persian/Urdu keyboard hosts type (a scanner on an ``ara(digits)`` or Persian host). Each code
# uses one row; digits of any other script are refused as malformed.
DIGIT_ROWS = {"ascii": "0123456789", "arabic-indic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}


class CredentialProblem(enum.Enum):
    """Why a scanned text is not a valid credential."""

    MALFORMED = "malformed"
    UNSUPPORTED_VERSION = "unsupported-version"
    UNKNOWN_KEY = "unknown-key"
    KEY_REVOKED = "key-revoked"
    BAD_SIGNATURE = "bad-signature"


class CredentialError(Exception):
    """A scanned text failed format or signature checks."""

    def __init__(self, problem: CredentialProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Credential:
    """The facts a badge QR code carries."""

    key_id: int
    event_id: int
    registration_id: int
    category: int
    reissue: int
    issued_at: datetime
    badge_name: str = ""  # only when the issuer embedded it
    version: int = FORMAT_VERSION


class KeyStatus(enum.Enum):
    ACTIVE = "active"
    REVOKED = "revoked"


@dataclass(frozen=True, slots=True)
class PublicKey:
    """A verification key in the kiosk's keyring."""

    key_id: int
    public_bytes: bytes  # raw 32-byte Ed25519 public key
    status: KeyStatus = KeyStatus.ACTIVE
    is_demo: bool = False
    label: str = ""


Keyring = Mapping[int, PublicKey]


def new_signing_key() -> tuple[bytes, bytes]:
    """Return (private, public) raw Ed25519 key bytes."""
    private = Ed25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def public_from_private(private_bytes: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_bytes).public_key().public_bytes_raw()


def pack_body(credential: Credential) -> bytes:
    """The signed bytes of a credential, without the signature."""
    name = credential.badge_name.encode("utf-8")
    if len(name) > MAX_NAME_BYTES:
        raise ValueError(f"embedded badge name is {len(name)} bytes; at most {MAX_NAME_BYTES}")
    flags = FLAG_NAME if name else 0
    issued = int(credential.issued_at.timestamp())
    body = BODY.pack(
        (credential.version << 4) | flags,
        credential.key_id,
        credential.event_id,
        credential.registration_id,
        credential.category,
        credential.reissue,
        issued,
    )
    return body + (bytes([len(name)]) + name if name else b"")


def sign_credential(credential: Credential, private_bytes: bytes) -> str:
    """Sign a credential and return its digits-only text."""
    body = pack_body(credential)
    signature = Ed25519PrivateKey.from_private_bytes(private_bytes).sign(CONTEXT + body)
    return blob_to_digits(body + signature)


def blob_to_digits(blob: bytes) -> str:
    return str(int.from_bytes(bytes([SENTINEL]) + blob, "big"))


def digits_to_blob(text: str) -> bytes:
    """Decode the digits form; raises CredentialError(MALFORMED) on anything else."""
    if not text or len(text) > MAX_DIGITS or not (text.isascii() and text.isdigit()):
        raise CredentialError(CredentialProblem.MALFORMED, "not a digits-only code")
    if text[0] == "0":  # one code, one spelling: "0" + code must not verify as the same code
        raise CredentialError(CredentialProblem.MALFORMED, "leading zero")
    value = int(text)
    raw = value.to_bytes((value.bit_length() + 7) // 8 or 1, "big")
    if raw[0] != SENTINEL:
        raise CredentialError(CredentialProblem.MALFORMED, "missing sentinel")
    return raw[1:]


def parse_credential(text: str) -> tuple[Credential, bytes, bytes]:
    """Split a code into (credential, signed bytes, signature) without checking the signature."""
    blob = digits_to_blob(text)
    if len(blob) < BODY.size + SIGNATURE_SIZE:
        raise CredentialError(CredentialProblem.MALFORMED, "too short")
    ver_flags, key_id, event_id, reg_id, category, reissue, issued = BODY.unpack_from(blob)
    if ver_flags >> 4 != FORMAT_VERSION:
        raise CredentialError(CredentialProblem.UNSUPPORTED_VERSION, f"version {ver_flags >> 4}")
    if ver_flags & 0x0F & ~KNOWN_FLAGS:
        raise CredentialError(
            CredentialProblem.UNSUPPORTED_VERSION, f"unknown flag bits {ver_flags & 0x0F:#x}"
        )
    body_end = BODY.size
    name = ""
    if ver_flags & FLAG_NAME:
        size = blob[body_end]
        name_bytes = blob[body_end + 1 : body_end + 1 + size]
        body_end += 1 + size
        try:
            name = name_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CredentialError(CredentialProblem.MALFORMED, "name is not UTF-8") from exc
    if len(blob) != body_end + SIGNATURE_SIZE:
        raise CredentialError(CredentialProblem.MALFORMED, "wrong length")
    credential = Credential(
        key_id=key_id,
        event_id=event_id,
        registration_id=reg_id,
        category=category,
        reissue=reissue,
        issued_at=datetime.fromtimestamp(issued, UTC),
        badge_name=name,
        version=ver_flags >> 4,
    )
    return credential, blob[:body_end], blob[body_end:]


def verify_credential(text: str, keyring: Keyring) -> Credential:
    """Parse and verify a code against the keyring; raises CredentialError."""
    credential, body, signature = parse_credential(text)
    key = keyring.get(credential.key_id)
    if key is None:
        raise CredentialError(CredentialProblem.UNKNOWN_KEY, f"key {credential.key_id}")
    if key.status is KeyStatus.REVOKED:
        raise CredentialError(CredentialProblem.KEY_REVOKED, f"key {credential.key_id}")
    try:
        Ed25519PublicKey.from_public_bytes(key.public_bytes).verify(signature, CONTEXT + body)
    except InvalidSignature as exc:
        raise CredentialError(CredentialProblem.BAD_SIGNATURE) from exc
    return credential


def digit_row(text: str) -> str | None:
    """The accepted digit row ``text`` is written in ("ascii", "arabic-indic", "persian"), or None
    when it is not made of the digits of exactly one of them."""
    chars = set(text)
    for name, row in DIGIT_ROWS.items():
        if chars and chars <= set(row):
            return name
    return None


def is_foreign_digit_text(text: str) -> bool:
    """True for text made only of decimal digits that are not all from one accepted row
    (Devanagari, Thai, full-width, mathematical digits, or rows mixed): refused as malformed."""
    return bool(text) and text.isdecimal() and digit_row(text) is None


def issued_in_future(credential: Credential, now: datetime) -> bool:
    """Issued more than CLOCK_TOLERANCE after ``now``: not valid yet, whichever clock is wrong."""
    return credential.issued_at > now + CLOCK_TOLERANCE
