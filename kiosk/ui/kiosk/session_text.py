"""A programme entry in the visitor's language: title, room, directions, track, languages, times.

One place for these words, so the board and the welcome screen's strip say the same thing.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kiosk.core.model import Room, Session, Track
from kiosk.core.programme import BoardEntry
from kiosk.core.translations import in_language
from kiosk.ui.i18n import isolated
from kiosk.ui.messages import LANGUAGE_NAMES, QT_TRANSLATE_NOOP

_CONTEXT = "sessions"
ROOM_TBA = QT_TRANSLATE_NOOP("sessions", "Room to be announced")
_SEPARATOR = " · "


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def title(session: Session, language: str) -> str:
    return in_language(session.title, session.title_translations, language)


def room_name(entry: BoardEntry, language: str) -> str:
    """The room in the visitor's language; "Room to be announced" when the session has none."""
    if not entry.session.room:
        return _tr(ROOM_TBA)
    room = entry.room
    if room is None:
        return entry.session.room
    return in_language(room.name, room.name_translations, language)


def where(room: Room | None, language: str) -> str:
    """Building and floor ("ITU Tower · 2nd floor"); empty when the programme gives none."""
    if room is None:
        return ""
    parts = (
        in_language(room.building, room.building_translations, language),
        in_language(room.floor, room.floor_translations, language),
    )
    return _SEPARATOR.join(p for p in parts if p)


def directions(room: Room | None, language: str) -> str:
    if room is None:
        return ""
    return in_language(room.directions, room.directions_translations, language)


def track_label(track: Track | None, language: str) -> str:
    if track is None:
        return ""
    return in_language(track.label, track.label_translations, language)


def language_name(code: str) -> str:
    """A session language by its own name ("Français"); other codes as they are, upper case."""
    return LANGUAGE_NAMES.get(code, code.upper())


def languages(session: Session) -> str:
    # Isolated: a list mixing Arabic, Chinese and Latin names keeps its order.
    return ", ".join(isolated(language_name(code)) for code in session.languages)


def clock_time(moment: datetime, timezone: str) -> str:
    """The venue's local time, 24-hour ("14:30"), as UN programmes print it."""
    return moment.astimezone(ZoneInfo(timezone)).strftime("%H:%M")


def details(entry: BoardEntry, language: str) -> str:
    """Track and languages on one line."""
    parts = (track_label(entry.track, language), languages(entry.session))
    return _SEPARATOR.join(isolated(p) for p in parts if p)
