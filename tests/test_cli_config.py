"""`kiosk config check FILE` and docs/configuration.md: every key the kiosk reads is documented,
every documented example is valid, and each bad file gets a message naming its key (exit 3)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from kiosk.cli import EXIT_SETUP, main
from kiosk.services.demo import demo_settings_toml
from kiosk.settings import _KEYS, load_settings

DOC = Path(__file__).resolve().parent.parent / "docs" / "configuration.md"
_ROW = re.compile(r"^\| `(?P<key>[a-z_]+)` \((?P<field>[a-z_]+)\) \|(?P<rest>.*)\|$")


def documented() -> dict[tuple[str, str], list[str]]:
    """(section, key) -> the row's cells after the key: field, type, default, allowed, example."""
    rows: dict[tuple[str, str], list[str]] = {}
    section = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## \[(\w+)\]$", line)
        if heading:
            section = heading.group(1)
            continue
        row = _ROW.match(line)
        if row and section:
            cells = [cell.strip() for cell in row.group("rest").split(" | ")]
            key = (section, row.group("key"))
            assert key not in rows, f"docs/configuration.md documents {key} twice"
            rows[key] = [row.group("field"), *cells]
    return rows


def check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["--home", str(path.parent / "no-home"), "config", "check", str(path)])
    out, err = capsys.readouterr()
    return status, out, err


def test_every_setting_is_documented_with_type_default_range_example() -> None:
    rows = documented()
    assert set(rows) == set(_KEYS), "docs/configuration.md and kiosk/settings.py disagree"
    for key, field in _KEYS.items():
        cells = rows[key]
        assert cells[0] == field, key
        assert len(cells) == 6, key
        assert all(cells), key
        assert cells[4].startswith(f"`{key[1]} = "), key


def test_every_documented_example_is_a_valid_setting(tmp_path: Path) -> None:
    tables: dict[str, list[str]] = {}
    for (section, _key), cells in documented().items():
        tables.setdefault(section, []).append(cells[4].strip("`"))
    text = "\n".join(f"[{name}]\n" + "\n".join(lines) for name, lines in tables.items())
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    settings = load_settings(path, environ={})
    assert settings.printer_uri.startswith("escpos+tcp://")
    assert settings.desk_location_translations["fr"] == "CICG, rez-de-chaussée"
    assert sum(len(lines) for lines in tables.values()) == len(_KEYS)


def test_a_good_file_is_ok_with_its_key_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(demo_settings_toml("k-1", 22, "2022-05-30T08:45:00+02:00"), encoding="utf-8")
    keys = sum(len(table) for table in tomllib.loads(path.read_text("utf-8")).values())
    assert check(path, capsys) == (0, f"{path}: ok ({keys} keys)\n", "")
    assert not (tmp_path / "no-home").exists()  # no home is made or needed


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[printer]\nretries = 9\n", "[printer] retries must be from 0 to 5"),
        ("[printer]\ncolour = true\n", "unknown setting [printer] colour"),
        ("[kiosk]\nlanguages = ['en', 'de']\n", "[kiosk] languages must list codes from"),
        ("[kiosk]\nidle_timeout_s = 'soon'\n", "bad value for [kiosk] idle_timeout_s: 'soon'"),
        ("[scanner]\nmax_gap_ms = 2.5\n", "bad value for [scanner] max_gap_ms: 2.5"),
        ("[camera]\nresolution = 'big'\n", "[camera] resolution must be WIDTHxHEIGHT"),
        ("[desk]\nlocation_translations = { de = 'x' }\n", "location_translations.de"),
        ("printer = 'x'\n", "'printer' must be a [section]"),
        ("[kiosk\nid = 1\n", "cannot read settings"),
        ("[printer]\nuri = 'lpt1://desk'\n", "[printer] uri: Unknown printer type 'lpt1'"),
        ("[printer]\nfallback = ['escpos+tcp://']\n", "[printer] fallback: "),
        ("[printer]\ntemplate = 'nosuch.toml'\n", "[printer] template: cannot read"),
    ],
    ids=[
        "range",
        "unknown key",
        "language",
        "type",
        "whole",
        "camera",
        "translation",
        "flat",
        "toml",
        "printer",
        "fallback",
        "template",
    ],
)
def test_a_bad_file_names_the_key_and_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    status, out, err = check(path, capsys)
    assert (status, out) == (EXIT_SETUP, "")
    assert err.startswith(f"kiosk: {path}: ")
    assert message in err


def test_a_missing_file_is_an_error_not_the_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nothing.toml"
    assert check(path, capsys) == (EXIT_SETUP, "", f"kiosk: {path}: no such file\n")


def test_the_environment_does_not_change_the_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_PRINTER_RETRIES", "9")
    path = tmp_path / "settings.toml"
    path.write_text("[printer]\nretries = 2\n", encoding="utf-8")
    assert check(path, capsys)[:2] == (0, f"{path}: ok (1 keys)\n")


def test_every_problem_is_named_at_once_not_only_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        "[kiosk]\nidle_timeout_s = 'soon'\nlanguages = ['en', 'de']\n"
        "[printer]\ncolour = true\nretries = 9\nbadge_size = 'a6'\n"
        "[scanner]\nmax_gap_ms = 2.5\n",
        encoding="utf-8",
    )
    status, out, err = check(path, capsys)
    assert (status, out) == (EXIT_SETUP, "")
    lines = err.splitlines()
    assert lines == [
        f"kiosk: {path}: unknown setting [printer] colour",
        f"kiosk: {path}: bad value for [kiosk] idle_timeout_s: 'soon'",
        f"kiosk: {path}: bad value for [scanner] max_gap_ms: 2.5",
        f"kiosk: {path}: [kiosk] languages must list codes from en, fr, es, ru, zh, ar",
        f"kiosk: {path}: [printer] retries must be from 0 to 5",
        f"kiosk: {path}: 5 problems",
    ]


def test_a_key_that_needs_another_is_named_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[desk]\nlocation_translations = { fr = 'CICG' }\n", encoding="utf-8")
    status, _, err = check(path, capsys)
    assert status == EXIT_SETUP
    assert err.count("\n") == 1  # one problem, no count line
    assert "[desk] location_translations needs [desk] location" in err


def test_the_printers_and_the_template_are_checked_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        "[printer]\nuri = 'lpt1://desk'\nfallback = ['escpos+tcp://']\ntemplate = 'nosuch.toml'\n",
        encoding="utf-8",
    )
    status, _, err = check(path, capsys)
    assert status == EXIT_SETUP
    assert "[printer] uri: Unknown printer type 'lpt1'" in err
    assert "[printer] fallback: " in err
    assert "[printer] template: cannot read" in err
    assert err.endswith(f"kiosk: {path}: 3 problems\n")
