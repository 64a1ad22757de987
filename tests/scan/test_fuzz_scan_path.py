"""Junk through the whole scan path: nothing raises, everything is refused, no one is checked in.

Over 100,000 random and mutated payloads (truncated and altered codes, wrong lengths, non-digits,
control characters, 10 kB inputs, invalid UTF-8 from a serial line, keyboard bursts, Indico-like
JSON) go from the serial splitter and the keyboard-wedge tracker through layout recovery and
foreign-code recognition into ``CheckInService.check`` on a real demo database with roster
secrets; a few thousand also go through ``scan``, which journals. A mutation that happens to
leave a valid code intact (é for É on a French host, say) is recognised by an oracle and skipped.
"""

from __future__ import annotations

import base64
import json
import random
import string
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.foreign_codes import SecretEntry, SecretSource, recognise, secret_hash
from kiosk.core.model import ScanSource
from kiosk.paths import Home
from kiosk.printing.fake import FakePrinter
from kiosk.scan.burst import MAX_SCAN_CHARS, BurstRules, BurstTracker, KeyKind, Step
from kiosk.scan.layouts import DigitLayout, digit_candidates, type_through
from kiosk.scan.serial import FrameSplitter, frame_text
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_START, init_demo, issue_demo_code
from kiosk.services.printing import PrintSetup
from kiosk.store import Database, journal, open_database, participants

NOW = datetime.fromisoformat(DEMO_START).astimezone(UTC)
SEEDS = 40  # registrations whose valid codes are mutated
TICKETS = {22_000_001 + i: uuid.uuid5(uuid.NAMESPACE_URL, f"fuzz/{i}") for i in range(20)}
ALPHABET = string.printable + "éèçàÉÈÇÀ§£·№°²´`^¨€ß\u00a0\u200b\u202e\ufeff\ufffd١٢٣"


@dataclass
class Kiosk:
    service: CheckInService
    db: Database
    printer: FakePrinter
    codes: list[str]  # valid signed codes
    valid_digits: frozenset[str]
    valid_hashes: frozenset[str]
    checked: int = 0
    skipped: int = 0  # mutations that left a valid code intact

    def is_valid_in_disguise(self, text: str) -> bool:
        # Leading zeros do not change the number the digits encode (docs/credential-format.md).
        readings = {c.text.lstrip("0") for c in digit_candidates(text.strip())}
        code = recognise(text.strip())
        return bool(readings & self.valid_digits) or (
            code is not None and code.secret_hash in self.valid_hashes
        )

    def refuses(self, text: str) -> None:
        """The one assertion of this file: junk gets a refusal, and nothing raises."""
        if self.is_valid_in_disguise(text):
            self.skipped += 1
            return
        result = self.service.check(text.strip(), NOW)
        self.checked += 1
        assert result.outcome is not Outcome.CHECKED_IN, repr(text[:200])
        assert not result.is_success


@pytest.fixture(scope="module")
def kiosk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kiosk]:
    home = Home(tmp_path_factory.mktemp("fuzz"))
    init_demo(home, count=200)
    codes = [issue_demo_code(home, 22_000_001 + i, NOW) for i in range(SEEDS)]
    db = open_database(home.database)
    entries = [SecretEntry(reg, secret_hash(str(ticket))) for reg, ticket in TICKETS.items()]
    participants.replace_secrets(db, entries, SecretSource.ROSTER)
    printer = FakePrinter()
    service = CheckInService(db, PrintSetup.of(printer, BADGE_SIZES["a6"]), "fuzz", lambda: NOW)
    hashes = frozenset(entry.secret_hash for entry in entries)
    yield Kiosk(service, db, printer, codes, frozenset(codes), hashes)
    db.close()


# --- payload generators --------------------------------------------------------------------------


def random_text(rng: random.Random) -> str:
    size = rng.choice((0, 1, 5, 12, 40, 188, 190, 300, 501, 2000))
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, size)))


def random_digits(rng: random.Random) -> str:
    length = rng.choice((1, 8, 100, 186, 187, 188, 189, 190, 250, 430, 499, 500, 501, 600))
    return "".join(rng.choice(string.digits) for _ in range(length))


def random_unicode(rng: random.Random) -> str:
    # Any code point, lone surrogates included: what a broken input method might produce.
    return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 60)))


def huge(rng: random.Random) -> str:
    return rng.choice(("7", "é", "\x00", "a1")) * (5120 + rng.randint(0, 5120))


def mutated_code(rng: random.Random, codes: list[str]) -> str:
    code = rng.choice(codes)
    mutation = rng.choice(MUTATIONS)
    if mutation is not _mix_layouts and rng.random() < 0.4:
        code = type_through(code, rng.choice(list(DigitLayout)))
    return mutation(rng, code)


