"""The printer notice, the PIN pad and the staff menu fit a 1280x800 kiosk in all six languages,
right to left in Arabic. KIOSK_SHOTS=DIR keeps a PNG of each for a person to look at."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot
from screen_reading import EVENT_TITLE
from test_layout import clipped_labels, laid_out

from kiosk.core.staff import Role
from kiosk.printing.base import PrinterState, PrinterStatus
from kiosk.scan.camera import CameraChoice, CameraFeed
from kiosk.services.printer_check import PrinterReport, WhenUnavailable
from kiosk.ui.background import CheckInRunner
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UN_LANGUAGES, UiOptions
from kiosk.ui.printer_monitor import PrinterMonitor
from kiosk.ui.staff.menu import StaffMenuScreen
from kiosk.ui.staff.pin_pad import PinPadScreen

SIZE = (1280, 800)
OUT = PrinterReport(
    (
        ("escpos+tcp://10.0.0.21:9100", PrinterStatus(PrinterState.PAPER_OUT)),
        ("cups://Desk-A6", PrinterStatus(PrinterState.OFFLINE)),
    )
)


def _attract(notice: WhenUnavailable) -> Callable[[MainWindow], QWidget]:
    def show(window: MainWindow) -> QWidget:
        screen = window.findChild(AttractScreen)
        assert isinstance(screen, AttractScreen)
        screen.show_printer_notice(notice)
        return screen

    return show


def _pin_pad(window: MainWindow) -> QWidget:
    pad = window.findChild(PinPadScreen)
    assert isinstance(pad, PinPadScreen)
    pad.reset()
    for key in "1234":
        button = pad.findChild(QPushButton, f"key-{key}")
        assert button is not None
        button.click()
    locked = QCoreApplication.translate(
        "StaffFlow", "Too many wrong attempts. Try again in {seconds} s."
    )
    pad.show_message(locked.format(seconds=60))
    return pad


def _menu(window: MainWindow) -> QWidget:
    menu = window.findChild(StaffMenuScreen)
    assert isinstance(menu, StaffMenuScreen)
    menu.open_for("desk-12", Role.DESK)
    menu.show_printers(OUT)
    menu.show_message(
        QCoreApplication.translate("StaffFlow", "The test page was sent to the printer.")
    )
    return menu


SCREENS = {
    "attract-printer-out": _attract(WhenUnavailable.CHECK_IN),
    "attract-printer-stop": _attract(WhenUnavailable.STOP),
    "staff-pin": _pin_pad,
    "staff-menu": _menu,
}


@pytest.mark.parametrize("camera", [False, True], ids=["no camera", "camera panel"])
@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_staff_screens_and_the_printer_notice_fit(
    qtbot: QtBot, qapp: QApplication, runner: CheckInRunner, language: str, camera: bool
) -> None:
    monitor = PrinterMonitor(lambda: OUT, interval_s=600)
    options = UiOptions(EVENT_TITLE, idle_timeout_s=600, result_timeout_s=600)
    feed = CameraFeed(CameraChoice()) if camera else None  # never started: "not available"
    window = MainWindow(runner, options, printer_monitor=monitor, camera=feed)
    with qtbot.waitSignal(monitor.report_ready, timeout=10_000):
        monitor.check_now()
    assert monitor.stop()
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    stack = window.findChild(QStackedWidget)
    assert stack is not None
    install_language(qapp, language)
    back = window.findChild(PinPadScreen).findChild(QPushButton, "key-back")  # type: ignore[union-attr]
    assert back is not None
    qtbot.waitUntil(lambda: back.text() == QCoreApplication.translate("PinPadScreen", "Back"))
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert window.layoutDirection() == expected
    shots = os.environ.get("KIOSK_SHOTS")
    for name, setup in SCREENS.items():
        screen = setup(window)
        stack.setCurrentWidget(screen)
        laid_out(qtbot, screen)
        assert (window.width(), window.height()) == SIZE, f"{language} {name} grew the window"
        assert clipped_labels(screen) == [], f"{language} {name}"
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            suffix = "-camera" if camera else ""
            assert window.grab().save(str(Path(shots) / f"{name}{suffix}-{language}.png"))
