"""The badge and print-job commands on a demo home, as staff would type them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.cli import EXIT_REFUSED, EXIT_SETUP, main
from kiosk.paths import Home
from kiosk.services.demo import init_demo
from kiosk.store import journal, open_database

FIRST = 22000001


@pytest.fixture
def home(tmp_path: Path, qapp: QApplication) -> Home:
    home = Home(tmp_path / "home")
    init_demo(home, 40)
    return home


def use_printers(home: Home, uri: str, fallback: str = "") -> None:
    text = home.settings.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^uri = ".*"$', f'uri = "{uri}"', text)
    extra = f'fallback = ["{fallback}"]\n' if fallback else ""
    home.settings.write_text(text.replace("[printer]\n", f"[printer]\n{extra}"), encoding="utf-8")


def kiosk(home: Home, *args: str) -> int:
    return main(["--home", str(home.root), *args])


def scan(home: Home, registration_id: int, capsys: pytest.CaptureFixture[str]) -> str:
    kiosk(home, "code", str(registration_id))
    code = capsys.readouterr().out.strip()
    kiosk(home, "scan", code)
    return capsys.readouterr().out


def test_a_failed_job_is_listed_then_rerouted_by_number(home, capsys) -> None:  # type: ignore[no-untyped-def]
    use_printers(home, "fake://?state=paper-out")
    assert "badge NOT printed: The printer reports: paper-out" in scan(home, FIRST, capsys)
    assert kiosk(home, "jobs", "--json") == 0
    [job] = json.loads(capsys.readouterr().out)
    assert (job["state"], job["registration_id"], job["attempts"]) == ("failed", FIRST, 1)
    assert kiosk(home, "jobs", "reroute", job["id"][:8], "file:prints?format=png") == EXIT_SETUP
    assert "not a configured printer; choose one of 1: fake://?state=paper-out" in (
        capsys.readouterr().err
    )
    use_printers(home, "fake://?state=paper-out", fallback="file:prints?format=png")
    assert kiosk(home, "jobs", "reroute", job["id"][:8], "2") == 0
    assert "done" in capsys.readouterr().out
    assert (home.prints / f"{FIRST}-v1.png").exists()
    assert kiosk(home, "jobs", "cancel", job["id"]) == EXIT_SETUP
    assert "cannot cancel job" in capsys.readouterr().err
    kiosk(home, "jobs")
    assert capsys.readouterr().out.strip() == "no open print jobs"


def test_a_fallback_printer_takes_over_by_itself(home, capsys) -> None:  # type: ignore[no-untyped-def]
    use_printers(home, "fake://?state=cover-open", fallback="file:prints?format=png")
    assert f"badge v1 printed to {home.prints}" in scan(home, FIRST, capsys)


def test_staff_answer_for_a_job_cut_off_by_a_stop(home, capsys) -> None:  # type: ignore[no-untyped-def]
    use_printers(home, "fake://?state=paper-out")
    scan(home, FIRST, capsys)
    db = open_database(home.database)
    job = journal.open_jobs(db)[0]
    db.execute("UPDATE print_jobs SET state = 'sent' WHERE id = ?", [job.id])  # a stop mid-print
    db.close()
    assert kiosk(home, "jobs", "recover") == 0
    assert "1 jobs cut off by a stop" in capsys.readouterr().out
    assert kiosk(home, "jobs", "answer", job.id[:8], "maybe") == EXIT_SETUP
    assert "did the badge come out" in capsys.readouterr().err
    assert kiosk(home, "jobs", "answer", job.id[:8], "yes") == 0
    assert "done" in capsys.readouterr().out
    db = open_database(home.database)
    assert journal.active_badge_version(db, FIRST) == 1
    db.close()


def test_reprint_needs_a_reason_and_raises_the_version(home, capsys) -> None:  # type: ignore[no-untyped-def]
    use_printers(home, "file:prints?format=png")
    scan(home, FIRST, capsys)
    with pytest.raises(SystemExit):
        kiosk(home, "reprint", str(FIRST))
    capsys.readouterr()
    assert kiosk(home, "reprint", str(FIRST), "--reason", "lost") == 0
    assert f"{FIRST} v2" in capsys.readouterr().out
    assert (home.prints / f"{FIRST}-v2.png").exists()


def test_badge_writes_a_preview_at_any_size(home, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "badge.png"
    assert kiosk(home, "badge", str(FIRST), "--out", str(out), "--size", "thermal-80") == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (850, 1299)  # 72 x 110 mm at 300 dpi
    assert kiosk(home, "badge", str(FIRST), "--out", str(tmp_path / "b.pdf")) == 0
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    db = open_database(home.database)
    assert journal.recent_jobs(db) == []  # a preview is not a print
    db.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "x.txt"], "--out must end in .png or .pdf"),
        (["--out", "/nonexistent/dir/b.png"], "the folder /nonexistent/dir does not exist"),
        (["--out", "b.png", "--size", "a0"], "unknown badge size 'a0'; sizes: a6, brother-62"),
        (["--out", "b.png", "--template", "nope"], "cannot read the badge template"),
    ],
)
def test_badge_refuses_bad_options_with_a_reason(home, capsys, tmp_path, args, message) -> None:  # type: ignore[no-untyped-def]
    args = [str(tmp_path / a) if a.endswith((".png", ".txt")) else a for a in args]
    assert kiosk(home, "badge", str(FIRST), *args) == EXIT_SETUP
    assert message in capsys.readouterr().err


def test_badge_for_someone_unknown(home, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert kiosk(home, "badge", "999", "--out", str(tmp_path / "b.png")) == EXIT_SETUP
    assert "registration 999 is not on this kiosk's roster" in capsys.readouterr().err


def test_printers_lists_each_with_its_status(home, capsys) -> None:  # type: ignore[no-untyped-def]
    use_printers(home, "fake://?state=paper-out", fallback="file:prints?format=png")
    assert kiosk(home, "printers", "--json") == EXIT_REFUSED  # the primary cannot print
    rows = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["role"], r["state"]) for r in rows] == [
        (1, "primary", "paper-out"),
        (2, "fallback", "online"),
    ]


def test_print_test_goes_to_any_printer_uri(home, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "test-pages"
    assert kiosk(home, "print-test", "--printer", f"{folder.as_uri()}?format=pdf") == 0
    assert "test page sent to" in capsys.readouterr().out
    assert [p.suffix for p in folder.iterdir()] == [".pdf"]
    assert kiosk(home, "print-test", "--printer", "lpt1") == EXIT_SETUP
    assert "does not say which kind of printer" in capsys.readouterr().err


def test_badge_sheet_journals_each_badge_once(home, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "del.pdf"
    assert kiosk(home, "badge-sheet", "--category", "DEL", "--out", str(out)) == 0
    report = capsys.readouterr().out
    issued = int(report.split()[0])
    assert issued >= 4
    assert out.read_bytes().startswith(b"%PDF")
    db = open_database(home.database)
    assert len(journal.jobs_in_state(db, journal.JobState.DONE)) == issued
    db.close()
    assert kiosk(home, "badge-sheet", "--category", "DEL", "--out", str(out)) == EXIT_SETUP
    assert "no one in category DEL is waiting for a badge" in capsys.readouterr().err
    assert kiosk(home, "badge-sheet", "--category", "XYZ", "--out", str(out)) == EXIT_SETUP
    assert "no badge category 'XYZ'; this event has DEL, EXH" in capsys.readouterr().err


def test_a_bad_template_stops_the_kiosk_naming_the_key(home, capsys) -> None:  # type: ignore[no-untyped-def]
    (home.root / "event.toml").write_text('[category.VIP]\ncolour = "crimson"\n', encoding="utf-8")
    text = home.settings.read_text(encoding="utf-8")
    home.settings.write_text(
        text.replace('template = "wsis2022"', 'template = "event.toml"'), encoding="utf-8"
    )
    kiosk(home, "code", str(FIRST))
    code = capsys.readouterr().out.strip()
    assert kiosk(home, "scan", code) == EXIT_SETUP
    assert "event.toml: [category.VIP] colour: 'crimson' is not a colour" in capsys.readouterr().err
    db = open_database(home.database)
    assert journal.count_check_ins(db) == 0  # nothing happened with a broken template
    db.close()
