"""Fleet reporting end to end: a kiosk serving pretix (a fake main client here) enrolls with the
real kiosk registry on 127.0.0.1 for heartbeats only, syncs, and the fleet lists it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from fleet_harness import LiveRegistry

from kiosk.cli import main
from kiosk.paths import Home
from kiosk.store import open_database
from kiosk.sync import registries
from kiosk.sync.enrollment import RegistryLink, load_link, save_link
from kiosk.sync.fake import FakeRegistry, FakeRegistryClient
from kiosk.sync.registries import ClosableClient, RegistryKind

pytestmark = pytest.mark.integration

SERVED = "pretix · tickets.example.org · itu/wsis22"


class FakePretixClient(FakeRegistryClient):
    """Stands in for the pretix client (another task builds it): answers, takes no heartbeat."""

    def close(self) -> None:
        pass


@pytest.fixture
def pretix_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Home:
    """A home whose registry.json names a pretix server, with a fake client for it."""
    home = Home(tmp_path / "cicg-pretix-3")
    home.make_folders()
    open_database(home.database).close()
    main_registry = FakeRegistry()
    real = registries.registry_client

    def client_for(link: RegistryLink, *categories: object) -> ClosableClient:
        if link.kind == RegistryKind.PRETIX.value:
            return FakePretixClient(main_registry, link.kiosk_id)
        return real(link)

    monkeypatch.setattr("kiosk.syncing.registry_client", client_for)
    return home


def kiosk(home: Home, *args: str) -> int:
    return main(["--home", str(home.root), *args])


def fleet_devices(live: LiveRegistry) -> dict[str, dict[str, object]]:
    answer = httpx.get(f"{live.url}/api/v1/fleet", headers=live.admin, timeout=30)
    answer.raise_for_status()
    return {device["kiosk_id"]: device for device in answer.json()["devices"]}


def test_a_pretix_kiosk_enrolled_for_fleet_reports_shows_on_the_fleet(
    pretix_home: Home, live: LiveRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    home = pretix_home
    assert kiosk(home, "enroll", "--fleet", live.url, live.enroll_code("cicg-pretix-3")) == 0
    assert "Enrolled for fleet reports as kiosk cicg-pretix-3" in capsys.readouterr().out
    fleet = load_link(home.fleet_link)
    assert fleet is not None
    assert home.fleet_link.stat().st_mode & 0o777 == 0o600
    assert not home.registry_link.exists()  # the fleet enrollment is not the kiosk's registry
    save_link(
        home.registry_link,
        replace(
            fleet,
            url="https://tickets.example.org",
            kiosk_id="pretix-device-4",
            token="pretix-token",
            kind="pretix",
            detail={"organizer": "itu", "event": "wsis22", "checkin_list": "3"},
        ),
    )
    assert kiosk(home, "sync", "--once") == 0
    first_line = capsys.readouterr().out.splitlines()[0]
    host = live.url.removeprefix("http://")
    assert first_line == (
        f"sync with {SERVED} as kiosk pretix-device-4; "
        f"heartbeats to the fleet registry kiosk registry · {host}"
    )
    device = fleet_devices(live)["cicg-pretix-3"]
    assert device["registry"] == SERVED
    assert device["last_seen_at"] is not None
    assert "token" not in str(device)
    with httpx.Client(base_url=live.url, timeout=30, follow_redirects=True) as browser:
        page = browser.get("/fleet", params={"token": live.admin_token})  # signs in, redirects
    parts = (
        '<span class="part">pretix</span> · <span class="part">tickets.example.org</span>'
        ' · <span class="part">itu/wsis22</span>'
    )
    assert f'<td class="wrap">{parts}</td>' in page.text


def test_enrolling_for_fleet_reports_refuses_what_is_not_a_kiosk_registry(
    pretix_home: Home, live: LiveRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    home = pretix_home
    code = live.enroll_code("cicg-pretix-9")
    assert kiosk(home, "enroll", "--fleet", "pretix+" + live.url, code) != 0
    assert "a fleet registry is a kiosk registry" in capsys.readouterr().err
    assert kiosk(home, "enroll", "--fleet", "ftp://x.org", code) != 0
    assert "reached over http or https" in capsys.readouterr().err
    assert kiosk(home, "enroll", "--fleet", live.url, "WRONG-CODE") != 0
    assert not home.fleet_link.exists()
    assert "cicg-pretix-9" not in fleet_devices(live)  # the code is still unused
