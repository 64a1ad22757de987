"""The [scanner] section of settings.toml: defaults, values, and a clear message for bad ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.settings import SettingsError, load_settings


def settings_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_suit_a_usb_scanner_with_an_enter_suffix(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "missing.toml", environ={})
    assert settings.scanner_keyboard is True
    assert (settings.scanner_suffix, settings.scanner_max_gap_ms) == ("enter", 35)
    assert (settings.scanner_min_length, settings.scanner_debounce_s) == (8, 3.0)
    assert (settings.serial_port, settings.serial_baud, settings.serial_suffix) == (
        "",
        9600,
        "enter",
    )


def test_every_key_is_read(tmp_path: Path) -> None:
    path = settings_file(
        tmp_path,
        """
[scanner]
keyboard = false
suffix = "tab"
max_gap_ms = 50
min_length = 12
debounce_s = 5
serial_port = "/dev/ttyACM0"
serial_baud = 115200
serial_suffix = "none"
""",
    )
    settings = load_settings(path, environ={})
    assert settings.scanner_keyboard is False
    assert (settings.scanner_suffix, settings.scanner_max_gap_ms) == ("tab", 50)
    assert (settings.scanner_min_length, settings.scanner_debounce_s) == (12, 5.0)
    assert (settings.serial_port, settings.serial_baud, settings.serial_suffix) == (
        "/dev/ttyACM0",
        115200,
        "none",
    )


def test_the_environment_overrides_the_file(tmp_path: Path) -> None:
    path = settings_file(tmp_path, '[scanner]\nserial_port = "COM3"\n')
    settings = load_settings(
        path, environ={"KIOSK_SERIAL_PORT": "/dev/ttyUSB1", "KIOSK_SCANNER_MAX_GAP_MS": "40"}
    )
    assert (settings.serial_port, settings.scanner_max_gap_ms) == ("/dev/ttyUSB1", 40)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('suffix = "cr"', "[scanner] suffix must be one of enter, tab, none"),
        ('serial_suffix = "lf"', "[scanner] serial_suffix must be one of enter, tab, none"),
        ("max_gap_ms = 0", "[scanner] max_gap_ms must be from 5 to 1000 milliseconds"),
        ("max_gap_ms = 35.5", "bad value for [scanner] max_gap_ms: 35.5"),
        ('max_gap_ms = "fast"', "bad value for [scanner] max_gap_ms: 'fast'"),
        ("min_length = 0", "[scanner] min_length must be from 1 to 4096 characters"),
        ("debounce_s = -1", "[scanner] debounce_s must be from 0 to 60 seconds"),
        ("debounce_s = 600", "[scanner] debounce_s must be from 0 to 60 seconds"),
        ("serial_baud = 0", "[scanner] serial_baud must be from 300 to 4000000 bits per second"),
        ('keyboard = "maybe"', "bad value for [scanner] keyboard: 'maybe'"),
        ("beep = true", "unknown setting [scanner] beep"),
    ],
)
def test_a_bad_value_names_the_key(tmp_path: Path, line: str, message: str) -> None:
    path = settings_file(tmp_path, f"[scanner]\n{line}\n")
    with pytest.raises(SettingsError, match=r"settings\.toml") as caught:
        load_settings(path, environ={})
    assert message in str(caught.value)
