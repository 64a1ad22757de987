"""Bad calls get a clear 4xx with the error shape of docs/registry-protocol.md, never a 500."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from registry_harness import FIRST, Kiosk, Registry, TestClient, checkin, enroll_body

from kiosk.registry import operations
from kiosk.registry.api.app import create_app
from kiosk.registry.database import Database


def error_of(answer: Any, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = answer.json()["error"]
    assert error["message"]
    return error


def post_raw(registry: Registry, kiosk: Kiosk, content: bytes, content_type: str) -> Any:
    """Posts ``content`` as it is to the outbox, the way a broken client would."""
    return registry.client.post(
        "/api/v1/outbox", content=content, headers={**kiosk.headers, "content-type": content_type}
    )


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic a2lvc2s6a2lvc2s="}],
)
def test_calls_without_a_known_token_are_unauthenticated(
    registry: Registry, headers: dict[str, str]
) -> None:
    for answer in (
        registry.client.get("/api/v1/changes", headers=headers),
        registry.client.post("/api/v1/outbox", json={"items": []}, headers=headers),
        registry.client.get("/api/v1/status", headers=headers),
    ):
        assert error_of(answer, 401)["code"] == "unauthenticated"
        assert answer.headers["www-authenticate"] == "Bearer"


def test_device_and_admin_tokens_open_only_their_own_endpoints(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    as_device = registry.client.get("/api/v1/status", headers=kiosk.headers)
    assert error_of(as_device, 403)["code"] == "forbidden"
    as_admin = registry.client.get("/api/v1/changes", headers=registry.admin)
    assert error_of(as_admin, 403)["code"] == "forbidden"


def test_a_revoked_kiosk_is_told_so_and_its_key_is_published_revoked(registry: Registry) -> None:
    kiosk, other = registry.enroll("k1"), registry.enroll("k2")
    operations.revoke_device(registry.db, "k1", registry.clock())
    answer = registry.client.post(
        "/api/v1/outbox", json={"items": [checkin(kiosk, FIRST)]}, headers=kiosk.headers
    )
    error = error_of(answer, 403)
    assert error["code"] == "device-revoked"
    assert "2022-05-30" in error["message"]
    keys = [c["data"] for c in registry.all_changes(other) if c["kind"] == "device_key"]
    assert keys[-1] == {**keys[-1], "kiosk_id": "k1", "status": "revoked"}


def test_revoking_a_kiosk_before_it_enrolled_cancels_its_code(registry: Registry) -> None:
    code = registry.enrollment_code("k1")
    operations.revoke_device(registry.db, "k1", registry.clock())
    answer = registry.client.post(
        "/api/v1/devices/enroll", json=enroll_body(code, Ed25519PrivateKey.generate())
    )
    assert error_of(answer, 400)["code"] == "enrollment-code-invalid"


def test_a_body_over_two_megabytes_is_refused_whole(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    huge = b'{"items": [' + b" " * (2 * 1024 * 1024) + b"]}"
    answer = post_raw(registry, kiosk, huge, "application/json")
    assert error_of(answer, 413)["code"] == "body-too-large"


def test_malformed_json_is_a_400(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    answer = post_raw(registry, kiosk, b'{"items": [', "application/json")
    assert error_of(answer, 400)["code"] == "malformed-json"


def test_a_body_sent_without_the_json_content_type_is_told_so(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    answer = post_raw(registry, kiosk, b'{"items": []}', "text/plain")
    assert "Content-Type: application/json" in error_of(answer, 422)["message"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"items": "many"}, "body.items"),
        ({"items": [{"id": "not-a-uuid", "kind": "checkin", "data": {}}]}, "body.items.0.id"),
        (
            {"items": [{"id": "2f0c7e8a-1111-4a4a-9a9a-000000000001", "kind": 3, "data": []}]},
            "body.items.0.kind",
        ),
        ({}, "body.items"),
    ],
)
def test_wrong_types_name_the_field(registry: Registry, body: Any, field: str) -> None:
    kiosk = registry.enroll("k1")
    answer = registry.client.post("/api/v1/outbox", json=body, headers=kiosk.headers)
    error = error_of(answer, 422)
    assert error["code"] == "validation-failed"
    assert field in error["fields"]


def test_a_batch_over_500_items_is_refused(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    items = [checkin(kiosk, FIRST) for _ in range(501)]
    answer = registry.client.post("/api/v1/outbox", json={"items": items}, headers=kiosk.headers)
    assert error_of(answer, 422)["code"] == "validation-failed"


def test_bad_query_values_unknown_paths_and_methods(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    bad_limit = registry.client.get("/api/v1/changes", params={"limit": 0}, headers=kiosk.headers)
    assert error_of(bad_limit, 422)["fields"].keys() == {"query.limit"}
    assert error_of(registry.client.get("/api/v1/nothing"), 404)["code"] == "not-found"
    wrong = registry.client.delete("/api/v1/outbox", headers=kiosk.headers)
    assert error_of(wrong, 405)["code"] == "method-not-allowed"
    missing = registry.client.post("/api/v1/conflicts/77/close", json={}, headers=registry.admin)
    assert error_of(missing, 404)["code"] == "not-found"


def test_an_enrollment_key_that_is_not_32_bytes_of_base64_is_refused(registry: Registry) -> None:
    code = registry.enrollment_code("k1")
    for key in ("not base64!", "AAAA"):
        body = {"code": code, "device_public_key": key, "app_version": "0.4.0"}
        answer = registry.client.post("/api/v1/devices/enroll", json=body)
        assert error_of(answer, 422)["fields"].keys() == {"body.device_public_key"}
    unknown = {"code": "ZZZZ-ZZZZ-ZZZZ", "device_public_key": "A" * 43 + "=", "app_version": ""}
    answer = registry.client.post("/api/v1/devices/enroll", json=unknown)
    assert error_of(answer, 400)["code"] == "enrollment-code-invalid"


def test_a_database_that_cannot_be_opened_is_unavailable_not_a_500(tmp_path: Path) -> None:
    app = create_app(Database(f"sqlite:///{tmp_path / 'missing' / 'registry.db'}"))
    with TestClient(app) as client:
        answer = client.get("/api/v1/changes", headers={"Authorization": "Bearer x"})
    assert error_of(answer, 503)["code"] == "unavailable"
