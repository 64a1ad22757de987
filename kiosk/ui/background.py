"""The one helper for work off the GUI thread: a worker thread that owns a service object.

The kiosk's runner owns the check-in service; the desk's owns the desk backend. Either way the
service is built on the worker thread, so its SQLite connection lives and dies there.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kiosk.core.model import ScanSource
from kiosk.services.check_in import CheckInService, ScanResult
from kiosk.store import StoreError

log = logging.getLogger(__name__)

T = TypeVar("T")
S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class _Job:
    work: Callable[[Any], Any]
    done: Callable[[Any], None]
    failed: Callable[[str], None]


class _Worker(QObject):
    """Lives on the worker thread; builds the service there so its SQLite connection stays there."""

    finished = Signal(object, object)  # job, result
    failed = Signal(object, str)  # job, message

    def __init__(self, factory: Callable[[], object]) -> None:
        super().__init__()
        self._factory = factory
        self._service: object | None = None

    @Slot(object)
    def run(self, job: _Job) -> None:
        try:
            if self._service is None:
                self._service = self._factory()
            result = job.work(self._service)
        except StoreError as exc:  # a full disk, a read-only home, a damaged file: say which
            ref = uuid.uuid4().hex[:8]
            log.error("the kiosk database failed (ref %s): %s", ref, exc)
            self.failed.emit(job, f"{exc} (ref {ref})")
            return
        except Exception as exc:
            ref = uuid.uuid4().hex[:8]
            log.exception("background work failed (ref %s)", ref)
            self.failed.emit(job, f"{type(exc).__name__}, ref {ref}")
            return
        self.finished.emit(job, result)

    @Slot()
    def shut_down(self) -> None:
        self._service = None  # drops the database connection on the thread that opened it
        thread = self.thread()
        thread.quit()


class ServiceRunner(QObject, Generic[S]):
    """Runs service calls one at a time on its own thread; answers come back on the GUI thread.

    The service is built by ``factory`` on the worker thread at first use. A call that raises
    is logged with a short reference, and the reference reaches the GUI as the failure message
    ("ExceptionType, ref 1a2b3c4d": no personal data, safe to show).
    """

    _job_submitted = Signal(object)
    _stop_requested = Signal()

    def __init__(
        self, factory: Callable[[], S], parent: QObject | None = None, name: str = "worker"
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._worker = _Worker(factory)
        self._worker.moveToThread(self._thread)
        self._job_submitted.connect(self._worker.run)
        self._stop_requested.connect(self._worker.shut_down)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.start()

    def run(
        self,
        work: Callable[[S], T],
        done: Callable[[T], None],
        failed: Callable[[str], None],
    ) -> None:
        """Call ``work(service)`` on the worker thread, then ``done`` or ``failed`` on this one."""
        if not self._thread.isRunning():
            log.warning("background work submitted after stop(); ignored")
            return
        self._job_submitted.emit(_Job(work, done, failed))

    def stop(self, timeout_s: float = 10.0) -> bool:
        """Finish the work already queued, close the service and end the thread."""
        if not self._thread.isRunning():
            return True
        self._stop_requested.emit()
        stopped = self._thread.wait(int(timeout_s * 1000))
        if not stopped:
            log.error("the %s did not stop within %.0f s", self._thread.objectName(), timeout_s)
        return stopped

    @Slot(object, object)
    def _on_worker_finished(self, job: _Job, result: object) -> None:
        job.done(result)

    @Slot(object, str)
    def _on_worker_failed(self, job: _Job, message: str) -> None:
        job.failed(message)


class CheckInRunner(ServiceRunner[CheckInService]):
    """The kiosk's runner: scans and every other piece of kiosk work, on the check-in thread."""

    scan_finished = Signal(ScanResult)
    scan_failed = Signal(str)  # "ExceptionType, ref 1a2b3c4d": no personal data, safe to show

    def __init__(
        self, factory: Callable[[], CheckInService], parent: QObject | None = None
    ) -> None:
        super().__init__(factory, parent, "check-in worker")

    def submit_scan(self, text: str, source: ScanSource, *, hold_print: bool = False) -> None:
        """Check a scanned text; the answer arrives as scan_finished or scan_failed.

        ``hold_print``: no printer can print, so a check-in leaves its badge for the desk."""
        self.run(
            lambda service: service.scan(text, source, hold_print=hold_print),
            self.scan_finished.emit,
            self.scan_failed.emit,
        )
