"""`kiosk bench`: speed figures, each with a reference measured in the same run for a ratio."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.credentials import CONTEXT, public_from_private
from kiosk.core.model import ScanSource
from kiosk.paths import Home
from kiosk.printing.fake import FakePrinter
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_START, init_demo, issue_demo_code
from kiosk.services.search import find_participants
from kiosk.store import open_database

SEARCHES = ("maria", "jose garcia", "li", "محمد", "ministry", "university", "22000150", "ng")


def run_benchmarks(quick: bool = False) -> dict[str, Any]:
    """Build demo homes of 1,500 and 100,000 people and time scans and searches on each."""
    sizes = (1_500, 10_000) if quick else (1_500, 100_000)
    rounds = 300 if quick else 1_000
    figures: dict[str, Any] = {"rounds": rounds}
    figures["ed25519_verify_us_p50"] = _reference_verify_us(rounds)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        for size in sizes:
            figures.update(_bench_home(Path(tmp) / f"home-{size}", size, rounds))
    for size in sizes:
        decision = figures[f"decision_{size}_ms_p50"] * 1000
        figures[f"decision_{size}_vs_verify_ratio"] = round(
            decision / figures["ed25519_verify_us_p50"], 2
        )
    return figures


def _bench_home(root: Path, size: int, rounds: int) -> dict[str, Any]:
    home = Home(root)
    started = time.perf_counter()
    init_demo(home, size)
    figures: dict[str, Any] = {f"init_demo_{size}_s": round(time.perf_counter() - started, 2)}
    start = datetime.fromisoformat(DEMO_START).astimezone(UTC)

    def clock() -> datetime:
        return start

    db = open_database(home.database)
    service = CheckInService(db, FakePrinter(), BADGE_SIZES["a6"], "bench", clock)
    ids = [22_000_001 + (i * 7919) % size for i in range(rounds)]
    codes = [issue_demo_code(home, reg, clock()) for reg in dict.fromkeys(ids[:300])]
    decision = _timed(rounds, lambda i: service.check(codes[i % len(codes)], clock()))
    # Each code once: a first check-in, journalled with its print intent and audit line.
    full = _timed(len(codes), lambda i: service.scan(codes[i], ScanSource.CLI))
    search = _timed(rounds, lambda i: find_participants(db, SEARCHES[i % len(SEARCHES)], 50))
    db.close()
    figures.update(_percentiles(f"decision_{size}", decision))
    figures.update(_percentiles(f"scan_with_journal_{size}", full))
    figures.update(_percentiles(f"search_{size}", search))
    return figures


def _timed(rounds: int, action: Callable[[int], object]) -> list[float]:
    samples = []
    for i in range(rounds):
        started = time.perf_counter()
        action(i)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _percentiles(name: str, samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {f"{name}_ms_p50": round(statistics.median(ordered), 3), f"{name}_ms_p99": round(p99, 3)}


def _reference_verify_us(rounds: int) -> float:
    """A bare Ed25519 verification: the floor under any signed-code decision."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

    private = bytes(range(32))
    message = CONTEXT + bytes(14)
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(message)
    public = Ed25519PublicKey.from_public_bytes(public_from_private(private))
    samples = _timed(rounds, lambda _: public.verify(signature, message))
    return round(statistics.median(samples) * 1000, 1)
