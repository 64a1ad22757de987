"""What the desk's Arrivals dashboard shows: one day's figures, the event's days to choose from,
and the day's badge prints. Read-only; runs on the desk's worker thread (at 100,000 participants
a day's figures take about a third of a second)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.core.arrivals import ArrivalsDay
from kiosk.core.model import Event
from kiosk.services.arrivals import arrivals_day, day_window, load_event_for_report, local_day
from kiosk.store import Database, arrivals


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    """One load of the dashboard: the day shown, the days it may show, and when it was read."""

    arrivals: ArrivalsDay
    days: tuple[date, ...]  # pickup day to last day, local days at the venue
    badges_printed: int  # every badge printed that day (first prints and reprints)
    read_at: datetime  # the kiosk clock when the figures were read (aware UTC)
    is_sample: bool = False

    @property
    def day(self) -> date:
        return self.arrivals.day


def event_days(event: Event) -> tuple[date, ...]:
    """Every local day on which badges may be collected, pickup day first."""
    count = (event.end - event.pickup_from).days + 1
    return tuple(event.pickup_from + timedelta(days=n) for n in range(max(count, 0)))


def default_day(event: Event, now: datetime) -> date:
    """Today at the venue; before the pickup day the first day, after the event the last."""
    today = local_day(event, now)
    return min(max(today, event.pickup_from), event.end)


def dashboard_figures(db: Database, now: datetime, day: date | None = None) -> DashboardFigures:
    """The figures of ``day`` (None: today at the venue by the kiosk clock ``now``).

    Raises ArrivalsError for a database with no event or a day outside the event."""
    event = load_event_for_report(db)
    chosen = default_day(event, now) if day is None else day
    figures = arrivals_day(db, chosen)
    printed = arrivals.count_window(db, "badge_prints", day_window(event, chosen))
    return DashboardFigures(figures, event_days(event), printed, now, event.is_sample)
