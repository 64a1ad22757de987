"""The keyboard-wedge collector: keys typed into a window become one scan per Enter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.model import ScanSource
from kiosk.scan.keyboard import MAX_SCAN_CHARS, KeyboardCollector


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def collector(qapp: QCoreApplication, clock: FakeClock) -> Iterator[KeyboardCollector]:
    collector = KeyboardCollector(pause_s=2.0, clock=clock)
    qapp.installEventFilter(collector)
    yield collector
    qapp.removeEventFilter(collector)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QWindow]:
    window = QWindow()
    window.resize(200, 100)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.destroy()


def type_keys(window: QWindow, text: str) -> None:
    """Type through the window, the way a keyboard (and a wedge scanner) delivers keys."""
    for char in text:
        key = Qt.Key(ord(char.upper()))
        QTest.sendKeyEvent(QTest.KeyAction.Click, window, key, char, Qt.KeyboardModifier.NoModifier)


def scans_of(collector: KeyboardCollector) -> list[tuple[str, ScanSource]]:
    seen: list[tuple[str, ScanSource]] = []
    collector.scanned.connect(lambda text, source: seen.append((text, source)))
    return seen


def test_keys_ended_by_enter_are_one_scan(collector: KeyboardCollector, window: QWindow) -> None:
    seen = scans_of(collector)
    type_keys(window, "0123456789")
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert seen == [("0123456789", ScanSource.SCANNER)]


def test_keypad_enter_also_ends_a_scan(collector: KeyboardCollector, window: QWindow) -> None:
    seen = scans_of(collector)
    type_keys(window, "42")
    QTest.keyClick(window, Qt.Key.Key_Enter)
    assert seen == [("42", ScanSource.SCANNER)]


def test_two_scans_in_a_row_stay_apart(collector: KeyboardCollector, window: QWindow) -> None:
    seen = scans_of(collector)
    type_keys(window, "111")
    QTest.keyClick(window, Qt.Key.Key_Return)
    type_keys(window, "222")
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert [text for text, _ in seen] == ["111", "222"]


def test_no_scan_without_enter(collector: KeyboardCollector, window: QWindow) -> None:
    seen = scans_of(collector)
    type_keys(window, "0123")
    assert seen == []


def test_a_bare_enter_is_not_a_scan(collector: KeyboardCollector, window: QWindow) -> None:
    seen = scans_of(collector)
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert seen == []


def test_non_printable_keys_are_left_out(collector: KeyboardCollector, window: QWindow) -> None:
    seen = scans_of(collector)
    type_keys(window, "12")
    QTest.keyClick(window, Qt.Key.Key_Tab)
    QTest.keyClick(window, Qt.Key.Key_Shift)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    type_keys(window, "3")
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert seen == [("123", ScanSource.SCANNER)]


def test_a_long_pause_drops_the_half_typed_text(
    collector: KeyboardCollector, window: QWindow, clock: FakeClock
) -> None:
    seen = scans_of(collector)
    type_keys(window, "stale")
    clock.now += 2.5
    type_keys(window, "fresh")
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert seen == [("fresh", ScanSource.SCANNER)]


def test_a_short_pause_keeps_the_text(
    collector: KeyboardCollector, window: QWindow, clock: FakeClock
) -> None:
    seen = scans_of(collector)
    type_keys(window, "12")
    clock.now += 1.5
    type_keys(window, "34")
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert seen == [("1234", ScanSource.SCANNER)]


def test_over_long_input_still_ends_in_a_scan_that_is_too_long(
    collector: KeyboardCollector, window: QWindow
) -> None:
    seen = scans_of(collector)
    type_keys(window, "7" * (MAX_SCAN_CHARS + 50))
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert len(seen) == 1
    assert len(seen[0][0]) == MAX_SCAN_CHARS + 1  # kept bounded, but visibly over the limit


def test_disabled_collector_ignores_keys(collector: KeyboardCollector, window: QWindow) -> None:
    seen = scans_of(collector)
    collector.set_enabled(False)
    type_keys(window, "999")
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert seen == []
    assert not collector.is_enabled()


def test_disabling_drops_half_typed_text(collector: KeyboardCollector, window: QWindow) -> None:
    seen = scans_of(collector)
    type_keys(window, "half")
    collector.set_enabled(False)
    collector.set_enabled(True)
    type_keys(window, "whole")
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert seen == [("whole", ScanSource.SCANNER)]


def test_source_is_configurable(qapp: QCoreApplication, window: QWindow) -> None:
    collector = KeyboardCollector(source=ScanSource.TYPED)
    qapp.installEventFilter(collector)
    try:
        seen = scans_of(collector)
        type_keys(window, "5")
        QTest.keyClick(window, Qt.Key.Key_Return)
    finally:
        qapp.removeEventFilter(collector)
    assert seen == [("5", ScanSource.TYPED)]
