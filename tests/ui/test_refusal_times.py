"""An already-collected badge says when it came out, in venue time and the screen's language."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, FakeService, MakeWindow, current_screen, shows

from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.refusal import RefusalScreen

COLLECTED = replace(
    AMINA,
    outcome=Outcome.ALREADY_COLLECTED,
    collected_at=datetime(2022, 5, 30, 6, 52, tzinfo=UTC),  # 08:52 in Geneva (CEST)
)


def scan(qtbot: QtBot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.on_scanned(text, ScanSource.SCANNER)
    qtbot.waitUntil(lambda: not isinstance(current_screen(window), CheckingScreen))


def test_the_time_of_the_first_badge_is_shown_in_geneva_time(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["101"] = COLLECTED
    window = make_window(timezone="Europe/Zurich", result_timeout_s=60)
    install_language(qapp, "en")
    scan(qtbot, window, "101")
    assert isinstance(current_screen(window), RefusalScreen)
    assert shows(window, "Printed on Monday, 30 May 2022 at 08:52")


def test_the_time_follows_the_language(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["101"] = COLLECTED
    window = make_window(timezone="Europe/Zurich", result_timeout_s=60)
    install_language(qapp, "fr")
    scan(qtbot, window, "101")
    assert shows(window, "Imprimé le lundi 30 mai 2022 à 08:52")


def test_no_time_line_without_a_collection_time(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["101"] = replace(COLLECTED, collected_at=None)
    window = make_window(timezone="Europe/Zurich", result_timeout_s=60)
    scan(qtbot, window, "101")
    assert not shows(window, "Printed on")
