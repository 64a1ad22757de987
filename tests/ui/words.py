"""Reading every visible text of a kiosk window, and telling whether a text is in a language.

The language check (tests/ui/test_words.py):
- Texts that stay as they are in every language are removed first: people's names and staff
  references (each scene lists its own, ``Scene.keeps``), the language names on the language
  buttons, the six "scan your code" prompts (each in its own language by design), and the
  ``KEEP`` words ("WSIS", and "QR" and "PIN", which UN Arabic, Chinese and Russian texts write
  in Latin letters: "QR-код", "PIN-код", "PIN码").
  Numbers (registration numbers, dates) are never suspect.
- Russian, Chinese and Arabic: any Latin letter left is suspect.
- French and Spanish: a text identical to an English source whose translation differs is
  suspect, and so is a text holding an English word: a word of the English sources (the
  catalogue and the translated data) that no text in that language uses ("printer", "reports").
- The sessions board and the now-and-next strip show the programme as the registry sends it.
  Only data is allowed there (``programme_keeps``): a session title the sample programme has no
  translation of into the language (a registry sends many in English only), and the Latin words
  its translations keep on purpose (place names: "CICG", "Varembé"). Never a kiosk text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from kiosk import paths
from kiosk.sample.wsis2022 import (
    DESK_LOCATION,
    DESK_LOCATION_TRANSLATIONS,
    EVENT_TITLE_TRANSLATIONS,
    sample_categories,
    sample_event,
    sample_rooms,
    sample_sessions,
    sample_tracks,
)
from kiosk.ui.messages import LANGUAGE_NAMES, SCAN_PROMPTS
from kiosk.ui.scenes import LONG_CATEGORY, SCENE_REGISTRY

# The registry's name is data shown as it is: a product's name and a host (docs/fleet.md).
KEEP = ("WSIS", "QR", "PIN", SCENE_REGISTRY.kind.label, SCENE_REGISTRY.place)
NON_LATIN = frozenset({"ru", "zh", "ar"})
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


@dataclass(frozen=True, slots=True)
class Shown:
    """One text a person sees, and the widget showing it."""

    text: str
    widget: QWidget


def visible_texts(window: QWidget) -> Iterator[Shown]:
    """Every non-empty label and button text visible in ``window`` (rich text as plain text)."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            text = _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        else:
            continue
        if text.strip():
            yield Shown(text, widget)


def _plain(text: str) -> str:
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def foreign_words(text: str, language: str, keeps: Iterable[str] = ()) -> list[str]:
    """The parts of ``text`` that are not in ``language``; empty when it all is."""
    rest = text
    for kept in (*keeps, *LANGUAGE_NAMES.values(), *SCAN_PROMPTS.values(), *KEEP):
        if kept:
            rest = rest.replace(kept, " ")
    if language in NON_LATIN:
        return [word for word in _WORD.findall(rest) if _LATIN.search(word)]
    if language == "en":
        return []
    if rest.strip() in _untranslated_sources(language):
        return [rest.strip()]
    english_only = _english_only_words(language)
    return [word for word in _WORD.findall(rest) if word.lower() in english_only]


@cache
def catalogue(language: str) -> dict[str, str]:
    """The kiosk's translations for ``language``: English source -> translation."""
    tree = ET.parse(paths.translations_dir() / f"kiosk_{language}.ts")
    found = {}
    for message in tree.iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation:
            found[source] = translation
    return found


def data_texts(language: str) -> list[str]:
    """The sample data's translated fields in ``language`` (English for "en"), the
    programme's among them."""
    return [*_event_texts(language), *(text for _, text in _programme_pairs(language))]


def _event_texts(language: str) -> list[str]:
    categories = [*sample_categories(), LONG_CATEGORY]
    if language == "en":
        return [sample_event().title, DESK_LOCATION, *(c.label for c in categories)]
    return [
        EVENT_TITLE_TRANSLATIONS[language],
        DESK_LOCATION_TRANSLATIONS[language],
        *(c.label_in(language) for c in categories),
    ]


@cache
def _programme_pairs(language: str) -> tuple[tuple[str, str], ...]:
    """(English, translation) of every translated field of the sample programme: rooms,
    tracks and session titles ("en": the English text twice)."""
    event = sample_event()
    fields: list[tuple[str, Mapping[str, str]]] = []
    for room in sample_rooms(event):
        fields += [
            (room.name, room.name_translations),
            (room.building, room.building_translations),
            (room.floor, room.floor_translations),
            (room.directions, room.directions_translations),
        ]
    fields += [(track.label, track.label_translations) for track in sample_tracks(event)]
    fields += [(s.title, s.title_translations) for s in sample_sessions(event)]
    return tuple(
        (english, english if language == "en" else texts[language])
        for english, texts in fields
        if english and (language == "en" or texts.get(language))
    )