def _truncate(rng: random.Random, code: str) -> str:
    return code[: rng.randrange(len(code))]


def _substitute(rng: random.Random, code: str) -> str:
    i = rng.randrange(len(code))
    return code[:i] + rng.choice(ALPHABET) + code[i + 1 :]


def _insert(rng: random.Random, code: str) -> str:
    i = rng.randrange(len(code) + 1)
    return code[:i] + rng.choice(string.digits + "\x00\t\r\x1b") + code[i:]


def _delete(rng: random.Random, code: str) -> str:
    i = rng.randrange(len(code))
    return code[:i] + code[i + 1 :]


def _swap(rng: random.Random, code: str) -> str:
    i = rng.randrange(len(code) - 1)
    return code[:i] + code[i + 1] + code[i] + code[i + 2 :]


def _append(rng: random.Random, code: str) -> str:
    return code + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(3))


def _double(rng: random.Random, code: str) -> str:
    return code + code


def _mix_layouts(rng: random.Random, code: str) -> str:
    # The host's layout switched in the middle of a burst: two tables in one code.
    first, second = rng.sample(list(DigitLayout), 2)
    half = rng.randrange(1, len(code) - 1)
    return type_through(code[:half], first) + type_through(code[half:], second)


def _flip_bits(rng: random.Random, code: str) -> str:
    if not code.isdigit():
        return _substitute(rng, code)
    value = int(code) ^ (1 << rng.randrange(int(code).bit_length()))
    return str(value)


MUTATIONS: tuple[Callable[[random.Random, str], str], ...] = (
    _truncate,
    _substitute,
    _insert,
    _delete,
    _swap,
    _append,
    _double,
    _mix_layouts,
    _flip_bits,
)


def indico_like(rng: random.Random) -> str:
    secret = base64.b64encode(rng.randbytes(rng.choice((16, 16, 16, 15, 17, 0)))).decode()
    version = rng.choice((2, 2, 2, 1, 3, "2", None, True, 2.0))
    parts: list[object] = [version, rng.choice(("indico.un.org", "", 7, None)), secret]
    if rng.random() < 0.3:
        parts.append(rng.choice((secret, "x", 5, None)))
    shapes: list[object] = [
        {"i": parts},
        {"i": parts[: rng.randrange(4)]},
        {"i": parts, "a": rng.choice(("https://adams", 1, [1, 2]))},
        {"checkin_secret": rng.choice((str(uuid.UUID(bytes=rng.randbytes(16))), "nope", 5))},
        {"registrant_id": rng.randint(0, 10**6), "checkin_secret": secret},
        parts,
        {"i": {"nested": parts}},
    ]
    text = json.dumps(rng.choice(shapes), separators=rng.choice(((",", ":"), (", ", ": "))))
    if rng.random() < 0.2:
        text = text[: rng.randrange(len(text) + 1)]  # a half-read code
    return text


def opaque_like(rng: random.Random) -> str:
    chars = string.ascii_letters + string.digits + "+/=_"
    return "".join(rng.choice(chars) for _ in range(rng.randint(12, 128)))


GENERATORS: tuple[tuple[str, int, Callable[[random.Random, Kiosk], str]], ...] = (
    ("random text", 25_000, lambda rng, k: random_text(rng)),
    ("random digits", 10_000, lambda rng, k: random_digits(rng)),
    ("random unicode", 10_000, lambda rng, k: random_unicode(rng)),
    ("10 kB", 500, lambda rng, k: huge(rng)),
    ("mutated codes", 35_000, lambda rng, k: mutated_code(rng, k.codes)),
    ("Indico-like JSON", 12_000, lambda rng, k: indico_like(rng)),
    ("opaque-like secrets", 6_000, lambda rng, k: opaque_like(rng)),
)


# --- the tests -----------------------------------------------------------------------------------


def test_over_a_hundred_thousand_payloads_are_all_refused(kiosk: Kiosk) -> None:
    kiosk.checked = kiosk.skipped = 0
    for name, count, make in GENERATORS:
        rng = random.Random(f"fuzz/{name}")
        for _ in range(count):
            kiosk.refuses(make(rng, kiosk))
    serial_noise(kiosk, random.Random("fuzz/serial"), 3_000)
    keyboard_bursts(kiosk, random.Random("fuzz/wedge"), 3_000)
    print(f"{kiosk.checked} payloads refused; {kiosk.skipped} valid codes in disguise skipped")
    assert kiosk.checked >= 100_000
    assert kiosk.skipped < kiosk.checked / 100  # the oracle is not hiding the fuzzing


