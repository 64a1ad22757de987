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
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli.soak_inputs import (
    Maker,
    Oracle,
    huge,
    indico_like,
    mutated_code,
    opaque_like,
    random_digits,
    random_text,
    random_unicode,
)
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.foreign_codes import SecretEntry, SecretSource, secret_hash
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


@dataclass
class Kiosk:
    service: CheckInService
    db: Database
    printer: FakePrinter
    codes: list[str]  # valid signed codes
    oracle: Oracle  # tells valid codes and roster secrets in disguise, as `kiosk soak fuzz` does
    checked: int = 0
    skipped: int = 0  # mutations that left a valid code intact

    def is_valid_in_disguise(self, text: str) -> bool:
        return self.oracle.is_valid(text)

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
    yield Kiosk(service, db, printer, codes, Oracle(codes, hashes))
    db.close()


# --- payload generators: the ones `kiosk soak fuzz` uses (kiosk/cli/soak_inputs.py) ---------------

GENERATORS: tuple[tuple[str, int, Maker], ...] = (
    ("random text", 25_000, random_text),
    ("random digits", 10_000, random_digits),
    ("random unicode", 10_000, random_unicode),
    ("10 kB", 500, huge),
    ("mutated codes", 35_000, mutated_code),
    ("Indico-like JSON", 12_000, indico_like),
    ("opaque-like secrets", 6_000, opaque_like),
)


# --- the tests -----------------------------------------------------------------------------------


def test_over_a_hundred_thousand_payloads_are_all_refused(kiosk: Kiosk) -> None:
    kiosk.checked = kiosk.skipped = 0
    for name, count, make in GENERATORS:
        rng = random.Random(f"fuzz/{name}")
        for _ in range(count):
            kiosk.refuses(make(rng, kiosk.codes))
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
        source = mutated_code(rng, kiosk.codes) if rng.random() < 0.5 else random_text(rng, ())
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
        text = rng.choice(makers)(rng, kiosk.codes)
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
