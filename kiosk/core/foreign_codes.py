"""Other registries' codes: Indico check-in QR codes and opaque ticket secrets (pure).

These codes carry no signature: whoever has seen one can copy it. A kiosk therefore admits with
one only when its secret matches a registration in the roster it holds, and even then the usual
check-in rules apply (revoked, already collected, collect at the desk ...). Only a hash of each
secret is stored, so a copied kiosk database gives away no working code. Both sides of the match
(the scanned code and the roster's ``checkin_secret`` column) go through ``canonical_secret``.

Recognised (docs/scanning.md has examples):
- Indico, current: compact JSON ``{"i":[2,"<host>","<base64 of the ticket UUID's 16 bytes>"]}``;
  a fourth element (base64 UUID of an accompanying person) makes the secret ``<ticket>:<person>``.
  Extra keys (added by Indico plugins) are ignored.
- Indico, older: JSON with ``checkin_secret`` (a UUID), ``registrant_id``, ``event_id``,
  ``server_url``.
- Opaque: a bare UUID, or 12-256 characters of letters, digits and ``+/=_`` that are not all
  digits (pretix's random secrets are 32 lower-case letters and digits; its signed ones are
  base64). All-digit text is this project's own signed code and is never looked up here; so is
  anything with a hyphen that is not a UUID, such as the ``B1-...`` QR printed on a badge.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

INDICO_QR_VERSION = 2
MAX_JSON_CHARS = 2048  # an Indico QR is about 60 characters; plugins add a URL or two
_OPAQUE = re.compile(r"[A-Za-z0-9+/=_]{12,256}")  # pretix signed tickets reach 128 and more
_UUID_CHARS = re.compile(r"\{?[0-9A-Fa-f-]{32,36}\}?")
_HASH_CONTEXT = b"kiosk-checkin-secret-v1\x00"  # a hash of this kind means nothing elsewhere


class CodeKind(enum.Enum):
    """What kind of code a scanned text is."""

    CREDENTIAL = "credential"  # this project's signed digits-only code
    BADGE = "badge"  # the QR printed on a badge (B2 signed by a kiosk, or unsigned B1)
    INDICO = "indico"
    INDICO_LEGACY = "indico-legacy"
    OPAQUE = "opaque"


class SecretSource(enum.Enum):
    """Where a stored secret came from."""

    ROSTER = "roster"  # the checkin_secret column of a roster CSV
    INDICO = "indico"  # a registry adapter (sync)
    PRETIX = "pretix"


@dataclass(frozen=True, slots=True)
class ForeignCode:
    """An unsigned code, reduced to the hash of its secret."""

    kind: CodeKind
    secret_hash: str | None  # None: a format this kiosk knows, in a version it cannot read
    host: str = ""  # the server an Indico code names: shown by scan-test, never trusted


@dataclass(frozen=True, slots=True)
class SecretEntry:
    """A registration's check-in secret, as stored: its hash ("" when it has none)."""

    registration_id: int
    secret_hash: str


def recognise(text: str) -> ForeignCode | None:
    """The unsigned code ``text`` is, or None (then it can only be a signed code, or junk)."""
    if text.startswith("{") and not _UUID_CHARS.fullmatch(text):
        return _from_json(text)
    # A UUID in braces ({...}, as Windows and .NET print GUIDs) is the same secret as without.
    secret = canonical_secret(text)
    return ForeignCode(CodeKind.OPAQUE, secret_hash(secret)) if secret else None


def canonical_secret(value: str) -> str | None:
    """The one spelling of a secret that both a scan and a roster entry reduce to; None if none.

    UUIDs (any case, with or without hyphens or braces) become lower case with hyphens; an
    accompanying person's ``<ticket uuid>:<person uuid>`` likewise; other secrets stay as they are.
    """
    text = value.strip()
    if text.isdigit():
        return None  # digits are a signed code (or junk), never a secret
    if ":" in text:
        ticket, _, person = text.partition(":")
        first, second = _uuid_text(ticket), _uuid_text(person)
        return f"{first}:{second}" if first and second else None
    if _UUID_CHARS.fullmatch(text):
        return _uuid_text(text)
    if _OPAQUE.fullmatch(text) and not text.isdigit():
        return text
    return None


def secret_hash(canonical: str) -> str:
    """What the kiosk stores and looks up instead of a secret (SHA-256, hex)."""
    return hashlib.sha256(_HASH_CONTEXT + canonical.encode("utf-8")).hexdigest()


def _uuid_text(text: str) -> str | None:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


def _from_json(text: str) -> ForeignCode | None:
    if len(text) > MAX_JSON_CHARS:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    if "i" in data:
        return _indico(data["i"])
    if "checkin_secret" in data:
        return _indico_legacy(data)
    return None


def _indico(value: Any) -> ForeignCode | None:
    if not isinstance(value, list) or len(value) < 3:
        return None
    version, host = value[0], value[1]
    if type(version) is not int or not isinstance(host, str):
        return None
    if version != INDICO_QR_VERSION:
        return ForeignCode(CodeKind.INDICO, None, host[:100])
    secrets = [_uuid_from_base64(part) for part in value[2:4]]
    if None in secrets:
        return None
    return ForeignCode(CodeKind.INDICO, secret_hash(":".join(map(str, secrets))), host[:100])


def _uuid_from_base64(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return str(uuid.UUID(bytes=raw)) if len(raw) == 16 else None


def _indico_legacy(data: dict[str, Any]) -> ForeignCode | None:
    secret = data["checkin_secret"]
    canonical = _uuid_text(secret) if isinstance(secret, str) else None
    if canonical is None:
        return None
    host = data.get("server_url")
    return ForeignCode(
        CodeKind.INDICO_LEGACY, secret_hash(canonical), host[:100] if isinstance(host, str) else ""
    )
