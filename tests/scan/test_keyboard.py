"""The keyboard wedge: scanner bursts into any widget become scans; typing reaches the widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.model import ScanSource
from kiosk.scan.burst import MAX_SCAN_CHARS, BurstEnd, BurstRules, Suffix, Verdict
from kiosk.scan.keyboard import KeyboardCollector

CODE = "0123456789"
FAST, SLOW = 0.004, 0.150  # seconds between keys: a scanner, a person


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Desk(QWidget):
    """A window with a text field, like the staff desk's search."""

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.button = QPushButton("Search")
        self.returns = 0
        self.field.returnPressed.connect(self._count_return)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.button)

    def _count_return(self) -> None:
        self.returns += 1

    def handle(self) -> QWindow:
        handle = self.windowHandle()
        assert handle is not None
        return handle


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


MakeCollector = Callable[..., KeyboardCollector]


@pytest.fixture
def make_collector(qapp: QApplication, clock: FakeClock) -> Iterator[MakeCollector]:
    made: list[KeyboardCollector] = []

    def make(**rules: object) -> KeyboardCollector:
        collector = KeyboardCollector(rules=BurstRules(**rules), clock=clock)  # type: ignore[arg-type]
        qapp.installEventFilter(collector)
        made.append(collector)
        return collector

    yield make
    for collector in made:
        qapp.removeEventFilter(collector)
        collector.deleteLater()


@pytest.fixture
def collector(make_collector: MakeCollector) -> KeyboardCollector:
    return make_collector()


@pytest.fixture
def desk(qtbot: QtBot) -> Desk:
    desk = Desk()
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    desk.activateWindow()
    desk.field.setFocus()
    return desk


def key(window: QWindow, key: Qt.Key, text: str = "", modifiers: object = None) -> None:
    mods = modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier
    QTest.sendKeyEvent(QTest.KeyAction.Click, window, key, text, mods)  # type: ignore[arg-type]


def type_text(window: QWindow, text: str, clock: FakeClock, gap: float) -> None:
    """Type through the window, as a keyboard (or a wedge scanner) does, ``gap`` s apart."""
    for char in text:
        clock.now += gap
        key(window, Qt.Key(ord(char.upper())), char)


def scan(window: QWindow, text: str, clock: FakeClock, suffix: Qt.Key = Qt.Key.Key_Return) -> None:
    type_text(window, text, clock, FAST)
    clock.now += FAST
    key(window, suffix)


def scans_of(collector: KeyboardCollector) -> list[tuple[str, ScanSource]]:
    seen: list[tuple[str, ScanSource]] = []
    collector.scanned.connect(lambda text, source: seen.append((text, source)))
    return seen


def let_the_burst_end(qtbot: QtBot, clock: FakeClock, collector: KeyboardCollector) -> None:
    """Time passes with no key: the wedge's timer notices and ends what it holds."""
    clock.now += 1.0
    with qtbot.waitSignal(collector.burst_ended, timeout=2000):
        pass


