"""The checks the kiosk and the desk run at start: their failures reach staff (the kiosk's staff
menu, the desk's message bar after sign-in) and never a visitor's screen."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from screen_reading import EVENT_TITLE, current_screen, shows, taps_taken
from staff_kiosk import CREDENTIALS, DESK_PIN, StaffService, corner_taps, type_pin

from kiosk.app import read_settings
from kiosk.desk_app import desk_backend_factory, desk_options, staff_notice
from kiosk.doctoring import start_up_checks
from kiosk.paths import Home
from kiosk.services.demo import DEMO_DESK_PIN, init_demo
from kiosk.services.doctor import CheckResult, Verdict
from kiosk.store import open_database
from kiosk.ui.background import CheckInRunner, ServiceRunner
from kiosk.ui.desk.context import DeskContext
from kiosk.ui.desk.window import DeskWindow
from kiosk.ui.i18n import install_language
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UiOptions
from kiosk.ui.staff.menu import StaffMenuScreen
from kiosk.ui.start_up import problem_lines

LANGUAGES = ["en", "ar", "zh"]
FINDING = "escpos+tcp://10.0.0.5:9100: offline (not answering)"
PROBLEM = CheckResult("printer 1 (primary)", Verdict.FAIL, FINDING, "check its cable")


def failed_line() -> str:
    text = QCoreApplication.translate("StartUpChecks", "Start-up check failed: {check}: {finding}")
    # The English parts are bidi isolates (FSI ... PDI), so Arabic lines keep their order.
    return text.format(check=f"\u2068{PROBLEM.check}\u2069", finding=f"\u2068{FINDING}\u2069")


@pytest.fixture
def service(tmp_path: Path) -> StaffService:  # replaces the FakeService of conftest
    open_database(tmp_path / "kiosk.db").close()
    return StaffService(tmp_path / "kiosk.db")


@pytest.fixture
def kiosk(qtbot: QtBot, runner: CheckInRunner, qapp: QApplication) -> MainWindow:
    options = UiOptions(EVENT_TITLE, staff_credentials=CREDENTIALS, idle_timeout_s=600.0)
    window = MainWindow(runner, options)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_kiosk_shows_failures_in_the_staff_menu_only(
    qtbot: QtBot, kiosk: MainWindow, qapp: QApplication, language: str
) -> None:
    install_language(qapp, language)
    kiosk.show_start_up_problems([PROBLEM])
    assert not shows(kiosk, FINDING)  # the visitor's screen says nothing of it
    corner_taps(kiosk, 5)
    type_pin(qtbot, kiosk, DESK_PIN)
    qtbot.waitUntil(lambda: isinstance(current_screen(kiosk), StaffMenuScreen), timeout=10_000)
    taps_taken(qtbot, kiosk)
    assert shows(kiosk, failed_line())
    hint = QCoreApplication.translate(
        "StartUpChecks", "IT: run “kiosk doctor” on this machine for what to do."
    )
    assert shows(kiosk, hint)
    if language != "en":
        assert hint != "IT: run “kiosk doctor” on this machine for what to do."


def test_many_failures_show_three_and_a_count() -> None:
    problems = [CheckResult(f"check {n}", Verdict.FAIL, "x" * 500, "") for n in range(5)]
    lines = problem_lines(problems)
    assert len(lines) == 5  # three failures, how many more, where to read on
    assert all(len(line) < 260 for line in lines)
    more = QCoreApplication.translate("StartUpChecks", "Other problems: {count}.")
    assert lines[3] == more.format(count=2)


def test_no_failure_no_line(qtbot: QtBot, kiosk: MainWindow) -> None:
    kiosk.show_start_up_problems([])
    corner_taps(kiosk, 5)
    type_pin(qtbot, kiosk, DESK_PIN)
    qtbot.waitUntil(lambda: isinstance(current_screen(kiosk), StaffMenuScreen), timeout=10_000)
    assert not shows(kiosk, "kiosk doctor")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def demo_home(tmp_path: Path) -> Home:
    home = Home(tmp_path / "home")
    init_demo(home, count=20)
    return home


def test_the_start_up_run_reports_failures_not_warnings(qtbot: QtBot, demo_home: Home) -> None:
    settings = demo_home.settings.read_text(encoding="utf-8")
    uri = f"escpos+tcp://127.0.0.1:{closed_port()}?profile=tm-t88vii"
    demo_home.settings.write_text(
        settings.replace('uri = "file:prints?format=png,pdf"', f'uri = "{uri}"'), encoding="utf-8"
    )
    reports: list[list[CheckResult]] = []
    runner = start_up_checks(demo_home, "offscreen", reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=60_000)
    runner.stop()
    assert [(r.check, r.verdict) for r in reports[0]] == [("printer 1 (primary)", Verdict.FAIL)]
    assert uri in reports[0][0].finding


@pytest.fixture
def desk(qtbot: QtBot, demo_home: Home) -> Iterator[tuple[DeskWindow, DeskContext]]:
    settings = read_settings(demo_home)
    runner = ServiceRunner(desk_backend_factory(demo_home, settings), name="desk worker")
    context = DeskContext(runner, desk_options(demo_home, settings))
    window = DeskWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window, context
    assert runner.stop()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_desk_shows_failures_after_sign_in(
    qtbot: QtBot, qapp: QApplication, desk: tuple[DeskWindow, DeskContext], language: str
) -> None:
    window, context = desk
    install_language(qapp, language)
    staff_notice(context)([PROBLEM])
    bar = window.findChild(QLabel, "deskMessage")
    assert bar is not None
    assert not bar.isVisible()  # nobody signed in: the sign-in page shows nothing of it
    window.sign_in_page._pin.setText(DEMO_DESK_PIN)
    window.sign_in_page._submit()
    qtbot.waitUntil(lambda: context.staff is not None, timeout=30_000)
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    assert failed_line() in bar.text()
    window.sign_out()
    assert not bar.isVisible()
