"""`kiosk soak fuzz`: junk through the whole scan path (``CheckInService.scan``: layout recovery,
foreign codes, verification, the decision, the journal's audit); nothing raises, nothing checks in.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

from kiosk.cli.soak_home import ledger_service, make_home, read_ledger
from kiosk.cli.soak_inputs import Oracle, inputs
from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.paths import Home
from kiosk.store import journal

BATCH = 10_000
FUZZ_PEOPLE = 200


def run_fuzz(root: Path, count: int, seed: int) -> tuple[str, bool]:
    """Scan ``count`` junk inputs; returns the summary line and whether every one was refused."""
    started = time.monotonic()
    codes = make_home(root, FUZZ_PEOPLE)
    oracle = Oracle(codes)
    rng = random.Random(seed)
    # Refusals journal only an audit line; NORMAL keeps a million of them from waiting on fsync.
    service = ledger_service(Home(root), synchronous="NORMAL")
    sources = list(ScanSource)
    outcomes: Counter[str] = Counter()
    escaped: list[str] = []
    skipped = done = 0
    try:
        while done < count:  # ``count`` inputs scanned; valid codes in disguise come on top
            for text in inputs(rng, codes, min(BATCH, count - done)):
                if oracle.is_valid(text):
                    skipped += 1
                    continue
                done += 1
                try:
                    result = service.scan(text, rng.choice(sources))
                except Exception as exc:  # the one thing this soak looks for
                    escaped.append(f"{type(exc).__name__}: {exc} for {text[:80]!r}")
                    continue
                outcomes[result.outcome.value] += 1
        checked_in = journal.count_check_ins(service.jobs.db)
    finally:
        service.jobs.db.close()
    printed = sum(read_ledger(root / "printer-ledger.txt").values())
    ok = not escaped and not checked_in and not printed and not outcomes[Outcome.CHECKED_IN.value]
    top = ", ".join(f"{name} {n}" for name, n in outcomes.most_common(5))
    line = (
        f"soak fuzz: {done} inputs scanned ({skipped} valid codes in disguise skipped), "
        f"{len(escaped)} escaped exceptions, {checked_in} checked in, {printed} printed; {top}; "
        f"{time.monotonic() - started:.0f} s: {'OK' if ok else 'FAILED'}"
    )
    if escaped:
        line += f"; first: {escaped[0]}"
    return line, ok
