"""[camera] photo_capture: validated, off by default, and what it means with and without camera."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import photo_policy
from kiosk.cli import main
from kiosk.core.photos import PhotoPolicy
from kiosk.settings import SettingsError, load_settings

FIRST = 22_000_001  # the demo's first registration


def settings_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("", PhotoPolicy.OFF),
        ("[camera]\nphoto_capture = false\n", PhotoPolicy.OFF),
        ("[camera]\nphoto_capture = true\n", PhotoPolicy.CAPTURE),
        ('[camera]\nphoto_capture = true\ndevice = "none"\n', PhotoPolicy.AT_DESK),
        ('[camera]\nphoto_capture = true\ndevice = "Logitech"\n', PhotoPolicy.CAPTURE),
    ],
)
def test_the_setting_and_the_camera_decide_the_photo_policy(
    tmp_path: Path, text: str, policy: PhotoPolicy
) -> None:
    assert photo_policy(load_settings(settings_file(tmp_path, text), {})) is policy


def test_the_environment_turns_it_on(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "missing.toml", {"KIOSK_PHOTO_CAPTURE": "yes"})
    assert photo_policy(settings) is PhotoPolicy.CAPTURE


def test_a_bad_value_names_the_key(tmp_path: Path) -> None:
    path = settings_file(tmp_path, '[camera]\nphoto_capture = "sometimes"\n')
    with pytest.raises(SettingsError, match=r"\[camera\] photo_capture"):
        load_settings(path, {})


def test_kiosk_scan_with_photos_on_checks_in_and_leaves_the_photo_to_the_desk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    """`kiosk scan` has no camera: a person needing a photo is checked in, nothing printed."""
    root = tmp_path / "home"
    assert main(["--home", str(root), "init-demo", "--participants", "20"]) == 0
    with (root / "settings.toml").open("a", encoding="utf-8") as settings:
        settings.write("\n[camera]\nphoto_capture = true\n")
    capsys.readouterr()
    assert main(["--home", str(root), "code", str(FIRST)]) == 0
    code = capsys.readouterr().out.strip()
    assert main(["--home", str(root), "scan", code, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert (answer["outcome"], answer["photo"], answer["printed"]) == (
        "checked-in",
        "at-desk",
        None,
    )
    assert main(["--home", str(root), "scan", code]) == 0  # the badge still waits: asked again
    assert "waits for a photo" in capsys.readouterr().out
