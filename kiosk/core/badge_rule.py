"""Which of a person's printed badges is the valid one: the rule every kiosk and the registry share.

The valid badge is the one with the highest ``(badge_version, at, id)`` that was not voided; every
other badge is deactivated. Applying the same rule to the same set of prints gives the same answer
everywhere, so kiosks agree without asking (docs/registry-protocol.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class PrintedBadge:
    """The facts of one badge print that decide its validity."""

    id: str
    badge_version: int
    at: datetime
    voided: bool = False

    @property
    def rank(self) -> tuple[int, datetime, str]:
        return (self.badge_version, self.at, self.id)


def valid_badge(prints: Iterable[PrintedBadge]) -> PrintedBadge | None:
    """The valid badge among one person's prints, or None when every one is voided (or none)."""
    live = [p for p in prints if not p.voided]
    return max(live, key=lambda p: p.rank) if live else None


def deactivated(prints: Iterable[PrintedBadge]) -> frozenset[str]:
    """Ids of the prints that are not the valid badge (older, lost a tie, or voided)."""
    every = list(prints)
    valid = valid_badge(every)
    return frozenset(p.id for p in every if valid is None or p.id != valid.id)


def same_version_clash(prints: Iterable[PrintedBadge]) -> tuple[PrintedBadge, PrintedBadge] | None:
    """Two live prints carrying one badge version (two offline kiosks), or None."""
    seen: dict[int, PrintedBadge] = {}
    for badge in sorted((p for p in prints if not p.voided), key=lambda p: p.rank):
        earlier = seen.get(badge.badge_version)
        if earlier is not None:
            return earlier, badge
        seen[badge.badge_version] = badge
    return None