def test_a_burst_ended_by_enter_is_one_scan(
    collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    seen = scans_of(collector)
    scan(desk.handle(), CODE, clock)
    assert seen == [(CODE, ScanSource.SCANNER)]


def test_a_burst_into_a_focused_text_field_leaves_nothing_in_it(
    collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    desk.field.setText("Diallo")
    seen = scans_of(collector)
    scan(desk.handle(), CODE, clock)
    assert seen == [(CODE, ScanSource.SCANNER)]
    assert desk.field.text() == "Diallo"
    assert desk.returns == 0  # the scanner's Enter did not submit the field either


def test_typing_at_a_persons_speed_reaches_the_field_and_is_not_a_scan(
    qtbot: QtBot, collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    seen = scans_of(collector)
    type_text(desk.handle(), "maria garcia", clock, SLOW)
    clock.now += SLOW
    key(desk.handle(), Qt.Key.Key_Return)
    assert desk.field.text() == "maria garcia"
    assert desk.returns == 1
    assert seen == []


def test_the_last_typed_key_arrives_when_no_other_follows(
    qtbot: QtBot, collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    type_text(desk.handle(), "li", clock, SLOW)
    assert desk.field.text() == "l"  # "i" might still start a burst: held for a moment
    let_the_burst_end(qtbot, clock, collector)
    assert desk.field.text() == "li"


def test_typing_after_a_scan_still_works(
    qtbot: QtBot, collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    seen = scans_of(collector)
    scan(desk.handle(), CODE, clock)
    clock.now += 1.0
    type_text(desk.handle(), "wei", clock, SLOW)
    let_the_burst_end(qtbot, clock, collector)
    assert desk.field.text() == "wei"
    assert len(seen) == 1


def test_a_short_fast_run_is_typing(
    qtbot: QtBot, collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    seen = scans_of(collector)
    scan(desk.handle(), "42", clock)  # shorter than min_length (8)
    assert seen == []
    assert desk.field.text() == "42"
    assert desk.returns == 1


def test_a_burst_without_its_suffix_is_handed_to_the_field(
    qtbot: QtBot, collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    ended: list[BurstEnd] = []
    collector.burst_ended.connect(ended.append)
    type_text(desk.handle(), CODE, clock, FAST)
    assert desk.field.text() == ""
    let_the_burst_end(qtbot, clock, collector)
    assert desk.field.text() == CODE  # nothing is lost; nothing is checked in
    assert [end.verdict for end in ended] == [Verdict.NO_SUFFIX]


def test_with_no_suffix_a_burst_is_a_scan_when_the_keys_stop(
    qtbot: QtBot, make_collector: MakeCollector, desk: Desk, clock: FakeClock
) -> None:
    collector = make_collector(suffix=Suffix.NONE)
    seen = scans_of(collector)
    type_text(desk.handle(), CODE, clock, FAST)
    let_the_burst_end(qtbot, clock, collector)
    assert seen == [(CODE, ScanSource.SCANNER)]
    assert desk.field.text() == ""


def test_tab_suffix(make_collector: MakeCollector, desk: Desk, clock: FakeClock) -> None:
    collector = make_collector(suffix=Suffix.TAB)
    seen = scans_of(collector)
    scan(desk.handle(), CODE, clock, suffix=Qt.Key.Key_Tab)
    assert seen == [(CODE, ScanSource.SCANNER)]
    assert desk.field.hasFocus()  # the scanner's Tab did not move the focus


def test_the_gap_is_configurable(
    make_collector: MakeCollector, desk: Desk, clock: FakeClock
) -> None:
    collector = make_collector(max_gap_s=0.200)  # a slow scanner model
    seen = scans_of(collector)
    type_text(desk.handle(), CODE, clock, 0.150)
    clock.now += 0.150
    key(desk.handle(), Qt.Key.Key_Return)
    assert seen == [(CODE, ScanSource.SCANNER)]


def test_keypad_digits_with_num_lock_off_still_read(
    collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    seen = scans_of(collector)
    keypad = Qt.KeyboardModifier.KeypadModifier
    navigation = [Qt.Key.Key_End, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Left]
    for nav in navigation * 2 + [Qt.Key.Key_Clear, Qt.Key.Key_Insert]:
        clock.now += FAST
        key(desk.handle(), nav, "", keypad)
    clock.now += FAST
    key(desk.handle(), Qt.Key.Key_Enter, "", keypad)
    assert seen == [("1234123450", ScanSource.SCANNER)]


def test_a_persons_editing_key_is_never_held(
    qtbot: QtBot, collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    desk.field.setText("abc")
    desk.field.selectAll()
    clock.now += 1
    key(desk.handle(), Qt.Key.Key_Backspace)
    assert desk.field.text() == ""  # not held: Backspace is never part of a scan


def test_keys_reach_the_field_in_the_order_they_were_typed(
    qtbot: QtBot, collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    type_text(desk.handle(), "ab", clock, FAST)
    clock.now += FAST
    key(desk.handle(), Qt.Key.Key_Left)  # a person's key right after a fast pair
    type_text(desk.handle(), "c", clock, SLOW)
    let_the_burst_end(qtbot, clock, collector)
    assert desk.field.text() == "acb"


def test_an_over_long_burst_is_still_one_scan_that_is_too_long(
    collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    seen = scans_of(collector)
    scan(desk.handle(), "7" * (MAX_SCAN_CHARS + 50), clock)
    assert len(seen) == 1
    assert len(seen[0][0]) == MAX_SCAN_CHARS + 1  # bounded, but visibly over the limit


def test_burst_ended_reports_each_key_and_its_gap_for_scan_test(
    collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    ended: list[BurstEnd] = []
    collector.burst_ended.connect(ended.append)
    scan(desk.handle(), CODE, clock)
    assert len(ended) == 1
    assert ended[0].verdict is Verdict.SCAN
    assert "".join(k.text for k in ended[0].keys) == CODE
    assert [k.gap_ms for k in ended[0].keys[1:]] == pytest.approx([FAST * 1000] * 9)


def test_disabled_collector_lets_everything_through(
    collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    seen = scans_of(collector)
    collector.set_enabled(False)
    scan(desk.handle(), CODE, clock)
    assert seen == []
    assert desk.field.text() == CODE
    assert not collector.is_enabled()


def test_disabling_hands_on_what_was_held(
    collector: KeyboardCollector, desk: Desk, clock: FakeClock
) -> None:
    type_text(desk.handle(), "half", clock, FAST)
    collector.set_enabled(False)
    assert desk.field.text() == "half"


def test_keys_keep_their_own_times_when_they_queue_up(qapp: QApplication, desk: Desk) -> None:
    """Without a test clock the times come from the events: a person's keys that queued up while
    the window was busy arrive back to back, but their time stamps are 150 ms apart."""
    collector = KeyboardCollector()
    qapp.installEventFilter(collector)
    seen = scans_of(collector)
    try:
        for i, char in enumerate("12345678\r"):
            qt_key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, qt_key, Qt.KeyboardModifier.NoModifier, char.strip())
                event.setTimestamp(1_000_000 + i * 150)
                QCoreApplication.sendEvent(desk.handle(), event)
    finally:
        qapp.removeEventFilter(collector)
    assert seen == []
    assert desk.field.text() == "12345678"
    assert desk.returns == 1


def test_source_is_configurable(qapp: QApplication, desk: Desk, clock: FakeClock) -> None:
    collector = KeyboardCollector(source=ScanSource.TYPED, clock=clock)
    qapp.installEventFilter(collector)
    try:
        seen = scans_of(collector)
        scan(desk.handle(), CODE, clock)
    finally:
        qapp.removeEventFilter(collector)
    assert seen == [(CODE, ScanSource.TYPED)]
