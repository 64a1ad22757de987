"""A fleet for the sync benchmark: simulated kiosks (asyncio + httpx, the protocol's three calls
each round) around two real kiosk homes syncing with the real engine, all on one schedule.

A simulated kiosk is enrolled like any other (one-time code, its own Ed25519 key), starts at the
registry's current watermark (a kiosk that already holds the event), and every ``interval``
seconds pushes its outbox (a check-in one round in five), reads the feed to its end and sends a
heartbeat. The real kiosks run `SyncSession` rounds on threads, as the kiosk window's sync
thread does. Meanwhile check-ins are made at the first real kiosk and timed until the second one
holds them.
"""

from __future__ import annotations

import asyncio
import base64
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psutil
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fleet_harness import FIRST, MONDAY_UTC, LiveRegistry

from kiosk.core.model import CheckIn, ScanSource
from kiosk.paths import Home
from kiosk.registry import operations
from kiosk.registry.database import Database as RegistryDatabase
from kiosk.store import journal, open_database
from kiosk.store.journal import JobState, PrintJob
from kiosk.syncing import session_factory, sync_setup


@dataclass
class FleetRun:
    latencies_s: list[float] = field(default_factory=list)
    simulated_rounds: int = 0
    simulated_errors: int = 0
    registry_cpu_share: float = 0.0  # CPU seconds per wall second (1.0 = one core busy)
    seconds: float = 0.0


def enroll_device(registry: LiveRegistry, kiosk_id: str) -> dict[str, str]:
    """Enrolls a device over HTTP with a fresh key; returns its Authorization header."""
    db = RegistryDatabase(registry.db_url)
    try:
        code = operations.enrollment_code(db, kiosk_id, datetime.now(UTC), timedelta(hours=1))
    finally:
        db.close()
    public = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    body = {
        "code": code,
        "device_public_key": base64.b64encode(public).decode(),
        "app_version": "sim",
    }
    answer = httpx.post(f"{registry.url}/api/v1/devices/enroll", json=body, timeout=30)
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def checkin_item(kiosk_id: str, registration_id: int, base: datetime, n: int) -> dict[str, Any]:
    item_id = str(uuid.uuid4())
    data = {
        "id": item_id,
        "registration_id": registration_id,
        "event_id": 22,
        "at": (base + timedelta(seconds=n)).isoformat(),
        "kiosk_id": kiosk_id,
        "source": "scanner",
    }
    return {"id": item_id, "kind": "checkin", "data": data}


def run_fleet(
    registry: LiveRegistry, homes: tuple[Path, Path], simulated: int, interval: float, trials: int
) -> FleetRun:
    result = FleetRun()
    devices = [enroll_device(registry, f"sim-{n:02d}") for n in range(simulated)]
    watermark = registry.status()["last_seq"]
    stop = threading.Event()
    assert registry.process is not None
    process = psutil.Process(registry.process.pid)
    cpu_before, started = _cpu(process), time.perf_counter()
    # The window starts a round right after each check-in (kiosk/syncing.py, background_sync).
    pushed = threading.Event()
    workers = [
        threading.Thread(target=_real_kiosk, args=(h, interval, stop, wake))
        for h, wake in zip(homes, (pushed, threading.Event()), strict=True)
    ]
    workers.append(
        threading.Thread(
            target=lambda: asyncio.run(
                _simulated(registry.url, devices, watermark, interval, stop, result)
            )
        )
    )
    for worker in workers:
        worker.start()
    try:
        for trial in range(trials):
            time.sleep(random.Random(trial).uniform(0, interval))
            result.latencies_s.append(_seen_after(homes, FIRST + 2000 + trial, pushed))
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=120)
    result.seconds = time.perf_counter() - started
    result.registry_cpu_share = (_cpu(process) - cpu_before) / result.seconds
    return result


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    total = times.user + times.system
    for child in process.children(recursive=True):
        child_times = child.cpu_times()
        total += child_times.user + child_times.system
    return float(total)


def _real_kiosk(home: Path, interval: float, stop: threading.Event, wake: threading.Event) -> None:
    """The kiosk window's sync thread: a round, then ``interval`` seconds or until a check-in
    wakes it, until stopped."""
    session = session_factory(sync_setup(Home(home)))()
    try:
        while not stop.is_set():
            wake.clear()
            session.run()
            wake.wait(interval)
    finally:
        session.close()


def _seen_after(homes: tuple[Path, Path], registration_id: int, pushed: threading.Event) -> float:
    """A check-in at the first kiosk; seconds until the second kiosk's database holds it."""
    made_at, seen_by = homes
    db = open_database(made_at / "kiosk.db")
    check_in = CheckIn(
        str(uuid.uuid4()), registration_id, 22, MONDAY_UTC, made_at.name, ScanSource.SCANNER
    )
    job = PrintJob(str(uuid.uuid4()), registration_id, 1, "file:prints", JobState.QUEUED)
    journal.record_check_in(db, check_in, job)
    db.close()
    pushed.set()  # as the window does: a round at once, which pushes the check-in
    started = time.perf_counter()
    other = open_database(seen_by / "kiosk.db")
    try:
        while time.perf_counter() - started < 300:
            found = other.execute("SELECT 1 FROM checkins WHERE id = ?", [check_in.id]).fetchone()
            if found:
                return time.perf_counter() - started
            time.sleep(0.05)
    finally:
        other.close()
    raise SystemExit("a check-in did not reach the other kiosk within 300 s")


async def _simulated(
    url: str,
    devices: list[dict[str, str]],
    watermark: int,
    interval: float,
    stop: threading.Event,
    result: FleetRun,
) -> None:
    limits = httpx.Limits(max_connections=len(devices) + 5)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as http:
        await asyncio.gather(
            *(
                _simulated_kiosk(http, headers, n, watermark, interval, stop, result)
                for n, headers in enumerate(devices)
            )
        )


async def _simulated_kiosk(
    http: httpx.AsyncClient,
    headers: dict[str, str],
    n: int,
    watermark: int,
    interval: float,
    stop: threading.Event,
    result: FleetRun,
) -> None:
    rng = random.Random(n)
    await asyncio.sleep(rng.uniform(0, interval))
    while not stop.is_set():
        began = time.perf_counter()
        try:
            watermark = await _round(http, headers, n, watermark, rng)
            result.simulated_rounds += 1
        except (httpx.HTTPError, KeyError, ValueError):
            result.simulated_errors += 1
        await asyncio.sleep(max(0.0, interval - (time.perf_counter() - began)))


async def _round(
    http: httpx.AsyncClient, headers: dict[str, str], n: int, watermark: int, rng: random.Random
) -> int:
    items = []
    if rng.random() < 0.2:
        items.append(
            checkin_item(f"sim-{n:02d}", FIRST + 3000 + rng.randrange(1000), MONDAY_UTC, n)
        )
    (await http.post("/api/v1/outbox", json={"items": items}, headers=headers)).raise_for_status()
    more = True
    while more:
        answer = await http.get(
            "/api/v1/changes", params={"since": watermark, "limit": 1000}, headers=headers
        )
        answer.raise_for_status()
        page = answer.json()
        watermark, more = int(page["next"]), bool(page["more"])
    beat = {
        "app_version": "sim",
        "outbox_length": 0,
        "watermark": watermark,
        "data_age_s": 0,
        "printer": {"name": "sim", "state": "ok", "paper": "ok"},
        "last_error": "",
        "sent_at": datetime.now(UTC).isoformat(),
    }
    (await http.post("/api/v1/heartbeat", json=beat, headers=headers)).raise_for_status()
    return watermark
