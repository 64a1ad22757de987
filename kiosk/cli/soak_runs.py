"""The `kiosk soak` sub-commands: kill, race, fuzz (and the hidden worker they start)."""

from __future__ import annotations

import argparse
import json
import logging
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.cli.common import kiosk_command, positive
from kiosk.cli.soak_home import (
    LEDGER_FILE,
    ScanTally,
    ledger_service,
    make_home,
    read_ledger,
    run_worker,
    scan_stream,
    scratch_home,
    second_prints,
)
from kiosk.paths import Home
from kiosk.services.printing import recover_interrupted
from kiosk.store import journal
from kiosk.store.invariants import JournalHealth, journal_health

SCANS_PER_KILL_RUN = 40  # fresh people a worker reaches before it is killed, about
PRINT_MS = 4  # a printer that takes a little time, so that some kills land mid-print


def register(kinds: Any) -> None:
    kill = _leaf(kinds, "kill", _kill, "SIGKILL a scanning worker at random moments, N times")
    kill.add_argument("--runs", type=positive, default=50, metavar="N", help="kills (default 50)")
    kill.add_argument(
        "--max-delay-ms", type=positive, default=250, metavar="MS", help="latest kill after start"
    )
    race = _leaf(kinds, "race", _race, "processes and a thread scan the same people at once")
    race.add_argument(
        "--processes", type=positive, default=8, metavar="P", help="scanner processes"
    )
    race.add_argument("--scans", type=positive, default=500, metavar="N", help="per scanner")
    race.add_argument("--people", type=positive, default=150, metavar="N", help="people scanned")
    fuzz = _leaf(kinds, "fuzz", _fuzz, "junk through the whole scan path; nothing checks in")
    fuzz.add_argument("--inputs", type=positive, default=10_000, metavar="N", help="junk inputs")
    for sub in (kill, race, fuzz):
        sub.add_argument("--seed", type=int, default=7, help="the same seed repeats a run")
        sub.add_argument("--dir", metavar="DIR", help="work in DIR (kept) instead of a temp dir")
    worker = kinds.add_parser("worker", help=argparse.SUPPRESS)  # started by kill and race
    worker.set_defaults(handler=_worker)
    for name in ("--seed", "--scans", "--offset", "--print-ms"):
        worker.add_argument(name, type=int, default=0)


def _leaf(kinds: Any, name: str, handler: Any, text: str) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = kinds.add_parser(name, help=text, description=text)
    sub.set_defaults(handler=handler)
    return sub


def _worker(home: Home, args: argparse.Namespace) -> int:
    return run_worker(home, args.seed, args.scans, args.offset, args.print_ms)


def _start_worker(
    root: Path, seed: int, scans: int, offset: int, print_ms: int = 0
) -> subprocess.Popen[str]:
    command = [*kiosk_command(), "--home", str(root), "soak", "worker"]
    command += ["--seed", str(seed), "--scans", str(scans), "--offset", str(offset)]
    command += ["--print-ms", str(print_ms)]
    with (root / "worker-stderr.txt").open("a", encoding="utf-8") as stderr:
        return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True)


def _health_text(health: JournalHealth, second: int) -> str:
    return (
        f"integrity {health.integrity}, {health.check_ins_without_job} check-ins without "
        f"journal entry, {health.jobs_without_check_in} prints without check-in, "
        f"{health.double_active} with two active badges, {health.double_versions} doubled "
        f"versions, {second} second prints"
    )


# --- kill ----------------------------------------------------------------------------------------


@dataclass
class KillTally:
    runs: int = 0
    killed: int = 0  # the worker was still running when the signal came
    crashed: int = 0  # the worker died by itself, with an error
    came_out: int = 0  # cut-off prints staff found in the tray
    not_out: int = 0  # cut-off prints that never reached the printer (queued again)
    broken: int = 0  # runs after which an invariant failed


@contextmanager
def _quiet(level: int) -> Iterator[None]:
    """Fewer kiosk log lines while a soak runs; the level is put back after."""
    logger = logging.getLogger("kiosk")
    before = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(before)


def _kill(home: Home, args: argparse.Namespace) -> int:
    with _quiet(logging.ERROR):  # the start-up recovery warns of each cut-off print
        return _kill_soak(args)


def _kill_soak(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    started = time.monotonic()
    with scratch_home(args.dir) as root:
        codes = make_home(root, max(200, min(args.runs * SCANS_PER_KILL_RUN, 20_000)))
        tally = KillTally()
        for run in range(args.runs):
            _kill_once(root, run, rng, args.max_delay_ms / 1000, tally)
        final = _rescan_everyone(Home(root), codes)
        health, second = _check(Home(root))
    ok = health.is_healthy and not second and not tally.crashed and not tally.broken and final
    print(
        f"soak kill: {tally.runs} runs, {tally.killed} killed mid-run, {tally.crashed} crashed; "
        f"{health.check_ins} check-ins; cut-off prints {tally.came_out} came out, "
        f"{tally.not_out} did not; {_health_text(health, second)}; "
        f"rescan of everyone printed {'nothing' if final else 'AGAIN'}; "
        f"{time.monotonic() - started:.0f} s: {'OK' if ok else 'FAILED'}"
    )
    return 0 if ok else 1


def _kill_once(
    root: Path, run: int, rng: random.Random, max_delay: float, tally: KillTally
) -> None:
    offset = run * SCANS_PER_KILL_RUN
    seed = rng.randrange(1 << 30)
    worker = _start_worker(root, seed, SCANS_PER_KILL_RUN * 50, offset, PRINT_MS)
    assert worker.stdout is not None
    ready = worker.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0, max_delay))
    if worker.poll() is None:
        worker.send_signal(signal.SIGKILL)
        tally.killed += 1
    status = worker.wait()
    worker.stdout.close()
    tally.runs += 1
    if not ready or status not in (0, -signal.SIGKILL):
        tally.crashed += 1
    _recover_and_answer(Home(root), tally)
    health, second = _check(Home(root))
    if not health.is_healthy or second:
        tally.broken += 1
        print(f"run {run}: {_health_text(health, second)}", file=sys.stderr)


