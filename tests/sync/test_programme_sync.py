"""The programme comes with the registry sync: a kiosk syncing from the real registry (its own
process on 127.0.0.1) gets the rooms with directions, the tracks and the translated titles."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from fleet_harness import LiveRegistry, demo_registry

from kiosk.cli import main
from kiosk.core.programme import SessionState
from kiosk.services.programme import ProgrammeService
from kiosk.store import events, open_database, sessions

pytestmark = pytest.mark.integration

SCHEDULES = Path(__file__).parents[1] / "core" / "schedules"


def test_a_synced_kiosk_shows_the_registrys_programme_in_six_languages(
    tmp_path: Path, live: LiveRegistry
) -> None:
    home = tmp_path / "cicg-board"
    assert main(["--home", str(home), "enroll", live.url, live.enroll_code("cicg-board")]) == 0
    assert main(["--home", str(home), "sync", "--once"]) == 0
    db = open_database(home / "kiosk.db")
    event = events.load_event(db)
    assert event is not None
    rooms = {room.name: room for room in sessions.load_rooms(db, event.id)}
    tracks = {track.code: track for track in sessions.load_tracks(db, event.id)}
    assert sessions.count_sessions(db, event.id) == 79
    at_eleven = datetime(2022, 5, 30, 9, 30, tzinfo=UTC)
    today = ProgrammeService(db, event, lambda: at_eleven).today()
    db.close()
    popov = rooms["Popov Room, ITU Tower"]
    assert (popov.building, popov.floor) == ("ITU Tower", "2nd floor")
    assert popov.directions_translations["zh"] == "从 Montbrillant 大楼进入，按指示牌前往塔楼电梯。"
    assert popov.name_translations["ar"] == "قاعة بوبوف، برج الاتحاد"
    assert tracks["high-level"].label_translations["fr"] == "Volet de haut niveau"
    assert set(tracks) == {"high-level", "forum"}
    policy = next(e for e in today.entries if e.session.title.startswith("Policy Session 1"))
    assert policy.state is SessionState.NOW
    assert policy.session.title_translations["ru"].startswith("Сессия по вопросам политики 1")
    assert policy.room == rooms["CICG Room 1"]


def test_a_schedule_imported_on_the_registry_replaces_every_kiosks_programme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "registry").mkdir()
    with demo_registry(tmp_path / "registry", 20) as registry:
        home = tmp_path / "kiosk"
        code = registry.enroll_code("itu-tower-2")
        assert main(["--home", str(home), "enroll", registry.url, code]) == 0
        assert main(["--home", str(home), "sync", "--once"]) == 0
        assert _titles(home)[0] == 79  # the sample's programme

        said = registry.run("import-schedule", str(SCHEDULES / "wsis-pretalx.json"))
        assert "5 sessions from pretalx/frab JSON" in said
        assert "79 sessions no longer in the file withdrawn" in said
        assert main(["--home", str(home), "sync", "--once"]) == 0
        count, titles = _titles(home)
        assert count == 5
        assert "Opening of the WSIS Forum 2022 final week" in titles

        said = registry.run("import-schedule", str(SCHEDULES / "wsis-programme.ics"))
        assert "3 sessions from iCalendar" in said
        assert main(["--home", str(home), "sync", "--once"]) == 0
        assert _titles(home)[0] == 3

        registry.run("import-schedule", str(SCHEDULES / "wsis-pretalx.json"))  # back again
        assert main(["--home", str(home), "sync", "--once"]) == 0
        assert _titles(home)[0] == 5
    capsys.readouterr()


def test_a_file_that_is_not_a_schedule_changes_nothing_on_the_registry(tmp_path: Path) -> None:
    junk = tmp_path / "programme.json"
    junk.write_bytes(b"\x00\xff" * 200)
    (tmp_path / "registry").mkdir()
    with demo_registry(tmp_path / "registry", 5) as registry:
        before = registry.run("status", "--json")
        with pytest.raises(AssertionError, match="binary data, not a schedule"):
            registry.run("import-schedule", str(junk))
        assert registry.run("status", "--json") == before


def _titles(home: Path) -> tuple[int, set[str]]:
    db = open_database(home / "kiosk.db")
    event = events.load_event(db)
    assert event is not None
    rows = db.execute("SELECT title FROM sessions WHERE event_id = ?", [event.id]).fetchall()
    db.close()
    return len(rows), {str(row[0]) for row in rows}
