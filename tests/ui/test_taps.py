"""No accidental taps: a double or triple tap never presses a control of the next screen.

Taps go through the window the way a touch screen's do (the window finds the widget under the
finger), at moments set on the tap guard's clock, so a slow machine does not change what happens.
"""

from __future__ import annotations

import random

import pytest
from conftest import FakeClock
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, FakeService, MakeWindow, current_screen, tap_guard

from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.services.check_in import ScanResult
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.messages import LANGUAGE_NAMES
from kiosk.ui.tap_guard import MAX_GUARD_MS, MIN_GUARD_MS, RUN_LIMIT_MS, TapGuard, guard_ms

LANGUAGES = ("en", "ar", "zh")
TAP_GAP_MS = 140  # a quick double tap: the second press well inside the double-click interval
READING_MS = 2000  # a person reads the screen before they tap
LONG = 60.0
ANSWERS = {
    "welcome": AMINA,
    "refused": ScanResult(Outcome.REVOKED, registration_id=4321),
    "failure": RuntimeError("database is locked"),
}


def centre(window: MainWindow, widget: QWidget) -> QPoint:
    return widget.mapTo(window, widget.rect().center())


def tap(window: MainWindow, point: QPoint) -> None:
    """A finger's press and release at ``point`` of the window."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def taps(window: MainWindow, clock: FakeClock, point: QPoint, count: int) -> None:
    for index in range(count):
        if index:
            clock.advance(TAP_GAP_MS)
        tap(window, point)


def button(window: MainWindow, name: str) -> QAbstractButton:
    """A control of the current screen by its accessible name."""
    for found in current_screen(window).findChildren(QAbstractButton):
        if found.accessibleName() == name and found.isVisible():
            return found
    raise AssertionError(f"no button {name!r} on {type(current_screen(window)).__name__}")


def large_text_button(window: MainWindow) -> QAbstractButton:
    found = window.findChild(QPushButton, "largeText")
    assert found is not None
    return found


def language_now(window: MainWindow) -> str:
    attract = window.findChild(AttractScreen)
    assert attract is not None
    for code, name in LANGUAGE_NAMES.items():
        for candidate in attract.findChildren(QPushButton):
            if candidate.text() == name and candidate.isChecked():
                return code
    raise AssertionError("no language button is checked")


def choose_language(window: MainWindow, clock: FakeClock, code: str) -> None:
    if code != language_now(window):
        clock.advance(READING_MS)
        tap(window, centre(window, button(window, LANGUAGE_NAMES[code])))
    assert language_now(window) == code


def answer(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, service: FakeService, kind: str
) -> None:
    service.answers[kind] = ANSWERS[kind]
    window.on_scanned(kind, ScanSource.SCANNER)
    qtbot.waitUntil(lambda: not isinstance(current_screen(window), CheckingScreen))
    clock.advance(READING_MS)


def test_the_guard_lasts_a_quarter_more_than_the_double_click_interval(
    make_window: MakeWindow,
) -> None:
    assert guard_ms(400) == 500
    assert guard_ms(100) == MIN_GUARD_MS
    assert guard_ms(5000) == MAX_GUARD_MS
    interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
    assert tap_guard(make_window()).guard_ms == guard_ms(interval)


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("kind", list(ANSWERS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_tapping_done_again_presses_nothing_on_the_attract_screen(
    qtbot: QtBot,
    make_window: MakeWindow,
    service: FakeService,
    tap_clock: FakeClock,
    language: str,
    kind: str,
    count: int,
) -> None:
    window = make_window(result_timeout_s=LONG, idle_timeout_s=LONG)
    choose_language(window, tap_clock, language)
    answer(qtbot, window, tap_clock, service, kind)
    done = current_screen(window).findChild(QPushButton, "done")
    assert done is not None
    taps(window, tap_clock, centre(window, done), count)
    assert isinstance(current_screen(window), AttractScreen)
    assert language_now(window) == "en"  # the home language: the second tap chose none
    assert not large_text_button(window).isChecked()
    assert tap_guard(window).swallowed == count - 1


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_tapping_a_language_button_again_keeps_that_language(
    make_window: MakeWindow, tap_clock: FakeClock, language: str, count: int
) -> None:
    window = make_window(idle_timeout_s=LONG)
    for code in (*LANGUAGE_NAMES, language):
        tap_clock.advance(READING_MS)
        taps(window, tap_clock, centre(window, button(window, LANGUAGE_NAMES[code])), count)
        assert language_now(window) == code
        assert isinstance(current_screen(window), AttractScreen)


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_double_or_triple_tap_on_larger_text_turns_it_on_once(
    qtbot: QtBot, make_window: MakeWindow, tap_clock: FakeClock, language: str, count: int
) -> None:
    window = make_window(idle_timeout_s=LONG)
    choose_language(window, tap_clock, language)
    large = large_text_button(window)
    tap_clock.advance(READING_MS)
    taps(window, tap_clock, centre(window, large), count)
    assert large.isChecked()
    assert isinstance(current_screen(window), AttractScreen)
    tap_clock.advance(READING_MS)
    taps(window, tap_clock, centre(window, large), count)
    assert not large.isChecked()


@pytest.mark.parametrize("language", LANGUAGES)
def test_taps_meant_for_the_last_screen_reach_no_control_of_the_next(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService, tap_clock: FakeClock, language: str
) -> None:
    """Even where a control of the next screen lies under the finger, the guard ignores it."""
    window = make_window(result_timeout_s=LONG, idle_timeout_s=LONG)
    attract = current_screen(window)
    controls = [c for c in attract.findChildren(QAbstractButton) if c.isVisible()]
    choose_language(window, tap_clock, language)
    answer(qtbot, window, tap_clock, service, "welcome")
    done = current_screen(window).findChild(QPushButton, "done")
    assert done is not None
    tap(window, centre(window, done))
    for control in controls:  # each within a tap gap of the one before: one run of taps
        tap_clock.advance(TAP_GAP_MS)
        tap(window, centre(window, control))
    assert language_now(window) == "en"
    assert not large_text_button(window).isChecked()
    tap_clock.advance(READING_MS)
    tap(window, centre(window, button(window, LANGUAGE_NAMES["ar"])))
    assert language_now(window) == "ar"  # a deliberate tap afterwards is taken


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_result_arriving_under_a_finger_is_not_dismissed(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService, tap_clock: FakeClock, language: str
) -> None:
    window = make_window(result_timeout_s=LONG, idle_timeout_s=LONG)
    choose_language(window, tap_clock, language)
    service.answers["code"] = AMINA
    window.on_scanned("code", ScanSource.SCANNER)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen))
    done = current_screen(window).findChild(QPushButton, "done")
    assert done is not None
    tap_clock.advance(TAP_GAP_MS)
    tap(window, centre(window, done))
    assert isinstance(current_screen(window), WelcomeScreen)
    tap_clock.advance(READING_MS)
    tap(window, centre(window, done))
    assert isinstance(current_screen(window), AttractScreen)


def test_a_run_of_taps_is_ignored_whole_but_never_for_long(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService, tap_clock: FakeClock
) -> None:
    window = make_window(result_timeout_s=LONG, idle_timeout_s=LONG)
    answer(qtbot, window, tap_clock, service, "refused")
    done = current_screen(window).findChild(QPushButton, "done")
    assert done is not None
    tap(window, centre(window, done))
    arabic = centre(window, button(window, LANGUAGE_NAMES["ar"]))
    interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
    changed = tap_clock.now
    while tap_clock.now + interval < changed + RUN_LIMIT_MS:
        tap_clock.advance(interval - 50)  # each tap within a double-click interval of the last
        tap(window, arabic)
        assert language_now(window) == "en"
    assert tap_guard(window).swallowed >= 3
    tap_clock.now = changed + RUN_LIMIT_MS  # however long the run, the screen takes taps again
    tap(window, arabic)
    assert language_now(window) == "ar"


@pytest.mark.parametrize("seed", [9, 2022])
def test_mashing_every_screen_never_crashes_and_idles_back_to_attract(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService, tap_clock: FakeClock, seed: int
) -> None:
    window = make_window(result_timeout_s=1, idle_timeout_s=1)
    stack = window.findChild(QStackedWidget)
    assert stack is not None
    screens = [stack.widget(index) for index in range(stack.count())]
    seen: set[str] = set()
    dice = random.Random(seed)
    for round_ in range(30):
        if round_ % 3 == 0:  # a scan now and then brings the result screens
            service.answers["code"] = dice.choice(list(ANSWERS.values()))
            window.on_scanned("code", ScanSource.SCANNER)
        for _ in range(12):
            tap_clock.advance(dice.randrange(15, 600))
            tap(window, QPoint(dice.randrange(window.width()), dice.randrange(window.height())))
            assert current_screen(window) in screens
            seen.add(type(current_screen(window)).__name__)
        qtbot.waitUntil(lambda: not isinstance(current_screen(window), CheckingScreen))
    assert {"AttractScreen", "WelcomeScreen", "RefusalScreen"} <= seen
    assert tap_guard(window).swallowed > 0
    # No dead end: left alone, the kiosk is back at the start, in its language, text normal.
    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen), timeout=10_000)
    qtbot.waitUntil(lambda: language_now(window) == "en", timeout=10_000)
    assert not large_text_button(window).isChecked()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_double_touch_on_done_presses_nothing_on_the_attract_screen(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService, tap_clock: FakeClock, language: str
) -> None:
    """The same with a touch screen's own events (Qt turns unhandled touches into clicks)."""
    window = make_window(result_timeout_s=LONG, idle_timeout_s=LONG)
    device = QTest.createTouchDevice()

    def touch(point: QPoint) -> None:
        QTest.touchEvent(window, device).press(0, point, window).commit()
        QTest.touchEvent(window, device).release(0, point, window).commit()

    choose_language(window, tap_clock, language)
    answer(qtbot, window, tap_clock, service, "welcome")
    done = current_screen(window).findChild(QPushButton, "done")
    assert done is not None
    touch(centre(window, done))
    assert isinstance(current_screen(window), AttractScreen)
    QApplication.sendPostedEvents()  # the attract screen laid out again in the home language
    arabic = centre(window, button(window, LANGUAGE_NAMES["ar"]))
    tap_clock.advance(TAP_GAP_MS)
    touch(arabic)  # a quick second touch, slipped onto the Arabic button
    assert language_now(window) == "en"
    tap_clock.advance(READING_MS)
    touch(arabic)
    assert language_now(window) == "ar"


def test_a_press_taken_after_a_swallowed_one_keeps_its_release(
    qtbot: QtBot, tap_clock: FakeClock
) -> None:
    """A swallowed press whose release ends outside the screens must not eat a later click."""
    holder = QWidget()
    stack = QStackedWidget(holder)
    outside = QPushButton("outside", holder)
    pages = [QPushButton(f"page {n}") for n in range(2)]
    for page in pages:
        stack.addWidget(page)
    qtbot.addWidget(holder)
    guard = TapGuard(stack, holder)
    stack.setCurrentIndex(1)
    QTest.mousePress(pages[1], Qt.MouseButton.LeftButton)  # within the guard: swallowed
    QTest.mouseRelease(outside, Qt.MouseButton.LeftButton)  # the finger slid off the screens
    assert guard.swallowed == 1
    tap_clock.advance(READING_MS)
    with qtbot.waitSignal(pages[1].clicked, timeout=1000):
        QTest.mouseClick(pages[1], Qt.MouseButton.LeftButton)
