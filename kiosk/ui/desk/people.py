"""The desk's People page: search as you type, a scanned code opens its person, the detail.

The list is on the left (about 40 %), the detail and its actions on the right; in Arabic the
layout mirrors. Searches and detail loads run on the desk's worker thread; each carries a
sequence number, and an answer overtaken by newer typing (or another person) is dropped.
Scanning a code only identifies its person: nobody is checked in by a scan here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.desk_views import (
    CodeIdentity,
    CodeNotice,
    PersonRow,
    PersonView,
    find_people,
    identify_code,
    person_view,
)
from kiosk.ui.desk import people_texts as words
from kiosk.ui.desk.context import DeskContext, DeskPanel
from kiosk.ui.desk.people_model import NAME, ORGANISATION, STATE, PeopleModel
from kiosk.ui.desk.person_actions import PersonActions
from kiosk.ui.desk.person_detail import PersonDetail
from kiosk.ui.widgets import label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

TYPING_PAUSE_MS = 120  # a search starts after this pause in typing
MAX_RESULTS = 50
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PeoplePanel(DeskPanel):
    """The People page."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._search_seq = 0
        self._detail_seq = 0
        self._shown_text = ""  # the text whose results are on screen
        self._shown_id: int | None = None
        self._photos = Path(context.options.photos_dir) if context.options.photos_dir else None
        self.search = QLineEdit()
        self.search.setObjectName("desk-search")
        self.search.setClearButtonEnabled(True)
        self.hint = label("hint", wrap=True)
        self.scan_note = label("warning", wrap=True)
        self.model = PeopleModel(self)
        self.results = self._results_view()
        self.detail = PersonDetail()
        self.person_actions = PersonActions(context)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._layout()
        self._connect()
        self.retranslate()

    def _results_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("desk-results")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setStyleSheet("QTableView::item { padding: 4px 6px; }")
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # two lines, any script
        columns = view.horizontalHeader()
        columns.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        # Titles start where the cells do; one too long for its column loses its end, not its start.
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        columns.setTextElideMode(Qt.TextElideMode.ElideRight)
        return view

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.hint)
        left.addWidget(self.results, 1)
        inner = QWidget()
        inner_column = QVBoxLayout(inner)
        inner_column.setContentsMargins(0, 0, 0, 0)
        self.scan_note.setContentsMargins(12, 8, 12, 0)
        inner_column.addWidget(self.scan_note)
        inner_column.addWidget(self.detail, 1)
        scroll = QScrollArea()
        scroll.setObjectName("desk-detail")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addWidget(self.person_actions)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 12, 12, 12)
        row.addLayout(left, 2)
        row.addLayout(right, 3)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_edited)
        self.search.installEventFilter(self)
        self._typing.timeout.connect(self._search_now)
        self.results.activated.connect(self._on_results_activated)
        self.person_actions.changed.connect(self._on_actions_changed)
        self.context.data_changed.connect(self._on_data_changed)

    # -- what the window drives ----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("People")

    @override
    def activate(self) -> None:
        self.search.setFocus()

    @override
    def clear(self) -> None:
        self._typing.stop()
        self._search_seq += 1  # answers still on their way are dropped
        self._detail_seq += 1
        self._shown_text = ""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_rows(())
        self.scan_note.clear()
        self.scan_note.hide()
        self._show_nobody()
        self._show_hint()

    def _show_nobody(self) -> None:
        self._shown_id = None
        self.detail.clear()
        self.person_actions.show_person(None, None, None)

    def show_code(self, text: str) -> None:
        """A code scanned at the desk: find whose it is (nobody is checked in) and show them."""
        self._detail_seq += 1
        seq = self._detail_seq
        self.context.run(
            lambda backend: identify_code(backend.service, text),
            lambda identity: self._on_identified(seq, identity),
        )

    def show_person(self, registration_id: int) -> None:
        """Show one registration's detail (the exceptions page opens people this way)."""
        self.scan_note.hide()
        self._load(registration_id, CodeNotice.NONE, 0)

    # -- searching -----------------------------------------------------------------------------

    @Slot(str)
    def _on_search_edited(self, _text: str) -> None:
        self._search_seq += 1  # an answer to what was typed before is stale from now on
        self._typing.start()

    @Slot()
    def _search_now(self) -> None:
        text = self.search.text().strip()
        self._search_seq += 1
        seq = self._search_seq
        if not text:
            self._shown_text = ""
            self.model.set_rows(())
            self._show_hint()
            return
        self.context.run(
            lambda backend: find_people(backend, text, MAX_RESULTS),
            lambda rows: self._on_found(seq, text, rows),
        )

    def _on_found(self, seq: int, text: str, rows: tuple[PersonRow, ...]) -> None:
        if seq != self._search_seq:
            return  # newer typing asked since: its answer is the one to show
        self._shown_text = text
        self.model.set_rows(rows)
        if rows:
            self._select(0)
        self._show_hint()

    def _show_hint(self) -> None:
        if not self._shown_text:
            text = self.tr("Type a name, an organisation, a country or a registration number.")
        elif self.model.rowCount() == 0:
            text = self.tr("Nobody found for “{text}”.").format(text=self._shown_text)
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_search_key(event.key())
        return super().eventFilter(watched, event)

    def _on_search_key(self, key: int) -> bool:
        """Up and Down move through the results, Enter opens the one selected."""
        count = self.model.rowCount()
        current = self.results.currentIndex().row()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and count:
            step = 1 if key == Qt.Key.Key_Down else -1
            self._select(max(0, min(count - 1, current + step)))
            return True
        if key in _OPEN_KEYS and count:
            self._open_row(max(current, 0))
            return True
        return False

    def _select(self, row: int) -> None:
        self.results.setCurrentIndex(self.model.index(row, NAME))

    @Slot(QModelIndex)
    def _on_results_activated(self, index: QModelIndex) -> None:
        self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            self.show_person(found.person.registration_id)

    # -- the detail ----------------------------------------------------------------------------

    def _on_identified(self, seq: int, identity: CodeIdentity) -> None:
        if seq != self._detail_seq:
            return
        if identity.registration_id is None:
            assert identity.problem is not None
            self._show_nobody()  # the person shown before is not whose code this was
            text = words.problem_text(identity.problem)
            self.scan_note.setText(text)
            self.scan_note.show()
            self.context.message.emit(text)
            return
        self.scan_note.hide()
        self._load(identity.registration_id, identity.notice, identity.badge_version)

    def _load(self, registration_id: int, notice: CodeNotice, badge_version: int) -> None:
        self._detail_seq += 1
        seq = self._detail_seq
        photos = self._photos
        self.context.run(
            lambda backend: person_view(backend, registration_id, photos),
            lambda view: self._on_loaded(seq, registration_id, view, (notice, badge_version)),
        )

    def _on_loaded(
        self,
        seq: int,
        registration_id: int,
        view: PersonView | None,
        notice: tuple[CodeNotice, int],
    ) -> None:
        if seq != self._detail_seq:
            return
        if view is None:
            self.context.message.emit(
                self.tr("Registration {id} is not on this desk's list.").format(id=registration_id)
            )
            return
        self._shown_id = registration_id
        self.detail.show_view(view, *notice)
        job = view.open_job.id if view.open_job is not None else None
        self.person_actions.show_person(view.person, view.valid_badge_version, job)

    @Slot(int)
    def _on_actions_changed(self, _registration_id: int) -> None:
        self.context.data_changed.emit()  # the window syncs; this page reloads below

    @Slot()
    def _on_data_changed(self) -> None:
        if self.context.staff is None:
            return
        if self._shown_text:
            self._search_now()
        if self._shown_id is not None:
            self._load(self._shown_id, *self._notice_shown())

    def _notice_shown(self) -> tuple[CodeNotice, int]:
        view = self.detail.view
        return (CodeNotice.NONE, 0) if view is None else self.detail.notice

    @override
    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Name in any script, organisation, country, e-mail or registration number")
        )
        self.search.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("People found"))
        self.model.retranslate()
        self._show_hint()