def serial_noise(kiosk: Kiosk, rng: random.Random, streams: int) -> None:
    """Byte streams with invalid UTF-8, codes and line ends, arriving in random pieces."""
    for _ in range(streams):
        splitter = FrameSplitter()
        stream = bytearray()
        for _ in range(rng.randint(1, 6)):
            choice = rng.random()
            if choice < 0.5:
                stream += rng.randbytes(rng.randint(0, 300))
            elif choice < 0.8:
                stream += mutated_code(rng, kiosk.codes).encode("utf-8", "surrogatepass")
            else:
                stream += rng.choice((b"\r", b"\n", b"\r\n", b"\x00", b"\xff\xfe"))
        for piece in _chunks(rng, bytes(stream)):
            for frame in splitter.feed(piece):
                assert b"\r" not in frame
                assert b"\n" not in frame
                assert len(frame) <= MAX_SCAN_CHARS + 1
                kiosk.refuses(frame_text(frame))


def _chunks(rng: random.Random, data: bytes) -> Iterator[bytes]:
    start = 0
    while start < len(data):
        end = start + rng.randint(1, 64)
        yield data[start:end]
        start = end


def keyboard_bursts(kiosk: Kiosk, rng: random.Random, runs: int) -> None:
    """Key runs at scanner and human speeds, with stray Enter, Tab and modifier keys."""
    kinds = list(KeyKind)
    for _ in range(runs):
        tracker = BurstTracker(BurstRules())
        at = 0.0
        source = mutated_code(rng, kiosk.codes) if rng.random() < 0.5 else random_text(rng)
        for char in source:
            at += rng.choice((0.002, 0.004, 0.02, 0.05, 0.2))
            kind = KeyKind.TEXT if rng.random() < 0.95 else rng.choice(kinds)
            answer = tracker.press(kind, char if kind is KeyKind.TEXT else "", at)
            if answer.step is Step.SWALLOW and answer.ended is not None:
                kiosk.refuses(answer.ended.text)
        answer = tracker.press(KeyKind.ENTER, "", at + 0.003)
        if answer.ended is not None and answer.ended.is_scan:
            kiosk.refuses(answer.ended.text)


def test_a_sample_through_scan_journals_refusals_and_no_check_in(kiosk: Kiosk) -> None:
    rng = random.Random("fuzz/scan")
    makers = [make for _, _, make in GENERATORS]
    scanned = 0
    while scanned < 3_000:
        text = rng.choice(makers)(rng, kiosk)
        if kiosk.is_valid_in_disguise(text):
            continue
        result = kiosk.service.scan(text, rng.choice(list(ScanSource)))
        assert not result.is_success
        scanned += 1
    assert journal.count_check_ins(kiosk.db) == 0
    assert kiosk.printer.printed == []
    assert len(journal.recent_audit(kiosk.db, 5000)) >= 3_000  # each refusal is in the audit


def test_the_same_service_admits_a_real_code(kiosk: Kiosk) -> None:
    valid = kiosk.service.check(type_through(kiosk.codes[0], DigitLayout.CH_HOST), NOW)
    assert valid.outcome is Outcome.CHECKED_IN
    indico = json.dumps(
        {"i": [2, "indico.un.org", base64.b64encode(TICKETS[22_000_003].bytes).decode()]}
    )
    assert kiosk.service.check(indico, NOW).outcome is Outcome.CHECKED_IN


# --- properties (hypothesis) ---------------------------------------------------------------------

PROPERTY = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(st.text(max_size=600))
def test_any_text_is_refused(kiosk: Kiosk, text: str) -> None:
    kiosk.refuses(text)


@PROPERTY
@given(st.binary(max_size=2000), st.sampled_from([b"", b"\r", b"\n", b"\r\n"]))
def test_any_bytes_split_into_bounded_frames_without_line_ends(
    kiosk: Kiosk, data: bytes, end: bytes
) -> None:
    frames = FrameSplitter().feed(data + end)
    for frame in frames:
        assert frame
        assert not set(frame) & {0x0A, 0x0D}
        assert len(frame) <= MAX_SCAN_CHARS + 1
        kiosk.refuses(frame_text(frame))


@PROPERTY
@given(st.text(alphabet="0123456789&é\"'(-è_çà§!+*ç%/)=@#$^£·№;:?ÉÈÇÀ", max_size=300))
def test_every_reading_is_all_digits_and_the_typed_digits_come_first(
    kiosk: Kiosk, text: str
) -> None:
    readings = digit_candidates(text)
    assert all(r.text.isascii() and r.text.isdigit() for r in readings)
    assert len({r.text for r in readings}) == len(readings)
    if text.isdigit():
        assert [r.text for r in readings] == [text]
