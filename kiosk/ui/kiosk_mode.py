"""Kiosk mode: no keyboard way out of the full-screen window, and the staff's hidden gesture.

An application event filter that, while kiosk mode is on, swallows the shortcuts a visitor
could use to leave or hide the window (Escape, F11, Alt+F4, Ctrl+Q, Ctrl+W, Alt+Tab ...), and
that counts taps in the window's top-left corner: five within three seconds is the staff
gesture (docs/kiosk-mode.md). The corner shows nothing, so a visitor sees no staff control.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

log = logging.getLogger(__name__)

CORNER_PX = 100  # the square in the window's top-left corner that counts staff taps
TAPS = 5
WITHIN_S = 3.0

_ALWAYS = frozenset({Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Close, Qt.Key.Key_Menu})
_WITH_ALT = frozenset({Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Backtab})
_WITH_CONTROL = frozenset({Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4, Qt.Key.Key_M})
_KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})


def is_way_out(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether a key press is a shortcut that closes, hides or leaves a full-screen window."""
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    control = bool(
        modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
    )
    return (
        key in _ALWAYS
        or (alt and key in _WITH_ALT)
        or (control and key in _WITH_CONTROL)
        or key in (Qt.Key.Key_Super_L, Qt.Key.Key_Super_R)
    )


def show_in_kiosk_mode(window: QWidget) -> None:
    """Frameless, above other windows, full screen.

    An explicit minimum size keeps the layout from growing the window past the screen (a
    heightForWidth pass at the first, smaller geometry would, and the window would leave full
    screen): the screens are made to fit (tests/ui/test_layout.py and friends). The window takes
    the screen's size before it is shown, so its first frame is already full size: under cage
    (the kiosk session) it would otherwise first draw at Qt's default size, two thirds of the
    screen, and grow a frame later: a jump visitors would see at every start.
    """
    window.setMinimumSize(1, 1)
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def show_as_a_window(window: QWidget) -> None:
    """A normal decorated 1280x800 window (staff left kiosk mode)."""
    window.setMinimumSize(0, 0)  # the layout decides again
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
    window.showNormal()
    window.resize(1280, 800)


class KioskGuard(QObject):
    """Install on the application; ``staff_gesture`` after five taps in the corner of ``window``.

    ``active`` (kiosk mode on) decides whether shortcuts are swallowed; the gesture counts
    always, so staff can reach their menu on a windowed kiosk too.
    """

    staff_gesture = Signal()

    def __init__(
        self,
        window: QWidget,
        active: bool,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.active = active
        self._window = window
        self._clock = clock
        self._taps: list[float] = []

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not watched.isWindowType() or watched is not self._handle():
            return False  # each input event once, where it reaches the kiosk window
        if event.type() in _KEY_EVENTS and self.active and isinstance(event, QKeyEvent):
            if is_way_out(event.key(), event.modifiers()):
                log.info("kiosk mode: a shortcut to leave the window was ignored")
                event.accept()
                return True
        elif event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._count_tap(event.position())
        return False

    def _handle(self) -> QObject | None:
        try:
            return self._window.windowHandle()
        except RuntimeError:  # the window is being destroyed; its children (this) go next
            return None

    def _count_tap(self, where: QPointF) -> None:
        if where.x() > CORNER_PX or where.y() > CORNER_PX:
            self._taps.clear()  # a tap elsewhere breaks the sequence
            return
        now = self._clock()
        self._taps = [t for t in self._taps if now - t <= WITHIN_S] + [now]
        if len(self._taps) >= TAPS:
            self._taps.clear()
            self.staff_gesture.emit()
