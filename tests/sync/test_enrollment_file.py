"""registry.json (the enrollment) and [registry] settings: private, atomic, clear when broken."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.paths import Home
from kiosk.settings import SettingsError, load_settings
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.enrollment import RegistryLink, load_link, save_link
from kiosk.syncing import read_settings

LINK = RegistryLink(
    "http://10.0.0.2:8470",
    "itu-tower-1",
    "s3cret-token",
    2871234567,
    datetime(2022, 5, 29, tzinfo=UTC),
)


def test_the_link_is_private_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)  # an older, too open file is replaced by a private one
    save_link(path, LINK)
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_link(path) == LINK
    assert not path.with_name("registry.json.tmp").exists()


def test_the_token_never_shows_in_a_repr() -> None:
    assert "s3cret-token" not in repr(LINK)
    assert "itu-tower-1" in repr(LINK)


def test_no_file_means_not_enrolled(tmp_path: Path) -> None:
    assert load_link(tmp_path / "registry.json") is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        '{"url": "http://x"}',
        '{"url": 1, "kiosk_id": "k", "token": "t", "device_key_id": "x", "enrolled_at": "now"}',
    ],
)
def test_a_damaged_link_says_to_enroll_again(tmp_path: Path, text: str) -> None:
    path = tmp_path / "registry.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SyncError) as caught:
        load_link(path)
    assert caught.value.problem is SyncProblem.UNAUTHENTICATED
    assert "enroll the kiosk again" in str(caught.value)


def test_an_enrolled_home_takes_the_kiosk_id_the_registry_gave(tmp_path: Path) -> None:
    home = Home(tmp_path)
    home.settings.write_text('[kiosk]\nid = "kiosk-1"\n', encoding="utf-8")
    assert read_settings(home).kiosk_id == "kiosk-1"
    save_link(home.registry_link, LINK)
    settings = read_settings(home)
    assert (settings.kiosk_id, settings.registry_url) == ("itu-tower-1", "http://10.0.0.2:8470")


def test_a_damaged_link_does_not_stop_the_kiosk(tmp_path: Path) -> None:
    home = Home(tmp_path)
    home.registry_link.write_text("{", encoding="utf-8")
    assert read_settings(home).kiosk_id == "kiosk-1"  # check-ins go on; sync says what is wrong


def test_the_sync_interval_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    assert load_settings(path, environ={}).registry_interval_s == 15
    assert (
        load_settings(path, environ={"KIOSK_REGISTRY_INTERVAL_S": "12"}).registry_interval_s == 12
    )
    path.write_text("[registry]\ninterval_s = 600\n", encoding="utf-8")
    with pytest.raises(
        SettingsError, match=r"\[registry\] interval_s must be from 5 to 60 seconds"
    ):
        load_settings(path, environ={})
