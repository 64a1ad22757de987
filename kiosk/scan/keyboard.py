"""Keyboard-wedge scanners: keys typed into any window of the application become scans."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from kiosk.core.model import ScanSource

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

log = logging.getLogger(__name__)

MAX_SCAN_CHARS = 4096  # the check-in service refuses anything longer as malformed
DEFAULT_PAUSE_S = 2.0
_END_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class KeyboardCollector(QObject):
    """An application-wide event filter that turns printable keys ended by Enter into a scan.

    Install it with ``app.installEventFilter(collector)``. It only observes: keys still reach the
    focused widget. A pause longer than ``pause_s`` between two keys drops what was typed before it.
    """

    scanned = Signal(str, ScanSource)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pause_s: float = DEFAULT_PAUSE_S,
        source: ScanSource = ScanSource.SCANNER,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._pause_s = pause_s
        self._source = source
        self._clock = clock
        self._buffer: list[str] = []
        self._last_key_at = 0.0
        self._enabled = True

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Start or stop collecting (the staff desk types into its own fields)."""
        self._enabled = enabled
        self._buffer.clear()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Each key is delivered to the window, then to the focus widget and its parents; the
        # window sees it exactly once.
        if (
            self._enabled
            and event.type() == QEvent.Type.KeyPress
            and watched.isWindowType()
            and isinstance(event, QKeyEvent)
        ):
            self._on_key(event)
        return False

    def _on_key(self, event: QKeyEvent) -> None:
        now = self._clock()
        if now - self._last_key_at > self._pause_s:
            self._buffer.clear()
        self._last_key_at = now
        if event.key() in _END_KEYS:
            self._finish()
            return
        text = event.text()
        # One character past the limit is kept so the service sees the input was too long.
        if text.isprintable() and len(self._buffer) <= MAX_SCAN_CHARS:
            self._buffer.append(text)

    def _finish(self) -> None:
        text = "".join(self._buffer)
        self._buffer.clear()
        if not text:
            return  # a bare Enter is a key press, not a scan
        log.debug("keyboard scan of %d chars", len(text))
        self.scanned.emit(text, self._source)
