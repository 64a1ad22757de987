"""The kiosk flow as an attendee meets it: scan, wait, welcome or refusal, back to the start."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from screen_reading import (
    AMINA,
    FakeService,
    MakeWindow,
    TickingClock,
    current_screen,
    elapse,
    shows,
    taps_taken,
    type_keys,
    visible_texts,
)

from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.scan.keyboard import KeyboardCollector
from kiosk.services.check_in import ScanResult
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.refusal import RefusalScreen
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.messages import LANGUAGE_NAMES, SCAN_PROMPTS, outcome_text

LONG = 60.0  # seconds: no timer fires during the test


@pytest.fixture
def collector(qapp: QApplication) -> Iterator[KeyboardCollector]:
    collector = KeyboardCollector(clock=TickingClock())
    qapp.installEventFilter(collector)
    yield collector
    qapp.removeEventFilter(collector)


def scan(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.on_scanned(text, ScanSource.SCANNER)
    qtbot.waitUntil(lambda: not isinstance(current_screen(window), CheckingScreen))


def language_button(window: MainWindow, code: str) -> QPushButton:
    for button in current_screen(window).findChildren(QPushButton):
        if button.text() == LANGUAGE_NAMES[code]:
            return button
    raise AssertionError(f"no button for {code}")


def test_attract_shows_the_prompt_in_all_six_languages(make_window: MakeWindow) -> None:
    window = make_window()
    assert isinstance(current_screen(window), AttractScreen)
    texts = visible_texts(window)
    for prompt in SCAN_PROMPTS.values():
        assert prompt in texts
    assert shows(window, "Hold the QR code")
    assert shows(window, "WSIS Forum 2022")
    buttons = [b.text() for b in current_screen(window).findChildren(QPushButton) if b.text()]
    languages = ["English", "Français", "Español", "Русский", "中文", "العربية"]
    assert buttons == ["Today's sessions", *languages]
    large_text = current_screen(window).findChild(QPushButton, "largeText")  # an icon: "A A"
    assert large_text is not None
    assert large_text.accessibleName() == "Larger text"


def test_typing_a_code_and_enter_into_the_window_checks_it_once(
    qtbot: QtBot, make_window: MakeWindow, collector: KeyboardCollector, service: FakeService
) -> None:
    service.answers["0123456789"] = AMINA
    window = make_window()
    collector.scanned.connect(window.on_scanned)
    handle = window.windowHandle()
    assert handle is not None
    with qtbot.waitSignal(collector.scanned) as blocker:
        type_keys(handle, "0123456789")
        QTest.keyClick(handle, Qt.Key.Key_Return)
    assert blocker.args == ["0123456789", ScanSource.SCANNER]
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen))
    assert service.calls == [("0123456789", ScanSource.SCANNER)]


def test_welcome_shows_the_badge_name_and_category_colour(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["101"] = AMINA
    window = make_window(result_timeout_s=LONG)
    scan(qtbot, window, "101")
    assert isinstance(current_screen(window), WelcomeScreen)
    assert shows(window, "Amina Diallo")
    assert shows(window, "Your badge is printing")
    assert shows(window, "101")
    band = current_screen(window).findChild(QLabel, "category")
    assert band is not None
    assert band.text() == "Delegate"
    image = band.grab().toImage()
    assert image.pixelColor(band.width() // 2, 4) == QColor("#1F4E9C")


def test_printer_failure_still_welcomes_and_sends_to_the_desk(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["101"] = replace(AMINA, print_error="paper out")
    window = make_window(result_timeout_s=LONG)
    scan(qtbot, window, "101")
    assert isinstance(current_screen(window), WelcomeScreen)
    assert shows(window, "Amina Diallo")
    assert shows(window, "Welcome")
    assert shows(window, "accreditation desk")
    assert not shows(window, "Your badge is printing")


@pytest.mark.parametrize("outcome", [o for o in Outcome if not o.is_success])
def test_each_refusal_has_its_own_screen_text(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService, outcome: Outcome
) -> None:
    service.answers["x"] = ScanResult(outcome, registration_id=7)
    window = make_window(result_timeout_s=LONG)
    scan(qtbot, window, "x")
    assert isinstance(current_screen(window), RefusalScreen)
    text = outcome_text(outcome)
    assert shows(window, text.title)
    assert shows(window, text.body)
    assert shows(window, text.where)


def test_returns_to_attract_after_the_result_timeout(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["101"] = AMINA
    window = make_window(result_timeout_s=0.05)
    scan(qtbot, window, "101")
    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen))


def test_done_returns_to_attract_at_once(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    window = make_window(result_timeout_s=LONG)
    scan(qtbot, window, "junk")
    done = current_screen(window).findChild(QPushButton, "done")
    assert done is not None
    taps_taken(qtbot, window)  # a tap at once would be the double tap that brought the screen
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert isinstance(current_screen(window), AttractScreen)


def test_touching_a_result_screen_keeps_it_up_for_the_idle_timeout(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    window = make_window(result_timeout_s=0.2, idle_timeout_s=LONG)
    scan(qtbot, window, "junk")
    handle = window.windowHandle()
    assert handle is not None
    type_keys(handle, "a")  # any input counts, not only a scan
    elapse(qtbot, 400)
    assert isinstance(current_screen(window), RefusalScreen)


def test_second_scan_while_checking_is_ignored(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["first"] = AMINA
    service.gate.clear()  # hold the first scan in flight
    window = make_window(result_timeout_s=LONG)
    window.on_scanned("first", ScanSource.SCANNER)
    qtbot.waitUntil(lambda: len(service.calls) == 1)
    assert isinstance(current_screen(window), CheckingScreen)
    assert shows(window, "Checking")
    window.on_scanned("second", ScanSource.SCANNER)
    service.gate.set()
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen))
    scan(qtbot, window, "third")  # the worker runs in order: a queued "second" would come first
    assert [text for text, _ in service.calls] == ["first", "third"]


def test_a_scan_on_a_result_screen_starts_a_new_check(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["101"] = AMINA
    window = make_window(result_timeout_s=LONG)
    scan(qtbot, window, "junk")
    scan(qtbot, window, "101")
    assert isinstance(current_screen(window), WelcomeScreen)
    assert [text for text, _ in service.calls] == ["junk", "101"]


def test_service_error_shows_something_went_wrong_not_a_crash(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["101"] = RuntimeError("database is locked")
    window = make_window(result_timeout_s=LONG)
    scan(qtbot, window, "101")
    assert isinstance(current_screen(window), RefusalScreen)
    assert shows(window, "Something went wrong")
    assert shows(window, "accreditation desk")
    assert shows(window, "RuntimeError, ref ")
    assert not shows(window, "database is locked")


def test_choosing_a_language_retranslates_and_keeps_all_six_prompts(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    qtbot.mouseClick(language_button(window, "fr"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shows(window, "Présentez sous le lecteur le code QR"))
    for prompt in SCAN_PROMPTS.values():
        assert prompt in visible_texts(window)


def test_arabic_turns_the_screens_right_to_left(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["103"] = replace(AMINA, badge_name="أحمد ناصر")
    window = make_window(result_timeout_s=LONG)
    qtbot.mouseClick(language_button(window, "ar"), Qt.MouseButton.LeftButton)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    scan(qtbot, window, "103")
    assert shows(window, "أحمد ناصر")
    assert shows(window, QCoreApplication.translate("messages", "Welcome"))
    assert shows(window, "مرحباً بكم")


def test_language_goes_back_to_english_after_the_idle_timeout(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(idle_timeout_s=0.05)
    qtbot.mouseClick(language_button(window, "ar"), Qt.MouseButton.LeftButton)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: shows(window, "Hold the QR code"))
    assert language_button(window, "en").isChecked()


def test_language_goes_back_to_english_after_a_result(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    window = make_window(result_timeout_s=0.05, idle_timeout_s=LONG)
    qtbot.mouseClick(language_button(window, "fr"), Qt.MouseButton.LeftButton)
    scan(qtbot, window, "junk")
    assert shows(window, "Code illisible")
    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen))
    qtbot.waitUntil(lambda: shows(window, "Hold the QR code"))


def test_a_kiosk_whose_first_language_is_french_starts_and_returns_in_french(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    window = make_window(languages=("fr", "en"), result_timeout_s=0.05)
    assert language_button(window, "fr").isChecked()
    qtbot.waitUntil(lambda: shows(window, "Présentez sous le lecteur le code QR"))
    qtbot.mouseClick(language_button(window, "en"), Qt.MouseButton.LeftButton)
    scan(qtbot, window, "junk")
    assert shows(window, "Code not readable")
    qtbot.waitUntil(lambda: shows(window, "Présentez sous le lecteur le code QR"))
