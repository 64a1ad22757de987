"""Where a pretix sync stands, packed into the one whole number the sync engine keeps (pure).

The engine stores an opaque cursor per home and asks for the page after it, even before it has
applied the page in hand (it prefetches), so the pretix client keeps no state between calls:
everything it needs to fetch the next page is in this number.

- ``phase`` FIRST: the first sync reads every order (``ordering=datetime``), page by page;
  DELTA: later rounds read the orders modified since ``since`` (``ordering=-last_modified``).
- ``page``: the page of orders to fetch next (1 starts a round).
- ``since``: the delta round's ``modified_since`` (UTC seconds), the previous round's watermark.
- ``generated``: this round's watermark, pretix's ``X-Page-Generated`` of the round's first page,
  floored to the second and one second earlier: an overlap, never a gap (every item is an upsert).
- ``catalog_at``: when the event, its products and check-in lists were last read (re-read hourly).

A first sync cut after page 7 resumes at page 8 of the same ordering; its watermark is the first
page's, so whatever changed while it ran comes with the first delta round.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

_SECONDS_BITS = 40  # UTC seconds up to the year 36812
_PAGE_BITS = 24
_SECONDS_MAX = (1 << _SECONDS_BITS) - 1
_PAGE_MAX = (1 << _PAGE_BITS) - 1
OVERLAP = timedelta(seconds=1)
CATALOG_EVERY_S = 3600  # the event, products and lists are read again after an hour


class Phase(enum.IntEnum):
    FIRST = 1
    DELTA = 2


@dataclass(frozen=True, slots=True)
class Cursor:
    phase: Phase
    page: int = 1
    since: int = 0  # UTC seconds; DELTA only
    generated: int = 0  # UTC seconds; 0 until the round's first page is read
    catalog_at: int = 0  # UTC seconds

    @property
    def starts_round(self) -> bool:
        return self.page == 1

    def after_page(self, more: bool) -> Cursor:
        """Where to go once this page is read: the next page, or the next delta round."""
        if more:
            return replace(self, page=self.page + 1)
        return Cursor(Phase.DELTA, 1, since=self.generated, catalog_at=self.catalog_at)

    def with_watermark(self, generated: int) -> Cursor:
        return replace(self, generated=generated)

    def with_catalog(self) -> Cursor:
        """The event and products were read with this round's first page."""
        return replace(self, catalog_at=self.generated)

    def catalog_due(self) -> bool:
        """The round's first page also reads the event and products (first sync, or stale)."""
        return self.phase is Phase.FIRST or self.generated - self.catalog_at >= CATALOG_EVERY_S


START = Cursor(Phase.FIRST)


def encode(cursor: Cursor) -> int:
    """The cursor as the engine's watermark: never 0 (0 is "nothing read yet")."""
    for name, value, high in (
        ("page", cursor.page, _PAGE_MAX),
        ("since", cursor.since, _SECONDS_MAX),
        ("generated", cursor.generated, _SECONDS_MAX),
        ("catalog_at", cursor.catalog_at, _SECONDS_MAX),
    ):
        if not 0 <= value <= high:
            raise ValueError(f"cursor {name} {value} is out of range")
    value = int(cursor.phase)
    for part, bits in (
        (cursor.since, _SECONDS_BITS),
        (cursor.generated, _SECONDS_BITS),
        (cursor.catalog_at, _SECONDS_BITS),
        (cursor.page, _PAGE_BITS),
    ):
        value = (value << bits) | part
    return value


def decode(value: int) -> Cursor:
    """The cursor ``encode`` made; 0 is the start. Raises ValueError for any other number."""
    if value == 0:
        return START
    if value < 0:
        raise ValueError("a pretix cursor is never negative")
    parts = []
    for bits in (_PAGE_BITS, _SECONDS_BITS, _SECONDS_BITS, _SECONDS_BITS):
        parts.append(value & ((1 << bits) - 1))
        value >>= bits
    page, catalog_at, generated, since = parts
    try:
        phase = Phase(value)
    except ValueError:
        raise ValueError("not a pretix cursor (unknown phase)") from None
    if page == 0 or (phase is Phase.FIRST and since):
        raise ValueError("not a pretix cursor")
    return Cursor(phase, page, since, generated, catalog_at)


def watermark_seconds(header: str) -> int:
    """pretix's ``X-Page-Generated`` (ISO 8601) as the cursor keeps it: floored, minus 1 s."""
    try:
        moment = datetime.fromisoformat(header.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"X-Page-Generated {header[:40]!r} is not a date-time") from None
    if moment.tzinfo is None:
        raise ValueError("X-Page-Generated has no UTC offset")
    seconds = int((moment - OVERLAP).timestamp())
    return max(0, min(seconds, _SECONDS_MAX))


def as_query_time(seconds: int) -> str:
    """UTC seconds as pretix's filters take them: ``2026-12-01T07:25:33Z``."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
