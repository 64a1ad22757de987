"""`kiosk search` finds people by e-mail and country but never prints an address (docs/desk.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.paths import Home
from kiosk.store import open_database, participants

FIRST = 22_000_001


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-search") / "home"
    assert main(["--home", str(root), "init-demo", "--participants", "40"]) == 0
    return root


def first_person(home: Path):  # type: ignore[no-untyped-def]
    db = open_database(Home(home).database)
    try:
        return participants.get_participant(db, FIRST)
    finally:
        db.close()


@pytest.mark.parametrize("as_json", [False, True])
def test_an_e_mail_finds_its_person_and_is_not_printed(
    home: Path, capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    person = first_person(home)
    assert person.email.endswith(".example")
    capsys.readouterr()
    args = ["--home", str(home), "search", person.email, *(["--json"] if as_json else [])]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert str(FIRST) in out
    assert "@" not in out + err
    if as_json:
        assert "email" not in json.loads(out)[0]


def test_a_country_name_finds_its_people(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person = first_person(home)
    capsys.readouterr()
    assert main(["--home", str(home), "search", person.country, "--json", "--limit", "50"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert FIRST in [row["registration_id"] for row in rows]
    assert {row["country"] for row in rows[:1]} == {person.country}
