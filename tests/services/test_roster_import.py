"""Importing a roster file into a kiosk database: encodings, re-imports, and search afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.sample.wsis2022 import sample_categories, sample_event
from kiosk.services.roster import import_roster
from kiosk.store import Database, events, open_database, participants

ROSTER = """\
registration_id,given_name,family_name,badge_name,native_name,organisation,country,category
22000001,José,García Núñez,,,"Ministerio de Economía Digital, España",ES,DEL
22000002,Wei,Wang,王伟,王伟,Aurora Cloud Ltd,CN,ITU
22000003,Mohamed,Al-Ali,محمد العلي,محمد العلي,UNESCO,EG,IGO
22000004,Olena,Melnyk,,Олена Мельник,,UA,PAR
22000005,Thị Hương,Nguyễn,,,,VN,SPK
22000006,Bad,Country,,,,Narnia,PAR
"""
AT = datetime(2022, 5, 30, 7, 15, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, sample_event(), sample_categories())
    yield database
    database.close()


def write(tmp_path: Path, data: str | bytes, name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def found(db: Database, typed: str) -> list[int]:
    return [p.registration_id for p in participants.search_participants(db, typed)]


def test_good_rows_are_saved_and_bad_ones_reported(db: Database, tmp_path: Path) -> None:
    report = import_roster(db, write(tmp_path, ROSTER), 22)
    assert (report.imported, report.skipped) == (5, 1)
    assert [(e.line, e.column) for e in report.errors] == [(7, "country")]
    assert not report.ok
    assert participants.count_participants(db) == 5
    wei = participants.get_participant(db, 22000002)
    assert wei is not None
    assert (wei.badge_name, wei.native_name, wei.category) == ("王伟", "王伟", "ITU")


@pytest.mark.parametrize(
    ("typed", "registration_id"),
    [
        ("jose", 22000001),
        ("JOSÉ garcia", 22000001),
        ("nunez", 22000001),
        ("伟", 22000002),
        ("王", 22000002),
        ("محمد", 22000003),
        ("Олена", 22000004),
        ("huong nguyen", 22000005),
        ("22000003", 22000003),
        ("economia digital", 22000001),
    ],
)
def test_imported_names_are_found_in_any_script_without_accents(
    db: Database, tmp_path: Path, typed: str, registration_id: int
) -> None:
    import_roster(db, write(tmp_path, ROSTER), 22)
    assert found(db, typed) == [registration_id]


def test_names_round_trip_through_the_database_exactly(db: Database, tmp_path: Path) -> None:
    import_roster(db, write(tmp_path, ROSTER), 22)
    ali = participants.get_participant(db, 22000003)
    vn = participants.get_participant(db, 22000005)
    assert ali is not None
    assert vn is not None
    assert (ali.badge_name, ali.organisation) == ("محمد العلي", "UNESCO")
    assert (vn.given_name, vn.family_name, vn.badge_name) == (
        "Thị Hương",
        "Nguyễn",
        "Thị Hương Nguyễn",
    )


def test_a_utf8_file_with_a_byte_order_mark_and_semicolons_imports(
    db: Database, tmp_path: Path
) -> None:
    text = "registration_id;given_name;family_name;category\r\n7;Zoé;Lefèvre;PAR\r\n"
    report = import_roster(db, write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8")), 22)
    assert (report.imported, report.errors) == (1, ())
    assert found(db, "zoe lefevre") == [7]


def test_a_latin1_file_is_refused_whole_naming_the_first_bad_line(
    db: Database, tmp_path: Path
) -> None:
    text = "registration_id,given_name,family_name,category\n1,Ann,Lee,PAR\n2,José,García,DEL\n"
    report = import_roster(db, write(tmp_path, text.encode("latin-1")), 22)
    assert report.imported == 0
    (error,) = report.errors
    assert error.line == 3
    assert "UTF-8" in error.message
    assert participants.count_participants(db) == 0


def test_a_utf16_file_is_refused_whole(db: Database, tmp_path: Path) -> None:
    report = import_roster(db, write(tmp_path, ROSTER.encode("utf-16")), 22)
    assert report.imported == 0
    assert "UTF-16" in report.errors[0].message


def test_an_empty_or_missing_file_gets_one_clear_error(db: Database, tmp_path: Path) -> None:
    empty = import_roster(db, write(tmp_path, b""), 22)
    missing = import_roster(db, tmp_path / "nowhere.csv", 22)
    assert "empty" in empty.errors[0].message
    assert "cannot be read" in missing.errors[0].message
    assert empty.imported == missing.imported == 0


def test_an_event_without_categories_is_refused(db: Database, tmp_path: Path) -> None:
    report = import_roster(db, write(tmp_path, ROSTER), 99)
    assert report.imported == 0
    assert "no badge categories" in report.errors[0].message


def test_reimporting_updates_names_but_keeps_check_ins_and_badges(
    db: Database, tmp_path: Path
) -> None:
    import_roster(db, write(tmp_path, ROSTER), 22)
    participants.mark_checked_in(db, 22000001, AT)
    participants.mark_badge_printed(db, 22000001, 1, AT)
    corrected = ROSTER.replace("García Núñez", "García Ordóñez")
    report = import_roster(db, write(tmp_path, corrected, "corrected.csv"), 22)
    assert report.imported == 5
    jose = participants.get_participant(db, 22000001)
    assert jose is not None
    assert jose.family_name == "García Ordóñez"
    assert (jose.checked_in_at, jose.collected_at, jose.badge_version) == (AT, AT, 1)
    assert found(db, "ordonez") == [22000001]
    assert found(db, "nunez") == []


def test_the_log_carries_counts_but_never_names(
    db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    import_roster(db, write(tmp_path, ROSTER), 22)
    assert "5 imported" in caplog.text
    for name in ("José", "Wang", "王伟", "محمد", "Олена", "Nguyễn", "Narnia"):
        assert name not in caplog.text
