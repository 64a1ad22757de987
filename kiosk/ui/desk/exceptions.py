"""The desk's Exceptions page: everything that needs a person, newest first, each answered in
one or two clicks (docs/desk-window.md, "Exceptions").

The list is read on the worker thread (services/exceptions.py) when the page is shown, after
every write at the desk (``context.data_changed``) and every 15 s while the page is shown.
Names come from the roster when the list is read; the page forgets them at sign-out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.desk import DeskStaff
from kiosk.services.desk_backend import DeskBackend
from kiosk.services.exceptions import (
    ExceptionAnswerError,
    ExceptionItem,
    ExceptionKind,
    ExceptionList,
    ExceptionQueue,
    queue_for,
)
from kiosk.ui.desk.context import DeskContext, DeskPanel, OneRead
from kiosk.ui.desk.exception_words import item_words, kind_words, local_time, problem_words
from kiosk.ui.desk.job_actions import JobActions
from kiosk.ui.widgets import label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

REFRESH_MS = 15_000
# Rows built per read: each row has its own buttons, built on the GUI thread (50 rows took
# 30-60 ms on the shared 2-core test machine). The counts cover everything; staff work from the
# top (the newest).
MAX_ROWS = 50
JOB_KINDS = (ExceptionKind.UNCONFIRMED, ExceptionKind.FAILED, ExceptionKind.WAITING)
COLUMNS = 7  # kind, time, kiosk, registration, name, what happened, answers
ACTIONS_COLUMN = 6
_Queue = ExceptionQueue


class ExceptionsPanel(DeskPanel):
    """The Exceptions page; ``count_changed`` tells the window how many items wait."""

    count_changed = Signal(int)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.listed = ExceptionList(())
        self._zone = ZoneInfo(context.options.timezone)
        self._reads = OneRead(context, self)
        self._jobs = JobActions(context, self)
        self._counts = label("hint", wrap=True)
        self._empty = label("hint", wrap=True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("exceptions")
        self._set_up_table()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        context.data_changed.connect(self._on_data_changed)
        context.staff_changed.connect(self._on_data_changed)  # the tab shows the count at once
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self._counts)
        column.addWidget(self.table, 1)
        column.addWidget(self._empty)
        self.retranslate()

    def _set_up_table(self) -> None:
        table = self.table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = table.horizontalHeader()
        for index in range(COLUMNS):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    # --- DeskPanel ------------------------------------------------------------------------

    def title(self) -> str:
        total = self.listed.total
        if not total:
            return self.tr("Exceptions")
        return self.tr("Exceptions (%1)").replace("%1", str(total))

    def activate(self) -> None:
        self._timer.start()
        self.refresh()

    def clear(self) -> None:
        self._timer.stop()
        self._reads.forget()  # an answer in flight is dropped (context.run)
        self._show(ExceptionList(()))

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # another page is shown: refresh only on writes
        super().hideEvent(event)

    # --- reading ------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the queue again on the worker thread (one read at a time)."""
        if self.context.staff is None:
            return
        self._reads.run(
            lambda backend: queue_for(backend).items(), self._on_read, self._on_fail, self.refresh
        )

    @Slot()
    def _on_data_changed(self) -> None:
        self.refresh()

    def _on_read(self, listed: ExceptionList) -> None:
        self._show(listed)

    def _on_fail(self, text: str) -> None:
        self.context.message.emit(
            self.tr("The exceptions could not be read. Reference for IT: %1").replace("%1", text)
        )

    def _show(self, listed: ExceptionList) -> None:
        before = self.listed
        self.listed = listed
        if (listed.items, listed.printers) == (before.items, before.printers):
            return  # nothing new (the 15 s refresh, mostly): keep the rows, build nothing
        self.table.setRowCount(0)
        self.table.setRowCount(min(MAX_ROWS, len(listed.items)))
        self.retranslate()
        self.count_changed.emit(listed.total)

    def _fill_row(self, row: int, item: ExceptionItem) -> None:
        registration = "" if item.registration_id is None else str(item.registration_id)
        cells = (
            kind_words(item.kind),
            local_time(item.at, self._zone, self.listed.now),
            item.kiosk_id,
            registration,
            item.name,
            item_words(item),
        )
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.table.setItem(row, column, cell)
        self.table.setCellWidget(row, ACTIONS_COLUMN, self._answers(item))

    def _answers(self, item: ExceptionItem) -> QWidget:
        box = QWidget()
        box.setObjectName("answers")
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 2, 4, 2)
        for button in self._buttons(item):
            row.addWidget(button)
        return box

    def _buttons(self, item: ExceptionItem) -> list[QPushButton]:
        if item.kind in JOB_KINDS:
            return self._jobs.buttons(item.kind, item.key, item.subject, self.listed.printers)
        buttons = []
        if item.registration_id is not None and item.name:
            person = item.registration_id
            buttons.append(
                self._button("open-person", self.tr("Open"), lambda: self.open_person.emit(person))
            )
        text, answer = {
            ExceptionKind.CONFLICT: (self.tr("Mark as checked"), _Queue.mark_conflict_checked),
            ExceptionKind.REJECTED: (self.tr("Mark as seen"), _Queue.mark_rejected_seen),
            ExceptionKind.REFUSED_SCAN: (self.tr("Mark as handled"), _Queue.mark_scan_handled),
        }[item.kind]
        buttons.append(self._button("mark-answered", text, lambda: self.mark(item, answer)))
        return buttons

    def _button(self, name: str, text: str, clicked: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(clicked)
        return button

    # --- answers --------------------------------------------------------------------------

    def mark(
        self,
        item: ExceptionItem,
        answer: Callable[[ExceptionQueue, DeskStaff, ExceptionItem], None],
    ) -> None:
        """Record that staff dealt with a conflict, a rejected item or a refused scan."""
        staff = self.context.staff
        if staff is None:
            return

        def work(backend: DeskBackend) -> ExceptionAnswerError | None:
            try:
                answer(queue_for(backend), staff, item)
            except ExceptionAnswerError as exc:
                return exc
            return None

        self.context.run(work, self._on_marked)

    def _on_marked(self, problem: ExceptionAnswerError | None) -> None:
        if problem is not None:
            self.context.message.emit(problem_words(problem.problem))
        else:
            self.context.message.emit(self.tr("Recorded."))
        self.context.data_changed.emit()

    # --- rows for tests and the keyboard --------------------------------------------------

    def row_of(self, kind: ExceptionKind, registration_id: int | None) -> int:
        """The first row of ``kind`` for ``registration_id``, or -1."""
        for row, item in enumerate(self.listed.items):
            if item.kind is kind and item.registration_id == registration_id:
                return row
        return -1

    def button(self, row: int, name: str) -> QPushButton | None:
        box = self.table.cellWidget(row, ACTIONS_COLUMN)
        return None if box is None else box.findChild(QPushButton, name)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Time"),
                self.tr("Kiosk"),
                self.tr("Registration"),
                self.tr("Name"),
                self.tr("What happened"),
                self.tr("Answer"),
            ]
        )
        count = self.tr("%1: %2")
        counts = [
            count.replace("%1", kind_words(kind)).replace("%2", str(self.listed.count(kind)))
            for kind in ExceptionKind
        ]
        self._counts.setText(" · ".join(counts))
        self._empty.setText(self.tr("Nothing needs a person right now."))
        self._empty.setVisible(not self.listed.total)
        for row, item in enumerate(self.listed.items[:MAX_ROWS]):
            self._fill_row(row, item)
        self.table.resizeRowsToContents()
        if self.listed.total > MAX_ROWS:
            self._empty.setText(
                self.tr("The newest %1 are listed; answer them to see the others.").replace(
                    "%1", str(MAX_ROWS)
                )
            )
            self._empty.show()
