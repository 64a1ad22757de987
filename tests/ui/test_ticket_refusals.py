"""The two refusals pretix tickets brought: a blocked ticket, and a genuine signed ticket this
kiosk has not received yet. Shown through a scan, in English, Arabic (right to left) and Chinese.

Set KIOSK_SHOTS=DIR to keep a PNG of each screen for a person to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from screen_reading import FakeService, MakeWindow, current_screen, shows, visible_texts

from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.services.check_in import ScanResult
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.refusal import RefusalScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.messages import Tone, outcome_text

LONG = 60.0  # seconds: no timer fires during the test
# The words a reader of each language sees, written out here so a lost translation fails.
TITLES = {
    ("en", Outcome.BLOCKED): "Ticket blocked",
    ("ar", Outcome.BLOCKED): "التذكرة موقوفة",
    ("zh", Outcome.BLOCKED): "门票已被冻结",
    ("en", Outcome.NOT_SYNCED_YET): "Ticket not on this kiosk yet",
    ("ar", Outcome.NOT_SYNCED_YET): "التذكرة غير موجودة في هذا الكشك بعد",
    ("zh", Outcome.NOT_SYNCED_YET): "本自助终端尚无此门票",
}
GENUINE = {"en": "genuine", "ar": "صحيحة", "zh": "真实有效"}
RESULTS = {
    Outcome.BLOCKED: ScanResult(Outcome.BLOCKED, registration_id=202),  # a number, never a name
    Outcome.NOT_SYNCED_YET: ScanResult(Outcome.NOT_SYNCED_YET),
}


def scan(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.on_scanned(text, ScanSource.SCANNER)
    qtbot.waitUntil(lambda: not isinstance(current_screen(window), CheckingScreen))


@pytest.mark.parametrize("outcome", [Outcome.BLOCKED, Outcome.NOT_SYNCED_YET])
@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_the_ticket_refusals_read_in_each_language(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    service: FakeService,
    language: str,
    outcome: Outcome,
) -> None:
    assert install_language(qapp, language)
    service.answers["ticket"] = RESULTS[outcome]
    window = make_window(result_timeout_s=LONG)
    scan(qtbot, window, "ticket")
    assert isinstance(current_screen(window), RefusalScreen)
    text = outcome_text(outcome)
    assert text.title == TITLES[language, outcome]
    for words in (text.title, text.body, text.where):
        qtbot.waitUntil(lambda words=words: shows(window, words))  # type: ignore[misc]
    assert text.to_desk  # the desk's place is shown under it
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert window.layoutDirection() == expected
    shots = os.environ.get("KIOSK_SHOTS")
    flash = window.findChild(QWidget, "flash")
    assert flash is not None
    if shots:  # first the flash over the screen, then the screen once the flash has faded
        Path(shots).mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(Path(shots) / f"flash-{outcome.value}-{language}.png"))
    qtbot.waitUntil(lambda: not flash.isVisible(), timeout=10_000)
    if shots:
        name = f"refusal-{outcome.value}-{language}.png"
        assert window.grab().save(str(Path(shots) / name))


def test_a_genuine_ticket_is_called_genuine_and_is_not_the_visitors_fault(
    qapp: QApplication,
) -> None:
    for language, word in GENUINE.items():
        install_language(qapp, language)
        text = outcome_text(Outcome.NOT_SYNCED_YET)
        assert word in text.body
        assert text.tone is Tone.NOTICE  # the attention cue, not the refusal's
    assert outcome_text(Outcome.BLOCKED).tone is Tone.REFUSAL


def test_a_blocked_ticket_shows_its_number_and_no_name(
    qtbot: QtBot, make_window: MakeWindow, service: FakeService
) -> None:
    service.answers["ticket"] = RESULTS[Outcome.BLOCKED]
    window = make_window(result_timeout_s=LONG)
    scan(qtbot, window, "ticket")
    qtbot.waitUntil(lambda: shows(window, "Ticket blocked"))
    assert any("202" in text for text in visible_texts(window))
