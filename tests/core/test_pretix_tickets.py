"""pretix signed tickets (signature scheme 1): decoding, verifying, and every malformed input.

Tickets are built here with a test key and a hand-encoded protobuf, and two were issued by a real
pretix 2026.8.0 (tests/pretix/record_signed.py recorded them with the event's public key).
"""

from __future__ import annotations

import base64
import json
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.pretix_tickets import (
    MAX_SECRET_CHARS,
    SignedTicket,
    TicketProblem,
    encode_ticket,
    key_id,
    load_keys,
    parse_ticket,
    raw_key_from_pretix,
    sign_secret,
    split_secret,
    verify_ticket,
)

RECORDED = Path(__file__).parents[1] / "pretix" / "recorded"
TEST_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
KEYS = load_keys([TEST_KEY.public_key().public_bytes_raw()])
TUESDAY = datetime(2022, 5, 31, 9, 0, tzinfo=UTC)
ONE_DAY = SignedTicket("Xk3pQ7mZa", item=12, valid_from=1653948000, valid_until=1654034399)


def recorded_secret(name: str) -> str:
    body = json.loads((RECORDED / f"{name}.json").read_text(encoding="utf-8"))["body"]
    return str(body["positions"][0]["secret"])


def recorded_keys() -> tuple[bytes, ...]:
    body = json.loads((RECORDED / "signed-event.json").read_text(encoding="utf-8"))["body"]
    raw = [raw_key_from_pretix(text) for text in body["valid_keys"]["pretix_sig1"]]
    return tuple(key for key in raw if key is not None)


def signed(ticket: SignedTicket, key: Ed25519PrivateKey = TEST_KEY) -> str:
    return sign_secret(encode_ticket(ticket), key)


