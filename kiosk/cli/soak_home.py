"""The soak commands' shared parts: a demo home, its codes, a printer ledger, a scanning worker."""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.credentials import Credential, sign_credential
from kiosk.core.model import ScanSource
from kiosk.paths import Home
from kiosk.printing.base import PrinterState, PrinterStatus, PrintResult, RenderedBadge
from kiosk.sample.people import sample_participants
from kiosk.sample.wsis2022 import sample_categories, sample_event
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_KEY_ID, DEMO_START, demo_private_key, init_demo
from kiosk.services.printing import PrintSetup
from kiosk.store import open_database

WALK_IN_BASE = 23_000_000  # registrations known only from their code (embedded badge name)
WALK_IN_EVERY = 10  # one code in ten is a walk-in's
CODES_FILE = "soak-codes.txt"
LEDGER_FILE = "printer-ledger.txt"


# --- the soak home -----------------------------------------------------------------------------


def make_home(root: Path, people: int) -> list[str]:
    """A demo home of ``people`` plus one walk-in in ten; returns every code, written to a file."""
    home = Home(root)
    init_demo(home, count=people)
    private = demo_private_key(home)
    event = sample_event()
    numbers = {c.code: c.number for c in sample_categories()}
    issued = datetime.fromisoformat(DEMO_START)
    codes: list[str] = []
    for n, person in enumerate(sample_participants(event.id, people, 2022)):
        credential = Credential(
            DEMO_KEY_ID,
            event.id,
            person.registration_id,
            numbers.get(person.category, 1),
            person.reissue,
            issued,
        )
        codes.append(sign_credential(credential, private))
        if n % WALK_IN_EVERY == WALK_IN_EVERY - 1:
            walk_in = Credential(
                DEMO_KEY_ID, event.id, WALK_IN_BASE + n, 1, 0, issued, f"Walk-in {n}"
            )
            codes.append(sign_credential(walk_in, private))
    (root / CODES_FILE).write_text("\n".join(codes) + "\n", encoding="ascii")
    return codes


def read_codes(home: Home) -> list[str]:
    return (home.root / CODES_FILE).read_text(encoding="ascii").split()


@contextmanager
def scratch_home(keep: str | None) -> Iterator[Path]:
    """The directory a soak works in: ``keep`` if given (left for inspection), else temporary."""
    if keep:
        path = Path(keep).expanduser().resolve()
        if path.exists() and any(path.iterdir()):
            raise argparse.ArgumentTypeError(f"{path} is not empty; choose an empty directory")
        path.mkdir(parents=True, exist_ok=True)
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp:
        yield Path(tmp)


# --- the printer: a ledger of every badge that went out ----------------------------------------


class LedgerPrinter:
    """Appends one synced line per badge to a file: what a person would find in the tray."""

    uri = "ledger://soak"

    def __init__(self, path: Path, print_s: float = 0.0) -> None:
        self.path = path
        self.print_s = print_s  # how long the bytes take, half before the badge is out

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        line = f"{badge.content.registration_id} {badge.content.badge_version} {os.getpid()}\n"
        time.sleep(self.print_s / 2)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line.encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        time.sleep(self.print_s / 2)
        return PrintResult(self.uri, ())

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.ONLINE)


def read_ledger(path: Path) -> Counter[tuple[int, int]]:
    """How many times each (registration, badge version) came out; a torn last line is ignored."""
    if not path.exists():
        return Counter()
    found: Counter[tuple[int, int]] = Counter()
    for line in path.read_text(encoding="ascii", errors="replace").splitlines(keepends=True):
        parts = line.split()
        if line.endswith("\n") and len(parts) == 3:
            found[(int(parts[0]), int(parts[1]))] += 1
    return found


def second_prints(ledger: Counter[tuple[int, int]]) -> int:
    """Badges beyond the first per registration (the soaks never reprint on purpose)."""
    per_person = Counter(reg for (reg, _version), n in ledger.items() for _ in range(n))
    return sum(n - 1 for n in per_person.values() if n > 1)


def ledger_service(home: Home, synchronous: str = "FULL", print_s: float = 0.0) -> CheckInService:
    """A check-in service on ``home`` printing to its ledger (one per thread or process)."""
    from kiosk.app import clock_for, read_settings

    settings = read_settings(home)
    printer = LedgerPrinter(home.root / LEDGER_FILE, print_s)
    setup = PrintSetup.of(printer, BADGE_SIZES["a6"])
    db = open_database(home.database, synchronous=synchronous)
    return CheckInService(db, setup, settings.kiosk_id, clock_for(settings))


# --- one stream of scans (a worker process, or the writer thread) ------------------------------


@dataclass
class ScanTally:
    """What one scanner saw: outcomes, and the registrations it checked in."""

    outcomes: Counter[str] = field(default_factory=Counter)
    checked_in: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def as_json(self) -> str:
        return json.dumps(
            {"outcomes": self.outcomes, "checked_in": self.checked_in, "errors": self.errors}
        )

    def add(self, other: dict[str, Any]) -> None:
        self.outcomes.update(other["outcomes"])
        self.checked_in.extend(other["checked_in"])
        self.errors.extend(other["errors"])


def scan_stream(service: CheckInService, picks: Sequence[str], tally: ScanTally) -> None:
    """Scan each text in turn; an exception is a crash, recorded and the stream stops."""
    for text in picks:
        try:
            result = service.scan(text, ScanSource.SCANNER)
        except Exception as exc:  # the soak reports crashes instead of dying on them
            tally.errors.append(f"{type(exc).__name__}: {exc}")
            return
        tally.outcomes[result.outcome.value] += 1
        if result.journalled:
            assert result.registration_id is not None
            tally.checked_in.append(result.registration_id)


def worker_picks(codes: Sequence[str], seed: int, scans: int, offset: int) -> list[str]:
    """Fresh people from ``offset`` on, with rescans of earlier ones and AZERTY-typed copies."""
    from kiosk.scan.layouts import DigitLayout, type_through

    rng = random.Random(seed)
    picks: list[str] = []
    fresh = offset
    for _ in range(scans):
        if fresh > 0 and rng.random() < 0.3:
            text = codes[rng.randrange(min(fresh, len(codes)))]  # someone already seen
        else:
            text = codes[fresh % len(codes)]
            fresh += 1
        if rng.random() < 0.1:
            text = type_through(text, DigitLayout.FR_HOST)
        picks.append(text)
    return picks


def run_worker(home: Home, seed: int, scans: int, offset: int, print_ms: int = 0) -> int:
    """The worker process: say "ready", scan, print the tally as one JSON line."""
    service = ledger_service(home, print_s=print_ms / 1000)
    picks = worker_picks(read_codes(home), seed, scans, offset)
    print("ready", flush=True)
    tally = ScanTally()
    scan_stream(service, picks, tally)
    print(tally.as_json(), flush=True)
    return 0 if not tally.errors else 1
