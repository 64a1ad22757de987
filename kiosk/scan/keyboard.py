"""Keyboard-wedge scanners: a fast burst of keys into any window of the application is a scan.

One application-wide event filter sees every key once, at the window, before any widget does.
Keys that may start a burst are held back for at most ``max_gap_ms``. If more keys follow that
fast and the scanner's suffix ends them, the burst becomes one ``scanned`` signal and no widget
ever sees its keys: a scan into a focused text field leaves nothing in the field. Anything slower
(a person typing) or shorter is handed on to the window as if it had never been held, in the
same order, so typing at the staff desk works as usual, about 35 ms later.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent

from kiosk.core.model import ScanSource
from kiosk.scan.burst import (
    MAX_SCAN_CHARS,
    BurstEnd,
    BurstRules,
    BurstTracker,
    KeyKind,
    Step,
)

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

__all__ = ["MAX_SCAN_CHARS", "KeyboardCollector", "key_kind"]

log = logging.getLogger(__name__)

_SUFFIX_KEYS = {Qt.Key.Key_Return: KeyKind.ENTER, Qt.Key.Key_Enter: KeyKind.ENTER}
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
_DEAD_KEYS = range(Qt.Key.Key_Dead_Grave.value, Qt.Key.Key_Dead_Longsolidusoverlay.value + 1)
# Scanners in "keypad" mode type digits on the numeric keypad; with Num Lock off, the host turns
# them into these navigation keys (and no text).
_KEYPAD_DIGITS = {
    Qt.Key.Key_Insert: "0",
    Qt.Key.Key_End: "1",
    Qt.Key.Key_Down: "2",
    Qt.Key.Key_PageDown: "3",
    Qt.Key.Key_Left: "4",
    Qt.Key.Key_Clear: "5",
    Qt.Key.Key_Right: "6",
    Qt.Key.Key_Home: "7",
    Qt.Key.Key_Up: "8",
    Qt.Key.Key_PageUp: "9",
}
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


def key_kind(event: QKeyEvent) -> tuple[KeyKind, str]:
    """What a key press is to a burst, and the text it contributes."""
    key, modifiers, text = event.key(), event.modifiers(), event.text()
    command = modifiers & _COMMAND and not modifiers & Qt.KeyboardModifier.AltModifier
    if event.isAutoRepeat() or command:
        return KeyKind.OTHER, ""  # held keys and shortcuts are a person's (AltGr is Ctrl+Alt)
    if key in _SUFFIX_KEYS:
        return _SUFFIX_KEYS[Qt.Key(key)], ""
    if key == Qt.Key.Key_Tab:
        return KeyKind.TAB, ""
    if key in _MODIFIER_KEYS or key in _DEAD_KEYS:
        return KeyKind.SILENT, ""
    if modifiers & Qt.KeyboardModifier.KeypadModifier and not text and key in _KEYPAD_DIGITS:
        return KeyKind.TEXT, _KEYPAD_DIGITS[Qt.Key(key)]
    if text and text.isprintable():
        return KeyKind.TEXT, text
    return KeyKind.OTHER, ""


class KeyboardCollector(QObject):
    """The wedge: install with ``app.installEventFilter(collector)``.

    ``scanned`` carries each burst's text; ``burst_ended`` carries every run of held keys with its
    timing and verdict (scan, typing, no suffix) for scan-test. Times come from the key events
    themselves (the windowing system stamps them when the key goes down), so keys that queue up
    while the window is busy keep their real gaps; ``clock`` replaces them in tests.
    """

    scanned = Signal(str, ScanSource)
    burst_ended = Signal(object)  # BurstEnd

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        rules: BurstRules | None = None,
        source: ScanSource = ScanSource.SCANNER,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self._rules = rules or BurstRules()
        self._tracker = BurstTracker(self._rules)
        self._source = source
        self._clock = clock
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._swallowed: set[int] = set()  # keys whose release must not reach a widget either
        self._replaying = False
        self._enabled = True
        self._last_receipt = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def rules(self) -> BurstRules:
        return self._rules

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Start or stop recognising scans; anything held is handed on first."""
        self._finish(self._tracker.drop())
        self._enabled = enabled

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Each key reaches the window first, then the focus widget and its parents: acting at the
        # window sees it once, and swallowing it there keeps it from every widget.
        if self._replaying or not self._enabled or not watched.isWindowType():
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.KeyPress:
            return self._on_press(watched, event)
        if event.type() == QEvent.Type.KeyRelease:
            return self._on_release(watched, event)
        return False

    def _on_press(self, window: QObject, event: QKeyEvent) -> bool:
        kind, text = key_kind(event)
        answer = self._tracker.press(kind, text, self._key_time(event))
        self._finish(answer.ended)
        if answer.step is Step.PASS:
            self._swallowed.discard(event.key())
            return False
        self._last_receipt = self._now()
        if answer.step is Step.SWALLOW:
            self._swallowed.add(event.key())
            return True
        self._hold(window, event)
        self._timer.start(self._gap_ms())
        return True

    def _on_release(self, window: QObject, event: QKeyEvent) -> bool:
        if self._tracker.holding:
            self._hold(window, event)
            return True
        if event.key() in self._swallowed:
            self._swallowed.discard(event.key())
            return True
        return False

    def _hold(self, window: QObject, event: QKeyEvent) -> None:
        if len(self._held) <= 2 * MAX_SCAN_CHARS:  # presses and releases of a runaway burst
            self._held.append((window, event.clone()))

    @Slot()
    def _on_timer_timeout(self) -> None:
        waited = self._now() - self._last_receipt
        if waited <= self._rules.max_gap_s:
            self._timer.start(self._gap_ms())
            return
        self._finish(self._tracker.expire())

    def _finish(self, end: BurstEnd | None) -> None:
        if end is None:
            return
        self._timer.stop()
        held, self._held = self._held, []
        self.burst_ended.emit(end)
        if end.is_scan:
            self._swallowed |= _unreleased(held)
            log.debug("keyboard scan of %d chars", len(end.text))
            self.scanned.emit(end.text, self._source)
        else:
            self._hand_on(held)

    def _hand_on(self, held: list[tuple[QObject, QKeyEvent]]) -> None:
        """Deliver held keys to their windows, as if they had never been held."""
        self._replaying = True
        try:
            for window, event in held:
                QCoreApplication.sendEvent(window, event)
        except RuntimeError:  # the window closed meanwhile: its keys have nowhere to go
            log.debug("held keys dropped: their window is gone")
        finally:
            self._replaying = False

    def _key_time(self, event: QKeyEvent) -> float:
        if self._clock is not None:
            return self._clock()
        stamp = event.timestamp()
        return stamp / 1000 if stamp else time.monotonic()

    def _now(self) -> float:
        return self._clock() if self._clock is not None else time.monotonic()

    def _gap_ms(self) -> int:
        return max(1, round(self._rules.max_gap_s * 1000))


def _unreleased(held: list[tuple[QObject, QKeyEvent]]) -> set[int]:
    pressed: set[int] = set()
    for _, event in held:
        if event.type() == QEvent.Type.KeyPress:
            pressed.add(event.key())
        else:
            pressed.discard(event.key())
    return pressed
