"""The whole kiosk as app.py wires it, on a real demo home: type a code, get a badge."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_reading import current_screen, shows
from wired_kiosk import scan_by_keyboard, wired_kiosk

from kiosk.app import clock_for, read_settings
from kiosk.paths import Home
from kiosk.services.demo import init_demo, issue_demo_code
from kiosk.store import open_database, participants
from kiosk.ui.kiosk.refusal import RefusalScreen
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.main_window import MainWindow

REGISTRATION = 22_000_007


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Home:
    home = Home(tmp_path_factory.mktemp("demo"))
    init_demo(home, count=300)
    return home


@pytest.fixture
def kiosk(qtbot: QtBot, qapp: QApplication, demo_home: Home) -> Iterator[MainWindow]:
    with wired_kiosk(qtbot, qapp, demo_home) as window:
        yield window


def test_a_typed_demo_code_prints_a_badge_and_a_second_scan_is_refused(
    qtbot: QtBot, kiosk: MainWindow, demo_home: Home
) -> None:
    db = open_database(demo_home.database)
    person = participants.get_participant(db, REGISTRATION)
    db.close()
    assert person is not None
    code = issue_demo_code(demo_home, REGISTRATION, clock_for(read_settings(demo_home))())

    scan_by_keyboard(qtbot, kiosk, code)
    assert isinstance(current_screen(kiosk), WelcomeScreen)
    assert shows(kiosk, person.badge_name)
    printed = sorted(p.name for p in demo_home.prints.iterdir())
    assert printed == [f"{REGISTRATION}-v1.pdf", f"{REGISTRATION}-v1.png"]
    assert (demo_home.prints / f"{REGISTRATION}-v1.pdf").read_bytes().startswith(b"%PDF")

    scan_by_keyboard(qtbot, kiosk, code)
    assert isinstance(current_screen(kiosk), RefusalScreen)
    assert shows(kiosk, "already collected")
    assert len(list(demo_home.prints.iterdir())) == 2


def test_a_damaged_code_is_refused_on_screen_and_nothing_prints(
    qtbot: QtBot, kiosk: MainWindow, demo_home: Home
) -> None:
    code = issue_demo_code(demo_home, REGISTRATION + 1, clock_for(read_settings(demo_home))())
    damaged = code[:50] + ("1" if code[50] != "1" else "2") + code[51:]
    before = set(demo_home.prints.iterdir())
    scan_by_keyboard(qtbot, kiosk, damaged)
    assert isinstance(current_screen(kiosk), RefusalScreen)
    assert set(demo_home.prints.iterdir()) == before
