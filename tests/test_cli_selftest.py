"""`kiosk self-test`: the whole chain in a throw-away home; exit 0 when every step passes, 1 with
the failing step named when one does not, 3 when --keep names a folder that is not empty.
(The frozen bundle runs the same command: scripts/build-deb, docs/deployment.md.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PySide6.QtWidgets import QApplication

from kiosk.cli import EXIT_SETUP, main
from kiosk.cli.selftest import EXIT_FAILED

STEPS = ["start", "database", "scan", "QR", "rescan"]


def self_test(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["self-test", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_every_step_passes_and_the_badge_is_left_when_asked(
    tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = tmp_path / "kept"
    status, out, _ = self_test(capsys, "--keep", str(kept), "--json")
    answer = json.loads(out)
    assert status == 0
    assert answer["passed"] is True
    assert answer["frozen"] is False
    assert [s["step"] for s in answer["steps"]] == STEPS
    assert all(s["ok"] for s in answer["steps"])
    assert "22000001 checked in" in answer["steps"][2]["detail"]
    assert sorted(p.name for p in (kept / "prints").iterdir()) == [
        "22000001-v1.pdf",
        "22000001-v1.png",
    ]


def test_the_plain_report_has_one_line_per_step(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = self_test(capsys)
    lines = out.splitlines()
    assert status == 0
    assert [line.split()[:2] for line in lines[:-1]] == [["ok", step] for step in STEPS]
    assert lines[-1] == "self-test passed (from source)"


def test_an_unreadable_badge_fails_at_the_qr_step_and_stops_there(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def blind(*_args: Any, **_kwargs: Any) -> list[Any]:
        return []

    monkeypatch.setattr(zxingcpp, "read_barcodes", blind)
    status, out, err = self_test(capsys)
    assert status == EXIT_FAILED
    assert out.splitlines()[-1].startswith("FAIL QR        22000001-v1.png holds 0 readable QR")
    assert "rescan" not in out
    assert "self-test FAILED" in err


def test_missing_fonts_fail_the_start_with_a_message(
    tmp_path: Path,
    qapp: QApplication,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kiosk import paths

    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setattr(paths, "fonts_dir", lambda: empty)
    status, out, _ = self_test(capsys, "--json")
    answer = json.loads(out)
    assert status == EXIT_FAILED
    assert answer["passed"] is False
    [start] = answer["steps"]
    assert (start["step"], start["ok"]) == ("start", False)
    assert start["detail"] == f"No badge fonts could be loaded from {empty}. Reinstall the kiosk."


def test_keep_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "something.txt").write_text("keep me", encoding="utf-8")
    status, out, err = self_test(capsys, "--keep", str(tmp_path))
    assert status == EXIT_SETUP
    assert out == ""
    assert "is not empty; give --keep a new or empty directory" in err
    assert (tmp_path / "something.txt").read_text(encoding="utf-8") == "keep me"
