"""Which registry a kiosk serves, named everywhere; a pretix or Indico kiosk's heartbeats go to a
fleet registry (kiosk.core.registry_address, kiosk.sync.fleet, kiosk.syncing)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core.registry_address import RegistryKind, registry_name
from kiosk.paths import Home
from kiosk.services.sync import SyncOptions, sync_once
from kiosk.settings import SettingsError, load_settings
from kiosk.store import open_database
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.enrollment import RegistryLink, save_link
from kiosk.sync.fake import FakeRegistry
from kiosk.sync.fleet import FleetReportingClient
from kiosk.sync.http import HttpRegistryClient
from kiosk.syncing import enroll_fleet, sync_setup

NOW = datetime(2022, 5, 30, 7, tzinfo=UTC)
PRETIX = RegistryLink(
    "https://tickets.example.org",
    "pretix-device-4",
    "pretix-secret",
    7,
    NOW,
    kind="pretix",
    detail={"organizer": "itu", "event": "wsis22", "checkin_list": "3"},
)
FLEET = RegistryLink("http://10.0.0.2:8700", "cicg-kiosk-3", "fleet-secret", 7, NOW)


@pytest.mark.parametrize(
    ("kind", "url", "detail", "line"),
    [
        (RegistryKind.KIOSK, "http://10.0.0.2:8700", {}, "kiosk registry · 10.0.0.2:8700"),
        (
            RegistryKind.PRETIX,
            "https://u:pw@tickets.org/x",
            {"event": "e"},
            "pretix · tickets.org · /e",
        ),
        (
            RegistryKind.INDICO,
            "https://indico.un.org",
            {"event_id": "12"},
            "Indico · indico.un.org · event 12",
        ),
        (RegistryKind.KIOSK, "http://[::1]:8700/", {}, "kiosk registry · [::1]:8700"),
    ],
)
def test_the_name_of_a_registry_holds_no_password_and_no_path(
    kind: RegistryKind, url: str, detail: dict[str, str], line: str
) -> None:
    assert str(registry_name(kind, url, detail)) == line


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("registry.example.org", "is not a URL"),
        ("eventbrite+https://x.org", "unknown registry kind 'eventbrite'"),
        ("pretix+ftp://x.org", "reached over http or https"),
    ],
)
def test_a_bad_registry_url_in_settings_names_the_key_and_why(
    tmp_path: Path, url: str, words: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f'[registry]\nurl = "{url}"\n', encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(path, environ={})
    assert "[registry] url: " in str(caught.value)
    assert words in str(caught.value)


def test_good_registry_urls_and_none_at_all_pass_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    assert load_settings(path, environ={}).registry_url == ""
    for url in ("https://r.example.org", "pretix+https://t.org", "indico+https://i.un.org"):
        assert load_settings(path, environ={"KIOSK_REGISTRY_URL": url}).registry_url == url


def test_the_heartbeat_goes_to_the_fleet_and_the_rest_to_the_main_registry(
    tmp_path: Path,
) -> None:
    main_registry, fleet_registry = FakeRegistry(lambda: NOW), FakeRegistry(lambda: NOW)
    client = FleetReportingClient(
        main_registry.client("pretix-device-4"), fleet_registry.client("cicg-kiosk-3")
    )
    db = open_database(tmp_path / "kiosk.db")
    options = SyncOptions(registry="pretix · tickets.example.org · itu/wsis22")
    report = sync_once(db, client, lambda: NOW, options)
    db.close()
    assert report.ok
    assert report.heartbeat_sent
    assert main_registry.heartbeats == []
    [beat] = fleet_registry.heartbeats
    assert beat["kiosk_id"] == "cicg-kiosk-3"
    assert beat["registry"] == "pretix · tickets.example.org · itu/wsis22"


def test_a_fleet_registry_that_does_not_answer_fails_no_round_and_is_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    main_registry, fleet_registry = FakeRegistry(lambda: NOW), FakeRegistry(lambda: NOW)
    client = FleetReportingClient(main_registry.client("k"), fleet_registry.client("k"))
    down = SyncError(SyncProblem.NETWORK, "fleet registry unreachable")
    fleet_registry.failures.extend([down, down])
    db = open_database(tmp_path / "kiosk.db")
    with caplog.at_level(logging.INFO, logger="kiosk.sync.fleet"):
        reports = [sync_once(db, client, lambda: NOW) for _ in range(3)]
    db.close()
    assert all(report.ok and report.online for report in reports)
    assert client.fleet_problem == ""
    words = [record.getMessage() for record in caplog.records]
    assert words == [
        "the fleet registry took no heartbeat: fleet registry unreachable",
        "the fleet registry takes heartbeats again",
    ]


def test_a_kiosk_reports_to_the_fleet_only_when_its_registry_is_not_ours(tmp_path: Path) -> None:
    home = Home(tmp_path)
    save_link(home.registry_link, replace(FLEET, kiosk_id="itu-tower-1"))
    save_link(home.fleet_link, FLEET)
    ours = sync_setup(home)
    assert not ours.reports_to_fleet  # our registry takes the heartbeats itself
    assert isinstance(ours.client(), HttpRegistryClient)
    save_link(home.registry_link, PRETIX)
    theirs = sync_setup(home)
    assert theirs.reports_to_fleet
    assert theirs.options().registry == "pretix · tickets.example.org · itu/wsis22"
    assert home.fleet_link.stat().st_mode & 0o777 == 0o600
    assert home.fleet_link in home.private_files()


def test_a_damaged_fleet_link_leaves_the_sync_without_fleet_reports(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    home = Home(tmp_path)
    save_link(home.registry_link, PRETIX)
    home.fleet_link.write_text("{", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="kiosk.syncing"):
        setup = sync_setup(home)
    assert setup.fleet is None
    assert "fleet.json is unreadable" in caplog.text
    assert "secret" not in caplog.text


def test_a_fleet_registry_must_be_a_kiosk_registry(tmp_path: Path) -> None:
    home = Home(tmp_path)
    with pytest.raises(SyncError, match="a fleet registry is a kiosk registry") as caught:
        enroll_fleet(home, "pretix+https://tickets.example.org", "CODE", (7, b"k" * 32))
    assert caught.value.problem is SyncProblem.REFUSED
    assert not home.fleet_link.exists()
