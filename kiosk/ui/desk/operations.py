"""The desk's Operations page: the printers (state, paper, a test print each), the print queue
(retry, send to another printer, cancel) and where sync stands, with a Sync now button
(docs/desk-window.md, "Operations").

Printers are asked and the queue read on the worker thread (services/desk_operations.py) when
the page is shown, after every write at the desk and every 10 s while the page is shown.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.printing.base import PrinterState, PrintResult
from kiosk.services.desk_operations import OperationsView, QueuedJob, operations_view, test_print
from kiosk.services.printer_check import PrinterReport
from kiosk.services.sync import SyncReport
from kiosk.ui.desk.context import DeskContext, DeskPanel, OneRead
from kiosk.ui.desk.exception_words import (
    job_state_words,
    local_time,
    sync_problem_words,
)
from kiosk.ui.desk.job_actions import KIND_OF_STATE, JobActions
from kiosk.ui.i18n import in_reading_order, isolated
from kiosk.ui.kiosk.printer_status import state_words
from kiosk.ui.registry_words import registry_words
from kiosk.ui.widgets import label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

REFRESH_MS = 10_000
MAX_QUEUE_ROWS = 50  # rows with buttons are built on the GUI thread: the newest 50 open jobs
PRINTER_COLUMNS = 4  # printer, use, state, test print
QUEUE_COLUMNS = 7  # time, registration, name, printer, state, what the printer said, answers


def _table(name: str, columns: int, stretch: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for index in range(columns):
        header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    table.setItem(row, column, item)


class OperationsPanel(DeskPanel):
    """The Operations page."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: OperationsView | None = None
        self.report: SyncReport | None = None  # the latest sync round's report, if any
        self._zone = ZoneInfo(context.options.timezone)
        self._reads = OneRead(context, self)
        self._jobs = JobActions(context, self)
        self.printers = _table("printers", PRINTER_COLUMNS, 2)
        self.queue = _table("print-queue", QUEUE_COLUMNS, 5)
        self._printers_title = label("title")
        self._queue_title = label("title")
        self._queue_empty = label("hint")
        self._sync_title = label("title")
        self._sync_labels = [QLabel() for _ in range(6)]
        self.sync_lines = [label("sync-line") for _ in range(6)]
        self.sync_now = QPushButton()
        self.sync_now.setObjectName("sync-now")
        self.sync_now.clicked.connect(self._on_sync_now_clicked)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        context.data_changed.connect(self._on_data_changed)
        if context.sync is not None:
            context.sync.round_finished.connect(self._on_round_finished)
        self._monitored: PrinterReport | None = None  # the printer monitor's latest answers
        if context.printer_monitor is not None:
            context.printer_monitor.report_ready.connect(self._on_printers_reported)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self._printers_title)
        column.addWidget(self.printers)
        column.addWidget(self._queue_title)
        column.addWidget(self.queue, 1)
        column.addWidget(self._queue_empty)
        column.addWidget(self._sync_title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, (name, value) in enumerate(zip(self._sync_labels, self.sync_lines, strict=True)):
            name.setObjectName("hint")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        line = QHBoxLayout()
        line.addLayout(grid, 1)
        line.addWidget(self.sync_now, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(line)

    # --- DeskPanel ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Operations")

    def activate(self) -> None:
        self._timer.start()
        self.refresh()

    def clear(self) -> None:
        self._timer.stop()
        self._reads.forget()  # an answer in flight is dropped (context.run)
        self.view = None
        self.retranslate()

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._show_sync()
        super().changeEvent(event)

    # --- reading ------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Ask the printers and read the queue on the worker thread (one read at a time)."""
        if self.context.staff is None:
            return
        monitored = self._monitored if self.context.printer_monitor is not None else None
        if self.context.printer_monitor is not None and monitored is None:
            monitored = PrinterReport(())  # not answered yet: shown as unknown until it is
        self._reads.run(
            lambda backend: operations_view(backend.service, backend.clock(), monitored),
            self._on_read,
            self._on_fail,
            self.refresh,
        )

    @Slot(PrinterReport)
    def _on_printers_reported(self, report: PrinterReport) -> None:
        """The monitor asked the network printers (its own thread): show what they said."""
        self._monitored = report
        if self.isVisible() and self.context.staff is not None:
            self.refresh()

    @Slot()
    def _on_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _on_read(self, view: OperationsView) -> None:
        before, self.view = self.view, view
        if before is not None and replace(view, now=before.now) == before:
            self._show_sync()  # only the data's age moved: keep the tables
        else:
            self.retranslate()

    def _on_fail(self, text: str) -> None:
        self.context.message.emit(
            self.tr("The printers and the queue could not be read. Reference for IT: %1").replace(
                "%1", text
            )
        )

    @Slot(SyncReport)
    def _on_round_finished(self, report: SyncReport) -> None:
        self.report = report
        self._show_sync()
        if self.isVisible():
            self.refresh()  # the outbox and the data's age changed

    # --- actions --------------------------------------------------------------------------

    def print_test(self, uri: str) -> None:
        """The test page on one printer, on the worker thread."""
        if self.context.staff is None:
            return
        self.context.message.emit(self.tr("Printing a test page on %1…").replace("%1", uri))
        self.context.run(
            lambda backend: test_print(backend.service, uri),
            self._on_test_printed,
            lambda text: self.context.message.emit(
                self.tr("The test page did not print: %1").replace("%1", text)
            ),
        )

    def _on_test_printed(self, result: PrintResult) -> None:
        where = "; ".join(result.outputs) or result.printer
        self.context.message.emit(self.tr("Test page sent to %1.").replace("%1", where))

    @Slot()
    def _on_sync_now_clicked(self) -> None:
        if self.context.sync is not None:
            self.context.sync.sync_now()
            self.context.message.emit(self.tr("Sync started."))

    # --- showing --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._printers_title.setText(self.tr("Printers"))
        self._queue_title.setText(self.tr("Print queue"))
        self._sync_title.setText(self.tr("Sync with the registry"))
        self.sync_now.setText(self.tr("Sync now"))
        self.printers.setHorizontalHeaderLabels(
            [self.tr("Printer"), self.tr("Use"), self.tr("State"), ""]
        )
        self.queue.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Registration"),
                self.tr("Name"),
                self.tr("Printer"),
                self.tr("State"),
                self.tr("What the printer said"),
                self.tr("Answer"),
            ]
        )
        self._show_printers()
        self._show_queue()
        self._show_sync()

    def _show_printers(self) -> None:
        statuses = self.view.printers.statuses if self.view else ()
        self.printers.setRowCount(len(statuses))
        for row, (uri, status) in enumerate(statuses):
            use = self.tr("Main printer") if row == 0 else self.tr("Fallback %1")
            state = state_words(status.state)
            if status.detail and status.state is not PrinterState.ONLINE:
                state += f" ({status.detail})"
            _cell(self.printers, row, 0, uri)
            _cell(self.printers, row, 1, use.replace("%1", str(row)))
            _cell(self.printers, row, 2, state)
            button = QPushButton(self.tr("Test print"))
            button.setObjectName("test-print")
            button.clicked.connect(lambda _=False, to=uri: self.print_test(to))
            self.printers.setCellWidget(row, 3, button)
        self.printers.resizeRowsToContents()
        self.printers.setFixedHeight(
            self.printers.horizontalHeader().height()
            + sum(self.printers.rowHeight(r) for r in range(len(statuses)))
            + 4
        )

    def _show_queue(self) -> None:
        jobs = self.view.queue if self.view else ()
        self.queue.setRowCount(min(MAX_QUEUE_ROWS, len(jobs)))
        for row, queued in enumerate(jobs[:MAX_QUEUE_ROWS]):
            self._queue_row(row, queued)
        self.queue.resizeRowsToContents()
        if len(jobs) > MAX_QUEUE_ROWS:
            self._queue_empty.setText(
                self.tr("The newest %1 of %2 open jobs are listed.")
                .replace("%1", str(MAX_QUEUE_ROWS))
                .replace("%2", str(len(jobs)))
            )
        else:
            self._queue_empty.setText(self.tr("No badge is waiting to be printed."))
        self._queue_empty.setVisible(
            self.view is not None and (not jobs or len(jobs) > MAX_QUEUE_ROWS)
        )

    def _queue_row(self, row: int, queued: QueuedJob) -> None:
        job = queued.job
        at = job.updated_at or job.created_at
        now = self.view.now if self.view else None
        texts = (
            local_time(at, self._zone, now) if at else "",
            str(job.registration_id),
            queued.name,
            job.printer,
            job_state_words(job.state),
            isolated(job.error),  # English from the printer: one piece in an Arabic row
        )
        for column, text in enumerate(texts):
            _cell(self.queue, row, column, text)
        kind = KIND_OF_STATE.get(job.state)
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(4, 2, 4, 2)
        if kind is not None and self.view is not None:
            printers = tuple(uri for uri, _ in self.view.printers.statuses)
            for button in self._jobs.buttons(kind, job.id, job.printer, printers):
                line.addWidget(button)
        self.queue.setCellWidget(row, 6, box)

    def _show_sync(self) -> None:
        names = (
            self.tr("State"),
            self.tr("Last complete update"),
            self.tr("Data age"),
            self.tr("Waiting to be sent"),
            self.tr("Last problem"),
            self.tr("Registry"),
        )
        for widget, text in zip(self._sync_labels, names, strict=True):
            widget.setText(text)
        # A label lays out by its text's first letter: a time alone ("09:48") would sit on the
        # left of an Arabic page; in reading order it starts where the line starts.
        for widget, text in zip(self.sync_lines, self._sync_texts(), strict=True):
            widget.setText(in_reading_order(text))
        self.sync_now.setEnabled(self.context.sync is not None)

    def _sync_texts(self) -> tuple[str, str, str, str, str, str]:
        view = self.view
        if self.context.sync is None:
            state = self.tr("This desk is not enrolled with a registry: nothing is synced.")
        elif self.report is None:
            state = self.tr("Waiting for the first round…")
        else:
            online = self.report.online and not self.report.needs_person
            state = self.tr("Online") if online else self.tr("Offline")
        registry = self._registry()
        if view is None:
            return state, "", "", "", "", registry
        pulled = view.sync.last_pull_at
        last = local_time(pulled, self._zone, view.now) if pulled else self.tr("never")
        waiting = self.tr("%1 items").replace("%1", str(view.outbox_waiting))
        if view.outbox_rejected:
            waiting += " · " + self.tr("%1 rejected (see Exceptions)").replace(
                "%1", str(view.outbox_rejected)
            )
        return state, last, self._age(), waiting, self._problem(), registry

    def _registry(self) -> str:
        """Which registry this desk syncs with: kind and host, as the kiosk's corner says it."""
        sync = self.context.sync
        if sync is None or sync.registry is None:
            return self.tr("none")
        return registry_words(sync.registry)

    def _age(self) -> str:
        view = self.view
        if view is None or view.sync.last_pull_at is None:
            return self.tr("no data from the registry yet")
        minutes = int((view.now - view.sync.last_pull_at).total_seconds() // 60)
        if minutes < 1:
            return self.tr("updated just now")
        if minutes < 120:
            return self.tr("updated %1 min ago").replace("%1", str(minutes))
        return self.tr("updated %1 h ago").replace("%1", str(minutes // 60))

    def _problem(self) -> str:
        if self.report is not None and self.report.problem is not None:
            return sync_problem_words(self.report.problem)
        if self.report is not None and self.report.ok:
            return self.tr("none")
        error = self.view.sync.last_error if self.view else ""
        if error:
            return self.tr("The last round did not finish: %1").replace("%1", error)
        return self.tr("none")
