"""`kiosk void`: a supervisor's PIN voids a badge headless; desk staff and wrong PINs fail."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from kiosk.cli import EXIT_REFUSED, EXIT_SETUP, main
from kiosk.core.staff import Method, Role, make_credential
from kiosk.store import journal, open_database

PERSON = "22000003"
SALT = bytes(range(16))


def _credential(staff_id: str, role: Role, pin: str) -> str:
    return json.dumps(make_credential(staff_id, role, Method.PIN, pin, SALT, log2_n=10).line())


@pytest.fixture
def home(tmp_path: Path) -> Path:
    root = tmp_path / "home"
    assert main(["--home", str(root), "init-demo", "--participants", "5"]) == 0
    lines = [
        _credential("sup-1", Role.SUPERVISOR, "802214"),
        _credential("desk-1", Role.DESK, "135790"),
    ]
    settings = root / "settings.toml"  # the demo's own staff are replaced by these two
    text = settings.read_text(encoding="utf-8")
    replaced = re.sub(
        r"credentials = \[.*?\]", f"credentials = [{', '.join(lines)}]", text, flags=re.S
    )
    assert replaced != text
    settings.write_text(replaced, encoding="utf-8")
    assert main(["--home", str(root), "reprint", PERSON, "--reason", "first badge"]) == 0
    return root


def _void(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pin: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    status = main(["--home", str(home), "void", PERSON, "--reason", "stolen", "--pin-stdin"])
    out, err = capsys.readouterr()
    return status, out, err


def _audit(home: Path) -> list[tuple[str, str, str]]:
    db = open_database(home / "kiosk.db")
    try:
        rows = db.execute(
            "SELECT action, outcome, staff_id FROM audit WHERE action IN "
            "('desk-void', 'staff-sign-in') ORDER BY id"
        ).fetchall()
        return [tuple(r) for r in rows]
    finally:
        db.close()


def _active(home: Path) -> int | None:
    db = open_database(home / "kiosk.db")
    try:
        return journal.active_badge_version(db, int(PERSON))
    finally:
        db.close()


def test_a_supervisor_voids_the_badge_and_the_void_waits_in_the_outbox(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _void(home, monkeypatch, capsys, "802214")
    assert status == 0
    assert f"of {PERSON} voided" in out
    assert _active(home) is None
    assert _audit(home) == [("staff-sign-in", "ok", "sup-1"), ("desk-void", "done", "sup-1")]
    db = open_database(home / "kiosk.db")
    try:
        kinds = [r[0] for r in db.execute("SELECT kind FROM outbox ORDER BY rowid")]
    finally:
        db.close()
    assert kinds[-1] == "badge_void"


def test_desk_staff_are_refused_and_audited(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _void(home, monkeypatch, capsys, "135790")
    assert status == EXIT_REFUSED
    assert "for supervisors" in err
    assert out == ""
    assert _active(home) == 1
    assert _audit(home) == [("staff-sign-in", "ok", "desk-1"), ("desk-void", "refused", "desk-1")]


def test_a_wrong_pin_voids_nothing(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _void(home, monkeypatch, capsys, "000000")
    assert status == EXIT_SETUP
    assert "PIN was not accepted" in err
    assert _active(home) == 1
    assert _audit(home) == [("staff-sign-in", "wrong", "")]
