"""`kiosk staff add` and `kiosk staff log`, and what `kiosk printers` says the kiosk will do."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.cli import EXIT_REFUSED, EXIT_SETUP, main
from kiosk.core.staff import QR_PREFIX, Method, Role, parse_credential
from kiosk.settings import load_settings


def _add(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, pin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    status = main(["staff", "add", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_staff_add_prints_a_hashed_line_the_settings_accept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _add(
        monkeypatch, capsys, "sup-1", "--role", "supervisor", "--pin-stdin", pin="802214"
    )

    assert status == 0
    line = json.loads(out)
    assert "802214" not in line
    credential = parse_credential(line)
    assert (credential.staff_id, credential.role, credential.method) == (
        "sup-1",
        Role.SUPERVISOR,
        Method.PIN,
    )
    assert credential.log2_n == 15
    assert credential.matches("802214")
    assert "[staff] credentials" in err
    settings = tmp_path / "settings.toml"
    settings.write_text(f"[staff]\ncredentials = [{out.strip()}]\n", encoding="utf-8")
    assert load_settings(settings, {}).staff_credentials == (line,)


@pytest.mark.parametrize(
    ("args", "pin", "message"),
    [
        (("desk-1", "--pin-stdin"), "12", "4 to 12 digits"),
        (("desk-1", "--pin-stdin"), "12ab", "4 to 12 digits"),
        (("Amina Diallo", "--pin-stdin"), "2468", "no names"),
    ],
)
def test_staff_add_refuses_a_bad_pin_or_id(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    pin: str,
    message: str,
) -> None:
    status, out, err = _add(monkeypatch, capsys, *args, pin=pin)
    assert status == EXIT_SETUP
    assert out == ""
    assert message in err


def test_staff_add_qr_writes_a_code_that_opens_its_credential(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "staff.png"
    status, out, _ = _add(monkeypatch, capsys, "sup-2", "--role", "supervisor", "--qr", str(png))

    assert status == 0
    [read] = zxingcpp.read_barcodes(Image.open(png))
    assert read.text.startswith(QR_PREFIX)
    credential = parse_credential(json.loads(out))
    assert credential.method is Method.QR
    assert credential.matches(read.text.removeprefix(QR_PREFIX))


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("staff") / "home"
    assert main(["--home", str(root), "init-demo", "--participants", "5"]) == 0
    return root


def test_staff_log_lists_sign_ins_without_secrets(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime

    from kiosk.core.staff import make_credential
    from kiosk.services.staff import sign_in
    from kiosk.store import open_database

    credential = make_credential("desk-1", Role.DESK, Method.PIN, "2468", bytes(16), log2_n=10)
    db = open_database(home / "kiosk.db")
    try:
        sign_in(db, [credential], "0000", "kiosk-1", datetime(2022, 5, 30, 7, tzinfo=UTC))
        sign_in(db, [credential], "2468", "kiosk-1", datetime(2022, 5, 30, 7, 1, tzinfo=UTC))
    finally:
        db.close()
    capsys.readouterr()

    assert main(["--home", str(home), "staff", "log", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)

    assert [(r["action"], r["outcome"], r["staff"], r["how"]) for r in rows] == [
        ("staff-sign-in", "ok", "desk-1", "pin"),
        ("staff-sign-in", "wrong", "", "pin"),
    ]
    assert "2468" not in json.dumps(rows)


def test_printers_says_what_the_kiosk_does_when_no_printer_can_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "home"
    assert main(["--home", str(root), "init-demo", "--participants", "5"]) == 0
    settings = root / "settings.toml"
    text = settings.read_text(encoding="utf-8")
    capsys.readouterr()
    dead = "escpos+tcp://127.0.0.1:9?profile=tm-t88vii&timeout=0.3"
    settings.write_text(_with_printer(text, dead, ""), encoding="utf-8")

    assert main(["--home", str(root), "printers"]) == EXIT_REFUSED
    assert (
        "no printer can print; the kiosk checks people in, badges wait for the desk"
        in capsys.readouterr().out
    )

    settings.write_text(_with_printer(text, dead, 'when_unavailable = "stop"\n'), encoding="utf-8")
    assert main(["--home", str(root), "printers"]) == EXIT_REFUSED
    assert "the kiosk takes no scans ([printer] when_unavailable)" in capsys.readouterr().out


def _with_printer(text: str, uri: str, extra: str) -> str:
    lines = [line for line in text.splitlines() if not line.startswith(("uri =", "fallback ="))]
    out = []
    for line in lines:
        out.append(line)
        if line.strip() == "[printer]":
            out.append(f'uri = "{uri}"')
            if extra:
                out.append(extra.rstrip())
    return "\n".join(out) + "\n"
