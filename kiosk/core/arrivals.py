"""The figures of one day's arrivals: what the dashboard and the daily report show."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.core.exchange import Conflict
from kiosk.core.translations import in_language, no_translations

HOURS = range(24)


@dataclass(frozen=True, slots=True)
class HourCount:
    """Check-ins of one category in one local hour (0-23 in the venue's time zone)."""

    hour: int
    category: str
    count: int


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    """One category: registered (not cancelled), arrived by the end of the day, arrived that day."""

    code: str
    label: str
    colour: str
    expected: int
    arrived: int
    today: int
    label_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)

    def label_in(self, language: str) -> str:
        return in_language(self.label, self.label_translations, language)


@dataclass(frozen=True, slots=True)
class KioskCount:
    kiosk_id: str
    count: int


@dataclass(frozen=True, slots=True)
class BadgeLine:
    """A reprinted, voided badge or a walk-in's check-in; the badge name is for staff, not logs."""

    at: datetime
    registration_id: int
    badge_name: str
    category: str
    badge_version: int = 0
    reason: str = ""
    kiosk_id: str = ""


@dataclass(frozen=True, slots=True)
class ArrivalsDay:
    """Everything the staff need to know about one day's arrivals."""

    day: date
    timezone: str
    event_title: str
    hours: tuple[HourCount, ...]
    categories: tuple[CategoryTotal, ...]
    kiosks: tuple[KioskCount, ...]
    reprints: tuple[BadgeLine, ...]
    voided: tuple[BadgeLine, ...]
    conflicts: tuple[Conflict, ...]
    walk_ins: tuple[BadgeLine, ...]

    @property
    def check_ins(self) -> int:
        return sum(h.count for h in self.hours)

    @property
    def expected(self) -> int:
        return sum(c.expected for c in self.categories)

    @property
    def arrived(self) -> int:
        return sum(c.arrived for c in self.categories)

    def per_hour(self) -> dict[int, dict[str, int]]:
        """Hour -> category code -> check-ins, for every hour with at least one."""
        table: dict[int, dict[str, int]] = {}
        for h in self.hours:
            row = table.setdefault(h.hour, {})
            row[h.category] = row.get(h.category, 0) + h.count
        return table

    def busiest_hour(self) -> int | None:
        table = self.per_hour()
        return max(table, key=lambda hour: sum(table[hour].values())) if table else None
