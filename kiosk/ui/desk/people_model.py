"""The People page's results: a table model over the search's rows (one line per person).

Each row shows the name as printed with the Latin name under it when they differ, the
organisation with the country and category under it, and the person's state (checked in,
badge valid, revoked or cancelled in red). Texts are translated when the view asks for them,
so a language switch only needs ``retranslate()``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kiosk.core.countries import country_name
from kiosk.core.model import Participant
from kiosk.services.desk_views import PersonRow, PersonState
from kiosk.ui.desk.style import REFUSAL
from kiosk.ui.i18n import current_language
from kiosk.ui.messages import QT_TRANSLATE_NOOP, Tone
from kiosk.ui.theme import MUTED, TONE_COLOURS, UN_BLUE

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

_CONTEXT = "PeopleModel"
NAME, ORGANISATION, STATE = range(3)
_HEADERS = (
    QT_TRANSLATE_NOOP("PeopleModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleModel", "Organisation, country, category"),
    QT_TRANSLATE_NOOP("PeopleModel", "State"),
)
STATE_TEXTS = {
    PersonState.REVOKED: QT_TRANSLATE_NOOP("PeopleModel", "Revoked"),
    PersonState.CANCELLED: QT_TRANSLATE_NOOP("PeopleModel", "Cancelled"),
    PersonState.BADGE_VALID: QT_TRANSLATE_NOOP("PeopleModel", "Badge valid"),
    PersonState.CHECKED_IN: QT_TRANSLATE_NOOP("PeopleModel", "Checked in"),
    PersonState.REGISTERED: QT_TRANSLATE_NOOP("PeopleModel", "Not checked in"),
}
STATE_COLOURS = {
    PersonState.REVOKED: REFUSAL,
    PersonState.CANCELLED: REFUSAL,
    PersonState.BADGE_VALID: TONE_COLOURS[Tone.SUCCESS],
    PersonState.CHECKED_IN: UN_BLUE,
    PersonState.REGISTERED: MUTED,
}
_IndexArg = QModelIndex | QPersistentModelIndex


def state_text(state: PersonState) -> str:
    return QCoreApplication.translate(_CONTEXT, STATE_TEXTS[state])


def name_lines(person: Participant) -> str:
    """The badge name, and the Latin name under it when it differs."""
    latin = person.latin_name
    if latin and latin != person.badge_name:
        return f"{person.badge_name}\n{latin}"
    return person.badge_name or latin


class PeopleModel(QAbstractTableModel):
    """Rows of the last search answer; ``set_rows`` replaces them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PersonRow, ...] = ()

    def set_rows(self, rows: tuple[PersonRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> PersonRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATE)
        if self._rows:
            last = self.index(len(self._rows) - 1, STATE)
            self.dataChanged.emit(self.index(0, 0), last)

    @override
    def rowCount(self, parent: _IndexArg = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _IndexArg = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(_HEADERS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, _HEADERS[section])
        return None

    @override
    def data(self, index: _IndexArg, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATE:
            return QColor(STATE_COLOURS[row.state])
        if role == Qt.ItemDataRole.UserRole:
            return row.person.registration_id
        return None

    def _text(self, row: PersonRow, column: int) -> str:
        person = row.person
        if column == NAME:
            return name_lines(person)
        if column == ORGANISATION:
            category = row.category.label_in(current_language()) if row.category else ""
            details = " · ".join(
                t for t in (country_name(person.country, current_language()), category) if t
            )
            return f"{person.organisation}\n{details}" if person.organisation else details
        return state_text(row.state)
