"""The print-job answers the Exceptions and Operations pages share: "did the badge come out?"
(Yes / No), Retry, Reroute to another printer, Cancel with a note, Print now.

Each answer runs on the desk's worker thread (printing is slow), is audited with the staff id
(services/exceptions.py), says how it went on the window's message line and asks every page
to refresh (``context.data_changed``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QPushButton, QWidget

from kiosk.services.desk import DeskStaff
from kiosk.services.desk_backend import DeskBackend
from kiosk.services.exceptions import (
    AnswerProblem,
    ExceptionAnswerError,
    ExceptionKind,
    ExceptionQueue,
    queue_for,
)
from kiosk.services.printing import PrintOutcome
from kiosk.store.journal import JobState, PrintJob
from kiosk.ui.desk.context import DeskContext
from kiosk.ui.desk.exception_words import problem_words
from kiosk.ui.messages import printer_text

T = TypeVar("T")

# Which answers each kind of job gets (the Operations page maps a job's state to a kind).
KIND_OF_STATE = {
    JobState.UNCONFIRMED: ExceptionKind.UNCONFIRMED,
    JobState.FAILED: ExceptionKind.FAILED,
    JobState.QUEUED: ExceptionKind.WAITING,
}


class JobActions(QObject):
    """Builds the buttons for one print job and runs what they ask for."""

    def __init__(self, context: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.note_dialog: QInputDialog | None = None  # the open "why cancel?" question, if any

    def buttons(
        self, kind: ExceptionKind, job_id: str, printer: str, printers: tuple[str, ...]
    ) -> list[QPushButton]:
        """The answers a job of ``kind`` gets, most likely first."""
        if kind is ExceptionKind.UNCONFIRMED:
            yes = self._button(
                "job-yes", self.tr("Yes, it came out"), lambda: self.answer(job_id, True)
            )
            no = self._button("job-no", self.tr("No"), lambda: self.answer(job_id, False))
            return [yes, no, self._cancel_button(job_id)]
        first = (
            self._button("job-retry", self.tr("Retry"), lambda: self.retry(job_id))
            if kind is ExceptionKind.FAILED
            else self._button("job-print-now", self.tr("Print now"), lambda: self.print_now(job_id))
        )
        return [first, self._reroute_button(job_id, printer, printers), self._cancel_button(job_id)]

    # --- the answers (public so tests and the keyboard can drive them) --------------------

    def answer(self, job_id: str, came_out: bool) -> None:
        self._run(lambda queue, staff: queue.answer_job(staff, job_id, came_out))

    def retry(self, job_id: str) -> None:
        self._run(lambda queue, staff: queue.retry(staff, job_id))

    def print_now(self, job_id: str) -> None:
        self._run(lambda queue, staff: queue.print_now(staff, job_id))

    def reroute(self, job_id: str, printer: str) -> None:
        self._run(lambda queue, staff: queue.reroute(staff, job_id, printer))

    def cancel(self, job_id: str, note: str) -> None:
        self._run(lambda queue, staff: queue.cancel(staff, job_id, note))

    def ask_cancel_note(self, job_id: str) -> QInputDialog:
        """Ask why the job is cancelled (the note goes to the journal and the audit)."""
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("cancel-note")
        dialog.setWindowTitle(self.tr("Cancel the print"))
        dialog.setLabelText(self.tr("Why is this badge not printed? (kept in the audit log)"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Cancel the print"))
        dialog.setCancelButtonText(self.tr("Keep it"))
        dialog.textValueSelected.connect(lambda note: self.cancel(job_id, note))
        dialog.finished.connect(dialog.deleteLater)
        self.note_dialog = dialog
        dialog.open()
        return dialog

    # --- buttons ------------------------------------------------------------------------

    def _button(self, name: str, text: str, clicked: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(clicked)
        return button

    def _cancel_button(self, job_id: str) -> QPushButton:
        button = QPushButton(self.tr("Cancel…"))
        button.setObjectName("job-cancel")
        button.clicked.connect(lambda: self.ask_cancel_note(job_id))
        return button

    def _reroute_button(self, job_id: str, printer: str, printers: tuple[str, ...]) -> QPushButton:
        button = QPushButton(self.tr("Send to…"))
        button.setObjectName("job-reroute")
        menu = QMenu(button)
        for uri in printers:
            if uri != printer:
                action = menu.addAction(uri)
                action.triggered.connect(lambda _=False, to=uri: self.reroute(job_id, to))
        button.setMenu(menu)
        button.setEnabled(not menu.isEmpty())
        if menu.isEmpty():
            button.setToolTip(self.tr("Only one printer is configured."))
        return button

    # --- running ------------------------------------------------------------------------

    def _run(self, work: Callable[[ExceptionQueue, DeskStaff], T]) -> None:
        staff = self._context.staff
        if staff is None:
            return

        def go(backend: DeskBackend) -> T | ExceptionAnswerError:
            try:
                return work(queue_for(backend), staff)
            except ExceptionAnswerError as exc:
                return exc

        self._context.run(go, self._on_answered)

    @Slot(object)
    def _on_answered(self, result: object) -> None:
        if isinstance(result, ExceptionAnswerError):
            self._context.message.emit(problem_words(result.problem))
            if result.problem is AnswerProblem.GONE:
                self._context.data_changed.emit()
            return
        self._context.message.emit(self._said(result))
        self._context.data_changed.emit()

    def _said(self, result: object) -> str:
        if isinstance(result, PrintOutcome):
            if result.printed:
                return self.tr("Badge printed on %1.").replace("%1", result.job.printer)
            trouble = printer_text(result.printer_state)
            return self.tr("Still not printed: %1").replace("%1", trouble)
        if isinstance(result, PrintJob) and result.state is JobState.QUEUED:
            return self.tr("Recorded: the badge did not come out. Print it again when ready.")
        if isinstance(result, PrintJob) and result.state is JobState.CANCELLED:
            return self.tr("The print was cancelled.")
        return self.tr("Recorded: the badge counts as collected.")
