"""The event most tests check people into: WSIS Forum 2022, its core categories, Monday morning."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.core.model import BadgeCategory, Event

EVENT = Event(
    22,
    "WSIS22",
    "WSIS Forum 2022",
    "Geneva",
    "Europe/Zurich",
    date(2022, 5, 30),
    date(2022, 6, 3),
    date(2022, 5, 29),  # badges may be collected the day before opening
    is_sample=True,
)
DELEGATE = BadgeCategory("DEL", 1, "Delegate", "#1f4e9c")
VIP = BadgeCategory("VIP", 6, "VIP", "#7a1f5c", collect_at_desk=True)
CATEGORIES = [DELEGATE, VIP]
MONDAY = date(2022, 5, 30)
MONDAY_MORNING = datetime(2022, 5, 30, 6, 45, tzinfo=UTC)  # 08:45 in Geneva
