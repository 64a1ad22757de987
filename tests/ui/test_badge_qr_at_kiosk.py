"""A printed badge shown to the kiosk window (as app.py wires it, demo home): the person's valid
badge gets "Badge already collected", an old unsigned one "format not supported"; nothing prints."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_reading import current_screen, shows, type_keys

from kiosk.app import check_in_service_factory, clock_for, read_settings, scan_headless, ui_options
from kiosk.paths import Home
from kiosk.scan.keyboard import KeyboardCollector
from kiosk.services.demo import init_demo, issue_demo_code
from kiosk.ui.background import CheckInRunner
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.refusal import RefusalScreen
from kiosk.ui.main_window import MainWindow

REGISTRATION = 22_000_011


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Home:
    home = Home(tmp_path_factory.mktemp("badge-demo"))
    init_demo(home, count=60)
    return home


@pytest.fixture
def kiosk(qtbot: QtBot, qapp: QApplication, demo_home: Home) -> Iterator[MainWindow]:
    settings = read_settings(demo_home)
    runner = CheckInRunner(check_in_service_factory(demo_home, settings))
    collector = KeyboardCollector(qapp)
    try:
        window = MainWindow(runner, ui_options(demo_home, settings))
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
    handle = window.windowHandle()
    assert handle is not None
    type_keys(handle, code)
    QTest.keyClick(handle, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(current_screen(window), CheckingScreen), timeout=10_000)


def test_a_badge_shown_to_the_kiosk_is_already_collected_and_prints_nothing(
    qtbot: QtBot, kiosk: MainWindow, demo_home: Home
) -> None:
    code = issue_demo_code(demo_home, REGISTRATION, clock_for(read_settings(demo_home))())
    result = scan_headless(demo_home, code)
    assert result.is_success
    with Image.open(result.printed[0]) as image:
        badge = zxingcpp.read_barcodes(image)[0].text
    printed = sorted(demo_home.prints.iterdir())

    scan_by_keyboard(qtbot, kiosk, badge)
    assert isinstance(current_screen(kiosk), RefusalScreen)
    assert shows(kiosk, "already collected")
    assert sorted(demo_home.prints.iterdir()) == printed


def test_an_unsigned_b1_badge_is_a_format_the_kiosk_does_not_read(
    qtbot: QtBot, kiosk: MainWindow
) -> None:
    scan_by_keyboard(qtbot, kiosk, f"B1-{REGISTRATION}-1")
    assert isinstance(current_screen(kiosk), RefusalScreen)
    assert shows(kiosk, "format not supported")
