"""Reading kiosk screens the way a person does, typing like a scanner, and a fake service."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.checkin import Outcome
from kiosk.core.model import Room, ScanSource, Session, Track
from kiosk.core.programme import DayProgramme, day_programme
from kiosk.services.check_in import ScanResult
from kiosk.ui.main_window import MainWindow
from kiosk.ui.tap_guard import TapGuard

MakeWindow = Callable[..., MainWindow]  # the make_window fixture: options -> a shown window

EVENT_TITLE = "WSIS Forum 2022"
AMINA = ScanResult(
    Outcome.CHECKED_IN,
    registration_id=101,
    badge_version=1,
    badge_name="Amina Diallo",
    category_code="DEL",
    category_label="Delegate",
    category_colour="#1F4E9C",
)


class FakeService:
    """Stands in for CheckInService: canned answers by scanned text, and a record of calls."""

    def __init__(self) -> None:
        self.answers: dict[str, ScanResult | Exception] = {}
        self.calls: list[tuple[str, ScanSource]] = []
        self.holds: list[bool] = []  # hold_print of each scan: no printer could print
        self.threads: set[int] = set()
        self.gate = threading.Event()  # scan() waits for it: a scan can be held "in flight"
        self.gate.set()
        self.programme = FakeProgramme()

    def scan(self, text: str, source: ScanSource, *, hold_print: bool = False) -> ScanResult:
        self.threads.add(threading.get_ident())
        self.calls.append((text, source))
        self.holds.append(hold_print)
        self.gate.wait(timeout=10)
        answer = self.answers.get(text, ScanResult(Outcome.MALFORMED))
        if isinstance(answer, Exception):
            raise answer
        if hold_print and answer.outcome is Outcome.CHECKED_IN:  # as the real service does
            return replace(answer, print_held=True, printed=())
        return answer


class FakeProgramme:
    """Stands in for ProgrammeService: the given sessions, rooms and tracks at a settable now."""

    def __init__(self) -> None:
        self.sessions: list[Session] = []
        self.rooms: list[Room] = []
        self.tracks: list[Track] = []
        self.now = datetime(2022, 5, 30, 9, 30, tzinfo=UTC)  # 11:30 in Geneva
        self.timezone = "Europe/Zurich"
        self.threads: set[int] = set()

    def today(self) -> DayProgramme:
        self.threads.add(threading.get_ident())
        return day_programme(self.sessions, self.rooms, self.tracks, self.now, self.timezone)


def current_screen(window: MainWindow) -> QWidget:
    stack = window.findChild(QStackedWidget)
    assert stack is not None
    screen = stack.currentWidget()
    assert screen is not None
    return screen


def visible_texts(window: MainWindow) -> list[str]:
    """Every text a person can see on the current screen."""
    screen = current_screen(window)
    return [label.text() for label in screen.findChildren(QLabel) if label.isVisible()]


def shows(window: MainWindow, text: str) -> bool:
    return any(text in shown for shown in visible_texts(window))


def type_keys(window: QWindow, text: str) -> None:
    """Type through the window, the way a keyboard (and a wedge scanner) delivers keys."""
    for char in text:
        key = Qt.Key(ord(char.upper()))
        QTest.sendKeyEvent(QTest.KeyAction.Click, window, key, char, Qt.KeyboardModifier.NoModifier)


def elapse(qtbot: QtBot, ms: int) -> None:
    """Let ``ms`` milliseconds of event loop pass (to show something did *not* happen)."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=ms + 5000):
        timer.start(ms)


def tap_guard(window: MainWindow) -> TapGuard:
    guard = window.findChild(TapGuard)
    assert guard is not None
    return guard


def taps_taken(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the screen takes taps again (the tap guard after a screen change)."""
    guard = tap_guard(window)
    qtbot.waitUntil(lambda: not guard.active)


class TickingClock:
    """A collector's clock for keys typed in a loop: each reading is 1 ms after the last, so the
    keys stay one burst however long a loaded machine pauses between them (the burst rules have
    their own tests with exact gaps)."""

    def __init__(self) -> None:
        self._now = 1000.0

    def __call__(self) -> float:
        self._now += 0.001
        return self._now
