"""Registry-side sync figures: initial sync of N participants against one plain JSON dump of the
same rows over the same loopback, then a push of 1,000 check-ins and an incremental page.

    .venv/bin/python benchmarks/registry_feed.py [--participants 100000] [--db URL]

Without --db it uses a SQLite file in a temporary folder. The registry runs in its own process
(``python -m kiosk.registry serve``); the client here parses every page as a kiosk would, but
stores nothing (the kiosk's own apply time is measured by ``kiosk bench``).
"""

from __future__ import annotations

import argparse
import base64
import functools
import http.server
import json
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.registry import catalog, operations
from kiosk.registry.database import Database

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fleet_harness import registry_process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--db", help="database URL (default: SQLite in a temporary folder)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="registry-bench-"))
    url = args.db or f"sqlite:///{folder / 'registry.db'}"
    db = Database(url)
    now = datetime.now(UTC)
    started = time.perf_counter()
    operations.init(db, now)
    operations.init_demo(db, now, args.participants)
    figures: dict[str, float | int] = {"init_demo_s": round(time.perf_counter() - started, 2)}
    code = operations.enrollment_code(db, "bench-kiosk", now, timedelta(hours=1))
    dump = _plain_dump(db, folder / "participants.json")
    db.close()
    with registry_process(url, folder / "server.log") as base:
        token = _enroll(base, code)
        figures |= _sync_figures(base, token, dump)
    print(json.dumps(figures, indent=2))


def _plain_dump(db: Database, path: Path) -> Path:
    """The same participant rows as one JSON array in a file (the reference)."""
    with db.read() as conn:
        rows = [person.data for person in catalog.all_participants(conn)]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path


def _enroll(base: str, code: str) -> str:
    public = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    body = {"code": code, "device_public_key": base64.b64encode(public).decode()}
    answer = httpx.post(f"{base}/api/v1/devices/enroll", json=body, timeout=30)
    answer.raise_for_status()
    token: str = answer.json()["token"]
    return token


def _sync_figures(base: str, token: str, dump: Path) -> dict[str, float | int]:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
        started = time.perf_counter()
        watermark, count = _pull(client, 0)
        initial = time.perf_counter() - started
        reference = _fetch_plain(dump)
        push = _push(client, 1000)
        started = time.perf_counter()
        _, news = _pull(client, watermark)
        incremental = time.perf_counter() - started
    return {
        "initial_sync_changes": count,
        "initial_sync_s": round(initial, 2),
        "plain_dump_s": round(reference, 2),
        "initial_sync_vs_plain_dump_ratio": round(initial / reference, 2),
        "push_1000_checkins_s": round(push, 3),
        "incremental_changes": news,
        "incremental_s": round(incremental, 3),
    }


def _pull(client: httpx.Client, since: int) -> tuple[int, int]:
    count = 0
    while True:
        page = client.get("/api/v1/changes", params={"since": since, "limit": 5000}).json()
        count += len(page["changes"])
        since = page["next"]
        if not page["more"]:
            return since, count


def _fetch_plain(dump: Path) -> float:
    handler = functools.partial(_QuietHandler, directory=str(dump.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        started = time.perf_counter()
        rows = httpx.get(f"http://127.0.0.1:{server.server_port}/{dump.name}", timeout=60).json()
        assert rows
        return time.perf_counter() - started
    finally:
        server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _push(client: httpx.Client, count: int) -> float:
    first = 22_000_001
    items = []
    for n in range(count):
        item = str(uuid.uuid4())
        data = {
            "id": item,
            "registration_id": first + n,
            "event_id": 22,
            "kiosk_id": "bench-kiosk",
            "at": datetime.now(UTC).isoformat(),
            "source": "scanner",
        }
        items.append({"id": item, "kind": "checkin", "data": data})
    started = time.perf_counter()
    for start in range(0, count, 500):
        answer = client.post("/api/v1/outbox", json={"items": items[start : start + 500]})
        answer.raise_for_status()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
