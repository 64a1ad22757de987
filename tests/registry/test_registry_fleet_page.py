"""The fleet page: sign in once with the admin token, then a self-refreshing HTML page."""

from __future__ import annotations

from registry_harness import FIRST, Registry, checkin

from kiosk.registry.api.auth import ADMIN_COOKIE


def test_the_page_asks_for_a_token_and_refuses_a_device_token(registry: Registry) -> None:
    kiosk = registry.enroll("k1")
    anonymous = registry.client.get("/fleet")
    assert anonymous.status_code == 401
    assert "/fleet?token=" in anonymous.text
    as_device = registry.client.get("/fleet", params={"token": kiosk.token}, follow_redirects=False)
    assert as_device.status_code == 403


def test_sign_in_sets_an_http_only_cookie_and_the_page_shows_the_fleet(registry: Registry) -> None:
    one, two = registry.enroll("itu-tower-1"), registry.enroll("cicg-2")
    registry.client.post(
        "/api/v1/heartbeat",
        json={
            "app_version": "0.4.0",
            "outbox_length": 7,
            "data_age_s": 42,
            "printer": {"name": "tm-t88", "state": "paper-out", "paper": "out"},
            "last_error": "printer out of paper",
        },
        headers=one.headers,
    )
    registry.push(one, checkin(one, FIRST))
    registry.push(two, checkin(two, FIRST))
    signed_in = registry.client.get(
        "/fleet", params={"token": registry.admin_token}, follow_redirects=False
    )
    assert signed_in.status_code == 303
    assert signed_in.headers["location"] == "/fleet"
    cookie = signed_in.headers["set-cookie"]
    assert cookie.startswith(f"{ADMIN_COOKIE}=")
    assert "HttpOnly" in cookie
    page = registry.client.get("/fleet")  # the client keeps the cookie, as a browser does
    assert page.status_code == 200
    html = page.text
    assert '<meta http-equiv="refresh" content="10">' in html
    assert "<script" not in html
    assert 'data-kiosk="itu-tower-1"' in html
    assert 'data-kiosk="cicg-2"' in html
    assert "printer out of paper" in html
    assert "paper-out" in html
    assert ">7<" in html
    assert "arrivals: <b>1 of 40</b>" in html
    assert "double-check-in" in html
    assert html.count("0 s ago") == 2  # both kiosks were heard from just now


def test_the_fleet_shows_which_registry_each_kiosk_serves(registry: Registry) -> None:
    """A pretix kiosk reporting to the fleet, and an older kiosk whose heartbeat names none."""
    pretix, older = registry.enroll("cicg-pretix-3"), registry.enroll("itu-tower-1")
    served = "pretix · tickets.example.org · itu/wsis22"
    for kiosk, body in ((pretix, {"registry": served}), (older, {"app_version": "0.3.0"})):
        answer = registry.client.post("/api/v1/heartbeat", json=body, headers=kiosk.headers)
        assert answer.status_code == 200
    too_long = registry.client.post(
        "/api/v1/heartbeat", json={"registry": "x" * 201}, headers=pretix.headers
    )
    assert too_long.status_code == 422  # refused whole: the last good heartbeat stays
    listed = registry.client.get("/api/v1/fleet", headers=registry.admin).json()
    by_id = {device["kiosk_id"]: device["registry"] for device in listed["devices"]}
    assert by_id == {"cicg-pretix-3": served, "itu-tower-1": ""}
    registry.client.get("/fleet", params={"token": registry.admin_token})
    html = registry.client.get("/fleet").text
    assert "<th>registry</th>" in html
    parts = (
        '<span class="part">pretix</span> · <span class="part">tickets.example.org</span>'
        ' · <span class="part">itu/wsis22</span>'
    )
    assert f'<td class="wrap">{parts}</td>' in html
