"""The dashboard's figures: the day it shows by default, the days it offers, a day refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.paths import Home
from kiosk.sample.wsis2022 import sample_event
from kiosk.services.arrivals import ArrivalsError
from kiosk.services.dashboard import dashboard_figures, default_day, event_days
from kiosk.services.demo import init_demo
from kiosk.store import open_database

EVENT = sample_event()  # pickup Sunday 29 May, 30 May to 3 June 2022, Geneva


def test_the_event_days_run_from_the_pickup_day_to_the_last() -> None:
    days = event_days(EVENT)
    assert days[0] == date(2022, 5, 29)
    assert days[-1] == date(2022, 6, 3)
    assert len(days) == 6


@pytest.mark.parametrize(
    ("now", "shown"),
    [
        (datetime(2022, 5, 30, 21, 59, tzinfo=UTC), date(2022, 5, 30)),  # 23:59 in Geneva
        (datetime(2022, 5, 30, 22, 1, tzinfo=UTC), date(2022, 5, 31)),  # 00:01 next day there
        (datetime(2022, 5, 1, 9, tzinfo=UTC), date(2022, 5, 29)),  # before: the pickup day
        (datetime(2022, 7, 1, 9, tzinfo=UTC), date(2022, 6, 3)),  # after: the last day
    ],
)
def test_the_default_day_is_today_at_the_venue_within_the_event(now: datetime, shown: date) -> None:
    assert default_day(EVENT, now) == shown


def test_figures_of_an_empty_day_and_a_day_outside_the_event(tmp_path: Path) -> None:
    home = Home(tmp_path / "home")
    init_demo(home, count=30)
    db = open_database(home.database)
    try:
        figures = dashboard_figures(db, datetime(2022, 5, 30, 7, tzinfo=UTC))
        assert figures.day == date(2022, 5, 30)
        assert figures.arrivals.check_ins == 0
        assert figures.badges_printed == 0
        assert figures.is_sample
        assert figures.days == event_days(EVENT)
        with pytest.raises(ArrivalsError, match="outside the event"):
            dashboard_figures(db, datetime(2022, 5, 30, 7, tzinfo=UTC), date(2022, 6, 4))
    finally:
        db.close()