def raw_secret(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")[::-1]


# --- real pretix tickets -----------------------------------------------------------------------


def test_a_ticket_signed_by_a_real_pretix_verifies_with_the_events_published_key() -> None:
    keys = recorded_keys()
    assert [len(key) for key in keys] == [32]
    ticket = verify_ticket(recorded_secret("signed-order-par"), load_keys(keys))
    assert isinstance(ticket, SignedTicket)
    assert ticket.item == 1  # PAR in the seed
    assert (ticket.valid_from, ticket.valid_until) == (0, 0)
    assert len(ticket.seed) == 9


def test_a_real_one_day_ticket_carries_its_validity_window() -> None:
    ticket = verify_ticket(recorded_secret("signed-order-spk-one-day"), load_keys(recorded_keys()))
    assert isinstance(ticket, SignedTicket)
    # valid_from 2022-05-31T00:00+02:00, valid_until 2022-05-31T23:59:59+02:00 in the order
    assert ticket.valid_from == int(datetime(2022, 5, 30, 22, 0, tzinfo=UTC).timestamp())
    assert ticket.valid_until == int(datetime(2022, 5, 31, 21, 59, 59, tzinfo=UTC).timestamp())
    assert ticket.is_valid_at(TUESDAY)
    assert not ticket.is_valid_at(datetime(2022, 5, 30, 21, 59, tzinfo=UTC))
    assert not ticket.is_valid_at(datetime(2022, 5, 31, 22, 0, tzinfo=UTC))


def test_a_real_ticket_does_not_verify_with_another_key() -> None:
    secret = recorded_secret("signed-order-par")
    assert verify_ticket(secret, KEYS) is TicketProblem.BAD_SIGNATURE


def test_the_key_id_is_stable_and_names_the_key() -> None:
    raw = recorded_keys()[0]
    assert key_id(raw) == key_id(bytes(raw))
    assert len(key_id(raw)) == 16
    assert key_id(raw) != key_id(TEST_KEY.public_key().public_bytes_raw())


@pytest.mark.parametrize(
    "text",
    ["", "not base64!", base64.b64encode(b"not a pem").decode(), "QUJD" * 3],
)
def test_a_published_key_that_is_not_an_ed25519_pem_gives_none(text: str) -> None:
    assert raw_key_from_pretix(text) is None


# --- tickets made here -------------------------------------------------------------------------


def test_a_ticket_signed_with_the_test_key_round_trips() -> None:
    ticket = SignedTicket("abcdefghi", item=4242, variation=7, subevent=3)
    assert verify_ticket(signed(ticket), KEYS) == ticket


def test_any_of_several_keys_may_have_signed_it() -> None:
    keys = load_keys(
        [OTHER_KEY.public_key().public_bytes_raw(), *[TEST_KEY.public_key().public_bytes_raw()]]
    )
    assert verify_ticket(signed(ONE_DAY), keys) == ONE_DAY


def test_a_signed_secret_is_reversed_base64_of_the_documented_layout() -> None:
    secret = signed(ONE_DAY)
    raw = base64.b64decode(secret[::-1])
    version, payload_len, signature_len = struct.unpack(">BHH", raw[:5])
    assert (version, signature_len) == (1, 64)
    assert len(raw) == 5 + payload_len + 64
    assert parse_ticket(raw[5 : 5 + payload_len]) == ONE_DAY


def test_every_single_changed_character_is_caught() -> None:
    secret = signed(ONE_DAY)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    for index, char in enumerate(secret):
        if char == "=":
            continue
        swapped = alphabet[(alphabet.index(char) + 1) % 64]
        tampered = secret[:index] + swapped + secret[index + 1 :]
        assert not isinstance(verify_ticket(tampered, KEYS), SignedTicket), index


def test_another_spelling_of_the_same_bytes_is_refused() -> None:
    # The last character before the padding carries unused bits: setting them spells the same
    # bytes differently, and that spelling would hash past the revoked and blocked lists.
    secret = signed(ONE_DAY)
    padding = len(secret) - len(secret.lstrip("="))
    assert padding
    index = padding  # the reversed string starts with the padding
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    respelled = secret[:index] + alphabet[alphabet.index(secret[index]) ^ 1] + secret[index + 1 :]
    assert base64.b64decode(respelled[::-1]) == base64.b64decode(secret[::-1])
    assert verify_ticket(respelled, KEYS) is TicketProblem.NOT_BASE64


def test_a_ticket_signed_by_another_key_is_refused() -> None:
    assert verify_ticket(signed(ONE_DAY, OTHER_KEY), KEYS) is TicketProblem.BAD_SIGNATURE


def test_with_no_key_nothing_verifies_and_the_answer_says_so() -> None:
    assert verify_ticket(signed(ONE_DAY), ()) is TicketProblem.NO_KEYS
    assert TicketProblem.NO_KEYS.is_signed_ticket


def test_the_validity_window_has_open_ends() -> None:
    assert SignedTicket("s").is_valid_at(TUESDAY)
    assert SignedTicket("s", valid_from=int(TUESDAY.timestamp())).is_valid_at(TUESDAY)
    assert not SignedTicket("s", valid_from=int(TUESDAY.timestamp()) + 1).is_valid_at(TUESDAY)
    assert SignedTicket("s", valid_until=int(TUESDAY.timestamp())).is_valid_at(TUESDAY)
    assert not SignedTicket("s", valid_until=int(TUESDAY.timestamp()) - 1).is_valid_at(TUESDAY)


def test_negative_and_large_numbers_survive_the_int64_encoding() -> None:
    ticket = SignedTicket("s", item=2**62, variation=-1, subevent=300)
    assert parse_ticket(encode_ticket(ticket)) == ticket


def test_unknown_fields_are_skipped_like_a_protobuf_reader_does() -> None:
    extra = (
        b"\x38\x05"  # field 7, varint
        b"\x41"
        + bytes(8)  # field 8, fixed64
        + b"\x4a\x03abc"  # field 9, bytes
        + b"\x55"
        + bytes(4)  # field 10, fixed32
    )
    assert parse_ticket(encode_ticket(ONE_DAY) + extra) == ONE_DAY


# --- bad input: a reason, never an exception ---------------------------------------------------


def _payload_secret(payload: bytes, key: Ed25519PrivateKey = TEST_KEY) -> str:
    return sign_secret(payload, key)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("A" * (MAX_SECRET_CHARS + 1), TicketProblem.TOO_LONG),
        ("x" * 10_000, TicketProblem.TOO_LONG),
        ("\x00\x01\x02\xff binary", TicketProblem.NOT_BASE64),
        ("ticket£secret", TicketProblem.NOT_BASE64),
        ("az9u4mymhqktrbupmwkvv6xmgds5dk3", TicketProblem.NOT_BASE64),  # pretix random, 31 chars
        ("az9u4mymhqktrbupmwkvv6xmgds5dk3q", TicketProblem.WRONG_VERSION),  # 32: decodes, not v1
        ("has spaces in it", TicketProblem.NOT_BASE64),
        ("=abc", TicketProblem.NOT_BASE64),  # padding where it cannot be
        ("", TicketProblem.WRONG_VERSION),
        (raw_secret(b"\x02\x00\x01\x00\x40" + bytes(65)), TicketProblem.WRONG_VERSION),
        (raw_secret(b"\x01\x00"), TicketProblem.WRONG_VERSION),  # header cut short
        (raw_secret(b"\x01\x00\x05\x00\x40" + bytes(60)), TicketProblem.BAD_LENGTHS),
        (raw_secret(b"\x01\x00\x05\x00\x40" + bytes(70)), TicketProblem.BAD_LENGTHS),
        (raw_secret(b"\x01\xff\xff\xff\xff" + bytes(10)), TicketProblem.BAD_LENGTHS),
        (raw_secret(b"\x01\x00\x00\x00\x40" + bytes(64)), TicketProblem.BAD_LENGTHS),  # empty
        (raw_secret(b"\x01\x00\x02\x00\x03" + b"\x08\x01" + b"sig"), TicketProblem.BAD_SIGNATURE),
    ],
)
def test_malformed_secrets_get_a_reason(text: str, problem: TicketProblem) -> None:
    assert verify_ticket(text, KEYS) is problem


@pytest.mark.parametrize(
    "payload",
    [
        b"\x80",  # a varint that never ends
        b"\x08" + b"\xff" * 11,  # a varint of more than ten bytes
        b"\x0a\x10abc",  # a string longer than what is left
        b"\x0a\x02\xff\xfe",  # a seed that is not UTF-8
        b"\x10\x05\x00",  # field number 0
        b"\x0a\x01a\x13",  # a group (wire type 3)
        b"\x0a\x01a\x0f",  # wire type 7
        b"\x12\x01x",  # item (field 2) as bytes
        b"\x0d\x00\x00\x00\x00",  # seed (field 1) as fixed32
        b"\x41\x00\x00",  # a fixed64 cut short
        b"\x0a\x82\x02" + b"s" * 258,  # a 258-byte seed
    ],
)
def test_a_signed_but_broken_payload_is_refused_not_raised(payload: bytes) -> None:
    assert verify_ticket(_payload_secret(payload), KEYS) is TicketProblem.BAD_PAYLOAD


def test_shape_alone_is_checked_before_any_signature() -> None:
    parts = split_secret(signed(ONE_DAY))
    assert not isinstance(parts, TicketProblem)
    assert parts.payload == encode_ticket(ONE_DAY)
    assert len(parts.signature) == 64


def test_keys_of_the_wrong_length_are_skipped() -> None:
    assert load_keys([b"", b"short", bytes(33)]) == ()
