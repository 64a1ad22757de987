"""Noticing that someone is using the kiosk, so screens stay up while they do."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Signal

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
    }
)


class ActivityWatcher(QObject):
    """An application event filter that reports each key press, click or touch once."""

    input_seen = Signal()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Input reaches the window first, then widgets; the window sees each event exactly once.
        if event.type() in _INPUT_EVENTS and watched.isWindowType():
            self.input_seen.emit()
        return False
