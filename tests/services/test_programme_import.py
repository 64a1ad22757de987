"""The programme on a kiosk home: today's board from the store, `kiosk import-schedule`, and a
database from before the programme had rooms and translations."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cli import EXIT_REFUSED, EXIT_SETUP, main
from kiosk.core.programme import SessionState
from kiosk.paths import Home
from kiosk.services.demo import init_demo
from kiosk.services.programme import ProgrammeService, import_schedule
from kiosk.store import events, open_database, sessions
from kiosk.store.migrations import MIGRATIONS

SCHEDULES = Path(__file__).parents[1] / "core" / "schedules"
AT_ELEVEN_THIRTY = datetime(2022, 5, 30, 9, 30, tzinfo=UTC)


@pytest.fixture
def home(tmp_path: Path) -> Home:
    home = Home(tmp_path / "home")
    init_demo(home, 30)
    return home


def _rows(db_path: Path) -> list[tuple[object, ...]]:
    db = open_database(db_path)
    try:
        return db.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    finally:
        db.close()


def test_today_on_the_demo_home_has_rooms_tracks_and_translated_titles(home: Home) -> None:
    db = open_database(home.database)
    event = events.load_event(db)
    assert event is not None
    today = ProgrammeService(db, event, lambda: AT_ELEVEN_THIRTY).today()
    db.close()
    now = [e for e in today.entries if e.state is SessionState.NOW]
    policy = next(e for e in now if e.session.title.startswith("Policy Session 1"))
    assert policy.session.title_translations["ar"] == "جلسة السياسات 1: توصيلية مجدية للجميع"
    assert policy.room is not None
    assert policy.room.floor_translations["ru"] == "Первый этаж"
    assert policy.track is not None
    assert policy.track.label_translations["es"] == "Segmento de alto nivel"
    assert all(e.session.starts_at.date() == AT_ELEVEN_THIRTY.date() for e in today.entries)


def test_importing_the_same_file_twice_gives_the_same_programme(home: Home) -> None:
    db = open_database(home.database)
    event = events.load_event(db)
    assert event is not None
    first = import_schedule(db, SCHEDULES / "wsis-pretalx.json", event)
    db.close()
    once = _rows(home.database)
    db = open_database(home.database)
    again = import_schedule(db, SCHEDULES / "wsis-pretalx.json", event)
    assert sessions.count_sessions(db, event.id) == 5  # the file replaced the sample's 79
    # the sample's directions for Popov Room survive: a pretalx file carries none
    popov = next(r for r in sessions.load_rooms(db, event.id) if r.name.startswith("Popov"))
    assert popov.floor == "2nd floor"
    db.close()
    assert _rows(home.database) == once
    assert (first.imported, first.skipped, first.without_room) == (5, 3, 1)
    assert again == first


def test_import_schedule_command_reports_each_problem_and_its_position(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    path = SCHEDULES / "wsis-programme.ics"
    status = main(["--home", str(home.root), "import-schedule", str(path)])
    out, err = capsys.readouterr()
    assert status == 0
    summary = "3 sessions imported from iCalendar (2 rooms, 2 tracks); 2 entries skipped, "
    assert summary + "1 with room to be announced." in out
    assert f"{path}: VEVENT 4: DTSTART is a whole day: a session needs a start time" in err
    assert (
        f"{path}: VEVENT 3: 'Knowledge Café: partnerships for connectivity' has no LOCATION" in err
    )
    status = main(["--home", str(home.root), "import-schedule", str(path), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert status == 0
    assert report["imported"] == 3
    assert report["problems"][1] == {
        "position": "VEVENT 4",
        "kind": "skipped",
        "message": "DTSTART is a whole day: a session needs a start time",
    }


def test_a_bad_file_changes_nothing_and_says_why_in_one_line(
    home: Home, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _rows(home.database)
    junk = tmp_path / "schedule.json"
    junk.write_bytes(b"\x00\x01binary junk")
    status = main(["--home", str(home.root), "import-schedule", str(junk)])
    _, err = capsys.readouterr()
    assert status == EXIT_SETUP
    assert err == f"kiosk: {junk}: binary data, not a schedule (a NUL byte at offset 0)\n"
    assert _rows(home.database) == before


def test_a_file_whose_every_entry_is_broken_leaves_the_programme_alone(
    home: Home, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _rows(home.database)
    path = tmp_path / "broken.json"
    talks = [{"title": "No time"}, {"date": "2022-05-30T09:00:00+02:00", "duration": "01:00"}]
    path.write_text(json.dumps({"schedule": {"conference": {"days": [{"rooms": {"A": talks}}]}}}))
    status = main(["--home", str(home.root), "import-schedule", str(path)])
    out, err = capsys.readouterr()
    assert status == EXIT_REFUSED
    assert "no session could be imported; the programme is unchanged" in out
    assert "days[0].rooms[A][1]: the entry has no title" in err
    assert _rows(home.database) == before


def test_a_database_from_before_the_programme_update_still_shows_its_sessions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:6], start=1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    conn.execute(
        "INSERT INTO events VALUES (22, 'WSIS22', 'WSIS Forum 2022', 'Geneva', "
        "'Europe/Zurich', '2022-05-30', '2022-06-03', '2022-05-29', 1)"
    )
    conn.execute(
        "INSERT INTO sessions VALUES (1, 22, 'Opening', 'Opening segment', 'high-level', "
        "'CICG Room 1', '2022-05-30T07:00:00+00:00', '2022-05-30T08:30:00+00:00', "
        "'[\"en\", \"fr\"]', '[]', 1)"
    )
    conn.close()
    db = open_database(path)
    event = events.load_event(db)
    assert event is not None
    today = ProgrammeService(db, event, lambda: datetime(2022, 5, 30, 7, 30, tzinfo=UTC)).today()
    db.close()
    (entry,) = today.entries
    assert entry.session.title == "Opening"
    assert not entry.session.title_translations
    assert entry.room is None  # no directions yet: the board shows the name alone
    assert entry.track is not None
    assert entry.track.label == "High-Level Track"  # the old fixed track keeps its label
    assert entry.state is SessionState.NOW
