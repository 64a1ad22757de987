"""The day's programme: which local day, now and next, filters, and when the board looks again."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kiosk.core.model import Room, Session, Track
from kiosk.core.programme import (
    LONGEST_WAIT,
    SessionState,
    day_bounds,
    day_programme,
    filtered,
)

ZONE = "Europe/Zurich"
FORUM = Track(22, "forum", "Forum Track")
HIGH = Track(22, "high-level", "High-Level Track")
POPOV = Room(22, "Popov Room, ITU Tower", "ITU Tower", "2nd floor")


def _session(
    n: int,
    start: str,
    minutes: int,
    track: str = "forum",
    room: str = "Popov Room, ITU Tower",
    languages: tuple[str, ...] = ("en",),
) -> Session:
    starts = datetime.fromisoformat(start)
    return Session(
        n,
        22,
        f"Session {n}",
        "Workshop",
        track,
        room,
        starts,
        starts + timedelta(minutes=minutes),
        languages,
    )


MONDAY = [
    _session(1, "2022-05-30T07:00:00+00:00", 90, "high-level", languages=("en", "fr", "ar")),
    _session(2, "2022-05-30T09:00:00+00:00", 90),
    _session(3, "2022-05-30T09:00:00+00:00", 90, room="CICG Room 18", languages=("fr",)),
    _session(4, "2022-05-30T12:30:00+00:00", 90, "high-level"),
    _session(5, "2022-05-30T14:30:00+00:00", 60, room=""),
]
TUESDAY = [_session(6, "2022-05-31T07:00:00+00:00", 90)]


def test_the_day_is_the_venues_local_day_summer_time_included() -> None:
    start, end = day_bounds(date(2022, 5, 30), ZONE)
    assert start == datetime(2022, 5, 29, 22, 0, tzinfo=UTC)
    assert end == datetime(2022, 5, 30, 22, 0, tzinfo=UTC)
    # 23:30 UTC on Monday is already Tuesday in Geneva
    late = day_programme(MONDAY + TUESDAY, [], [], datetime(2022, 5, 30, 23, 30, tzinfo=UTC), ZONE)
    assert late.day == date(2022, 5, 31)
    assert [e.session.id for e in late.entries] == [6]


def test_now_is_under_way_and_next_is_every_session_at_the_earliest_start_to_come() -> None:
    at_nine_thirty = datetime(2022, 5, 30, 7, 30, tzinfo=UTC)
    programme = day_programme(MONDAY + TUESDAY, [POPOV], [FORUM, HIGH], at_nine_thirty, ZONE)
    states = {e.session.id: e.state for e in programme.entries}
    assert states == {
        1: SessionState.NOW,
        2: SessionState.NEXT,
        3: SessionState.NEXT,
        4: SessionState.LATER,
        5: SessionState.LATER,
    }
    assert programme.entries[0].room == POPOV
    by_id = {e.session.id: e for e in programme.entries}
    assert by_id[3].room is None  # CICG Room 18 has no directions: still shown
    assert [e.session.id for e in programme.entries] == [1, 3, 2, 4, 5]  # time, then room
    assert programme.entries[0].track == HIGH
    assert programme.tracks == (FORUM, HIGH)
    assert programme.languages == ("ar", "en", "fr")


def test_an_ended_session_is_past_and_the_start_and_end_instants_belong_to_the_next_state() -> None:
    at_end = datetime(2022, 5, 30, 8, 30, tzinfo=UTC)  # session 1 ends exactly now
    states = {e.session.id: e.state for e in day_programme(MONDAY, [], [], at_end, ZONE).entries}
    assert states[1] is SessionState.PAST
    at_start = datetime(2022, 5, 30, 9, 0, tzinfo=UTC)  # sessions 2 and 3 start exactly now
    states = {e.session.id: e.state for e in day_programme(MONDAY, [], [], at_start, ZONE).entries}
    assert states[2] is SessionState.NOW
    assert states[4] is SessionState.NEXT


def test_filters_keep_one_track_or_language_and_mark_next_within_them() -> None:
    programme = day_programme(
        MONDAY, [], [FORUM, HIGH], datetime(2022, 5, 30, 7, 30, tzinfo=UTC), ZONE
    )
    high = filtered(programme, track="high-level")
    assert [(e.session.id, e.state) for e in high] == [
        (1, SessionState.NOW),
        (4, SessionState.NEXT),
    ]
    french = filtered(programme, language="fr")
    assert [e.session.id for e in french] == [1, 3]
    assert filtered(programme, track="forum", language="ar") == ()


def test_the_board_looks_again_at_the_next_start_or_end_and_at_midnight() -> None:
    before_end = datetime(2022, 5, 30, 8, 20, tzinfo=UTC)  # session 1 ends at 8:30
    assert day_programme(MONDAY, [], [], before_end, ZONE).refresh_at == datetime(
        2022, 5, 30, 8, 30, tzinfo=UTC
    )
    late = datetime(2022, 5, 30, 21, 50, tzinfo=UTC)  # 23:50 in Geneva, nothing left today
    assert day_programme(MONDAY, [], [], late, ZONE).refresh_at == datetime(
        2022, 5, 30, 22, 0, tzinfo=UTC
    )
    quiet = datetime(2022, 5, 30, 7, 30, tzinfo=UTC)  # nothing starts or ends for an hour
    assert day_programme(MONDAY, [], [], quiet, ZONE).refresh_at == quiet + LONGEST_WAIT
    empty = day_programme([], [], [], quiet, ZONE)
    assert empty.entries == ()
    assert empty.refresh_at == quiet + LONGEST_WAIT
