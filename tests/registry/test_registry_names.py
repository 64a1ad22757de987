"""Badge names corrected at staff desks reach the registry: the latest by time wins, on SQLite and
on PostgreSQL, whatever order the uploads arrive in (docs/desk.md)."""

from __future__ import annotations

import uuid

from registry_harness import FIRST, Kiosk, Registry


def correction(kiosk: Kiosk, registration_id: int, name: str, at: str) -> dict[str, object]:
    data = {
        "id": str(uuid.uuid4()),
        "registration_id": registration_id,
        "badge_name": name,
        "at": at,
        "kiosk_id": kiosk.kiosk_id,
    }
    return {"id": data["id"], "kind": "name_correction", "data": data}


def names_in_feed(registry: Registry, kiosk: Kiosk, since: int) -> list[str]:
    return [
        c["data"]["badge_name"]
        for c in registry.all_changes(kiosk, since)
        if c["kind"] == "participant" and c["data"]["registration_id"] == FIRST
    ]


def test_the_later_correction_wins_whatever_order_the_desks_upload_in(registry: Registry) -> None:
    one, two = registry.enroll("desk-1"), registry.enroll("desk-2")
    watermark = registry.all_changes(two)[-1]["seq"]
    late = correction(two, FIRST, "Amina Diallo-Sow", "2022-05-30T07:00:30+00:00")
    early = correction(one, FIRST, "Aminata Diallo", "2022-05-30T07:00:00+00:00")
    assert registry.push(two, late)[0]["status"] == "accepted"
    assert registry.push(one, early)[0]["status"] == "accepted"  # kept, but not the name
    assert names_in_feed(registry, one, watermark) == ["Amina Diallo-Sow"]


def test_a_correction_for_an_unknown_or_with_an_empty_name_is_rejected(registry: Registry) -> None:
    kiosk = registry.enroll("desk-1")
    unknown = correction(kiosk, 99_000_001, "Nobody", "2022-05-30T07:00:00+00:00")
    empty = correction(kiosk, FIRST, "", "2022-05-30T07:00:00+00:00")
    results = registry.push(kiosk, unknown, empty)
    assert [(r["status"], r["code"]) for r in results] == [
        ("rejected", "unknown-participant"),
        ("rejected", "invalid-item"),
    ]
