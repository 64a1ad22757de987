"""Accessibility: names for every control, large text that still fits, 15 mm targets, cue texts.

Every path runs in English, Arabic and Chinese.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, EVENT_TITLE, FakeService, MakeWindow, current_screen

from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.services.check_in import ScanResult
from kiosk.settings import SettingsError, load_settings
from kiosk.ui.accessibility import (
    FALLBACK_DPI,
    LARGE_TEXT_CAP_PX,
    TOUCH_MM,
    TextSize,
    physical_dpi,
    touch_px,
)
from kiosk.ui.background import CheckInRunner
from kiosk.ui.feedback import Cue, Feedback, Flash
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.refusal import RefusalScreen
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UiOptions

LANGUAGES = ("en", "ar", "zh")
LONG = 60.0
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
)
# Kiosk screens of three shapes and plausible dpi: 23.8" landscape, 10.1" tablet, 21.5" portrait.
SCREEN_SIZES = {
    "1920x1080": (1920, 1080, 93.0),
    "1280x800": (1280, 800, 149.0),
    "1080x1920": (1080, 1920, 102.0),
}
LONGEST = replace(
    AMINA,
    badge_name="His Excellency Dr. Aleksandr Konstantinovich Vorontsov-Dashkov-Romanovsky",
    category_label="High-Level Track Speaker",
    print_error="paper out: load a new roll and close the cover",
)
DISK_FULL = (
    "the disk holding the database /home/kiosk/.local/share/un-kiosk/kiosk.db is full "
    "(database or disk is full); free some space (ref 1a2b3c4d)"
)

Show = Callable[[MainWindow], QWidget]


def screen(window: MainWindow, kind: type[QWidget]) -> QWidget:
    found = window.findChild(kind)
    assert found is not None
    return found


def welcome(result: ScanResult) -> Show:
    def show(window: MainWindow) -> QWidget:
        shown = screen(window, WelcomeScreen)
        assert isinstance(shown, WelcomeScreen)
        shown.show_result(result)
        return shown

    return show


def refusal(outcome: Outcome | None, failure: str = "OperationalError, ref 1a2b3c4d") -> Show:
    def show(window: MainWindow) -> QWidget:
        shown = screen(window, RefusalScreen)
        assert isinstance(shown, RefusalScreen)
        if outcome is None:
            shown.show_failure(failure)
        else:
            shown.show_result(ScanResult(outcome, registration_id=1234567))
        return shown

    return show


RESULTS: dict[str, Show] = {
    "welcome": welcome(AMINA),
    "welcome-longest": welcome(LONGEST),
    **{outcome.value: refusal(outcome) for outcome in Outcome if not outcome.is_success},
    "failure": refusal(None),
    "failure-disk-full": refusal(None, DISK_FULL),
}
SCREENS: dict[str, Show] = {
    "attract": lambda window: screen(window, AttractScreen),
    "checking": lambda window: screen(window, CheckingScreen),
    **RESULTS,
}


def show(qtbot: QtBot, window: MainWindow, setup: Show) -> QWidget:
    shown = setup(window)
    stack = window.findChild(QStackedWidget)
    assert stack is not None
    stack.setCurrentWidget(shown)
    settle(qtbot)
    return shown


def settle(qtbot: QtBot) -> None:
    """Let the posted layout passes (language, text size, resize) run."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    qtbot.wait(10)


def speak(qtbot: QtBot, qapp: QApplication, window: MainWindow, language: str) -> None:
    install_language(qapp, language)
    done = screen(window, RefusalScreen).findChild(QPushButton, "done")
    assert done is not None
    qtbot.waitUntil(lambda: done.text() == QCoreApplication.translate("ResultScreen", "Done"))


def text_size(window: MainWindow) -> TextSize:
    found = window.findChild(TextSize)
    assert found is not None
    return found


def controls(widget: QWidget) -> list[QWidget]:
    return [c for c in widget.findChildren(QWidget) if isinstance(c, CONTROLS) and c.isVisible()]


def large_text_button(window: MainWindow) -> QAbstractButton:
    found = window.findChild(QPushButton, "largeText")
    assert found is not None
    return found


def in_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


# --- accessible names -------------------------------------------------------------------------


