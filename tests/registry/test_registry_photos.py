"""PUT /api/v1/photos/{registration}: stored once by content, replaced by a new photo, checked,
size-limited, device tokens only; GET gives event IT the JPEG."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from registry_harness import FIRST, Kiosk, Registry

from kiosk.core.photos import MAX_PHOTO_BYTES

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8
OTHER = b"\xff\xd8\xff\xe1" + bytes(range(255, -1, -1)) * 8


def body(jpeg: bytes, sha256: str | None = None) -> dict[str, Any]:
    return {
        "sha256": sha256 or hashlib.sha256(jpeg).hexdigest(),
        "taken_at": "2022-05-30T07:12:03+00:00",
        "jpeg": base64.b64encode(jpeg).decode(),
    }


def put(registry: Registry, kiosk: Kiosk, photo: bytes, registration: int = FIRST, **extra: Any):  # type: ignore[no-untyped-def]
    return registry.client.put(
        f"/api/v1/photos/{registration}", json={**body(photo), **extra}, headers=kiosk.headers
    )


def test_a_photo_is_stored_once_and_a_new_one_replaces_it(registry: Registry) -> None:
    kiosk = registry.enroll("itu-tower-1")
    first = put(registry, kiosk, JPEG)
    assert first.status_code == 200, first.text
    assert first.json() == {
        "registration_id": FIRST,
        "sha256": hashlib.sha256(JPEG).hexdigest(),
        "status": "accepted",
    }
    assert put(registry, kiosk, JPEG).json()["status"] == "duplicate"  # a retry
    stored = registry.client.get(f"/api/v1/photos/{FIRST}/jpeg", headers=registry.admin)
    assert (stored.status_code, stored.content) == (200, JPEG)
    assert stored.headers["content-type"] == "image/jpeg"
    assert put(registry, kiosk, OTHER).json()["status"] == "accepted"  # a retake
    again = registry.client.get(f"/api/v1/photos/{FIRST}/jpeg", headers=registry.admin)
    assert again.content == OTHER


def test_what_the_registry_refuses_and_why(registry: Registry) -> None:
    kiosk = registry.enroll("itu-tower-1")
    cases = [
        (put(registry, kiosk, JPEG, registration=999), 404, "not-found"),
        (put(registry, kiosk, b"GIF89a" + bytes(300)), 422, "validation-failed"),
        (put(registry, kiosk, JPEG, sha256="0" * 64), 422, "validation-failed"),
        (put(registry, kiosk, JPEG, sha256="not hex"), 422, "validation-failed"),
        (put(registry, kiosk, JPEG, jpeg="***"), 422, "validation-failed"),
        (put(registry, kiosk, JPEG[:3] + bytes(MAX_PHOTO_BYTES)), 413, "body-too-large"),
    ]
    for answer, status, code in cases:
        assert (answer.status_code, answer.json()["error"]["code"]) == (status, code), answer.text
    missing = registry.client.get(f"/api/v1/photos/{FIRST}/jpeg", headers=registry.admin)
    assert missing.status_code == 404  # nothing refused was stored


def test_only_kiosks_upload_and_only_event_it_reads(registry: Registry) -> None:
    kiosk = registry.enroll("itu-tower-1")
    as_admin = registry.client.put(
        f"/api/v1/photos/{FIRST}", json=body(JPEG), headers=registry.admin
    )
    assert (as_admin.status_code, as_admin.json()["error"]["code"]) == (403, "forbidden")
    anonymous = registry.client.put(f"/api/v1/photos/{FIRST}", json=body(JPEG))
    assert anonymous.status_code == 401
    assert put(registry, kiosk, JPEG).status_code == 200
    read_by_kiosk = registry.client.get(f"/api/v1/photos/{FIRST}/jpeg", headers=kiosk.headers)
    assert read_by_kiosk.status_code == 403
