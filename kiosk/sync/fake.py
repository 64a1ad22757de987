"""An in-memory registry for `kiosk demo`, tests and benchmarks: same JSON, no network.

It speaks the wire format through kiosk.sync.wire, so what the fake accepts the real client
would too, and publishes domain values in the registry's own JSON forms (kiosk.core.wire_format).
Failures are injected by queueing SyncErrors in ``failures``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from kiosk.core import wire_format
from kiosk.core.credentials import PublicKey
from kiosk.core.device_keys import device_key_id
from kiosk.core.exchange import ChangePage, Enrollment, Heartbeat, OutboxEntry, PushResult
from kiosk.core.model import BadgeCategory, Event, Participant, Room, Session, Track
from kiosk.core.photos import OutgoingPhoto, photo_digest, photo_problem
from kiosk.sync import wire
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.fields import Fields

_ECHOED = {"checkin", "badge_print", "participant"}  # what the registry republishes to everyone


class FakeRegistry:
    """A registry holding a change log; every kiosk client made by ``client()`` shares it."""

    def __init__(self, clock: Any = None) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        self.log: list[tuple[str, dict[str, Any]]] = []  # seq = index + 1
        self.items: dict[str, dict[str, Any]] = {}  # outbox items by client id
        self.codes: dict[str, str] = {}  # one-time enrollment code -> kiosk id
        self.heartbeats: list[dict[str, Any]] = []
        self.failures: list[SyncError] = []  # raised, first first, by the next calls
        self.revoked: set[str] = set()
        self.photos: dict[int, bytes] = {}  # the latest JPEG of each registration

    def publish(self, kind: str, data: dict[str, Any]) -> int:
        """Add a change (as JSON data) to the feed; returns its sequence number."""
        self.log.append((kind, data))
        return len(self.log)

    def client(self, kiosk_id: str = "") -> FakeRegistryClient:
        return FakeRegistryClient(self, kiosk_id)

    def check(self, kiosk_id: str) -> None:
        if self.failures:
            raise self.failures.pop(0)
        if kiosk_id in self.revoked:
            raise SyncError(SyncProblem.DEVICE_REVOKED, "this kiosk was revoked", "device-revoked")

    def now(self) -> datetime:
        stamp: datetime = self._clock()
        return stamp


class FakeRegistryClient:
    """One kiosk's view of a FakeRegistry (the RegistryClient protocol)."""

    def __init__(self, registry: FakeRegistry, kiosk_id: str) -> None:
        self._registry = registry
        self.kiosk_id = kiosk_id

    def enroll(self, code: str, device_public_key: bytes, app_version: str) -> Enrollment:
        registry = self._registry
        registry.check("")
        kiosk_id = registry.codes.pop(code, None)
        if kiosk_id is None:
            raise SyncError(
                SyncProblem.ENROLLMENT_CODE_INVALID,
                "enrollment code unknown, used or expired",
                "enrollment-code-invalid",
            )
        self.kiosk_id = kiosk_id
        keys = [data for kind, data in registry.log if kind == "key"]
        key_id = device_key_id(device_public_key)
        registry.publish(
            "device_key", wire_format.device_key_data(key_id, kiosk_id, device_public_key, "active")
        )
        body = {
            "kiosk_id": kiosk_id,
            "token": f"token-{kiosk_id}",
            "device_key_id": key_id,
            "event_id": None,
            "keys": keys,
            "server_time": registry.now().isoformat(),
        }
        return wire.enrollment(body)

    def push(self, items: Sequence[OutboxEntry]) -> list[PushResult]:
        registry = self._registry
        registry.check(self.kiosk_id)
        body = json.loads(json.dumps(wire.push_body(items)))  # exactly what would go on the wire
        results = []
        for item in body["items"]:
            status = "duplicate" if item["id"] in registry.items else "accepted"
            if status == "accepted":
                registry.items[item["id"]] = item
                if item["kind"] in _ECHOED:
                    registry.publish(item["kind"], item["data"])
            results.append({"id": item["id"], "status": status})
        return wire.push_results({"results": results}, items)

    def changes(self, since: int, limit: int) -> ChangePage:
        registry = self._registry
        registry.check(self.kiosk_id)
        if since > len(registry.log):
            raise SyncError(SyncProblem.FEED_RESET, "the watermark is beyond the feed", "conflict")
        end = min(len(registry.log), since + limit)
        changes = [
            {"seq": seq, "kind": kind, "data": data}
            for seq, (kind, data) in enumerate(registry.log[since:end], start=since + 1)
        ]
        body = {
            "since": since,
            "next": max(end, since),
            "more": end < len(registry.log),
            "server_time": registry.now().isoformat(),
            "changes": changes,
        }
        return wire.change_page(json.loads(json.dumps(body)), since)

    def heartbeat(self, beat: Heartbeat) -> datetime | None:
        registry = self._registry
        registry.check(self.kiosk_id)
        registry.heartbeats.append({"kiosk_id": self.kiosk_id, **wire.heartbeat_body(beat)})
        return registry.now()

    def upload_photo(self, photo: OutgoingPhoto) -> bool:
        registry = self._registry
        registry.check(self.kiosk_id)
        body = wire.photo_body(photo)  # the JSON the registry would get, checked like it would
        jpeg = base64.b64decode(body["jpeg"])
        problem = photo_problem(jpeg) or ("" if photo_digest(jpeg) == body["sha256"] else "sha")
        if problem:
            raise SyncError(SyncProblem.REFUSED, f"photo refused: {problem}", "validation-failed")
        known = registry.photos.get(photo.registration_id)
        registry.photos[photo.registration_id] = jpeg
        status = "duplicate" if known == jpeg else "accepted"
        return wire.photo_accepted(Fields({"status": status}, "photo"))


# --- filling the fake's feed from kiosk values (what a registry's roster import would publish) ---


def publish_event(
    registry: FakeRegistry, event: Event, categories: Iterable[BadgeCategory]
) -> None:
    registry.publish("event", wire_format.event_data(event))
    for category in categories:
        registry.publish("category", wire_format.category_data(event.id, category))


def publish_participants(registry: FakeRegistry, people: Iterable[Participant]) -> None:
    for person in people:
        registry.publish("participant", wire_format.participant_data(person))


def publish_sessions(registry: FakeRegistry, sessions: Iterable[Session]) -> None:
    for session in sessions:
        registry.publish("session", wire_format.session_data(session))


def publish_rooms(registry: FakeRegistry, rooms: Iterable[Room]) -> None:
    for room in rooms:
        registry.publish("room", wire_format.room_data(room))


def publish_tracks(registry: FakeRegistry, tracks: Iterable[Track]) -> None:
    for track in tracks:
        registry.publish("track", wire_format.track_data(track))


def publish_key(registry: FakeRegistry, key: PublicKey) -> None:
    registry.publish(
        "key", wire_format.key_data(key.key_id, key.public_bytes, key.status.value, key.label)
    )
