"""One day's arrivals from a demo home where people checked in through the real services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from arrivals_home import WALK_IN_ID, Arrivals, make_arrivals_home
from wsis_event import CATEGORIES, EVENT

from kiosk.core.exchange import ChangePage, RemoteBadgePrint
from kiosk.core.model import BadgeIssue
from kiosk.services.arrivals import ArrivalsError, arrivals_day, local_day
from kiosk.store import open_database
from kiosk.store.changes import apply_page
from kiosk.store.events import save_event

MONDAY = date(2022, 5, 30)


@pytest.fixture(scope="module")
def arrivals(qapp, tmp_path_factory: pytest.TempPathFactory) -> Arrivals:  # type: ignore[no-untyped-def]
    return make_arrivals_home(tmp_path_factory.mktemp("arrivals") / "home")


@pytest.fixture
def db(arrivals: Arrivals) -> Iterator[object]:
    connection = open_database(arrivals.home.database)
    yield connection
    connection.close()


def test_check_ins_are_counted_per_local_hour(db, arrivals: Arrivals) -> None:  # type: ignore[no-untyped-def]
    day = arrivals_day(db, MONDAY)
    per_hour = {hour: sum(row.values()) for hour, row in day.per_hour().items()}
    assert per_hour == arrivals.by_hour == {8: 3, 9: 5, 10: 3}  # Geneva time, not UTC
    assert day.check_ins == 11
    assert day.busiest_hour() == 9


def test_totals_against_expected_per_category(db, arrivals: Arrivals) -> None:  # type: ignore[no-untyped-def]
    day = arrivals_day(db, MONDAY)
    not_cancelled = db.execute(
        "SELECT count(*) FROM participants WHERE status != 'cancelled'"
    ).fetchone()[0]
    arrived_monday = db.execute(
        "SELECT count(*) FROM participants WHERE status != 'cancelled' "
        "AND checked_in_at < '2022-05-30T22:00:00+00:00'"
    ).fetchone()[0]
    assert day.expected == not_cancelled
    assert day.arrived == arrived_monday
    assert sum(c.today for c in day.categories) == 11
    temporary = next(c for c in day.categories if c.code == "TMP")
    assert temporary.today == 1
    assert temporary.label_in("zh") == "临时"
    assert temporary.label_in("ar") == "مؤقت"


def test_cancelled_people_are_not_expected(db, arrivals: Arrivals) -> None:  # type: ignore[no-untyped-def]
    before = arrivals_day(db, MONDAY).expected
    db.execute(
        "UPDATE participants SET status = 'cancelled' WHERE registration_id = ("
        "SELECT max(registration_id) FROM participants WHERE checked_in_at IS NULL "
        "AND status = 'registered')"
    )
    db.conn.commit()
    assert arrivals_day(db, MONDAY).expected == before - 1


def test_busiest_kiosks_reprints_conflicts_and_walk_ins(db, arrivals: Arrivals) -> None:  # type: ignore[no-untyped-def]
    day = arrivals_day(db, MONDAY)
    assert [(k.kiosk_id, k.count) for k in day.kiosks] == [("kiosk-a", 6), ("kiosk-b", 5)]
    (reprint,) = day.reprints
    assert (reprint.registration_id, reprint.reason, reprint.badge_version) == (
        arrivals.checked_in[0],
        "lost",
        2,
    )
    assert reprint.kiosk_id == "kiosk-a"
    assert reprint.badge_name
    assert day.voided == ()  # the reprint replaced the first badge: that is not a void
    assert [(c.registration_id, c.kind) for c in day.conflicts] == [
        (arrivals.checked_in[1], "two-badges")
    ]
    (walk_in,) = day.walk_ins
    assert (walk_in.registration_id, walk_in.badge_name, walk_in.category) == (
        WALK_IN_ID,
        "نادية حداد",
        "TMP",
    )


def test_another_day_has_its_own_figures(db, arrivals: Arrivals) -> None:  # type: ignore[no-untyped-def]
    tuesday = arrivals_day(db, date(2022, 5, 31))
    assert tuesday.check_ins == 1
    assert tuesday.reprints == ()
    assert tuesday.walk_ins == ()
    pickup_day = arrivals_day(db, date(2022, 5, 29))
    assert pickup_day.check_ins == 0
    assert pickup_day.per_hour() == {}
    assert pickup_day.expected == arrivals_day(db, MONDAY).expected


@pytest.mark.parametrize("day", [date(2022, 5, 28), date(2022, 6, 4), date(2023, 5, 30)])
def test_a_day_outside_the_event_is_refused(db, day: date) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ArrivalsError, match="outside the event"):
        arrivals_day(db, day)


def test_an_empty_database_says_there_is_no_event(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kiosk.db")
    with pytest.raises(ArrivalsError, match="no event"):
        arrivals_day(db, MONDAY)
    db.close()


def test_a_badge_the_registry_voided_is_listed(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kiosk.db")
    save_event(db, EVENT, CATEGORIES)
    at = datetime(2022, 5, 30, 9, 0, tzinfo=UTC)
    issue = BadgeIssue("p-1", 101, 1, at, "kiosk-x", "fake://")
    voided = RemoteBadgePrint(issue, deactivated_at=datetime(2022, 5, 30, 12, 0, tzinfo=UTC))
    apply_page(db, ChangePage(0, 1, False, badge_prints=(voided,)))
    (line,) = arrivals_day(db, MONDAY).voided
    assert (line.registration_id, line.badge_version, line.at.hour) == (101, 1, 12)
    db.close()


def test_the_day_boundary_is_midnight_at_the_venue(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kiosk.db")
    save_event(db, EVENT, CATEGORIES)
    for n, utc in enumerate(
        ("2022-05-29T22:30:00+00:00", "2022-05-30T21:59:00+00:00", "2022-05-30T22:00:00+00:00")
    ):
        db.table("checkins").insert(
            {
                "id": f"c{n}",
                "registration_id": n,
                "event_id": EVENT.id,
                "at": utc,
                "kiosk_id": "k",
                "source": "scanner",
            }
        )
    monday = arrivals_day(db, MONDAY)
    assert monday.check_ins == 2  # 00:30 and 23:59 in Geneva; 00:00 Tuesday is not Monday's
    assert set(monday.per_hour()) == {0, 23}
    db.close()


def test_the_dashboards_day_is_the_venues_day_at_the_kiosk_clock() -> None:
    late_sunday_utc = datetime(2022, 5, 29, 22, 30, tzinfo=UTC)  # 00:30 on Monday in Geneva
    assert local_day(EVENT, late_sunday_utc) == MONDAY
