"""A printed badge shown to the kiosk window (as app.py wires it, demo home): the person's valid
badge gets "Badge already collected", an old unsigned one "format not supported"; nothing prints."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_reading import current_screen, shows
from wired_kiosk import scan_by_keyboard, wired_kiosk

from kiosk.app import clock_for, read_settings, scan_headless
from kiosk.paths import Home
from kiosk.services.demo import init_demo, issue_demo_code
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
    with wired_kiosk(qtbot, qapp, demo_home) as window:
        yield window


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
