"""One day's arrivals from the journal: per hour and category, against expected, exceptions.

Days are local days of the venue (the event's time zone); the journal keeps UTC. Hours are
grouped in SQL by UTC hour and turned local here, which is exact for zones whose offset is a
whole number of hours (every UN duty station).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core.arrivals import ArrivalsDay, CategoryTotal, HourCount
from kiosk.core.model import Event
from kiosk.store import Database, arrivals, events
from kiosk.store.changes import open_conflicts


class ArrivalsError(Exception):
    """No event in the database, or a day outside it."""


def load_event_for_report(db: Database) -> Event:
    event = events.load_event(db)
    if event is None:
        raise ArrivalsError("the database holds no event yet; sync or run `kiosk init-demo`")
    return event


def day_window(event: Event, day: date) -> arrivals.Window:
    """The local day ``day`` at the venue as a UTC window; refuses a day outside the event."""
    if not event.pickup_from <= day <= event.end:
        raise ArrivalsError(
            f"{day.isoformat()} is outside the event ({event.pickup_from.isoformat()} "
            f"to {event.end.isoformat()})"
        )
    zone = venue_zone(event)
    start = datetime.combine(day, time(0), zone)
    end = datetime.combine(day + timedelta(days=1), time(0), zone)
    return arrivals.Window(_utc_text(start), _utc_text(end))


def local_day(event: Event, now: datetime) -> date:
    """The venue's day at ``now`` (the kiosk clock): the day the dashboard shows."""
    return now.astimezone(venue_zone(event)).date()


def venue_zone(event: Event) -> ZoneInfo:
    try:
        return ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ArrivalsError(f"the event's time zone {event.timezone!r} is unknown") from exc


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("UTC")).isoformat().replace("Z", "+00:00")


def arrivals_day(db: Database, day: date) -> ArrivalsDay:
    """The figures of one local day for the event in the database."""
    event = load_event_for_report(db)
    window = day_window(event, day)
    zone = venue_zone(event)
    hours = Counter[tuple[int, str]]()
    for utc_hour, category, count in arrivals.check_ins_by_hour(db, event.id, window):
        hours[(utc_hour.astimezone(zone).hour, category)] += count
    return ArrivalsDay(
        day=day,
        timezone=event.timezone,
        event_title=event.title,
        hours=tuple(HourCount(h, c, n) for (h, c), n in sorted(hours.items())),
        categories=_categories(db, event, window, hours),
        kiosks=tuple(arrivals.busiest_kiosks(db, event.id, window)),
        reprints=tuple(arrivals.reprints(db, window)),
        voided=tuple(arrivals.voided_badges(db, window)),
        conflicts=tuple(open_conflicts(db)),
        walk_ins=tuple(arrivals.walk_ins(db, event.id, window)),
    )


def _categories(
    db: Database,
    event: Event,
    window: arrivals.Window,
    hours: Counter[tuple[int, str]],
) -> tuple[CategoryTotal, ...]:
    today = Counter[str]()
    for (_hour, code), count in hours.items():
        today[code] += count
    figures = {f.code: f for f in arrivals.category_figures(db, event.id, window.end)}
    known = events.load_categories(db, event.id)
    totals = [
        CategoryTotal(
            c.code,
            c.label,
            c.colour,
            figures[c.code].expected if c.code in figures else 0,
            figures[c.code].arrived if c.code in figures else 0,
            today[c.code],
            c.label_translations,
        )
        for c in known
    ]
    named = {c.code for c in known}
    for code in sorted((set(figures) | set(today)) - named):  # a code the roster has no row for
        found = figures.get(code)
        expected, arrived = (found.expected, found.arrived) if found else (0, 0)
        totals.append(CategoryTotal(code, code or "?", "#808080", expected, arrived, today[code]))
    return tuple(totals)
