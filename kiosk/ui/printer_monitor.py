"""The printer monitor: asks the configured printers their state on its own thread, on a timer.

A status query can wait seconds on a printer that does not answer, so it never runs on the GUI
thread nor on the check-in thread. Each answer arrives on the GUI thread as ``report_ready``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from kiosk.services.printer_check import PrinterReport

log = logging.getLogger(__name__)


class _MonitorWorker(QObject):
    finished = Signal(PrinterReport)

    def __init__(self, check: Callable[[], PrinterReport], interval_s: float) -> None:
        super().__init__()
        self._check = check
        self._interval_ms = round(interval_s * 1000)
        self._timer = QTimer(self)  # moves to the monitor thread with its parent
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @Slot()
    def check_soon(self) -> None:
        self._timer.start(0)

    @Slot()
    def _on_timer_timeout(self) -> None:
        try:
            report = self._check()
        except Exception:  # a bug: log it and keep asking; the kiosk goes on as it was
            log.exception("printer check failed")
        else:
            self.finished.emit(report)
        self._timer.start(self._interval_ms)

    @Slot()
    def shut_down(self) -> None:
        self._timer.stop()
        self.thread().quit()


class PrinterMonitor(QObject):
    """Asks ``check`` every ``interval_s`` seconds (and on ``check_now``), off the GUI thread.

    ``can_print`` is the last answer (True until the first one: the kiosk does not refuse
    anyone on a guess).
    """

    report_ready = Signal(PrinterReport)
    _check_requested = Signal()
    _stop_requested = Signal()

    def __init__(
        self,
        check: Callable[[], PrinterReport],
        interval_s: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.report: PrinterReport | None = None
        self._thread = QThread()
        self._thread.setObjectName("printer monitor")
        self._worker = _MonitorWorker(check, interval_s)
        self._worker.moveToThread(self._thread)
        self._check_requested.connect(self._worker.check_soon)
        self._stop_requested.connect(self._worker.shut_down)
        self._worker.finished.connect(self._on_worker_finished)
        self._thread.start()

    @property
    def can_print(self) -> bool:
        return self.report is None or self.report.can_print

    def check_now(self) -> None:
        """Ask again as soon as the current query (if any) is over."""
        if self._thread.isRunning():
            self._check_requested.emit()

    def stop(self, timeout_s: float = 15.0) -> bool:
        """Let a running query end (it has its own deadline), then end the thread."""
        if not self._thread.isRunning():
            return True
        self._stop_requested.emit()
        stopped = self._thread.wait(round(timeout_s * 1000))
        if not stopped:
            log.error("the printer monitor did not stop within %.0f s", timeout_s)
        return stopped

    @Slot(PrinterReport)
    def _on_worker_finished(self, report: PrinterReport) -> None:
        if not report.can_print and (self.report is None or self.report.can_print):
            log.warning("badge printing unavailable")
        elif report.can_print and self.report is not None and not self.report.can_print:
            log.warning("badge printing available again")
        self.report = report
        self.report_ready.emit(report)
