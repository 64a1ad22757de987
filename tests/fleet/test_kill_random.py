"""`kiosk sync --once` killed with SIGKILL at random moments, again and again, loses nothing.

tests/sync/test_sync_kill.py kills a round at four chosen points; this one kills the real command
(its own process, as a power cut or the OOM killer would) after a random delay, many times over,
and checks what must hold after every single kill:

- a fresh kiosk downloading its first event: the participants it holds are exactly those the
  feed published up to its stored watermark (pages are all-or-nothing; the watermark is never
  ahead of the data, never behind it either);
- a busy kiosk pushing 1,000 check-ins made offline, and up to 150 more after every kill: each
  one is still in its outbox or already at the registry (never neither), and the registry never
  stores one twice.

Then both run `kiosk sync --once` to the end: outbox empty, every check-in at the registry once,
the whole roster on the fresh kiosk. KIOSK_KILLS sets the rounds (CI: 6; each runs both kiosks
once, killed after 0.3 to 1.2 times the length of a whole first sync, unless it ended first).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fleet_harness import (
    FIRST,
    KIOSK,
    MONDAY,
    MONDAY_UTC,
    LiveRegistry,
    demo_registry,
    device_token,
    enroll,
    feed,
    kiosk,
    kiosk_env,
)

from kiosk.core.model import CheckIn, ScanSource
from kiosk.store import Database, journal, open_database, outbox, sync_state
from kiosk.store.journal import JobState, PrintJob

pytestmark = pytest.mark.integration

KILLS = int(os.environ.get("KIOSK_KILLS", "6"))
PEOPLE = 2500
OFFLINE_CHECKINS = 1000
MORE = min(150, (PEOPLE - OFFLINE_CHECKINS) // KILLS)  # each person checked in once at most


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRegistry]:
    folder = tmp_path_factory.mktemp("registry")
    with demo_registry(folder, PEOPLE) as registry:
        yield registry


@pytest.fixture(autouse=True)
def monday_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_SIMULATED_TIME", MONDAY)


def _offline_check_ins(home: Path, start: int, count: int) -> set[str]:
    """People checked in while the network was down, journalled as the service does."""
    db = open_database(home / "kiosk.db")
    made = set()
    try:
        for n in range(start, start + count):
            at, person = MONDAY_UTC + timedelta(seconds=n), FIRST + n % PEOPLE
            check_in = CheckIn(str(uuid.uuid4()), person, 22, at, home.name, ScanSource.SCANNER)
            job = PrintJob(str(uuid.uuid4()), person, 1, "file:prints", JobState.QUEUED)
            journal.record_check_in(db, check_in, job)
            made.add(check_in.id)
    finally:
        db.close()
    return made


def _kill_after(home: Path, delay_s: float) -> bool:
    """Runs `kiosk sync --once` and SIGKILLs it after ``delay_s``; False if it ended first."""
    process = subprocess.Popen(
        [KIOSK, "--home", str(home), "sync", "--once"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=kiosk_env(),
    )
    try:
        process.wait(timeout=delay_s)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        return True


def _pending_ids(db: Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT id FROM outbox WHERE state = 'pending'")}


def _check_fresh_home(db: Database, published: dict[int, int]) -> None:
    """The participants held are exactly those published up to the watermark."""
    watermark = sync_state.load_state(db).watermark
    held = {row[0] for row in db.execute("SELECT registration_id FROM participants")}
    assert held == {reg for reg, seq in published.items() if seq <= watermark}, watermark


def _check_busy_home(db: Database, made: set[str], live: LiveRegistry, token: str) -> None:
    """Every offline check-in is in the outbox or at the registry, and none is there twice."""
    at_registry, stored = _registry_checkins(live, token)
    assert len(at_registry) == len(set(at_registry)) == stored
    assert made <= _pending_ids(db) | set(at_registry)


def _registry_checkins(live: LiveRegistry, token: str) -> tuple[list[str], int]:
    """The check-ins in the feed and the registry's count, read while nothing changed between:
    a killed kiosk's last request may still be committing when the kill returns."""
    for _ in range(50):
        before = live.status()
        found = [c["data"]["id"] for c in feed(live.url, token) if c["kind"] == "checkin"]
        if live.status() == before:
            return found, before["checkins"]
        time.sleep(0.1)
    raise AssertionError("the registry kept changing with no kiosk running")


def test_random_kills_during_sync_lose_nothing_and_double_nothing(
    tmp_path: Path, live: LiveRegistry
) -> None:
    fresh, busy = tmp_path / "fresh-kiosk", tmp_path / "busy-kiosk"
    enroll(fresh, live, fresh.name)
    enroll(busy, live, busy.name)
    started = time.monotonic()
    assert kiosk(busy, "sync", "--once").returncode == 0  # the whole event: the longest run
    whole_run_s = time.monotonic() - started
    made = _offline_check_ins(busy, 0, OFFLINE_CHECKINS)
    token = device_token(fresh)  # the feed leaves out a kiosk's own check-ins: ask as another
    published: dict[int, int] = {}  # registration id -> the first seq that carried it
    for change in feed(live.url, token):
        if change["kind"] == "participant":
            published.setdefault(change["data"]["registration_id"], change["seq"])
    rng = random.Random(int(os.environ.get("KIOSK_KILL_SEED", "2022")))
    killed = 0
    for round_ in range(KILLS):
        # start-up and imports are most of a run: kill anywhere from early on to its end
        killed += _kill_after(fresh, rng.uniform(0.3, 1.2) * whole_run_s)
        killed += _kill_after(busy, rng.uniform(0.3, 1.2) * whole_run_s)
        _check_after_kill(fresh, busy, (published, made), live, token)
        # more people arrive at the busy kiosk: every round has something to push
        made |= _offline_check_ins(busy, OFFLINE_CHECKINS + round_ * MORE, MORE)
    print(f"\n{killed} of {2 * KILLS} sync runs killed; {len(made)} offline check-ins")
    assert killed >= KILLS // 2, killed  # most runs were really cut short
    _finish(fresh, busy, made, live, token)


def _check_after_kill(
    fresh: Path,
    busy: Path,
    expected: tuple[dict[int, int], set[str]],
    live: LiveRegistry,
    token: str,
) -> None:
    for home in (fresh, busy):
        db = open_database(home / "kiosk.db")
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            if home == fresh:
                _check_fresh_home(db, expected[0])
            else:
                _check_busy_home(db, expected[1], live, token)
        finally:
            db.close()


def _finish(fresh: Path, busy: Path, made: set[str], live: LiveRegistry, token: str) -> None:
    for home in (busy, fresh):  # the busy kiosk's last check-ins first reach the registry
        done = kiosk(home, "sync", "--once")
        assert done.returncode == 0, done.stderr
    at_registry = [c["data"]["id"] for c in feed(live.url, token) if c["kind"] == "checkin"]
    assert sorted(at_registry) == sorted(made)  # all of them, once each
    for home in (fresh, busy):
        db = open_database(home / "kiosk.db")
        try:
            assert outbox.pending_count(db) == 0
            held = db.execute("SELECT count(*) FROM participants").fetchone()[0]
            assert held == live.status()["participants"] == PEOPLE
            rows = db.execute("SELECT count(*), count(DISTINCT id) FROM checkins").fetchone()
            assert tuple(rows) == (len(made), len(made))
        finally:
            db.close()