def test_every_control_and_screen_has_an_accessible_name_in_the_visitors_language(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow
) -> None:
    window = make_window(result_timeout_s=LONG, idle_timeout_s=LONG)
    english: dict[str, str] = {}
    for language in LANGUAGES:
        speak(qtbot, qapp, window, language)
        for name, setup in SCREENS.items():
            shown = show(qtbot, window, setup)
            assert shown.accessibleName(), f"{language} {name}: the screen has no name"
            assert shown.accessibleDescription(), f"{language} {name}: no description"
            nameless = [type(c).__name__ for c in controls(window) if not c.accessibleName()]
            assert nameless == [], f"{language} {name}"
            names = {
                f"{name}/{c.objectName() or c.accessibleName()}": c.accessibleName()
                for c in controls(shown)
            }
            names[name] = shown.accessibleName()
            if language == "en":
                english.update(names)
                continue
            for key, text in names.items():
                if "/" in key and key.split("/")[1] not in ("done", "largeText"):
                    continue  # a language button keeps its own language's name
                assert text != english[key], f"{language}: {key} is still English: {text!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_and_large_text_buttons_say_what_they_do(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, language: str
) -> None:
    window = make_window()
    speak(qtbot, qapp, window, language)
    large = large_text_button(window)
    assert large.accessibleName() == QCoreApplication.translate("AttractScreen", "Larger text")
    assert large.accessibleDescription()
    buttons = [b for b in screen(window, AttractScreen).findChildren(QPushButton) if b.text()]
    assert [b.accessibleName() for b in buttons] == [b.text() for b in buttons]
    assert all(b.accessibleDescription() for b in buttons)


# --- large text -------------------------------------------------------------------------------


def clipped_labels(shown: QWidget) -> list[str]:
    """Visible labels given less room than their text needs."""
    clipped = []
    for label in shown.findChildren(QLabel):
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_large_text_is_larger_and_every_screen_still_fits_1280x800(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, language: str
) -> None:
    window = make_window(result_timeout_s=LONG, idle_timeout_s=LONG)
    speak(qtbot, qapp, window, language)
    hint = screen(window, AttractScreen).findChild(QLabel, "hint")
    assert hint is not None
    normal_px = hint.font().pixelSize()
    text_size(window).set_large(True)
    settle(qtbot)
    assert hint.font().pixelSize() == min(LARGE_TEXT_CAP_PX, round(normal_px * 1.25))
    assert large_text_button(window).isChecked()
    shots = os.environ.get("KIOSK_SHOTS")  # a folder: keep a PNG of each screen to look at
    for name, setup in SCREENS.items():
        shown = show(qtbot, window, setup)
        with contextlib.suppress(TimeoutError):  # the layout passes a new text causes
            qtbot.waitUntil(lambda shown=shown: not clipped_labels(shown), timeout=1000)
        assert (window.width(), window.height()) == (1280, 800), f"{language} {name} grew"
        assert clipped_labels(shown) == [], f"{language} {name}"
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            assert window.grab().save(str(Path(shots) / f"large-{name}-{language}.png"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_large_text_goes_back_to_normal_on_done_and_when_idle(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, service: FakeService, language: str
) -> None:
    window = make_window(result_timeout_s=LONG, idle_timeout_s=0.2)
    speak(qtbot, qapp, window, language)
    large = large_text_button(window)
    large.click()
    assert text_size(window).large
    qtbot.waitUntil(lambda: not text_size(window).large, timeout=5000)  # idle on attract
    assert not large.isChecked()
    large.click()
    service.answers["code"] = AMINA
    window.on_scanned("code", ScanSource.SCANNER)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen))
    assert text_size(window).large  # the visitor keeps it while reading their result
    done = current_screen(window).findChild(QPushButton, "done")
    assert done is not None
    done.click()
    assert isinstance(current_screen(window), AttractScreen)
    assert not text_size(window).large
    assert not large.isChecked()


# --- where controls sit, and how big they are -------------------------------------------------


@pytest.mark.parametrize("size", list(SCREEN_SIZES))
def test_done_sits_where_the_attract_screen_has_no_control(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, size: str
) -> None:
    width, height, dpi = SCREEN_SIZES[size]
    window = make_window(result_timeout_s=LONG, idle_timeout_s=LONG, screen_dpi=dpi)
    window.resize(width, height)
    attract_controls: list[tuple[str, QRect]] = []
    done_rects: list[tuple[str, QRect]] = []
    for language in LANGUAGES:
        speak(qtbot, qapp, window, language)
        text_size(window).set_large(False)
        attract = show(qtbot, window, SCREENS["attract"])
        attract_controls += [
            (f"{language} {c.accessibleName()}", in_window(window, c)) for c in controls(attract)
        ]
        for large in (False, True):
            text_size(window).set_large(large)
            for name, setup in RESULTS.items():
                shown = show(qtbot, window, setup)
                done = shown.findChild(QPushButton, "done")
                assert done is not None
                done_rects.append((f"{language} {name} large={large}", in_window(window, done)))
    assert len(attract_controls) >= 3 * 7  # six languages and larger text, in each language
    overlaps = [
        f"Done ({where}) on {control}"
        for where, rect in done_rects
        for control, other in attract_controls
        if rect.intersects(other)
    ]
    assert overlaps == []