def shows_programme(widget: QWidget) -> bool:
    """Whether ``widget`` is part of the sessions board or the now-and-next strip."""
    from kiosk.ui.kiosk.now_next import NowNextStrip
    from kiosk.ui.kiosk.sessions import SessionsBoard

    shown: QWidget | None = widget
    while shown is not None:
        if isinstance(shown, SessionsBoard | NowNextStrip):
            return True
        shown = shown.parentWidget()
    return False


def _programme_english(language: str) -> list[str]:
    return [english for english, _ in _programme_pairs(language)]


@cache
def programme_keeps(language: str) -> tuple[str, ...]:
    """The sample programme's data allowed as it is on the sessions screens (module docstring):
    titles without a translation into ``language``, and the Latin words of its translations."""
    event = sample_event()
    untranslated = {
        s.title for s in sample_sessions(event) if not s.title_translations.get(language)
    }
    latin: set[str] = set()
    if language in NON_LATIN:
        for _, text in _programme_pairs(language):
            latin.update(word for word in _WORD.findall(text) if _LATIN.search(word))
    return tuple(sorted(untranslated, key=len, reverse=True)) + tuple(sorted(latin))


@cache
def _untranslated_sources(language: str) -> frozenset[str]:
    pairs = [
        *catalogue(language).items(),
        *zip(_event_texts("en"), _event_texts(language), strict=True),
        *_programme_pairs(language),
    ]
    return frozenset(source for source, text in pairs if source != text)


@cache
def _english_only_words(language: str) -> frozenset[str]:
    english = _words([*catalogue(language), *_event_texts("en"), *_programme_english(language)])
    native = _words([*catalogue(language).values(), *data_texts(language)])
    return frozenset(word for word in english - native if len(word) >= 3)


def _words(texts: Iterable[str]) -> set[str]:
    return {word.lower() for text in texts for word in _WORD.findall(text)}


def clipped(shown: Shown, window: QWidget) -> str:
    """Why ``shown`` does not fit its widget or the window ("" when it fits).

    A FitLabel shrinks its font and then wraps; every other text must fit as it is.
    """
    widget = shown.widget
    scroll = _scroll_area(widget)
    if scroll is not None and scroll.widget() is not None:  # scrolled into view by design
        content = scroll.widget()
        box = widget.rect().translated(widget.mapTo(content, widget.rect().topLeft()))
        if not content.rect().contains(box):
            return f"outside its scroll area ({box.getRect()} in {content.size().toTuple()})"
        widget_in_window: QWidget = scroll
    else:
        widget_in_window = widget
    box = widget_in_window.rect().translated(
        widget_in_window.mapTo(window, widget_in_window.rect().topLeft())
    )
    if not window.rect().contains(box):
        return f"outside the window ({box.getRect()} in {window.size().toTuple()})"
    if isinstance(widget, QAbstractButton):
        need = widget.sizeHint()
        if need.width() > widget.width() or need.height() > widget.height():
            return f"button needs {need.toTuple()}, has {widget.size().toTuple()}"
        return ""
    assert isinstance(widget, QLabel)
    return _label_clipped(widget)


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _label_clipped(label: QLabel) -> str:
    inner = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    if label.wordWrap():
        need_height = label.heightForWidth(label.width())
        if need_height > label.height() + 1:
            return f"wrapped text needs {need_height} px of height, has {label.height()}"
        return _too_long_word(label, inner.width())
    metrics = QFontMetrics(label.font())
    flags = int(label.alignment()) | int(Qt.TextFlag.TextExpandTabs)
    need = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), flags, _plain(label.text()))
    if need.width() > inner.width() or need.height() > inner.height() + 1:
        return f"text needs {need.size().toTuple()}, has {inner.size().toTuple()}"
    return ""


def _too_long_word(label: QLabel, width: int) -> str:
    """A word wider than the label is cut even when the label wraps (Chinese breaks anywhere)."""
    metrics = QFontMetrics(label.font())
    for word in _plain(label.text()).split():
        if not _CJK.search(word) and metrics.horizontalAdvance(word) > width:
            return f"the word {word!r} is wider than {width} px"
    return ""
