"""pretix signed tickets ("pretix signature scheme 1"), decoded and verified offline (pure).

A pretix event can sign its ticket secrets so a scanner with no ticket list can tell a genuine
ticket from a forged one (docs/pretix-offline.md). The secret is Base64 (standard alphabet, with
padding) of the bytes below, written backwards (so that secrets do not share a prefix):

    0x01 | payload length (uint16, big-endian) | signature length (uint16, big-endian)
         | payload (protobuf message ``Ticket``) | Ed25519 signature of the payload

``Ticket`` fields (pretix_sig1.proto): 1 seed (string), 2 item, 3 variation, 4 subevent,
5 validFromUnixTime, 6 validUntilUnixTime (int64; 0 or absent means none). The protobuf is read
here by hand: four field kinds are enough, and the kiosk needs no protobuf library.

Nothing here raises on bad input: every malformed secret (binary junk, far too long, bad Base64,
wrong version, lengths that do not add up, a broken payload) comes back as a ``TicketProblem``.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)

SCHEME = "pretix_sig1"
VERSION = 1
HEADER = struct.Struct(">BHH")  # version, payload length, signature length
SIGNATURE_BYTES = 64  # Ed25519
MAX_SECRET_CHARS = 1024  # a real one is 116-140 characters; longer text is refused unread
_INT64_FIELDS = {2: "item", 3: "variation", 4: "subevent", 5: "valid_from", 6: "valid_until"}
_SEED_FIELD = 1
_MAX_SEED_BYTES = 256


class SecretStatus(enum.Enum):
    """What the registry said about a ticket secret (its revoked and blocked lists)."""

    OPEN = "open"  # on neither list (or unblocked since)
    REVOKED = "revoked"  # for good: the ticket was reissued with a new secret, or cancelled
    BLOCKED = "blocked"  # for now: the organiser blocked the ticket and may unblock it


class TicketProblem(enum.Enum):
    """Why a text is not a genuine signed ticket."""

    TOO_LONG = "too-long"
    NOT_BASE64 = "not-base64"  # not text, bad characters, bad padding
    WRONG_VERSION = "wrong-version"  # not version 1 of the scheme (or not this scheme at all)
    BAD_LENGTHS = "bad-lengths"  # the lengths in the header do not add up to the bytes
    NO_KEYS = "no-keys"  # the kiosk holds no key of this scheme: it cannot check anything
    BAD_SIGNATURE = "bad-signature"  # tampered, or signed by a key the kiosk does not hold
    BAD_PAYLOAD = "bad-payload"  # signed, but the payload is not a Ticket message

    @property
    def is_signed_ticket(self) -> bool:
        """The text has the shape of a signed ticket (so it is not someone's random secret)."""
        return self in (
            TicketProblem.NO_KEYS,
            TicketProblem.BAD_SIGNATURE,
            TicketProblem.BAD_PAYLOAD,
        )


@dataclass(frozen=True, slots=True)
class SignedTicket:
    """What a verified ticket says. Times are Unix seconds; 0 means no limit."""

    seed: str
    item: int = 0
    variation: int = 0
    subevent: int = 0
    valid_from: int = 0
    valid_until: int = 0

    def is_valid_at(self, now: datetime) -> bool:
        """Inside the ticket's own validity window (pretix's ``invalid_time`` otherwise)."""
        moment = now.timestamp()
        if self.valid_from and moment < self.valid_from:
            return False
        return not (self.valid_until and moment > self.valid_until)


@dataclass(frozen=True, slots=True)
class SecretParts:
    payload: bytes
    signature: bytes


def verify_ticket(secret: str, keys: Sequence[Ed25519PublicKey]) -> SignedTicket | TicketProblem:
    """The ticket in ``secret`` if one of ``keys`` signed it, else why not."""
    parts = split_secret(secret)
    if isinstance(parts, TicketProblem):
        return parts
    if not keys:
        return TicketProblem.NO_KEYS
    if len(parts.signature) != SIGNATURE_BYTES or not _signed_by_any(parts, keys):
        return TicketProblem.BAD_SIGNATURE
    return parse_ticket(parts.payload)


def split_secret(secret: str) -> SecretParts | TicketProblem:
    """The payload and signature of a signed secret, checked for shape only (no signature)."""
    if len(secret) > MAX_SECRET_CHARS:
        return TicketProblem.TOO_LONG
    if not secret.isascii():
        return TicketProblem.NOT_BASE64
    text = secret[::-1]
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return TicketProblem.NOT_BASE64
    if base64.b64encode(raw).decode("ascii") != text:
        # Unused low bits before the padding set: another spelling of the same bytes, which
        # would hash differently and so slip past the revoked and blocked lists.
        return TicketProblem.NOT_BASE64
    if len(raw) < HEADER.size or raw[0] != VERSION:
        return TicketProblem.WRONG_VERSION
    _version, payload_len, signature_len = HEADER.unpack_from(raw)
    if HEADER.size + payload_len + signature_len != len(raw) or not payload_len:
        return TicketProblem.BAD_LENGTHS
    payload_end = HEADER.size + payload_len
    return SecretParts(raw[HEADER.size : payload_end], raw[payload_end:])


def _signed_by_any(parts: SecretParts, keys: Iterable[Ed25519PublicKey]) -> bool:
    for key in keys:
        try:
            key.verify(parts.signature, parts.payload)
        except InvalidSignature:
            continue
        return True
    return False


def parse_ticket(payload: bytes) -> SignedTicket | TicketProblem:
    """The ``Ticket`` protobuf message; unknown fields are skipped, as protobuf readers do."""
    values: dict[str, int] = {}
    seed = ""
    position = 0
    while position < len(payload):
        field = _read_field(payload, position)
        if field is None:
            return TicketProblem.BAD_PAYLOAD
        number, wire_type, value, position = field
        if number == _SEED_FIELD:
            if wire_type != 2 or not isinstance(value, bytes) or len(value) > _MAX_SEED_BYTES:
                return TicketProblem.BAD_PAYLOAD
            try:
                seed = value.decode("utf-8")
            except UnicodeDecodeError:
                return TicketProblem.BAD_PAYLOAD
        elif number in _INT64_FIELDS:
            if wire_type != 0 or not isinstance(value, int):
                return TicketProblem.BAD_PAYLOAD
            values[_INT64_FIELDS[number]] = _as_int64(value)
    return SignedTicket(seed, **values)


def _read_field(data: bytes, position: int) -> tuple[int, int, int | bytes, int] | None:
    """(field number, wire type, value, next position), or None if the bytes are broken."""
    tag = _read_varint(data, position)
    if tag is None:
        return None
    key, position = tag
    number, wire_type = key >> 3, key & 7
    if number == 0:
        return None
    if wire_type == 0:
        varint = _read_varint(data, position)
        return None if varint is None else (number, 0, varint[0], varint[1])
    if wire_type == 2:
        length = _read_varint(data, position)
        if length is None or length[1] + length[0] > len(data):
            return None
        end = length[1] + length[0]
        return number, 2, data[length[1] : end], end
    size = {1: 8, 5: 4}.get(wire_type)
    if size is None or position + size > len(data):
        return None  # groups (3, 4) and unknown wire types have no place in a Ticket
    return number, wire_type, data[position : position + size], position + size


def _read_varint(data: bytes, position: int) -> tuple[int, int] | None:
    value = 0
    for shift in range(0, 70, 7):
        if position >= len(data):
            return None
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return (value, position) if value < 1 << 64 else None
    return None  # more than ten bytes: not a varint


def _as_int64(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


# --- keys -------------------------------------------------------------------------------------


def load_keys(raw_keys: Iterable[bytes]) -> tuple[Ed25519PublicKey, ...]:
    """Ready-to-verify keys from raw 32-byte public keys; a key of any other length is skipped."""
    loaded = []
    for raw in raw_keys:
        try:
            loaded.append(Ed25519PublicKey.from_public_bytes(raw))
        except ValueError:
            continue
    return tuple(loaded)


def raw_key_from_pretix(text: str) -> bytes | None:
    """The raw public key from an entry of pretix's ``valid_keys.pretix_sig1`` (Base64 of a PEM
    SubjectPublicKeyInfo), or None if it is not an Ed25519 key."""
    try:
        pem = base64.b64decode(text, validate=True)
        key = load_pem_public_key(pem)
    except (binascii.Error, ValueError, TypeError):
        return None
    if not isinstance(key, Ed25519PublicKey):
        return None
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(raw: bytes) -> str:
    """A stable name for a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(raw).hexdigest()[:16]


# --- making tickets (tests, benchmarks, the demo) ---------------------------------------------


def encode_ticket(ticket: SignedTicket) -> bytes:
    """The ``Ticket`` protobuf bytes, zero values left out as proto3 does."""
    seed = ticket.seed.encode("utf-8")
    out = bytearray(_varint(_SEED_FIELD << 3 | 2) + _varint(len(seed)) + seed)
    for number, name in _INT64_FIELDS.items():
        value = getattr(ticket, name)
        if value:
            out += _varint(number << 3) + _varint(value & (1 << 64) - 1)
    return bytes(out)


def sign_secret(payload: bytes, key: Ed25519PrivateKey) -> str:
    """A signed secret for ``payload``, as pretix writes it."""
    signature = key.sign(payload)
    raw = HEADER.pack(VERSION, len(payload), len(signature)) + payload + signature
    return base64.b64encode(raw).decode("ascii")[::-1]


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
