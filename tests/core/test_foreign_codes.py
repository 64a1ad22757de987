"""Indico check-in QR codes and opaque secrets are recognised and reduced to a hash (pure)."""

from __future__ import annotations

import base64
import json
import uuid

import pytest

from kiosk.core.foreign_codes import (
    CodeKind,
    ForeignCode,
    canonical_secret,
    recognise,
    secret_hash,
)

TICKET = uuid.UUID("5f0b7a3e-2c1d-4e8f-9a6b-0c1d2e3f4a5b")
PERSON = uuid.UUID("0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b")


def b64(value: uuid.UUID) -> str:
    return base64.b64encode(value.bytes).decode("ascii")


def indico_qr(*parts: object, **extra: object) -> str:
    """As Indico writes it: compact JSON (indico/modules/events/registration/util.py)."""
    return json.dumps({"i": list(parts), **extra}, separators=(",", ":"))


def test_current_indico_code_reduces_to_the_hash_of_its_ticket_uuid() -> None:
    code = recognise(indico_qr(2, "indico.un.org", b64(TICKET)))
    assert code == ForeignCode(CodeKind.INDICO, secret_hash(str(TICKET)), "indico.un.org")


def test_the_roster_spelling_of_the_uuid_matches_the_code() -> None:
    code = recognise(indico_qr(2, "indico.un.org", b64(TICKET)))
    assert code is not None
    for spelling in (str(TICKET), str(TICKET).upper(), TICKET.hex, "{" + str(TICKET) + "}"):
        assert secret_hash(canonical_secret(spelling) or "") == code.secret_hash


def test_an_accompanying_persons_code_does_not_match_the_main_registrant() -> None:
    main = recognise(indico_qr(2, "indico.un.org", b64(TICKET)))
    companion = recognise(indico_qr(2, "indico.un.org", b64(TICKET), b64(PERSON)))
    assert main is not None
    assert companion is not None
    assert companion.secret_hash != main.secret_hash
    assert companion.secret_hash == secret_hash(canonical_secret(f"{TICKET}:{PERSON}") or "")


def test_keys_added_by_indico_plugins_are_ignored() -> None:
    code = recognise(indico_qr(2, "indico.un.org", b64(TICKET), a="https://adams.example/x"))
    assert code is not None
    assert code.secret_hash == secret_hash(str(TICKET))


def test_older_indico_json() -> None:
    text = json.dumps(
        {
            "registrant_id": 1234,
            "checkin_secret": str(TICKET),
            "event_id": "1101",
            "server_url": "https://indico.un.org",
        }
    )
    code = recognise(text)
    assert code == ForeignCode(
        CodeKind.INDICO_LEGACY, secret_hash(str(TICKET)), "https://indico.un.org"
    )


def test_a_future_indico_version_is_known_but_not_readable() -> None:
    code = recognise(indico_qr(3, "indico.un.org", "anything"))
    assert code == ForeignCode(CodeKind.INDICO, None, "indico.un.org")


@pytest.mark.parametrize(
    "secret",
    [
        "az9u4mymhqktrbupmwkvv6xmgds5dk3",  # pretix's random secrets
        "hpxzbsw6tgrk3fz8ygvkqa2e3jwcpm5n",
        "==AZrB6Qm9+/secretsignedbypretixreversed",
    ],
)
def test_opaque_secrets_are_kept_as_they_are(secret: str) -> None:
    assert recognise(secret) == ForeignCode(CodeKind.OPAQUE, secret_hash(secret))
    assert recognise(f"  {secret}\t") == recognise(secret)


def test_opaque_secrets_are_case_sensitive_but_uuids_are_not() -> None:
    assert recognise("ABCDEFGHJKLMNP") != recognise("abcdefghjklmnp")
    assert recognise(str(TICKET).upper()) == recognise(str(TICKET))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "0123456789" * 19,  # digits: a signed code, never a secret
        "12345678901234567890123456789012",  # digits that would also be a UUID
        "short",  # under 12 characters
        "x" * 257,
        "B1-22000007-1",  # the QR printed on a badge
        "https://indico.un.org/event/1101/",
        "has spaces in it",
        "&é\"'(-è_çà&é\"'(-è_çà",  # a mistyped signed code
        "{not json",
        "{}",
        '{"i": "no list"}',
        '{"i": [2, "host"]}',
        '{"i": [true, "host", "AAAAAAAAAAAAAAAAAAAAAA=="]}',
        '{"i": [2, 5, "AAAAAAAAAAAAAAAAAAAAAA=="]}',
        '{"i": [2, "host", "not base64!"]}',
        '{"i": [2, "host", "AAAA"]}',  # base64, but not 16 bytes
        '{"i": [2, "host", "AAAAAAAAAAAAAAAAAAAAAA==", 7]}',
        '{"checkin_secret": "not-a-uuid"}',
        '{"checkin_secret": 12}',
        "[" * 5000,
        "{" * 1500 + "}" * 1500,
        '{"i": [2, "host", "' + "A" * 3000 + '"]}',
    ],
)
def test_anything_else_is_not_a_foreign_code(text: str) -> None:
    assert recognise(text) is None


def test_hashes_are_not_plain_sha256_of_the_secret() -> None:
    # A kiosk database's hashes are useless as a lookup table built from other systems' hashes.
    import hashlib

    assert secret_hash(str(TICKET)) != hashlib.sha256(str(TICKET).encode()).hexdigest()
    assert len(secret_hash("x")) == 64
