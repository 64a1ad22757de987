"""The whole kiosk window as app.py wires it on a real home, and scanning into it by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_reading import TickingClock, current_screen, type_keys

from kiosk.app import check_in_service_factory, read_settings, ui_options
from kiosk.paths import Home
from kiosk.scan.keyboard import KeyboardCollector
from kiosk.ui.background import CheckInRunner
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.main_window import MainWindow


@contextmanager
def wired_kiosk(qtbot: QtBot, qapp: QApplication, home: Home) -> Iterator[MainWindow]:
    """A shown 1280x800 window on ``home``'s check-in service, fed by the keyboard collector;
    the collector is removed and the check-in thread stopped afterwards."""
    settings = read_settings(home)
    runner = CheckInRunner(check_in_service_factory(home, settings))
    collector = KeyboardCollector(qapp, clock=TickingClock())
    try:
        window = MainWindow(runner, ui_options(home, settings))
        qapp.installEventFilter(collector)
        collector.scanned.connect(window.on_scanned)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        qapp.removeEventFilter(collector)
        assert runner.stop()


def scan_by_keyboard(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """Types ``code`` and Enter like a keyboard-wedge scanner; returns once the check is done."""
    handle = window.windowHandle()
    assert handle is not None
    type_keys(handle, code)
    QTest.keyClick(handle, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(current_screen(window), CheckingScreen), timeout=10_000)
