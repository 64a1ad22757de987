"""A desk window on a small demo home, signed in, for the People page's tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import check_in_service_factory, read_settings
from kiosk.desk_app import desk_backend_factory, desk_options
from kiosk.paths import Home
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_DESK_PIN, init_demo, issue_demo_code
from kiosk.ui.background import ServiceRunner
from kiosk.ui.desk.context import DeskContext
from kiosk.ui.desk.window import DeskWindow
from kiosk.ui.i18n import install_language

SARA = 22000026  # سارة الحسيني, Sara Al-Husseini (the demo generator's seed 2022)
TINGTING = 22000013  # 欧阳婷婷, Tingting Ouyang
SIGN_IN_S = 30  # scrypt on a shared, slow machine


@dataclass
class Desk:
    home: Home
    window: DeskWindow
    context: DeskContext
    runner: ServiceRunner  # type: ignore[type-arg]
    language: str

    @property
    def people(self):  # type: ignore[no-untyped-def]
        return self.window.people

    def code_for(self, registration_id: int) -> str:
        return issue_demo_code(self.home, registration_id, datetime(2022, 5, 29, tzinfo=UTC))

    def kiosk_service(self) -> CheckInService:
        """The kiosk's own check-in service on this (the test's) thread and connection."""
        return check_in_service_factory(self.home, read_settings(self.home))()

    def settle(self, qtbot: QtBot) -> None:
        """Wait until the worker answered all asked of it so far (one thread, in order)."""
        done: list[bool] = []
        self.context.run(lambda _backend: None, lambda _none: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=SIGN_IN_S * 1000)


def open_desk(qtbot: QtBot, tmp_path: Path, language: str = "en") -> Iterator[Desk]:
    home = Home(tmp_path / "home")
    init_demo(home, count=30)
    settings = read_settings(home)
    runner = ServiceRunner(desk_backend_factory(home, settings), name="desk worker")
    context = DeskContext(runner, desk_options(home, settings))
    window = DeskWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    app = QApplication.instance()
    assert app is not None
    install_language(app, language)
    window.sign_in_page.secret_entered.emit(DEMO_DESK_PIN)
    qtbot.waitUntil(lambda: context.staff is not None, timeout=SIGN_IN_S * 1000)
    try:
        yield Desk(home, window, context, runner, language)
    finally:
        assert runner.stop()


def texts_on_screen(root: QWidget) -> list[str]:
    """Every text a label or field under ``root`` holds (shown or not)."""
    found = [w.text() for w in root.findChildren(QLabel)]
    found += [w.text() for w in root.findChildren(QLineEdit)]
    return [t for t in found if t]
