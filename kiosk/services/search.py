"""Finding people by name (any script, accents optional), organisation, country, e-mail or
registration id: docs/desk.md, "Search"."""

from __future__ import annotations

from kiosk.core.model import Participant
from kiosk.store import Database, participants

MAX_SEARCH_CHARS = 200  # what a person can reasonably type; longer input is cut, not refused


def find_participants(db: Database, text: str, limit: int = 50) -> list[Participant]:
    """Participants matching every word typed, as prefixes: the id typed in full first, then
    whole words, then prefixes; nothing for input with nothing searchable in it."""
    return participants.search_participants(db, text[:MAX_SEARCH_CHARS], limit)
