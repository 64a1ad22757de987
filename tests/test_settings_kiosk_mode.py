"""The settings of kiosk mode and printer state: [printer] when_unavailable, check_interval_s and
[staff] credentials; each bad value is refused with a message naming its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.staff import Method, Role, make_credential
from kiosk.settings import SettingsError, load_settings

LINE = make_credential("sup-1", Role.SUPERVISOR, Method.PIN, "2468", bytes(16), log2_n=10).line()


def _load(tmp_path: Path, text: str, environ: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, environ or {})


def test_defaults_check_in_without_a_printer_and_have_no_staff(tmp_path: Path) -> None:
    settings = _load(tmp_path, "")
    assert settings.printer_when_unavailable == "check-in"
    assert settings.printer_check_interval_s == 10.0
    assert settings.staff_credentials == ()


def test_stop_interval_and_credentials_are_read(tmp_path: Path) -> None:
    settings = _load(
        tmp_path,
        f'[printer]\nwhen_unavailable = "stop"\ncheck_interval_s = 30\n'
        f'[staff]\ncredentials = ["{LINE}"]\n',
    )
    assert settings.printer_when_unavailable == "stop"
    assert settings.printer_check_interval_s == 30.0
    assert settings.staff_credentials == (LINE,)


def test_credentials_from_the_environment_are_separated_by_spaces(tmp_path: Path) -> None:
    other = LINE.replace("sup-1:", "sup-2:")
    settings = _load(tmp_path, "", {"KIOSK_STAFF_CREDENTIALS": f"{LINE} {other}"})
    assert settings.staff_credentials == (LINE, other)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[printer]\nwhen_unavailable = "print"\n',
            r'\[printer\] when_unavailable must be one of "check-in", "stop"',
        ),
        (
            "[printer]\ncheck_interval_s = 1\n",
            r"\[printer\] check_interval_s must be from 2 to 300",
        ),
        (
            '[staff]\ncredentials = ["2468"]\n',
            r"\[staff\] credentials: a credential is ID:ROLE:METHOD:HASH",
        ),
        (
            f'[staff]\ncredentials = ["{LINE}", "{LINE}"]\n',
            r"\[staff\] credentials: staff sup-1 has two pin credentials",
        ),
        ('[staff]\npin = "2468"\n', r"unknown setting \[staff\] pin"),
    ],
    ids=["unknown mode", "interval too short", "a PIN in clear", "twice", "unknown key"],
)
def test_a_bad_value_names_its_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        _load(tmp_path, text)
