"""Every screen, in every language, fits a 1280x800 kiosk screen without clipping a word.

Set KIOSK_SHOTS=DIR to keep a PNG of each screen for a person to look at.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedWidget, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, MakeWindow

from kiosk.core.checkin import Outcome
from kiosk.services.check_in import ScanResult
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.refusal import RefusalScreen
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UN_LANGUAGES

SIZE = (1280, 800)
LONGEST = replace(
    AMINA,
    badge_name="His Excellency Dr. Aleksandr Konstantinovich Vorontsov-Dashkov-Romanovsky",
    category_label="High-Level Track Speaker",
    print_error="paper out: load a new roll and close the cover",
)
NAMES = {
    "latin": AMINA,
    "arabic": replace(AMINA, badge_name="فاطمة الزهراء بن علي"),
    "chinese": replace(AMINA, badge_name="王小明"),
    "longest": LONGEST,
}

Setup = Callable[[MainWindow], QWidget]


def screen_of(window: MainWindow, kind: type[QWidget]) -> QWidget:
    found = window.findChild(kind)
    assert found is not None
    return found


def welcome(result: ScanResult) -> Setup:
    def show(window: MainWindow) -> QWidget:
        screen = screen_of(window, WelcomeScreen)
        assert isinstance(screen, WelcomeScreen)
        screen.show_result(result)
        return screen

    return show


DISK_FULL = (
    "the disk holding the database /home/kiosk/.local/share/un-kiosk/kiosk.db is full "
    "(database or disk is full); free some space (ref 1a2b3c4d)"
)


def refusal(outcome: Outcome | None, failure: str = "OperationalError, ref 1a2b3c4d") -> Setup:
    def show(window: MainWindow) -> QWidget:
        screen = screen_of(window, RefusalScreen)
        assert isinstance(screen, RefusalScreen)
        if outcome is None:
            screen.show_failure(failure)
        else:
            screen.show_result(ScanResult(outcome, registration_id=1234567))
        return screen

    return show


SCREENS: dict[str, Setup] = {
    "attract": lambda window: screen_of(window, AttractScreen),
    "checking": lambda window: screen_of(window, CheckingScreen),
    **{f"welcome-{name}": welcome(result) for name, result in NAMES.items()},
    **{o.value: refusal(o) for o in Outcome if not o.is_success},
    "failure": refusal(None),
    "failure-disk-full": refusal(None, DISK_FULL),
}


def clipped_labels(screen: QWidget) -> list[str]:
    """Visible labels given less room than their text needs."""
    clipped = []
    for label in screen.findChildren(QLabel):
        if not label.isVisible():
            continue
        needed = (
            label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        )
        if label.height() < needed:
            clipped.append(
                f"{label.objectName()} {label.text()[:40]!r}: {label.height()} < {needed}"
            )
    return clipped


def laid_out(qtbot: QtBot, screen: QWidget) -> None:
    """Let the language change and the layout passes it causes run (they are posted events)."""
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: screen.isVisible() and not clipped_labels(screen), timeout=1000)


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_every_screen_fits_without_clipping(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, language: str
) -> None:
    window = make_window(result_timeout_s=60, idle_timeout_s=60)
    stack = window.findChild(QStackedWidget)
    assert stack is not None
    install_language(qapp, language)
    done = screen_of(window, RefusalScreen).findChild(QPushButton, "done")
    assert done is not None
    qtbot.waitUntil(lambda: done.text() == QCoreApplication.translate("ResultScreen", "Done"))
    shots = os.environ.get("KIOSK_SHOTS")
    for name, setup in SCREENS.items():
        screen = setup(window)
        stack.setCurrentWidget(screen)
        laid_out(qtbot, screen)
        assert (window.width(), window.height()) == SIZE, f"{language} {name} grew the window"
        assert clipped_labels(screen) == [], f"{language} {name}"
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            assert window.grab().save(str(Path(shots) / f"{name}-{language}.png"))
