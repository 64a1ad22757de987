"""Enrollment, the outbox and the change feed, on SQLite and on PostgreSQL."""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from registry_harness import FIRST, PARTICIPANTS, Kiosk, Registry, badge_print, checkin, enroll_body


def test_enrollment_gives_a_token_the_keys_and_the_device_key_id(registry: Registry) -> None:
    private = Ed25519PrivateKey.generate()
    code = registry.enrollment_code("itu-montbrillant-1")
    answer = registry.client.post("/api/v1/devices/enroll", json=enroll_body(code, private))
    assert answer.status_code == 201
    body = answer.json()
    public = private.public_key().public_bytes_raw()
    assert body["kiosk_id"] == "itu-montbrillant-1"
    assert body["device_key_id"] == int.from_bytes(hashlib.sha256(public).digest()[:4], "big")
    assert body["event_id"] == 22
    assert [k["key_id"] for k in body["keys"]] == [1]
    assert len(base64.b64decode(body["keys"][0]["public_key"])) == 32
    status = registry.client.get("/api/v1/status", headers=registry.admin).json()
    assert status["kiosks"] == 1


def test_a_replayed_or_expired_enrollment_code_is_refused(registry: Registry) -> None:
    code = registry.enrollment_code("k1")
    first = registry.client.post(
        "/api/v1/devices/enroll", json=enroll_body(code, Ed25519PrivateKey.generate())
    )
    assert first.status_code == 201
    again = registry.client.post(
        "/api/v1/devices/enroll", json=enroll_body(code, Ed25519PrivateKey.generate())
    )
    assert again.status_code == 400
    assert again.json()["error"]["code"] == "enrollment-code-invalid"
    late = registry.enrollment_code("k2", hours=1)
    registry.clock.advance(hours=2)
    expired = registry.client.post(
        "/api/v1/devices/enroll", json=enroll_body(late, Ed25519PrivateKey.generate())
    )
    assert expired.json()["error"]["code"] == "enrollment-code-invalid"


def test_one_device_key_cannot_serve_two_kiosks(registry: Registry) -> None:
    private = Ed25519PrivateKey.generate()
    registry.client.post(
        "/api/v1/devices/enroll", json=enroll_body(registry.enrollment_code("k1"), private)
    )
    second = registry.client.post(
        "/api/v1/devices/enroll", json=enroll_body(registry.enrollment_code("k2"), private)
    )
    assert second.status_code == 409
    assert second.json()["error"]["code"] == "conflict"


def test_initial_sync_brings_event_categories_sessions_participants_keys(
    registry: Registry,
) -> None:
    kiosk = registry.enroll("k1")
    changes = registry.all_changes(kiosk)
    kinds = {c["kind"] for c in changes}
    assert {"event", "category", "session", "participant", "key", "device_key"} <= kinds
    people = [c["data"] for c in changes if c["kind"] == "participant"]
    assert len(people) == PARTICIPANTS
    assert people[0]["registration_id"] == FIRST
    assert people[0]["is_sample"] is True
    seqs = [c["seq"] for c in changes]
    assert seqs == sorted(set(seqs))


