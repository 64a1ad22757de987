"""The sessions board: today's programme by time and room, now and next, track and language filters.

The programme is read on the check-in worker thread (``load``); the board only lays it out. It
reads again by itself when a session starts or ends and at midnight (the programme says when),
for as long as it is on screen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.programme import BoardEntry, DayProgramme, SessionState, filtered
from kiosk.ui import theme
from kiosk.ui.kiosk import session_text
from kiosk.ui.widgets import FitLabel, Screen, label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

# load(done, failed): read today's programme off the GUI thread, then call one of them on it.
ProgrammeLoader = Callable[[Callable[[DayProgramme], None], Callable[[str], None]], None]

MAX_CARDS = 30  # more upcoming sessions than this: the rest are counted, the filters narrow them
CARDS_PER_SLICE = 4
TIME_COLUMN_PX = 150
HEADER_PX = 30  # the theme's header size
HEADER_MIN_PX = 20
_MIN_WAIT_MS = 1000
_MAX_WAIT = timedelta(minutes=15)

STYLE = f"""
#sessionCard {{ background: {theme.PAPER}; border: 2px solid #C8D3DD; border-radius: 12px; }}
#sessionCard[state="now"] {{ background: {theme.WHERE_TINT}; border: 3px solid {theme.UN_BLUE}; }}
#sessionCard[state="next"] {{ border: 3px solid {theme.MUTED}; }}
#sessionTime {{ font-size: 30px; font-weight: 700; }}
#sessionEnd {{ font-size: {theme.SMALL_PX}px; color: {theme.MUTED}; }}
#sessionState {{ font-size: {theme.SMALL_PX}px; font-weight: 700; border-radius: 8px;
                 padding: 2px 10px; background: {theme.UN_BLUE}; color: {theme.PAPER}; }}
#sessionState[state="next"] {{ background: {theme.MUTED}; }}
#sessionTitle {{ font-size: 28px; font-weight: 700; }}
#sessionRoom {{ font-size: 26px; font-weight: 600; color: {theme.UN_BLUE}; }}
#sessionWhere {{ font-size: {theme.SMALL_PX}px; color: {theme.INK}; }}
#sessionDetails {{ font-size: {theme.SMALL_PX}px; color: {theme.MUTED}; }}
#boardHeader {{ background: {theme.UN_BLUE}; }}
#boardTitle {{ background: {theme.UN_BLUE}; color: {theme.PAPER}; padding: 18px 16px; }}
QScrollArea, #qt_scrollarea_viewport, #cardList, #filterButtons {{ background: {theme.PAPER}; }}
#boardHeader QPushButton {{ background: {theme.PAPER}; color: {theme.UN_BLUE};
                            border-color: {theme.PAPER}; min-width: 160px; }}
