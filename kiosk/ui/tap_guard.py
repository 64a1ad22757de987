"""Ignoring taps for a moment after a screen change: a double tap never presses the next screen.

A person who taps Done twice (or mashes the screen) would otherwise press whatever control of the
next screen sits under the finger: the Arabic button of the attract screen, for one. The guard is
an application event filter that swallows presses on the stack's widgets for ``guard_ms`` after
each screen change. A press it swallows is part of a run of taps that began on the previous
screen, so it extends the guard by one double-tap interval (never past ``MAX_GUARD_MS`` after the
change): a triple tap is ignored whole, a deliberate tap a moment later is taken.

Switching to or from Arabic mirrors the screen, which moves every control as much as a new
screen does: the guard starts then too.

The figure comes from the platform's double-click interval (``QStyleHints``, 400 ms on Linux and
Windows by default): a double tap's second press falls within that interval of the first, so
``GUARD_FACTOR`` times it (500 ms by default) covers it with a margin, clamped to 400-800 ms so a
misconfigured desktop neither drops the guard nor makes the kiosk feel dead (docs/accessibility.md).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

GUARD_FACTOR = 1.25
MIN_GUARD_MS = 400
MAX_GUARD_MS = 800
RUN_LIMIT_MS = 1500  # a run of swallowed taps never holds the guard longer than this

_PRESSES = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
)
_FOLLOW_UPS = frozenset(
    {
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
    }
)


def guard_ms(double_click_ms: int) -> int:
    """How long taps are ignored after a screen change, from the double-click interval."""
    return min(MAX_GUARD_MS, max(MIN_GUARD_MS, round(double_click_ms * GUARD_FACTOR)))


def monotonic_ms() -> int:
    """The guard's clock (tests replace it to tap at exact moments on a slow machine)."""
    return time.monotonic_ns() // 1_000_000


class TapGuard(QObject):
    """Swallows presses on ``stack``'s screens for a moment after the screen changes or mirrors."""

    def __init__(self, stack: QStackedWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
        self.guard_ms = guard_ms(self._interval)
        self._changed_at = 0
        self._until = 0  # no guard until the first change
        self._holding = False  # a press was swallowed: swallow its release and moves too
        self.swallowed = 0  # presses ignored so far (for tests and the soak)
        stack.currentChanged.connect(self._on_stack_current_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed by Qt when the guard is deleted

    @property
    def active(self) -> bool:
        """True while a tap would be ignored."""
        return _clock() < self._until

    @Slot(int)
    def _on_stack_current_changed(self, _index: int) -> None:
        self._arm()

    def _arm(self) -> None:
        self._changed_at = _clock()
        self._until = self._changed_at + self.guard_ms

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LayoutDirectionChange and watched is self._stack:
            self._arm()  # Arabic mirrors the screen: every control moves under the finger
            return False
        if kind not in _PRESSES and kind not in _FOLLOW_UPS:
            return False
        if not isinstance(watched, QWidget) or not self._stack.isAncestorOf(watched):
            return False
        if kind in _FOLLOW_UPS:
            if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
                held, self._holding = self._holding, False
                return held
            return self._holding
        now = _clock()
        if now >= self._until:
            self._holding = False  # this press is taken, and so is its release
            return False
        self._until = min(self._changed_at + RUN_LIMIT_MS, max(self._until, now + self._interval))
        self._holding = True
        self.swallowed += 1
        return True


def _clock() -> int:
    return monotonic_ms()
