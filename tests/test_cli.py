"""The `kiosk` command as a person at a terminal uses it: codes, scans, search, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.cli import EXIT_REFUSED, EXIT_SETUP, main

FIRST = 22_000_001


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli") / "home"
    assert main(["--home", str(root), "init-demo", "--participants", "60"]) == 0
    return root


def run(home: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["--home", str(home), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {__version__}"


def test_scan_a_demo_code_then_again(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, code, _ = run(home, capsys, "code", str(FIRST))
    assert code.strip().isdigit()
    status, out, _ = run(home, capsys, "scan", code.strip(), "--json")
    answer = json.loads(out)
    assert (status, answer["outcome"], answer["registration_id"]) == (0, "checked-in", FIRST)
    assert answer["badge_version"] == 1
    assert Path(answer["printed"]).is_file()
    status, out, _ = run(home, capsys, "scan", code.strip(), "--json")
    assert (status, json.loads(out)["outcome"]) == (EXIT_REFUSED, "already-collected")


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("", "empty"),
        ("hello", "malformed"),
        ("\x1b[2J\x00", "malformed"),
        ("7" * 10_000, "malformed"),
    ],
    ids=["empty", "word", "control characters", "10 kB"],
)
def test_junk_is_refused_with_its_outcome(
    home: Path, capsys: pytest.CaptureFixture[str], text: str, outcome: str
) -> None:
    status, out, _ = run(home, capsys, "scan", text, "--json")
    assert (status, json.loads(out)["outcome"]) == (EXIT_REFUSED, outcome)


def test_a_code_with_one_digit_changed_is_refused(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, code, _ = run(home, capsys, "code", str(FIRST + 1))
    code = code.strip()
    damaged = code[:-5] + str((int(code[-5]) + 1) % 10) + code[-4:]
    status, out, _ = run(home, capsys, "scan", damaged)
    assert status == EXIT_REFUSED
    assert out.startswith(("bad-signature", "malformed"))


def test_search_finds_people_and_says_when_nobody_matches(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(home, capsys, "search", str(FIRST), "--json")
    assert status == 0
    assert [row["registration_id"] for row in json.loads(out)] == [FIRST]
    status, out, _ = run(home, capsys, "search", "zzzzqqq nobody")
    assert (status, out) == (EXIT_REFUSED, "")


def test_commands_on_an_empty_home_say_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(tmp_path / "nothing", capsys, "scan", "123")
    assert status == EXIT_SETUP
    assert "run `kiosk init-demo`" in err


def test_init_demo_never_overwrites_a_home(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(home, capsys, "init-demo")
    assert status == EXIT_SETUP
    assert "already holds a kiosk database" in err


def test_code_for_an_unknown_registration(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(home, capsys, "code", "99999999")
    assert status == EXIT_SETUP
    assert "99999999 is not in this demo home" in err


def test_a_bad_setting_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "home"
    assert main(["--home", str(root), "init-demo", "--participants", "5"]) == 0
    capsys.readouterr()
    settings = root / "settings.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace('badge_size = "a6"', 'badge_size = "a4"'),
        encoding="utf-8",
    )
    status, _, err = run(root, capsys, "scan", "123")
    assert status == EXIT_SETUP
    assert "[printer] badge_size must be one of" in err
