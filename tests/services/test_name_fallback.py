"""Never silent: a name no shipped font draws is reported at import, listed by `kiosk
check-names`, and printed in its Latin-script form with a mark in the print journal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.cli import EXIT_REFUSED, main
from kiosk.core.badge_layout import BadgeContent
from kiosk.core.model import Participant
from kiosk.sample.wsis2022 import sample_categories, sample_event
from kiosk.services.names import name_problems, printable_content
from kiosk.services.roster import import_roster
from kiosk.store import Database, events, open_database

HIEROGLYPH = "\U00013000"  # Egyptian hieroglyphs: no shipped font, no claimed script
LINEAR_B = "\U00010000"
PERSON = Participant(22000009, 22, "Amira", "Hassan", f"Amira {HIEROGLYPH}", "")
CONTENT = BadgeContent(
    22000009, 1, PERSON.badge_name, "", "ITU", "EG", "DEL", "Delegate", "#1F4E9E", "1" * 20,
    "WSIS Forum 2022", "30 May - 3 June 2022",
)  # fmt: skip
ROSTER = f"""\
registration_id,given_name,family_name,badge_name,native_name,organisation,country,category
22000001,José,García,,,ITU,ES,DEL
22000002,Amira,Hassan,Amira {HIEROGLYPH},,ITU,EG,DEL
22000003,Ana,Pérez,Ana 😀 Pérez,,ITU,ES,DEL
22000004,Wei,Wang,王伟,{LINEAR_B}王伟{HIEROGLYPH},ITU,CN,DEL
"""


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, sample_event(), sample_categories())
    yield database
    database.close()


def test_the_badge_prints_the_latin_name_and_records_why() -> None:
    printed = printable_content(CONTENT, PERSON)
    assert printed.badge_name == "Amira Hassan"
    assert printed.name_fallback == HIEROGLYPH


def test_a_name_every_font_covers_prints_as_given() -> None:
    for name in ("Ana 😀 Pérez", "👩\u200d👩\u200d👧", "Ana\u200fMaría", "Zoe\u0301", "x" * 300):
        content = replace(CONTENT, badge_name=name)
        assert printable_content(content, PERSON) == content


def test_a_name_of_combining_marks_only_prints_the_latin_name() -> None:
    marks = replace(CONTENT, badge_name="\u0301\u0308")
    printed = printable_content(marks, PERSON)
    assert (printed.badge_name, printed.name_fallback) == ("Amira Hassan", "\u0301\u0308")
    problems = name_problems(replace(PERSON, badge_name="\u0301\u0308"))
    assert [(p.field, p.positions) for p in problems] == [("badge_name", (1, 2))]


def test_without_a_latin_name_the_drawable_letters_stay() -> None:
    nameless = replace(PERSON, given_name="", family_name="")
    assert printable_content(CONTENT, nameless).badge_name == "Amira"
    only_glyphs = replace(CONTENT, badge_name=HIEROGLYPH * 3)
    assert printable_content(only_glyphs, nameless).badge_name == ""  # a line to write on


def test_a_native_name_no_font_draws_is_left_out() -> None:
    content = replace(CONTENT, badge_name="Wang Wei", native_name=f"王伟{LINEAR_B}")
    printed = printable_content(content, PERSON)
    assert (printed.badge_name, printed.native_name, printed.name_fallback) == (
        "Wang Wei", "", LINEAR_B,
    )  # fmt: skip


def test_each_problem_names_the_field_characters_and_positions() -> None:
    problems = name_problems(replace(PERSON, native_name=f"a{LINEAR_B}b{HIEROGLYPH}"))
    assert [(p.field, p.characters, p.positions, p.prints_instead) for p in problems] == [
        ("badge_name", (HIEROGLYPH,), (7,), "Amira Hassan"),
        ("native_name", (LINEAR_B, HIEROGLYPH), (2, 4), ""),
    ]
    assert problems[1].code_points == "U+10000 U+13000"


def test_the_import_warns_with_line_column_and_characters(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    report = import_roster(db, path, 22)
    assert (report.imported, report.skipped, report.errors) == (4, 0, ())
    assert [(w.line, w.column) for w in report.warnings] == [
        (3, "badge_name"),
        (5, "native_name"),
    ]
    assert "U+13000" in report.warnings[0].message
    assert "at character 7" in report.warnings[0].message
    assert '"Amira Hassan" instead' in report.warnings[0].message
    assert "U+10000" in report.warnings[1].message
    assert "leaves this line out" in report.warnings[1].message


def test_check_names_lists_them_as_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    assert main(["--home", str(home), "init-demo", "--participants", "5"]) == 0
    assert main(["--home", str(home), "check-names"]) == 0  # the demo's names all print
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    capsys.readouterr()
    assert main(["--home", str(home), "import-roster", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}:3: warning: badge_name: no shipped font draws" in err
    assert main(["--home", str(home), "check-names"]) == EXIT_REFUSED
    out = capsys.readouterr().out
    assert '22000002  badge_name: no font for 𓀀 (U+13000); prints "Amira Hassan"' in out
    assert main(["--home", str(home), "check-names", "--json"]) == EXIT_REFUSED
    listed = json.loads(capsys.readouterr().out)
    assert [(p["registration_id"], p["field"], p["code_points"]) for p in listed] == [
        (22000002, "badge_name", ["U+13000"]),
        (22000004, "native_name", ["U+10000", "U+13000"]),
    ]


def test_the_print_journal_marks_a_latin_name_job(db: Database) -> None:
    from datetime import UTC, datetime

    from kiosk.store import journal

    printed = printable_content(CONTENT, PERSON)
    job = journal.PrintJob("j1", 22000009, 1, "file:x", journal.JobState.QUEUED, content=printed)
    assert journal.add_job(db, job, datetime(2022, 5, 30, tzinfo=UTC))
    row = db.execute("SELECT name_fallback FROM print_jobs WHERE id = 'j1'").fetchone()
    assert row[0] == "U+13000"
    stored = journal.get_job(db, "j1")
    assert stored is not None
    assert stored.content is not None
    assert stored.content.name_fallback == HIEROGLYPH
