"""One scan per code: the same code read again within a few seconds is not a new scan.

A phone held under the camera is read on every frame, and a person may press a scanner's trigger
twice. Every input (keyboard wedge, serial, camera) goes through one ``ScanDebouncer``, so the
same code from the camera and then the scanner is one scan too. A code counts as new once it has
not been seen for ``window_s``: holding it in view does not let it through again every few
seconds. A different code is never held back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.core.model import ScanSource

log = logging.getLogger(__name__)

DEFAULT_WINDOW_S = 3.0
_MAX_REMEMBERED = 64  # codes seen within the window; more than this in 3 s is not people


class Debouncer:
    """Pure: ``is_new(text)`` is False for a text seen less than ``window_s`` ago."""

    def __init__(
        self, window_s: float = DEFAULT_WINDOW_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.window_s = window_s
        self._clock = clock
        self._seen: dict[str, float] = {}

    def is_new(self, text: str) -> bool:
        """Note a sighting of ``text``; True when it is a new scan."""
        now = self._clock()
        self._forget_before(now - self.window_s)
        last = self._seen.pop(text, None)
        self._seen[text] = now  # re-inserted: the dict stays in order of last sighting
        return last is None

    def _forget_before(self, cutoff: float) -> None:
        for text, seen_at in list(self._seen.items()):
            if seen_at >= cutoff and len(self._seen) <= _MAX_REMEMBERED:
                break
            del self._seen[text]


class ScanDebouncer(QObject):
    """Connect every input's ``scanned`` to ``submit``; ``scanned`` carries each new scan once."""

    scanned = Signal(str, ScanSource)
    repeated = Signal(str, ScanSource)  # a repeat that was held back (scan-test shows it)

    def __init__(
        self,
        window_s: float = DEFAULT_WINDOW_S,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._debouncer = Debouncer(window_s, clock)

    @Slot(str, ScanSource)
    def submit(self, text: str, source: ScanSource) -> None:
        key = text.strip()
        if self._debouncer.window_s <= 0 or self._debouncer.is_new(key):
            self.scanned.emit(text, source)
            return
        window = self._debouncer.window_s
        log.info("repeated scan from %s within %.0f s ignored", source.value, window)
        self.repeated.emit(text, source)
