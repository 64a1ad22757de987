"""What registry tests share: a test clock, an enrolled kiosk, a registry with its client."""

from __future__ import annotations

import base64
import uuid
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.registry import operations
from kiosk.registry.api.app import create_app
from kiosk.registry.database import Database

with warnings.catch_warnings():
    # Starlette 1.x prefers the httpx2 fork for its TestClient; plain httpx still works the same.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

OPENING = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)
PARTICIPANTS = 40
FIRST = 22_000_001  # the sample's first registration id (event 22)


@dataclass
class Clock:
    now: datetime = OPENING

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Kiosk:
    kiosk_id: str
    token: str
    private_key: Ed25519PrivateKey
    device_key_id: int

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class Registry:
    """A registry with the sample event (40 people), its admin token and an in-process client."""

    db: Database
    client: TestClient
    admin_token: str
    clock: Clock
    kiosks: list[Kiosk] = field(default_factory=list)

    @property
    def admin(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_token}"}

    def enrollment_code(self, kiosk_id: str, hours: float = 24) -> str:
        return operations.enrollment_code(self.db, kiosk_id, self.clock(), timedelta(hours=hours))

    def enroll(self, kiosk_id: str) -> Kiosk:
        private = Ed25519PrivateKey.generate()
        answer = self.client.post(
            "/api/v1/devices/enroll", json=enroll_body(self.enrollment_code(kiosk_id), private)
        )
        assert answer.status_code == 201, answer.text
        body = answer.json()
        kiosk = Kiosk(kiosk_id, body["token"], private, body["device_key_id"])
        self.kiosks.append(kiosk)
        return kiosk

    def push(self, kiosk: Kiosk, *items: dict[str, Any]) -> list[dict[str, Any]]:
        answer = self.client.post(
            "/api/v1/outbox", json={"items": list(items)}, headers=kiosk.headers
        )
        assert answer.status_code == 200, answer.text
        results: list[dict[str, Any]] = answer.json()["results"]
        return results

    def changes(self, kiosk: Kiosk, since: int = 0, limit: int = 5000) -> dict[str, Any]:
        answer = self.client.get(
            "/api/v1/changes", params={"since": since, "limit": limit}, headers=kiosk.headers
        )
        assert answer.status_code == 200, answer.text
        page: dict[str, Any] = answer.json()
        return page

    def all_changes(self, kiosk: Kiosk, since: int = 0) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        while True:
            page = self.changes(kiosk, since)
            found += page["changes"]
            since = page["next"]
            if not page["more"]:
                return found


def enroll_body(code: str, private: Ed25519PrivateKey) -> dict[str, str]:
    public = private.public_key().public_bytes_raw()
    return {
        "code": code,
        "device_public_key": base64.b64encode(public).decode(),
        "app_version": "0.4.0",
    }


def new_registry(url: str, clock: Clock | None = None, people: int = PARTICIPANTS) -> Registry:
    clock = clock or Clock()
    db = Database(url)
    token = operations.init(db, clock())
    assert token is not None
    operations.init_demo(db, clock(), people)
    return Registry(db, TestClient(create_app(db, clock)), token, clock)


def checkin(kiosk: Kiosk, registration_id: int, at: datetime = OPENING) -> dict[str, Any]:
    """An outbox item: ``kiosk`` checked ``registration_id`` in."""
    item_id = str(uuid.uuid4())
    data = {
        "id": item_id,
        "registration_id": registration_id,
        "event_id": 22,
        "at": at.isoformat(),
        "kiosk_id": kiosk.kiosk_id,
        "source": "scanner",
    }
    return {"id": item_id, "kind": "checkin", "data": data}


def badge_print(
    kiosk: Kiosk, registration_id: int, version: int, at: datetime = OPENING
) -> dict[str, Any]:
    """An outbox item: ``kiosk`` printed badge ``version`` for ``registration_id``."""
    item_id = str(uuid.uuid4())
    data = {
        "id": item_id,
        "registration_id": registration_id,
        "badge_version": version,
        "at": at.isoformat(),
        "kiosk_id": kiosk.kiosk_id,
        "printer": "badge printer",
        "reason": "first",
        "job_id": None,
        "device_key_id": kiosk.device_key_id,
    }
    return {"id": item_id, "kind": "badge_print", "data": data}