def test_changes_come_in_pages_that_resume_from_next(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    every = registry.all_changes(kiosk)
    first = registry.changes(kiosk, 0, limit=10)
    assert (len(first["changes"]), first["more"], first["next"]) == (10, True, every[9]["seq"])
    rest = registry.changes(kiosk, first["next"], limit=5000)
    assert first["changes"] + rest["changes"] == every
    assert rest["more"] is False
    empty = registry.changes(kiosk, rest["next"])
    assert (empty["changes"], empty["next"], empty["more"]) == ([], rest["next"], False)
    ahead = registry.client.get(
        "/api/v1/changes", params={"since": rest["next"] + 1}, headers=kiosk.headers
    )
    assert ahead.status_code == 409
    assert "sync again from 0" in ahead.json()["error"]["message"]


def test_a_retried_outbox_item_is_stored_once(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    item = checkin(kiosk, FIRST)
    assert registry.push(kiosk, item) == [{"id": item["id"], "status": "accepted"}]
    assert registry.push(kiosk, item) == [{"id": item["id"], "status": "duplicate"}]
    status = registry.client.get("/api/v1/status", headers=registry.admin).json()
    assert (status["checkins"], status["checked_in"]) == (1, 1)


def test_other_kiosks_see_a_check_in_in_the_feed(registry: Registry) -> None:
    one, two = registry.enroll("k1"), registry.enroll("k2")
    watermark = registry.all_changes(two)[-1]["seq"]
    item = checkin(one, FIRST + 3)
    registry.push(one, item)
    news = registry.all_changes(two, watermark)
    assert [(c["kind"], c["data"]["id"]) for c in news] == [("checkin", item["id"])]
    assert news[0]["data"]["kiosk_id"] == "k1"


def test_items_the_registry_cannot_take_are_rejected_with_a_reason(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    unknown = checkin(kiosk, 99_000_001)
    foreign = checkin(kiosk, FIRST)
    foreign["data"]["kiosk_id"] = "someone-else"
    broken = checkin(kiosk, FIRST)
    broken["data"]["at"] = "yesterday"
    odd = {**checkin(kiosk, FIRST), "kind": "teleport"}
    results = registry.push(kiosk, unknown, foreign, broken, odd)
    assert [(r["status"], r["code"]) for r in results] == [
        ("rejected", "unknown-participant"),
        ("rejected", "kiosk-mismatch"),
        ("rejected", "invalid-item"),
        ("rejected", "unknown-kind"),
    ]
    assert all(r["message"] for r in results)
    assert registry.client.get("/api/v1/status", headers=registry.admin).json()["checkins"] == 0


def test_two_offline_check_ins_open_a_conflict_staff_can_close(registry: Registry) -> None:
    one, two = registry.enroll("k1"), registry.enroll("k2")
    registry.push(one, checkin(one, FIRST))
    registry.push(two, checkin(two, FIRST))
    found = registry.client.get("/api/v1/conflicts", headers=registry.admin).json()["conflicts"]
    assert [(c["registration_id"], c["kind"], c["closed_at"]) for c in found] == [
        (FIRST, "double-check-in", None)
    ]
    published = [c for c in registry.all_changes(one) if c["kind"] == "conflict"]
    assert published[-1]["data"]["id"] == found[0]["id"]
    closed = registry.client.post(
        f"/api/v1/conflicts/{found[0]['id']}/close",
        json={"note": "same person, two doors"},
        headers=registry.admin,
    )
    assert closed.status_code == 200
    assert closed.json()["closed_at"] is not None
    still_open = registry.client.get(
        "/api/v1/conflicts", params={"open": "true"}, headers=registry.admin
    ).json()["conflicts"]
    assert still_open == []
    last = [c for c in registry.all_changes(one) if c["kind"] == "conflict"][-1]
    assert last["data"]["closed_at"] == closed.json()["closed_at"]


def badge_state(registry: Registry, kiosk: Kiosk) -> dict[str, str | None]:
    """What a kiosk holds after applying the whole feed: each print's deactivated_at."""
    return {
        c["data"]["id"]: c["data"]["deactivated_at"]
        for c in registry.all_changes(kiosk)
        if c["kind"] == "badge_print"
    }


def test_the_higher_badge_version_wins_and_equal_versions_are_a_conflict(
    registry: Registry,
) -> None:
    one, two = registry.enroll("k1"), registry.enroll("k2")
    first, second = badge_print(one, FIRST, 1), badge_print(two, FIRST, 1)
    registry.push(one, first)
    registry.clock.advance(minutes=5)
    registry.push(two, second)
    # Same version printed at the same moment by two offline kiosks: the higher id wins.
    winner, loser = sorted([first["id"], second["id"]], reverse=True)
    state = badge_state(registry, one)
    assert state[winner] is None
    assert state[loser] == "2022-05-30T07:05:00.000000+00:00"
    published = [c["data"] for c in registry.all_changes(two) if c["kind"] == "conflict"]
    assert [(c["kind"], c["registration_id"]) for c in published] == [("badge-version", FIRST)]
    third = badge_print(one, FIRST, 2)
    registry.push(one, third)
    state = badge_state(registry, two)
    assert state[third["id"]] is None
    assert state[winner] is not None
    assert state[loser] is not None


def test_a_voided_badge_is_deactivated_and_the_older_one_is_valid_again(
    registry: Registry,
) -> None:
    kiosk = registry.enroll("k1")
    old, new = badge_print(kiosk, FIRST, 1), badge_print(kiosk, FIRST, 2)
    registry.push(kiosk, old, new)
    mark = registry.all_changes(kiosk)[-1]["seq"]
    void = {
        "id": "2f0c7e8a-1111-4a4a-9a9a-000000000001",
        "kind": "badge_void",
        "data": {
            "badge_print_id": new["id"],
            "registration_id": FIRST,
            "at": "2022-05-30T08:00:00+00:00",
            "kiosk_id": "k1",
            "reason": "lost",
        },
    }
    assert registry.push(kiosk, void)[0]["status"] == "accepted"
    state = {
        c["data"]["id"]: c["data"]["deactivated_at"] for c in registry.all_changes(kiosk, mark)
    }
    assert state == {new["id"]: "2022-05-30T08:00:00.000000+00:00", old["id"]: None}


def test_a_heartbeat_shows_on_the_fleet(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    beat = {
        "app_version": "0.4.0",
        "outbox_length": 3,
        "watermark": 18211,
        "data_age_s": 42,
        "printer": {"name": "badge printer", "state": "ok", "paper": "near-end"},
        "last_error": "",
        "sent_at": "2022-05-30T07:00:01+00:00",
    }
    answer = registry.client.post("/api/v1/heartbeat", json=beat, headers=kiosk.headers)
    assert answer.status_code == 200
    devices = registry.client.get("/api/v1/fleet", headers=registry.admin).json()["devices"]
    assert [(d["kiosk_id"], d["outbox_length"], d["paper"], d["app_version"]) for d in devices] == [
        ("k1", 3, "near-end", "0.4.0")
    ]


def test_a_provisional_participant_is_taken_but_never_overwrites_a_registration(
    registry: Registry,
) -> None:
    kiosk = registry.enroll("k1")
    walk_in = {
        "registration_id": 22_900_001,
        "event_id": 22,
        "given_name": "Walk",
        "family_name": "In",
        "badge_name": "Walk In",
        "category": "TMP",
        "is_provisional": True,
    }
    taken = {"id": "2f0c7e8a-1111-4a4a-9a9a-000000000002", "kind": "participant", "data": walk_in}
    clash = {
        "id": "2f0c7e8a-1111-4a4a-9a9a-000000000003",
        "kind": "participant",
        "data": {**walk_in, "registration_id": FIRST},
    }
    results = registry.push(kiosk, taken, checkin(kiosk, 22_900_001), clash)
    assert [r["status"] for r in results] == ["accepted", "accepted", "rejected"]
    assert results[2]["code"] == "registration-exists"
