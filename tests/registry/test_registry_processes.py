"""Two registry processes on one database, kiosks pushing through both while others read the feed:
every item is kept once, and a reader following the feed never misses or repeats a change."""

from __future__ import annotations

import base64
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fleet_harness import registry_process
from registry_harness import FIRST, OPENING

from kiosk.registry import operations
from kiosk.registry.database import Database

KIOSKS = 4
BATCHES = 8
BATCH_SIZE = 20
PEOPLE = 200


@dataclass
class Feed:
    """What one reader saw while following the change feed."""

    seqs: list[int] = field(default_factory=list)
    checkins: list[str] = field(default_factory=list)
    watermark: int = 0

    def follow(self, client: httpx.Client, headers: dict[str, str]) -> None:
        while True:
            page = client.get(
                "/api/v1/changes", params={"since": self.watermark, "limit": 300}, headers=headers
            ).json()
            self.seqs += [c["seq"] for c in page["changes"]]
            self.checkins += [c["data"]["id"] for c in page["changes"] if c["kind"] == "checkin"]
            self.watermark = page["next"]
            if not page["more"]:
                return


@dataclass(frozen=True)
class Servers:
    bases: list[str]
    admin_token: str
    reader_token: str
    kiosk_tokens: list[str]


@pytest.fixture
def servers(db_url: str, tmp_path: Path) -> Iterator[Servers]:
    db = Database(db_url)
    admin = operations.init(db, OPENING)
    assert admin is not None
    operations.init_demo(db, OPENING, PEOPLE)
    codes = [
        operations.enrollment_code(db, f"kiosk-{n}", OPENING, timedelta(days=9999))
        for n in range(KIOSKS + 1)
    ]
    db.close()
    with ExitStack() as stack:
        bases = [
            stack.enter_context(registry_process(db_url, tmp_path / f"server-{n}.log"))
            for n in range(2)
        ]
        reader, *kiosks = [_enroll(bases[n % 2], code) for n, code in enumerate(codes)]
        yield Servers(bases, admin, reader, kiosks)


def _enroll(base: str, code: str) -> str:
    public = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    body = {"code": code, "device_public_key": base64.b64encode(public).decode()}
    answer = httpx.post(f"{base}/api/v1/devices/enroll", json=body, timeout=10)
    assert answer.status_code == 201, answer.text
    token: str = answer.json()["token"]
    return token


def _push_all(base: str, token: str, kiosk: int) -> list[str]:
    """Push BATCHES batches of check-ins, each sent twice (a retry after a lost answer)."""
    headers = {"Authorization": f"Bearer {token}"}
    sent: list[str] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for batch in range(BATCHES):
            items = [_checkin(kiosk, batch * BATCH_SIZE + n) for n in range(BATCH_SIZE)]
            for attempt in ("accepted", "duplicate"):
                results = client.post("/api/v1/outbox", json={"items": items}, headers=headers)
                assert [r["status"] for r in results.json()["results"]] == [attempt] * BATCH_SIZE
            sent += [i["id"] for i in items]
    return sent


def _checkin(kiosk: int, n: int) -> dict[str, Any]:
    item_id = str(uuid.uuid4())
    data = {
        "id": item_id,
        "registration_id": FIRST + (kiosk * 37 + n) % PEOPLE,
        "event_id": 22,
        "at": (OPENING + timedelta(seconds=n)).isoformat(),
        "kiosk_id": f"kiosk-{kiosk}",
        "source": "scanner",
    }
    return {"id": item_id, "kind": "checkin", "data": data}


def _read_while(base: str, token: str, done: threading.Event) -> Feed:
    feed = Feed()
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=30) as client:
        while not done.is_set():
            feed.follow(client, headers)
        feed.follow(client, headers)
    return feed


def test_two_processes_keep_every_item_once_and_the_feed_in_commit_order(
    servers: Servers,
) -> None:
    bases, tokens = servers.bases, servers.kiosk_tokens
    done = threading.Event()
    with ThreadPoolExecutor(max_workers=KIOSKS + 2) as pool:
        readers = [pool.submit(_read_while, base, servers.reader_token, done) for base in bases]
        pushers = [pool.submit(_push_all, bases[n % 2], tokens[n], n + 1) for n in range(KIOSKS)]
        try:
            sent = [item for p in pushers for item in p.result()]
        finally:
            done.set()
        feeds = [r.result() for r in readers]
    assert len(sent) == KIOSKS * BATCHES * BATCH_SIZE
    for feed in feeds:
        assert feed.seqs == list(range(1, len(feed.seqs) + 1))  # none skipped, none twice
        assert sorted(feed.checkins) == sorted(sent)
    for base in bases:
        status = httpx.get(
            f"{base}/api/v1/status",
            timeout=10,
            headers={"Authorization": f"Bearer {servers.admin_token}"},
        ).json()
        assert status["checkins"] == len(sent)
        assert status["kiosks"] == KIOSKS + 1
