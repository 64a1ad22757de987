"""Background sync for the kiosk window: its own thread, its own SQLite connection, a timer.

Rounds run one at a time on the sync thread, never on the GUI thread and never on the check-in
thread, so a slow or absent registry cannot hold up a check-in. After a good round the next one
comes ``interval_s`` later; after failures it backs off (services.sync.retry_delay).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from kiosk.core.registry_address import RegistryName
from kiosk.services.sync import SyncReport, SyncSession, retry_delay

log = logging.getLogger(__name__)


class _SyncWorker(QObject):
    """Lives on the sync thread; builds the session there so its connection stays there."""

    finished = Signal(SyncReport)

    def __init__(
        self, factory: Callable[[], SyncSession], interval_s: float, rng: random.Random
    ) -> None:
        super().__init__()
        self._factory = factory
        self._interval_ms = round(interval_s * 1000)
        self._rng = rng
        self._session: SyncSession | None = None
        self._failures = 0
        self._timer = QTimer(self)  # moves to the sync thread with its parent
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @Slot()
    def sync_soon(self) -> None:
        self._timer.start(0)

    @Slot()
    def _on_timer_timeout(self) -> None:
        try:
            if self._session is None:
                self._session = self._factory()
            report = self._session.run()
        except Exception:  # a bug or a broken database: log it, keep the kiosk running
            log.exception("sync round failed unexpectedly")
            self._failures += 1
            self._timer.start(round(retry_delay(self._failures, self._rng) * 1000))
            return
        self._failures = 0 if report.ok else self._failures + 1
        delay_ms = self._interval_ms
        if self._failures:
            delay_ms = round(retry_delay(self._failures, self._rng, report.retry_after_s) * 1000)
        if not report.needs_person:
            self._timer.start(delay_ms)
        self.finished.emit(report)

    @Slot()
    def shut_down(self) -> None:
        self._timer.stop()
        if self._session is not None:
            self._session.close()
            self._session = None
        self.thread().quit()


class SyncRunner(QObject):
    """Starts sync rounds on a timer and on demand; each report arrives as ``round_finished``."""

    round_finished = Signal(SyncReport)
    _sync_requested = Signal()
    _stop_requested = Signal()

    def __init__(
        self,
        factory: Callable[[], SyncSession],
        interval_s: float,
        parent: QObject | None = None,
        *,
        rng: random.Random | None = None,
        registry: RegistryName | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry  # the registry the rounds sync with, for the status displays
        self._thread = QThread()
        self._thread.setObjectName("sync worker")
        self._worker = _SyncWorker(factory, interval_s, rng or random.Random())
        self._worker.moveToThread(self._thread)
        self._sync_requested.connect(self._worker.sync_soon)
        self._stop_requested.connect(self._worker.shut_down)
        self._worker.finished.connect(self.round_finished)
        self._thread.start()

    def sync_now(self) -> None:
        """Start a round as soon as the current one (if any) is over: the first, or on demand."""
        if self._thread.isRunning():
            self._sync_requested.emit()

    def stop(self, timeout_s: float = 15.0) -> bool:
        """Let a running round end (its calls time out within seconds), then end the thread."""
        if not self._thread.isRunning():
            return True
        self._stop_requested.emit()
        stopped = self._thread.wait(round(timeout_s * 1000))
        if not stopped:
            log.error("the sync worker did not stop within %.0f s", timeout_s)
        return stopped
