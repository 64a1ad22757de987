"""Schedule files: pretalx/frab schedule.json and iCalendar read into sessions, and bad files."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core.schedule import ProblemKind, track_code
from kiosk.core.schedule_file import ScheduleFileError, read_schedule

SCHEDULES = Path(__file__).parent / "schedules"
PRETALX = SCHEDULES / "wsis-pretalx.json"
ICAL = SCHEDULES / "wsis-programme.ics"


def test_a_pretalx_schedule_gives_sessions_in_utc_with_rooms_tracks_and_translations() -> None:
    schedule = read_schedule(PRETALX, 22, "UTC")
    by_title = {s.title: s for s in schedule.sessions}
    opening = by_title["Opening of the WSIS Forum 2022 final week"]
    assert opening.starts_at == datetime(2022, 5, 30, 7, 0, tzinfo=UTC)  # 09:00 in Geneva
    assert opening.ends_at == datetime(2022, 5, 30, 8, 30, tzinfo=UTC)
    assert opening.room == "Popov Room, ITU Tower"
    assert opening.track == track_code("High-Level Track") == "high-level-track"
    assert opening.title_translations["zh"] == "2022年信息社会世界峰会论坛最后一周开幕"
    assert opening.languages == ("en",)
    # no "date" on this talk: the day's date and the local start, in the conference's zone
    policy = by_title["Policy Session 4: Digital economy, trade and inclusive growth"]
    assert policy.starts_at == datetime(2022, 5, 31, 7, 0, tzinfo=UTC)
    assert {t.label for t in schedule.tracks} == {"High-Level Track", "ICTs and Accessibility"}
    assert {r.name for r in schedule.rooms} == {"Popov Room, ITU Tower", "Room L, ITU Montbrillant"}
    assert by_title["Accessible public services"].languages == ("fr",)


def test_a_300_character_title_is_kept_whole() -> None:
    schedule = read_schedule(PRETALX, 22, "UTC")
    longest = max(schedule.sessions, key=lambda s: len(s.title))
    assert len(longest.title) == 300
    assert longest.title.startswith("Thematic Workshop: Building inclusive")


def test_broken_entries_are_skipped_with_their_position_and_a_roomless_one_is_kept() -> None:
    schedule = read_schedule(PRETALX, 22, "UTC")
    assert schedule.entries == 8
    assert len(schedule.sessions) == 5
    skipped = {(p.position, p.message) for p in schedule.problems if p.kind is ProblemKind.SKIPPED}
    assert skipped == {
        ("days[0].rooms[Popov Room, ITU Tower][2]", "duration 'ninety minutes' is not HH:MM"),
        ("days[0].rooms[Room L, ITU Montbrillant][1]", "the entry has no title"),
        ("days[0].rooms[Room L, ITU Montbrillant][2]", "the entry is not an object"),
    }
    roomless = [p for p in schedule.problems if p.kind is ProblemKind.NO_ROOM]
    assert [p.position for p in roomless] == ["days[0].rooms[][0]"]
    side_event = next(s for s in schedule.sessions if s.title.startswith("Side event"))
    assert side_event.room == ""
    assert side_event.languages == ("es",)


def test_an_icalendar_file_converts_each_zone_and_reports_what_it_skips() -> None:
    schedule = read_schedule(ICAL, 22, "UTC")
    by_title = {s.title: s for s in schedule.sessions}
    opening = by_title["Opening of the WSIS Forum 2022 final week"]
    assert opening.starts_at == datetime(2022, 5, 30, 7, 0, tzinfo=UTC)  # TZID=Europe/Zurich
    assert opening.track == "high-level-track"
    assert opening.room == "CICG Room 1"
    workshop = by_title["Atelier thématique : réseaux communautaires"]
    assert workshop.starts_at == datetime(2022, 5, 30, 9, 0, tzinfo=UTC)  # floating: X-WR-TIMEZONE
    assert workshop.ends_at == datetime(2022, 5, 30, 10, 30, tzinfo=UTC)  # DURATION PT1H30M
    assert workshop.room == "Room L, ITU Montbrillant"
    assert workshop.languages == ("fr",)
    cafe = by_title["Knowledge Café: partnerships for connectivity"]
    assert cafe.starts_at == datetime(2022, 5, 30, 12, 0, tzinfo=UTC)  # written in UTC
    assert cafe.room == ""
    problems = {(p.position, p.kind, p.message) for p in schedule.problems}
    assert problems == {
        (
            "VEVENT 3",
            ProblemKind.NO_ROOM,
            "'Knowledge Café: partnerships for connectivity' has no LOCATION",
        ),
        ("VEVENT 4", ProblemKind.SKIPPED, "DTSTART is a whole day: a session needs a start time"),
        ("VEVENT 5", ProblemKind.SKIPPED, "DTSTART is not a valid date and time"),
    }


def test_reading_the_same_file_twice_gives_the_same_sessions() -> None:
    first = read_schedule(PRETALX, 22, "UTC")
    again = read_schedule(PRETALX, 22, "UTC")
    assert first.sessions == again.sessions
    assert all(0 < s.id < 2**53 for s in first.sessions)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.json", b"", "the file is empty"),
        ("blank.ics", b"  \n\n", "the file is empty"),
        ("cut.json", b'{"schedule": {"conference": ', "not valid JSON (line 1, column 29"),
        ("notes.txt", b"Room A at nine", "neither a pretalx/frab schedule JSON nor an iCalendar"),
        ("photo.ics", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not a schedule"),
        ("latin1.json", '{"title": "Café"}'.encode("latin-1"), "not UTF-8 text"),
        ("broken.ics", b"BEGIN:VCALENDAR\r\nthis is no ical\r\n", "not a readable iCalendar file"),
        ("event.ics", b"BEGIN:VEVENT\r\nEND:VEVENT\r\n", "neither a pretalx"),
        ("other.json", json.dumps({"talks": []}).encode(), "JSON but not a pretalx/frab schedule"),
        ("list.json", b"[1, 2, 3]", "JSON but not a pretalx/frab schedule"),
        (
            "zone.json",
            json.dumps(
                {"schedule": {"conference": {"time_zone_name": "Mars/Olympus", "days": []}}}
            ).encode(),
            "unknown time zone 'Mars/Olympus'",
        ),
    ],
)
def test_a_file_that_is_not_a_schedule_gets_one_line_naming_it(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ScheduleFileError) as raised:
        read_schedule(path, 22, "UTC")
    text = str(raised.value)
    assert text.startswith(f"{path}: ")
    assert message in text
    assert "\n" not in text


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ScheduleFileError, match=r"missing\.ics: cannot be read"):
        read_schedule(tmp_path / "missing.ics", 22, "UTC")


def test_a_big_file_reports_progress(tmp_path: Path) -> None:
    talks = [
        {
            "guid": f"g{n}",
            "date": "2022-05-30T09:00:00+02:00",
            "duration": "00:30",
            "title": f"Talk {n}",
        }
        for n in range(1200)
    ]
    data = {
        "schedule": {"conference": {"days": [{"date": "2022-05-30", "rooms": {"Room A": talks}}]}}
    }
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data))
    seen: list[tuple[int, int]] = []
    schedule = read_schedule(
        path, 22, "Europe/Zurich", lambda done, total: seen.append((done, total))
    )
    assert len(schedule.sessions) == 1200
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]