@pytest.mark.parametrize("size", list(SCREEN_SIZES))
def test_every_button_is_at_least_15_mm_on_the_kiosk_screen(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, size: str
) -> None:
    width, height, dpi = SCREEN_SIZES[size]
    window = make_window(result_timeout_s=LONG, idle_timeout_s=LONG, screen_dpi=dpi)
    window.resize(width, height)
    smallest = math.ceil(TOUCH_MM / 25.4 * dpi)
    assert text_size(window).touch_px >= smallest
    for language in LANGUAGES:
        speak(qtbot, qapp, window, language)
        for large in (False, True):
            text_size(window).set_large(large)
            for name, setup in SCREENS.items():
                shown = show(qtbot, window, setup)
                small = [
                    f"{c.accessibleName()} {c.width()}x{c.height()}"
                    for c in controls(shown)
                    if min(c.width(), c.height()) < smallest
                ]
                assert small == [], f"{size} {language} {name} large={large}"


def test_touch_targets_follow_the_dpi() -> None:
    assert touch_px(96) == 80  # the theme's own minimum: 80 px is 21 mm at 96 dpi
    assert touch_px(149) == 88  # a 10.1" 1280x800 screen
    assert touch_px(300) == 178


def test_the_dpi_comes_from_the_setting_else_a_sane_screen_else_96(
    qtbot: QtBot, qapp: QApplication
) -> None:
    assert physical_dpi(qapp.primaryScreen(), 149.0) == 149.0
    assert physical_dpi(qapp.primaryScreen()) == qapp.primaryScreen().physicalDotsPerInch()
    assert physical_dpi(None) == FALLBACK_DPI


@pytest.mark.parametrize("dpi", ["20", "700", "-96", "nan", "inf", "lots"])
def test_a_bad_screen_dpi_setting_is_refused_with_its_key(tmp_path: Path, dpi: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f'[kiosk]\nscreen_dpi = "{dpi}"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"\[kiosk\] screen_dpi"):
        load_settings(path, environ={})


def test_a_screen_dpi_setting_reaches_the_kiosk_options(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[kiosk]\nscreen_dpi = 149\n", encoding="utf-8")
    assert load_settings(path, environ={}).screen_dpi == 149.0
    assert load_settings(path, environ={"KIOSK_SCREEN_DPI": "0"}).screen_dpi == 0.0
    with pytest.raises(ValueError, match="screen_dpi"):
        UiOptions(EVENT_TITLE, screen_dpi=10)


# --- every sound has a text -------------------------------------------------------------------


class RecordingPlayer:
    def __init__(self) -> None:
        self.played: list[Cue] = []

    def play(self, cue: Cue) -> None:
        self.played.append(cue)


ANSWERS: dict[str, ScanResult | Exception] = {
    "welcome": AMINA,
    "not-printed": replace(AMINA, print_error="paper out"),
    **{o.value: ScanResult(o, registration_id=77) for o in Outcome if not o.is_success},
    "failure": RuntimeError("database is locked"),
}


@pytest.fixture
def heard(qtbot: QtBot, runner: CheckInRunner) -> tuple[MainWindow, RecordingPlayer]:
    player = RecordingPlayer()
    feedback = Feedback(player)
    window = MainWindow(runner, UiOptions(EVENT_TITLE, result_timeout_s=LONG), feedback=feedback)
    feedback.setParent(window)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window, player


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sound_cue_comes_with_its_text_on_screen(
    qtbot: QtBot,
    qapp: QApplication,
    service: FakeService,
    heard: tuple[MainWindow, RecordingPlayer],
    language: str,
) -> None:
    window, player = heard
    speak(qtbot, qapp, window, language)
    flash = window.findChild(Flash)
    assert flash is not None
    for code, answer in ANSWERS.items():
        service.answers[code] = answer
        count = len(player.played)
        window.on_scanned(code, ScanSource.SCANNER)
        qtbot.waitUntil(lambda count=count: len(player.played) > count)
        band = current_screen(window).findChild(QLabel, "band")
        assert band is not None
        assert flash.isVisible(), f"{language} {code}: a sound with no flash"
        assert flash.title, f"{language} {code}: a sound with no text"
        assert flash.title == band.text(), f"{language} {code}"
        if language != "en":
            assert flash.title.isascii() is False, f"{language} {code}: {flash.title!r}"
    assert set(player.played) == set(Cue)
