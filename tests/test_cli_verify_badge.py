"""`kiosk verify-badge`: a door check of the badge a demo kiosk printed, and of badges made at home.
Exit 0 valid, 1 refused (with the reason), 3 when the home is missing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtWidgets import QApplication

from kiosk.cli import EXIT_REFUSED, EXIT_SETUP, main
from kiosk.core.badge_codes import B2_DIGITS, sign_badge
from kiosk.core.credentials import new_signing_key
from kiosk.paths import Home
from kiosk.services.demo import init_demo
from kiosk.services.device_key import load_device_key

FIRST = 22000001


@pytest.fixture
def home(tmp_path: Path, qapp: QApplication) -> Home:
    home = Home(tmp_path / "home")
    init_demo(home, 40)
    return home


def kiosk(home: Home, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(["--home", str(home.root), *args])
    return status, capsys.readouterr().out


def print_badge(home: Home, capsys: pytest.CaptureFixture[str], registration_id: int) -> str:
    """Check the person in at the demo kiosk and read the QR back off the printed PNG."""
    _, code = kiosk(home, capsys, "code", str(registration_id))
    status, out = kiosk(home, capsys, "scan", code.strip(), "--json")
    assert status == 0
    with Image.open(json.loads(out)["printed"]) as image:
        return str(zxingcpp.read_barcodes(image)[0].text)


def verify(home: Home, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    status, out = kiosk(home, capsys, "verify-badge", *args, "--json")
    return status, json.loads(out)


def test_the_badge_a_demo_kiosk_printed_is_valid(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    text = print_badge(home, capsys, FIRST)
    assert len(text) == B2_DIGITS
    status, answer = verify(home, capsys, text)
    assert status == 0
    device = load_device_key(home)
    assert device is not None
    assert answer == {
        "valid": True,
        "verdict": "valid",
        "reason": "the person's current badge",
        "format": "B2",
        "registration_id": FIRST,
        "badge_version": 1,
        "device_key_id": device.key_id,
        "kiosk_id": "demo-kiosk-1",
        "current_version": 1,
        "event_id": 22,
    }
    status, line = kiosk(home, capsys, "verify-badge", text)
    assert status == 0
    assert line.startswith("VALID: ")
    assert "signed by kiosk demo-kiosk-1" in line


def test_after_a_reprint_the_old_badge_is_refused_and_the_new_one_valid(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    old = print_badge(home, capsys, FIRST)
    assert kiosk(home, capsys, "reprint", str(FIRST), "--reason", "lost")[0] == 0
    new = next((home.prints).glob(f"{FIRST}-v2*.png"))
    with Image.open(new) as image:
        new_text = zxingcpp.read_barcodes(image)[0].text
    status, answer = verify(home, capsys, old)
    assert (status, answer["verdict"], answer["current_version"]) == (
        EXIT_REFUSED,
        "superseded",
        2,
    )
    status, line = kiosk(home, capsys, "verify-badge", old)
    assert "REFUSED (superseded)" in line
    assert "current badge is v2" in line
    assert verify(home, capsys, new_text)[0] == 0


def test_a_badge_made_at_home_is_refused(home: Home, capsys: pytest.CaptureFixture[str]) -> None:
    device = load_device_key(home)
    assert device is not None
    forger, _ = new_signing_key()
    forged_with_kiosk_id = sign_badge(FIRST + 1, 1, 22, device.key_id, forger)
    forged_with_own_key = sign_badge(FIRST + 1, 1, 22, 12345, forger)
    assert verify(home, capsys, forged_with_kiosk_id)[1]["verdict"] == "bad-signature"
    assert verify(home, capsys, forged_with_own_key)[1]["verdict"] == "unknown-key"
    status, answer = verify(home, capsys, f"B1-{FIRST + 1}-1")
    assert (status, answer["verdict"], answer["format"]) == (EXIT_REFUSED, "unsigned", "B1")
    status, answer = verify(home, capsys, f"B1-{FIRST + 1}-1", "--allow-unsigned")
    assert (status, answer["verdict"]) == (EXIT_REFUSED, "not-issued")


@pytest.mark.parametrize(
    "text", ["", "hello", "7" * 10_000, "B1-01-1", "١٢٣"], ids=["empty", "word", "10k", "0", "ar"]
)
def test_junk_is_malformed_and_names_no_one(
    home: Home, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    status, answer = verify(home, capsys, text)
    assert (status, answer["valid"], answer["verdict"]) == (EXIT_REFUSED, False, "malformed")
    assert answer["registration_id"] is None


def test_on_an_empty_home_it_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--home", str(tmp_path / "none"), "verify-badge", "B1-1-1"])
    assert status == EXIT_SETUP
    assert "run `kiosk init-demo`" in capsys.readouterr().err


def test_a_damaged_device_key_stops_the_kiosk_naming_the_file(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    _, code = kiosk(home, capsys, "code", str(FIRST))
    home.device_key.write_text("not a key\n", encoding="utf-8")
    status = main(["--home", str(home.root), "scan", code.strip()])
    err = capsys.readouterr().err
    assert status == EXIT_SETUP
    assert str(home.device_key) in err
    assert home.device_key.read_text(encoding="utf-8") == "not a key\n"
