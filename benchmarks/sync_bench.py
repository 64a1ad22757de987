"""Sync benchmark: the registry on 127.0.0.1 and real kiosks, every figure with its reference.

    .venv/bin/python benchmarks/sync_bench.py --json                 # 100,000 participants
    .venv/bin/python benchmarks/sync_bench.py --participants 10000   # a quick look

Figures (benchmarks/README.md, "Sync"): the registry's init-demo; a kiosk's initial sync as the
real `kiosk sync --once` process (round time, process time, peak RSS from wait4) next to fetching
the same changes as one plain JSON dump from a plain HTTP server on the same loopback; an
incremental sync of 1,000 changes; a push of 1,000 check-ins; and a fleet run: 50 simulated
kiosks syncing on the same schedule as two real kiosks while a check-in made on one is timed
until the other holds it, with the registry's CPU share (psutil). Goals are reported, never
asserted: this measures, tests check.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fleet_harness import (
    FIRST,
    KIOSK,
    MONDAY_UTC,
    LiveRegistry,
    enroll,
    kiosk_env,
)
from simulated_fleet import FleetRun, checkin_item, enroll_device, run_fleet

from kiosk.core.model import CheckIn, ScanSource
from kiosk.store import journal, open_database
from kiosk.store.journal import JobState, PrintJob


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--kiosks", type=int, default=50, help="simulated kiosks in the fleet run")
    parser.add_argument("--interval", type=float, default=10.0, help="seconds between rounds")
    parser.add_argument("--trials", type=int, default=5, help="check-ins timed across the fleet")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.participants < 5000:
        parser.error("--participants must be at least 5000 (the figures use 4,000 distinct people)")
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as folder:
        figures = run(Path(folder), args)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for name, value in figures.items():
            print(f"{name}: {value}")
    return 0


def run(folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    figures: dict[str, Any] = {"participants": args.participants}
    registry = LiveRegistry(folder, f"sqlite:///{folder / 'registry.db'}")
    started = time.perf_counter()
    registry.init_demo(args.participants)
    figures["registry_init_demo_s"] = round(time.perf_counter() - started, 2)
    registry.serve()
    try:
        tower = enroll(folder / "tower", registry, "tower")
        figures.update(_initial(tower, "initial"))
        figures.update(_reference_dump(registry, tower))
        figures["initial_vs_dump_ratio"] = round(
            figures["initial_round_s"] / figures["dump_fetch_s_p50"], 2
        )
        figures.update(_incremental(registry, tower))
        figures.update(_push(tower))
        cicg = enroll(folder / "cicg", registry, "cicg")
        figures.update(_initial(cicg, "second_initial"))
        fleet = run_fleet(registry, (tower, cicg), args.kiosks, args.interval, args.trials)
        figures.update(_fleet_figures(fleet, args))
    finally:
        registry.stop()
    return figures


def _timed_sync(home: Path) -> tuple[dict[str, Any], float, float]:
    """`kiosk sync --once --json` in its own process: its report, wall seconds, peak RSS MB.

    The peak is the process's own high-water mark (VmHWM), read every 20 ms while it runs:
    wait4's ru_maxrss would count the benchmark's memory, shared with the child until exec.
    """
    out = home / "sync-report.json"
    started = time.perf_counter()
    with out.open("wb") as sink:
        process = subprocess.Popen(
            [KIOSK, "--home", str(home), "sync", "--once", "--json"],
            stdout=sink,
            stderr=subprocess.DEVNULL,
            env=kiosk_env(),
        )
        peak_kb = 0
        while process.poll() is None:
            peak_kb = max(peak_kb, _high_water_kb(process.pid))
            time.sleep(0.02)
    wall = time.perf_counter() - started
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if not report["ok"]:
        raise SystemExit(f"sync failed: {report['error']}")
    return report, wall, peak_kb / 1024


def _high_water_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return 0  # it just ended
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _initial(home: Path, name: str) -> dict[str, Any]:
    report, wall, rss = _timed_sync(home)
    return {
        f"{name}_round_s": report["seconds"],
        f"{name}_process_s": round(wall, 2),
        f"{name}_changes": report["pulled"],
        f"{name}_pages": report["pages"],
        f"{name}_peak_rss_mb": round(rss, 1),
    }


def _reference_dump(registry: LiveRegistry, home: Path) -> dict[str, Any]:
    """The same changes as one JSON document from a plain HTTP server: GET and parse, 3 times."""
    token = json.loads((home / "registry.json").read_text(encoding="utf-8"))["token"]
    rows = _all_changes(registry.url, token)
    body = json.dumps({"changes": rows}).encode()
    server = _DumpServer(body)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    times = []
    try:
        for _ in range(3):
            started = time.perf_counter()
            answer = httpx.get(f"http://127.0.0.1:{server.server_port}/dump.json", timeout=120)
            parsed = answer.json()
            times.append(time.perf_counter() - started)
            assert len(parsed["changes"]) == len(rows)
    finally:
        server.shutdown()
        server.server_close()
    return {
        "dump_rows": len(rows),
        "dump_mb": round(len(body) / 1e6, 1),
        "dump_fetch_s_p50": round(statistics.median(times), 3),
    }


def _all_changes(url: str, token: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    since = 0
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as http:
        while True:
            page = http.get("/api/v1/changes", params={"since": since, "limit": 5000}, timeout=60)
            page.raise_for_status()
            data = page.json()
            rows += data["changes"]
            since = data["next"]
            if not data["more"]:
                return rows


class _DumpServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, body: bytes) -> None:
        super().__init__(("127.0.0.1", 0), _DumpHandler)
        self.body = body


class _DumpHandler(BaseHTTPRequestHandler):
    server: _DumpServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.server.body)))
        self.end_headers()
        self.wfile.write(self.server.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _incremental(registry: LiveRegistry, home: Path) -> dict[str, Any]:
    """Another kiosk pushes 1,000 check-ins (1,000+ changes); then this one syncs."""
    pusher = enroll_device(registry, "pusher")
    items = [checkin_item("pusher", FIRST + n, MONDAY_UTC, n) for n in range(1000)]
    with httpx.Client(base_url=registry.url, headers=pusher, timeout=60) as http:
        for start in range(0, len(items), 500):
            answer = http.post("/api/v1/outbox", json={"items": items[start : start + 500]})
            answer.raise_for_status()
    report, wall, _rss = _timed_sync(home)
    return {
        "incremental_changes": report["pulled"],
        "incremental_round_s": report["seconds"],
        "incremental_process_s": round(wall, 2),
    }


def _push(home: Path) -> dict[str, Any]:
    """1,000 check-ins made at this kiosk (journalled as the service does), then one round."""
    db = open_database(home / "kiosk.db")
    try:
        for n in range(1000):
            at = MONDAY_UTC + timedelta(seconds=n)
            reg = FIRST + 1000 + n
            check_in = CheckIn(str(uuid.uuid4()), reg, 22, at, "tower", ScanSource.SCANNER)
            job = PrintJob(str(uuid.uuid4()), reg, 1, "file:prints", JobState.QUEUED)
            journal.record_check_in(db, check_in, job)
    finally:
        db.close()
    report, wall, _rss = _timed_sync(home)
    assert report["pushed"] == 1000, report
    return {"push_1000_round_s": report["seconds"], "push_1000_process_s": round(wall, 2)}


def _fleet_figures(fleet: FleetRun, args: argparse.Namespace) -> dict[str, Any]:
    latencies = sorted(fleet.latencies_s)
    return {
        "fleet_simulated_kiosks": args.kiosks,
        "fleet_interval_s": args.interval,
        "fleet_simulated_rounds": fleet.simulated_rounds,
        "fleet_simulated_errors": fleet.simulated_errors,
        "fleet_seen_after_s_p50": round(statistics.median(latencies), 2),
        "fleet_seen_after_s_max": round(latencies[-1], 2),
        "fleet_registry_cpu_share_of_one_core": round(fleet.registry_cpu_share, 3),
        "fleet_registry_cpu_share_of_machine": round(fleet.registry_cpu_share / os.cpu_count(), 3),
        "fleet_seconds": round(fleet.seconds, 1),
    }


if __name__ == "__main__":
    raise SystemExit(main())
