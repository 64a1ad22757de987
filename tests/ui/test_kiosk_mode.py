"""Kiosk mode as staff and visitors meet it: no keyboard way out of the frameless full-screen
window, the hidden staff gesture, the PIN pad and its lock, the staff QR, the staff menu, and
idle always going back to attract in the kiosk's first language. English, Arabic and Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from screen_reading import EVENT_TITLE, current_screen, elapse, shows, taps_taken
from staff_kiosk import (
    DESK_PIN,
    QR_SECRET,
    SUPERVISOR_PIN,
    StaffService,
    corner_taps,
    type_pin,
)

from kiosk.core.model import ScanSource
from kiosk.core.staff import QR_PREFIX
from kiosk.store import open_database
from kiosk.store.staff import recent_events
from kiosk.ui.background import CheckInRunner
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.refusal import RefusalScreen
from kiosk.ui.kiosk_mode import is_way_out
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UiOptions
from kiosk.ui.staff.menu import StaffMenuScreen
from kiosk.ui.staff.pin_pad import PinPadScreen

from staff_kiosk import CREDENTIALS  # isort: skip

LANGUAGES = ["en", "ar", "zh"]
LONG = 600.0


@pytest.fixture
def service(tmp_path: Path) -> StaffService:  # replaces the FakeService of conftest
    open_database(tmp_path / "kiosk.db").close()
    return StaffService(tmp_path / "kiosk.db")


@pytest.fixture
def kiosk(qtbot: QtBot, runner: CheckInRunner) -> object:
    """Makes a shown kiosk-mode window (full_screen) with the staff credentials."""

    def make(language: str = "en", **options: object) -> MainWindow:
        settings: dict[str, object] = {
            "full_screen": True,
            "staff_credentials": CREDENTIALS,
            "idle_timeout_s": LONG,
            "result_timeout_s": LONG,
        }
        settings.update(options)
        window = MainWindow(runner, UiOptions(EVENT_TITLE, **settings))  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show_for_kiosk()
        qtbot.waitExposed(window)
        if language != "en":
            _choose_language(qtbot, window, language)
        return window

    return make


def _choose_language(qtbot: QtBot, window: MainWindow, code: str) -> None:
    from kiosk.ui.messages import LANGUAGE_NAMES

    for button in current_screen(window).findChildren(QPushButton):
        if button.text() == LANGUAGE_NAMES[code]:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(code)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _open_menu(qtbot: QtBot, window: MainWindow, pin: str) -> StaffMenuScreen:
    corner_taps(window, 5)
    assert isinstance(current_screen(window), PinPadScreen)
    type_pin(qtbot, window, pin)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), StaffMenuScreen), timeout=10_000)
    menu = current_screen(window)
    assert isinstance(menu, StaffMenuScreen)
    taps_taken(qtbot, window)  # staff read the menu before touching it (the tap guard)
    return menu


def _button(screen: object, text: str) -> QPushButton:
    for button in screen.findChildren(QPushButton):  # type: ignore[attr-defined]
        if button.text() == text:
            return button  # type: ignore[no-any-return]
    raise AssertionError(f"no button {text!r}")


def _audited(service: StaffService) -> list[tuple[str, str, str]]:
    db = open_database(service._path)
    try:
        return [(e.action, e.outcome, e.staff_id) for e in reversed(recent_events(db))]
    finally:
        db.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_kiosk_mode_is_a_frameless_full_screen_window(kiosk, language: str) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language)

    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.in_kiosk_mode


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    ],
    ids=["Escape", "F11", "Alt+F4", "Ctrl+Q", "Ctrl+W", "Alt+Tab"],
)
def test_no_shortcut_leaves_kiosk_mode(qtbot: QtBot, kiosk, key, modifiers) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    fired: list[str] = []
    shortcut = QShortcut(QKeySequence(key | modifiers), window)  # what an app's menu would do
    shortcut.activated.connect(lambda: fired.append("left"))
    handle = window.windowHandle()

    QTest.keyClick(handle, key, modifiers)
    elapse(qtbot, 50)

    assert fired == []
    assert window.isVisible()
    assert window.isFullScreen()
    assert isinstance(current_screen(window), AttractScreen)


def test_the_same_shortcut_works_outside_kiosk_mode(qtbot: QtBot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(full_screen=False)
    fired: list[str] = []
    shortcut = QShortcut(QKeySequence("Ctrl+Q"), window)
    shortcut.activated.connect(lambda: fired.append("left"))

    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: fired == ["left"])


def test_digits_and_enter_of_a_scanner_are_not_ways_out() -> None:
    for key in (Qt.Key.Key_0, Qt.Key.Key_9, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
        assert not is_way_out(key, Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize("language", LANGUAGES)
def test_closing_the_window_is_refused_in_kiosk_mode(qtbot: QtBot, kiosk, language: str) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language)

    assert window.close() is False
    assert window.isVisible()


def test_four_taps_or_slow_taps_do_not_open_the_pin_pad(qtbot: QtBot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    corner_taps(window, 4)
    corner_taps(window, 1, QPoint(640, 400))  # a tap elsewhere breaks the sequence
    corner_taps(window, 4)
    assert isinstance(current_screen(window), AttractScreen)

    corner_taps(window, 1)  # the fifth in a row
    assert isinstance(current_screen(window), PinPadScreen)


def test_taps_further_apart_than_three_seconds_do_not_count(kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    ticks = iter(range(0, 100, 1))
    window._guard._clock = lambda: float(next(ticks))  # one second between taps
    corner_taps(window, 5)
    assert isinstance(current_screen(window), AttractScreen)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wrong_pin_says_so_and_a_right_one_opens_the_staff_menu(
    qtbot: QtBot, kiosk, service: StaffService, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language)
    corner_taps(window, 5)
    pad = current_screen(window)
    assert isinstance(pad, PinPadScreen)
    assert shows(window, _tr("PinPadScreen", "Staff sign-in"))

    type_pin(qtbot, window, "0000")
    assert shows(window, _tr("StaffFlow", "Wrong PIN or staff code. Try again."))
    assert isinstance(current_screen(window), PinPadScreen)

    type_pin(qtbot, window, DESK_PIN)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), StaffMenuScreen))
    assert shows(window, "desk-1")
    qtbot.waitUntil(lambda: len(_audited(service)) == 3)
    assert _audited(service) == [
        ("staff-sign-in", "wrong", ""),
        ("staff-sign-in", "ok", "desk-1"),
        ("staff-menu", "done", "desk-1"),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_five_wrong_pins_lock_the_pad_for_a_minute(
    qtbot: QtBot, kiosk, service: StaffService, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language)
    corner_taps(window, 5)
    for _ in range(5):
        type_pin(qtbot, window, "1111")
    locked = _tr("StaffFlow", "Too many wrong attempts. Try again in {seconds} s.")
    assert shows(window, locked.format(seconds=60))

    type_pin(qtbot, window, DESK_PIN)  # the right PIN, but locked

    assert isinstance(current_screen(window), PinPadScreen)
    assert _audited(service)[-1] == ("staff-sign-in", "locked", "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_staff_qr_opens_the_menu_and_is_never_checked_in(
    qtbot: QtBot, kiosk, service: StaffService, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language)

    window.on_scanned(QR_PREFIX + QR_SECRET, ScanSource.SCANNER)

    qtbot.waitUntil(lambda: isinstance(current_screen(window), StaffMenuScreen), timeout=10_000)
    assert service.calls == []
    assert shows(window, "sup-1")


def test_a_desk_member_cannot_leave_kiosk_mode_or_quit(qtbot: QtBot, kiosk) -> None:  # type: ignore[no-untyped-def]
    menu = _open_menu(qtbot, kiosk(), DESK_PIN)

    assert not _button(menu, _tr("StaffMenuScreen", "Leave kiosk mode")).isEnabled()
    assert not _button(menu, _tr("StaffMenuScreen", "Quit the kiosk")).isEnabled()
    assert _button(menu, _tr("StaffMenuScreen", "Test print")).isEnabled()
    assert shows(
        menu.window(), _tr("StaffMenuScreen", "Leaving kiosk mode and quitting need a supervisor.")
    )  # type: ignore[arg-type]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_supervisor_leaves_kiosk_mode_and_then_may_close_the_window(
    qtbot: QtBot, kiosk, service: StaffService, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language)
    menu = _open_menu(qtbot, window, SUPERVISOR_PIN)

    qtbot.mouseClick(
        _button(menu, _tr("StaffMenuScreen", "Leave kiosk mode")), Qt.MouseButton.LeftButton
    )

    qtbot.waitUntil(lambda: not window.in_kiosk_mode)
    assert not window.isFullScreen()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert isinstance(current_screen(window), AttractScreen)
    assert ("leave-kiosk-mode", "done", "sup-1") in _audited(service)
    assert window.close() is True


def test_a_supervisor_quits_the_kiosk_after_the_audit_line(
    qtbot: QtBot, kiosk, service: StaffService
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    menu = _open_menu(qtbot, window, SUPERVISOR_PIN)

    qtbot.mouseClick(
        _button(menu, _tr("StaffMenuScreen", "Quit the kiosk")), Qt.MouseButton.LeftButton
    )

    qtbot.waitUntil(lambda: not window.isVisible())
    assert _audited(service)[-1] == ("quit", "done", "sup-1")


def test_test_print_and_scanner_test_from_the_menu(
    qtbot: QtBot, runner: CheckInRunner, service: StaffService
) -> None:
    opened: list[str] = []
    window = MainWindow(
        runner,
        UiOptions(EVENT_TITLE, staff_credentials=CREDENTIALS, idle_timeout_s=LONG),
        open_scan_test=lambda: opened.append("scan test"),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    menu = _open_menu(qtbot, window, DESK_PIN)

    qtbot.mouseClick(_button(menu, _tr("StaffMenuScreen", "Test print")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: shows(window, _tr("StaffFlow", "The test page was sent to the printer."))
    )
    qtbot.mouseClick(
        _button(menu, _tr("StaffMenuScreen", "Scanner test")), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: opened == ["scan test"])

    assert service.test_pages == 1
    assert [a for a, _, _ in _audited(service)][-2:] == ["test-print", "scan-test"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_idle_returns_from_the_pin_pad_to_attract_in_the_first_language(
    qtbot: QtBot, kiosk, qapp: QApplication, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language, idle_timeout_s=0.3)
    corner_taps(window, 5)
    assert isinstance(current_screen(window), PinPadScreen)

    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen), timeout=10_000)

    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: shows(window, "Hold the QR code"))  # English again (LanguageChange)


@pytest.mark.parametrize("language", LANGUAGES)
def test_idle_returns_from_the_staff_menu_and_signs_out(qtbot: QtBot, kiosk, language: str) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language, idle_timeout_s=2.0)
    _open_menu(qtbot, window, DESK_PIN)

    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen), timeout=10_000)

    qtbot.waitUntil(lambda: shows(window, "Hold the QR code"))  # English again (LanguageChange)
    assert window._staff.signed_in == ""


def test_visitor_codes_are_not_checked_while_staff_use_the_kiosk(
    qtbot: QtBot, kiosk, service: StaffService
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    corner_taps(window, 5)

    window.on_scanned("0123456789", ScanSource.SCANNER)
    elapse(qtbot, 50)

    assert service.calls == []
    assert isinstance(current_screen(window), PinPadScreen)


def test_the_staff_gesture_does_nothing_on_a_result_screen(
    qtbot: QtBot, kiosk, service: StaffService
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    window.on_scanned("junk", ScanSource.SCANNER)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), RefusalScreen))

    corner_taps(window, 5)

    assert not isinstance(current_screen(window), PinPadScreen)


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    yield
    install_language(qapp, "en")


def test_back_on_the_pin_pad_returns_to_attract(qtbot: QtBot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    corner_taps(window, 5)
    pad = current_screen(window)
    taps_taken(qtbot, window)  # not the tap that opened the pad: a deliberate one

    qtbot.mouseClick(_button(pad, _tr("PinPadScreen", "Back")), Qt.MouseButton.LeftButton)

    assert isinstance(current_screen(window), AttractScreen)


def test_a_pin_answered_after_idle_does_not_open_the_menu(
    qtbot: QtBot, kiosk, service: StaffService
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(idle_timeout_s=0.2)
    service.sign_in_gate.clear()  # the PIN check takes a long time
    corner_taps(window, 5)
    window._staff.sign_in(DESK_PIN)

    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen), timeout=10_000)
    with qtbot.waitSignal(window._runner._worker.finished, timeout=10_000):
        service.sign_in_gate.set()
    elapse(qtbot, 50)

    assert isinstance(current_screen(window), AttractScreen)