QPushButton[filter="true"] {{ font-size: 24px; padding: 0 14px; }}
"""


class SessionsBoard(Screen):
    """Today's sessions still to come or under way; ``back_requested`` when Back is pressed."""

    back_requested = Signal()

    def __init__(self, load: ProgrammeLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._language = "en"
        self._programme: DayProgramme | None = None
        self._failed = ""
        self._track: str | None = None
        self._session_language: str | None = None
        self._request = 0  # only the answer to the newest request is shown
        self._slice = 0  # cards being added belong to this showing of the list
        self._stale = False  # texts to redo when the board is next shown
        self._loading = False  # a request is out: its answer will lay the board out
        # FitLabels: a long date on a portrait screen shrinks a little instead of widening it.
        self._title = FitLabel(HEADER_PX, HEADER_MIN_PX, bold=True)
        self._title.setObjectName("boardTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self._date = FitLabel(HEADER_PX, HEADER_MIN_PX, bold=True)
        self._date.setObjectName("boardTitle")
        self._date.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self._tracks = _FilterRow(self)
        self._languages = _FilterRow(self)
        self._tracks.chosen.connect(self._on_tracks_chosen)
        self._languages.chosen.connect(self._on_languages_chosen)
        self._status = label("hint", wrap=True, centred=True)
        self._list = QVBoxLayout()
        self._back = QPushButton()
        self._back.setObjectName("done")
        self._back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._back.clicked.connect(self.back_requested)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setStyleSheet(STYLE)
        self._lay_out()
        self.retranslate()

    def set_language(self, code: str) -> None:
        """Show titles, rooms and tracks in ``code`` where the programme has them."""
        self._language = code
        self.retranslate()

    def open(self) -> None:
        """Show the board afresh: every track and language, read again from the programme."""
        self._track = None
        self._session_language = None
        self.reload()

    def reload(self) -> None:
        self._loading = True
        self._request += 1
        request = self._request
        self._load(lambda p: self._on_loaded(request, p), lambda m: self._on_failed(request, m))

    @property
    def programme(self) -> DayProgramme | None:
        return self._programme

    def shown_entries(self) -> tuple[BoardEntry, ...]:
        """What the board lists now: the filters applied, ended sessions left out."""
        if self._programme is None:
            return ()
        entries = filtered(self._programme, self._track, self._session_language)
        return tuple(e for e in entries if e.state is not SessionState.PAST)

    def retranslate(self) -> None:
        self._title.show_text(self.tr("Today's sessions"))
        self._back.setText(self.tr("Back"))
        self._show()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._loading:  # else the answer on its way lays it out once
            self._show()
        self._schedule_refresh()

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _on_loaded(self, request: int, programme: DayProgramme) -> None:
        if request != self._request:
            return
        self._loading = False
        self._programme = programme
        self._failed = ""
        self._show()
        self._schedule_refresh()

    def _on_failed(self, request: int, message: str) -> None:
        if request != self._request:
            return
        self._loading = False
        self._failed = message
        self._show()

    @Slot(object)
    def _on_tracks_chosen(self, code: object) -> None:
        self._track = code if isinstance(code, str) else None
        self._show_list()

    @Slot(object)
    def _on_languages_chosen(self, code: object) -> None:
        self._session_language = code if isinstance(code, str) else None
        self._show_list()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.isVisible():
            self.reload()

    def _schedule_refresh(self) -> None:
        programme = self._programme
        if programme is None or not self.isVisible():
            return
        wait = min(programme.refresh_at - programme.now, _MAX_WAIT)
        self._timer.start(max(_MIN_WAIT_MS, int(wait.total_seconds() * 1000) + 500))

    def _show(self) -> None:
        if not self.isVisible():  # a language change on another screen: redo it when shown
            self._stale = True
            return
        self._stale = False
        programme = self._programme
        if programme is not None:
            day = programme.day
            self._date.show_text(QLocale().toString(QDate(day.year, day.month, day.day)))
        self._show_filters()
        self._show_list()

    def _show_filters(self) -> None:
        programme = self._programme
        tracks: list[tuple[str, str]] = []
        spoken: list[tuple[str, str]] = []
        if programme is not None:
            tracks = [
                (t.code, session_text.track_label(t, self._language)) for t in programme.tracks
            ]
            spoken = [(c, session_text.language_name(c)) for c in programme.languages]
        # A choice the new day (or the updated programme) no longer offers falls back to "all".
        if self._track not in {code for code, _ in tracks}:
            self._track = None
        if self._session_language not in {code for code, _ in spoken}:
            self._session_language = None
        self._tracks.set_choices(self.tr("All tracks"), tracks, self._track)
        self._languages.set_choices(self.tr("All languages"), spoken, self._session_language)
        self._tracks.setVisible(len(tracks) > 1)
        self._languages.setVisible(len(spoken) > 1)

    def _show_list(self) -> None:
        """Cards in slices of CARDS_PER_SLICE, each slice its own turn of the event loop, so a
        long programme never holds the GUI thread (benchmarks/README.md, "Sessions board")."""
        _clear(self._list)
        self._slice += 1
        entries = self.shown_entries()
        self._status.setText(self._status_text(len(entries)))
        self._status.setVisible(bool(self._status.text()))
        self._list.addStretch(1)
        self._add_cards(self._slice, list(entries[:MAX_CARDS]), len(entries))

    def _add_cards(self, slice_number: int, waiting: list[BoardEntry], total: int) -> None:
        if slice_number != self._slice:
            return  # the filters or the programme changed meanwhile: that list is obsolete
        now, rest = waiting[:CARDS_PER_SLICE], waiting[CARDS_PER_SLICE:]
        for entry in now:  # before the closing stretch
            card = _SessionCard(entry, self._language, self._timezone())
            self._list.insertWidget(self._list.count() - 1, card)
        if rest:
            QTimer.singleShot(0, self, lambda: self._add_cards(slice_number, rest, total))
        elif total > MAX_CARDS:
            more = label("hint", wrap=True, centred=True)
            more.setText(
                self.tr("More sessions: {count}. Choose a track or a language.").format(
                    count=total - MAX_CARDS
                )
            )
            self._list.insertWidget(self._list.count() - 1, more)

    def _status_text(self, shown: int) -> str:
        if self._failed:
            return self.tr("The programme cannot be shown right now ({reference}).").format(
                reference=self._failed
            )
        if self._programme is None:
            return self.tr("Loading today's sessions…")
        if shown:
            return ""
        if not self._programme.entries:
            return self.tr("There are no sessions today.")
        if self._track is None and self._session_language is None:
            return self.tr("Today's sessions have ended.")
        return self.tr("No session still to come matches these choices.")

    def _timezone(self) -> str:
        return self._programme.timezone if self._programme else "UTC"

    def _lay_out(self) -> None:
        header = QWidget()
        header.setObjectName("boardHeader")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(24, 6, 24, 6)  # with the labels' 16 px: 40 px, like the body
        bar.setSpacing(0)
        bar.addWidget(self._title, 3)
        bar.addWidget(self._date, 2)
        bar.addWidget(self._back, 0, Qt.AlignmentFlag.AlignVCenter)
        holder = QWidget()
        holder.setObjectName("cardList")
        holder.setLayout(self._list)
        self._list.setContentsMargins(0, 0, 8, 0)
        self._list.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        body = QVBoxLayout()
        body.setContentsMargins(40, 12, 40, 16)
        body.setSpacing(8)
        body.addWidget(self._tracks)
        body.addWidget(self._languages)
        body.addWidget(self._status)
        body.addWidget(scroll, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        outer.addLayout(body, 1)


class _FilterRow(QWidget):
    """One checkable button per choice, "all" first, scrolling sideways; ``chosen(code|None)``."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.buttonClicked.connect(self._on_group_button_clicked)
        self._choices: list[tuple[str | None, str]] = []
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(12)
        inner = QWidget()
        inner.setObjectName("filterButtons")
        inner.setLayout(self._row)
        scroll = QScrollArea()  # many tracks scroll sideways instead of widening the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(inner)
        scroll.setFixedHeight(theme.TOUCH_PX + 16)
        layout = QHBoxLayout(self)  # "All tracks", "All languages" say what the row is
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)

    def set_choices(
        self, everything: str, choices: list[tuple[str, str]], current: str | None
    ) -> None:
        wanted = [(None, everything), *choices]
        if wanted == self._choices:  # the same buttons: only which one is checked may change
            for button in self._group.buttons():
                button.setChecked(button.property("code") == current)
            return
        self._choices = wanted
        for button in self._group.buttons():
            self._group.removeButton(button)
        _clear(self._row)
        for code, text in wanted:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(code == current)
            button.setProperty("filter", True)
            button.setProperty("code", code)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(text)
            self._group.addButton(button)
            self._row.addWidget(button)
        self._row.addStretch(1)

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons()

    @Slot(QAbstractButton)
    def _on_group_button_clicked(self, button: QAbstractButton) -> None:
        self.chosen.emit(button.property("code"))


class _SessionCard(QFrame):
    """One session: times and state on the leading side, title, room and directions beside."""

    def __init__(self, entry: BoardEntry, language: str, timezone: str) -> None:
        super().__init__()
        self.setObjectName("sessionCard")
        self.entry = entry
        state = entry.state.value
        self.setProperty("state", state)
        session = entry.session
        times = QVBoxLayout()
        times.setSpacing(4)
        times.addWidget(_text("sessionTime", session_text.clock_time(session.starts_at, timezone)))
        until = session_text.clock_time(session.ends_at, timezone)
        times.addWidget(_text("sessionEnd", self.tr("until {time}").format(time=until)))
        badge = self._state_badge(entry.state)
        if badge is not None:
            times.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeading)
        times.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(4)
        self.title = _text("sessionTitle", session_text.title(session, language), wrap=True)
        text.addWidget(self.title)
        self.room = _text("sessionRoom", session_text.room_name(entry, language), wrap=True)
        text.addWidget(self.room)
        where = session_text.where(entry.room, language)
        how = session_text.directions(entry.room, language)
        if where or how:
            text.addWidget(
                _text("sessionWhere", "\n".join(p for p in (where, how) if p), wrap=True)
            )
        text.addWidget(_text("sessionDetails", session_text.details(entry, language), wrap=True))
        column = QWidget()  # one width on every card, so the titles line up
        column.setLayout(times)
        column.setMinimumWidth(TIME_COLUMN_PX)
        times.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(20)
        layout.addWidget(column, 0)
        layout.addLayout(text, 1)

    def _state_badge(self, state: SessionState) -> QLabel | None:
        words = {SessionState.NOW: self.tr("Now"), SessionState.NEXT: self.tr("Next")}
        if state not in words:
            return None
        badge = _text("sessionState", words[state])
        badge.setProperty("state", state.value)
        return badge


def _text(name: str, text: str, *, wrap: bool = False) -> QLabel:
    widget = label(name, wrap=wrap)
    widget.setText(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # titles come from files: never rich text
    # One edge for every line, whatever its script: an English title on an Arabic board starts
    # at the right like the Arabic ones (a label would align it by its own direction).
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
    return widget


def _clear(layout: QVBoxLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
