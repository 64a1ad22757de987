"""`kiosk scan-test`: every input shows up with its timing, its reading and the kiosk's answer."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.app import check_in_service_factory, clock_for, read_settings
from kiosk.paths import Home
from kiosk.scan.burst import Verdict
from kiosk.scan.keyboard import KeyboardCollector
from kiosk.scan.layouts import DigitLayout, type_through
from kiosk.scan.serial import SerialOptions, SerialScanner
from kiosk.services.demo import init_demo, issue_demo_code
from kiosk.store import journal, open_database
from kiosk.ui.admin.scan_test import ScanTestEntry, ScanTestWindow, entry_json, shown
from kiosk.ui.background import CheckInRunner

REGISTRATION = 22_000_011


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Home:
    home = Home(tmp_path_factory.mktemp("scan-test"))
    init_demo(home, count=200)
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def keyboard(qapp: QApplication, clock: FakeClock) -> Iterator[KeyboardCollector]:
    collector = KeyboardCollector(clock=clock)
    qapp.installEventFilter(collector)
    yield collector
    qapp.removeEventFilter(collector)


@pytest.fixture
def runner(demo_home: Home) -> Iterator[CheckInRunner]:
    runner = CheckInRunner(check_in_service_factory(demo_home, read_settings(demo_home)))
    yield runner
    assert runner.stop()


def show(qtbot: QtBot, window: ScanTestWindow) -> list[ScanTestEntry]:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    entries: list[ScanTestEntry] = []
    window.analysed.connect(entries.append)
    return entries


def type_into(window: ScanTestWindow, text: str, clock: FakeClock, gap: float) -> None:
    handle = window.windowHandle()
    assert handle is not None
    for char in text:
        clock.now += gap
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, handle, key, char, Qt.KeyboardModifier.NoModifier)


def press_enter(window: ScanTestWindow, clock: FakeClock) -> None:
    handle = window.windowHandle()
    assert handle is not None
    clock.now += 0.003
    QTest.keyClick(handle, Qt.Key.Key_Return)


def test_a_scan_through_a_french_layout_shows_how_it_was_read_and_checks_no_one_in(
    qtbot: QtBot,
    keyboard: KeyboardCollector,
    runner: CheckInRunner,
    demo_home: Home,
    clock: FakeClock,
) -> None:
    window = ScanTestWindow(keyboard, None, runner, 3.0)
    entries = show(qtbot, window)
    now = clock_for(read_settings(demo_home))()
    typed = type_through(issue_demo_code(demo_home, REGISTRATION, now), DigitLayout.FR_HOST)
    type_into(window, typed, clock, 0.003)
    press_enter(window, clock)
    qtbot.waitUntil(lambda: bool(entries), timeout=10_000)
    (entry,) = entries
    assert entry.verdict is Verdict.SCAN
    assert entry.result is not None
    assert entry.result.layout == "qwerty-scanner-on-fr-host"
    assert entry.gaps_ms == pytest.approx((3.0,) * (len(typed) - 1))
    text = window.log_text
    assert "SCAN" in text
    assert "qwerty-scanner-on-fr-host" in text
    assert "signed code: Welcome" in text
    assert f"registration {REGISTRATION}" in text
    assert "keys 3.0 to 3.0 ms apart" in text
    db = open_database(demo_home.database)
    try:
        assert journal.count_check_ins(db) == 0  # scan-test only looks
    finally:
        db.close()


def test_typing_is_shown_as_typing_and_reaches_the_field(
    qtbot: QtBot, keyboard: KeyboardCollector, clock: FakeClock
) -> None:
    window = ScanTestWindow(keyboard, None, None, 3.0)
    entries = show(qtbot, window)
    field = window.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    type_into(window, "abc", clock, 0.150)
    press_enter(window, clock)
    qtbot.waitUntil(lambda: bool(entries))  # once the typing pauses
    (entry,) = entries
    assert (entry.verdict, entry.raw) == (Verdict.TYPING, "abc")
    assert entry.gaps_ms == pytest.approx((150.0, 150.0))
    assert field.text() == "abc"
    assert "keys 150.0 to 150.0 ms apart" in window.log_text
    assert "TYPING" in window.log_text
    assert "handed on to the focused field as typing" in window.log_text


def test_without_a_database_scans_are_shown_but_not_checked(
    qtbot: QtBot, keyboard: KeyboardCollector, clock: FakeClock
) -> None:
    window = ScanTestWindow(keyboard, None, None, 3.0)
    entries = show(qtbot, window)
    type_into(window, "0123456789", clock, 0.002)
    press_enter(window, clock)
    qtbot.waitUntil(lambda: bool(entries))
    assert entries[0].error
    assert "no kiosk database" in window.log_text


def test_the_serial_scanner_shows_its_state_and_raw_bytes(
    qtbot: QtBot, qapp: QApplication, runner: CheckInRunner
) -> None:
    master, slave = os.openpty()
    scanner = SerialScanner(SerialOptions(os.ttyname(slave)))
    try:
        window = ScanTestWindow(None, scanner, runner, 3.0)
        entries = show(qtbot, window)
        assert "Serial scanner" in status_text(window)
        assert "connected" not in status_text(window)
        scanner.start()
        qtbot.waitUntil(lambda: "connected" in status_text(window))
        os.write(master, b"\xffjunk\r\n")
        qtbot.waitUntil(lambda: bool(entries), timeout=10_000)
    finally:
        scanner.stop()
        os.close(master)
        os.close(slave)
    entry = entries[0]
    assert entry.raw_bytes == b"\xffjunk\r\n"
    assert entry.result is not None
    assert entry.result.outcome.value == "malformed"
    assert "bytes: ff 6a 75 6e 6b 0d 0a" in window.log_text
    assert "Keyboard wedge: off" in status_text(window)


def status_text(window: ScanTestWindow) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel))


def test_the_json_of_an_entry(
    qtbot: QtBot, keyboard: KeyboardCollector, runner: CheckInRunner, clock: FakeClock
) -> None:
    window = ScanTestWindow(keyboard, None, runner, 3.0)
    entries = show(qtbot, window)
    type_into(window, "12345678", clock, 0.002)
    press_enter(window, clock)
    qtbot.waitUntil(lambda: bool(entries), timeout=10_000)
    data = entry_json(entries[0])
    assert data["source"] == "scanner"
    assert data["verdict"] == "scan"
    assert data["raw"] == "12345678"
    assert data["readings"] == [{"digits": 8, "mapping": ""}]
    assert data["outcome"] == "malformed"
    assert data["gaps_ms"] == [2.0] * 7


def test_a_repeat_is_flagged_as_the_kiosk_would_ignore_it(
    qtbot: QtBot, keyboard: KeyboardCollector, clock: FakeClock
) -> None:
    window = ScanTestWindow(keyboard, None, None, 3.0)
    entries = show(qtbot, window)
    for _ in range(2):
        type_into(window, "0123456789", clock, 0.002)
        press_enter(window, clock)
    qtbot.waitUntil(lambda: len(entries) == 2)
    assert [e.repeat for e in entries] == [False, True]
    assert "within the debounce time" in window.log_text


def test_control_characters_are_made_visible() -> None:
    assert shown("12\x1b[31m\x00") == "12\\x1b[31m\\x00"
    assert shown("7" * 130).endswith("… (+10)")
