"""`kiosk report` and `kiosk export`: the files they write and one clear line for each bad input."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from arrivals_home import Arrivals, make_arrivals_home

from kiosk.cli import EXIT_SETUP, main
from kiosk.services.exports import CHECK_IN_COLUMNS, PRINT_COLUMNS


@pytest.fixture(scope="module")
def arrivals(qapp, tmp_path_factory: pytest.TempPathFactory) -> Arrivals:  # type: ignore[no-untyped-def]
    return make_arrivals_home(tmp_path_factory.mktemp("cli-reports") / "home")


def _run(
    arrivals: Arrivals, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    status = main(["--home", str(arrivals.home.root), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_report_writes_a_pdf_of_the_day(
    arrivals: Arrivals, capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    out = tmp_path / f"report-{language}.pdf"
    status, printed, err = _run(
        arrivals, capsys, "report", "--day", "2022-05-30", "--out", str(out), "--language", language
    )
    assert (status, err) == (0, "")
    assert out.read_bytes().startswith(b"%PDF")
    assert "11 check-ins" in printed
    assert not out.with_name(out.name + ".partial").exists()
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
        assert "Pages:" in info.stdout


def _csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for Excel
    return list(csv.reader(data.decode("utf-8-sig").splitlines()))


def test_export_checkins_writes_the_days_rows_with_local_times(
    arrivals: Arrivals, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "checkins.csv"
    status, printed, _ = _run(
        arrivals, capsys, "export", "checkins", "--day", "2022-05-30", "--out", str(out)
    )
    rows = _csv(out)
    assert status == 0
    assert "11 checkins" in printed
    assert tuple(rows[0]) == CHECK_IN_COLUMNS
    assert len(rows) == 12
    first = dict(zip(rows[0], rows[1], strict=True))
    assert (first["at_utc"], first["at_local"]) == ("2022-05-30T06:00:00Z", "2022-05-30 08:00:00")
    assert {r[4] for r in rows[1:]} == {"kiosk-a", "kiosk-b"}
    assert "Nadia" not in out.read_text(encoding="utf-8-sig")  # ids only in the spreadsheet


def test_export_prints_marks_the_replaced_badge(
    arrivals: Arrivals, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "prints.csv"
    status, _, _ = _run(
        arrivals, capsys, "export", "prints", "--day", "2022-05-30", "--out", str(out)
    )
    rows = _csv(out)
    assert status == 0
    assert tuple(rows[0]) == PRINT_COLUMNS
    table = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    reprinted = [r for r in table if r["registration_id"] == str(arrivals.checked_in[0])]
    assert [
        (r["badge_version"], r["reason"], bool(r["deactivated_at_utc"])) for r in reprinted
    ] == [
        ("1", "first", True),
        ("2", "lost", False),
    ]


def test_a_big_export_shows_its_progress_on_stderr(
    arrivals: Arrivals,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("kiosk.cli.reports.PROGRESS_FROM", 1)
    monkeypatch.setattr("kiosk.store.arrivals.EXPORT_BATCH", 4)
    out = tmp_path / "c.csv"
    status, _, err = _run(
        arrivals, capsys, "export", "checkins", "--day", "2022-05-30", "--out", str(out)
    )
    assert status == 0
    assert "exported 4 of 11 rows" in err
    assert err.endswith("exported 11 of 11 rows\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "--day", "2022-07-01"], "2022-07-01 is outside the event"),
        (["report", "--day", "30/05/2022"], "is not a date like 2022-05-30"),
        (
            ["report", "--day", "2022-05-30", "--language", "de"],
            "is not one of en, fr, es, ru, zh, ar",
        ),
        (["export", "visitors", "--day", "2022-05-30"], "is not one of checkins, prints"),
        (["export", "prints", "--day", "2022-06-05"], "outside the event"),
    ],
)
def test_bad_input_gets_one_clear_line(
    arrivals: Arrivals,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "out.file"
    status, _, err = _run(arrivals, capsys, *args, "--out", str(out))
    assert status == EXIT_SETUP
    assert message in err
    assert err.count("\n") == 1
    assert not out.exists()


def test_an_unwritable_out_path_is_refused_before_any_work(
    arrivals: Arrivals, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder" / "r.pdf"
    status, _, err = _run(arrivals, capsys, "report", "--day", "2022-05-30", "--out", str(missing))
    assert status == EXIT_SETUP
    assert "does not exist" in err
    status, _, err = _run(
        arrivals, capsys, "export", "checkins", "--day", "2022-05-30", "--out", str(tmp_path)
    )
    assert status == EXIT_SETUP
    assert "is a folder" in err
    if os.geteuid() != 0:  # root writes anywhere: the permission check cannot be seen as root
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        status, _, err = _run(
            arrivals,
            capsys,
            "export",
            "prints",
            "--day",
            "2022-05-30",
            "--out",
            str(locked / "p.csv"),
        )
        assert status == EXIT_SETUP
        assert "permission denied" in err


def test_report_without_a_home_says_how_to_make_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status = main(
        [
            "--home",
            str(tmp_path / "empty"),
            "report",
            "--day",
            "2022-05-30",
            "--out",
            str(tmp_path / "r.pdf"),
        ]
    )
    assert status == EXIT_SETUP
    assert "kiosk init-demo" in capsys.readouterr().err