def _recover_and_answer(home: Home, tally: KillTally) -> None:
    """What the kiosk does at start (cut-off prints wait for staff), then staff's answer: the
    badge is in the tray if the printer's ledger has it."""
    from kiosk.app import clock_for, read_settings

    settings = read_settings(home)
    service = ledger_service(home)
    try:
        ledger = read_ledger(home.root / LEDGER_FILE)
        now = clock_for(settings)()
        for job in recover_interrupted(service.jobs.db, now, settings.kiosk_id):
            came_out = ledger[(job.registration_id, job.badge_version)] > 0
            service.jobs.answer(job.id, came_out)
            tally.came_out += came_out
            tally.not_out += not came_out
    finally:
        service.jobs.db.close()


def _check(home: Home) -> tuple[JournalHealth, int]:
    service = ledger_service(home)
    try:
        health = journal_health(service.jobs.db)
    finally:
        service.jobs.db.close()
    return health, second_prints(read_ledger(home.root / LEDGER_FILE))


def _rescan_everyone(home: Home, codes: list[str]) -> bool:
    """Scan every code once more: people who have a badge must get none; True if none did."""
    before = read_ledger(home.root / LEDGER_FILE)
    collected = {reg for reg, _ in before}
    service = ledger_service(home)
    tally = ScanTally()
    try:
        scan_stream(service, codes, tally)
    finally:
        service.jobs.db.close()
    after = read_ledger(home.root / LEDGER_FILE)
    again = [key for key in after if key[0] in collected and after[key] > before[key]]
    return not again and not tally.errors


# --- race ----------------------------------------------------------------------------------------


def _race(home: Home, args: argparse.Namespace) -> int:
    started = time.monotonic()
    with scratch_home(args.dir) as root:
        codes = make_home(root, args.people)
        tally, crashed = _race_once(root, codes, args)
        health, second = _check(Home(root))
        lost = set(tally.checked_in) - _journalled(root)
    counted = len(tally.checked_in) == health.check_ins
    ok = not crashed and not tally.errors and health.is_healthy and not second and counted
    scanners = args.processes + 1
    print(
        f"soak race: {args.processes} processes and 1 thread, {sum(tally.outcomes.values())} "
        f"scans of {len(codes)} people; {crashed + len(tally.errors)} crashed; "
        f"{len(tally.checked_in)} check-ins reported, {health.check_ins} journalled, "
        f"{len(lost)} lost; {_health_text(health, second)}; {scanners} scanners in "
        f"{time.monotonic() - started:.0f} s: {'OK' if ok else 'FAILED'}"
    )
    return 0 if ok else 1


def _race_once(root: Path, codes: list[str], args: argparse.Namespace) -> tuple[ScanTally, int]:
    rng = random.Random(args.seed)
    workers = [
        _start_worker(root, rng.randrange(1 << 30), args.scans, rng.randrange(len(codes)))
        for _ in range(args.processes)
    ]
    for worker in workers:  # every process has its service open before the thread starts
        assert worker.stdout is not None
        worker.stdout.readline()
    tally = ScanTally()
    picks = [rng.choice(codes) for _ in range(args.scans)]
    thread = threading.Thread(target=_thread_scans, args=(Home(root), picks, tally))
    thread.start()
    crashed = 0
    for worker in workers:
        out, _ = worker.communicate()
        lines = out.strip().splitlines()
        crashed += worker.returncode != 0 or not lines
        if lines:
            tally.add(json.loads(lines[-1]))
    thread.join()
    return tally, crashed


def _thread_scans(home: Home, picks: list[str], tally: ScanTally) -> None:
    """The writer thread: its own connection, as the kiosk window's worker thread has."""
    service = ledger_service(home)
    try:
        scan_stream(service, picks, tally)
    finally:
        service.jobs.db.close()


def _journalled(root: Path) -> set[int]:
    service = ledger_service(Home(root))
    try:
        return journal.checked_in_registrations(service.jobs.db)
    finally:
        service.jobs.db.close()


# --- fuzz ----------------------------------------------------------------------------------------


def _fuzz(home: Home, args: argparse.Namespace) -> int:
    from kiosk.cli.soak_fuzz import run_fuzz

    with _quiet(logging.WARNING), scratch_home(args.dir) as root:  # not a million log lines
        line, ok = run_fuzz(root, args.inputs, args.seed)
    print(line)
    return 0 if ok else 1
