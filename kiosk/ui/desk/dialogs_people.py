"""The desk's action dialogs, part two: what is typed about people (correct the badge name, a
VIP's badge collected by a focal point, a walk-in's temporary registration)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kiosk.core.desk import IdDocument
from kiosk.core.model import Participant
from kiosk.services.desk import WALK_IN_CATEGORY, WalkIn
from kiosk.ui.desk.dialogs import (
    NAME_REASONS,
    QT_TRANSLATE_NOOP,
    WALK_IN_REASONS,
    ActionDialog,
)

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

_DOCUMENTS = "desk-documents"
DOCUMENT_NAMES = {
    IdDocument.PASSPORT: QT_TRANSLATE_NOOP("desk-documents", "Passport"),
    IdDocument.NATIONAL_ID: QT_TRANSLATE_NOOP("desk-documents", "National identity card"),
    IdDocument.UN_LAISSEZ_PASSER: QT_TRANSLATE_NOOP("desk-documents", "UN laissez-passer"),
    IdDocument.OTHER: QT_TRANSLATE_NOOP("desk-documents", "Other official document"),
}


def _line(name: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    return edit


class NameDialog(ActionDialog):
    """Correct the badge name: the current one pre-filled, any script, with a reason.

    ``seen_name`` is the name on screen when the dialog opened: another desk's change made
    meanwhile is kept and listed as a conflict (docs/desk.md, "Two desks, one person")."""

    def __init__(self, person: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.seen_name = person.badge_name
        self.new_name = _line("desk-new-name", person.badge_name)
        self.add_field(self.new_name)
        self.reason = self.add_reason(NAME_REASONS)
        self.retranslate()

    @override
    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Correct the badge name"))
        self.heading.setText(self.tr("Correct the badge name"))
        self.explanation.setText(
            self.tr(
                "Registration {id}. Type the name as it should print, in any script. "
                "The next badge prints it; the registry gets it with the next sync."
            ).format(id=self.person.registration_id)
        )
        self.caption(self.new_name, self.tr("Badge name"))
        self.ok_button.setText(self.tr("Save the name"))


class VipPickupDialog(ActionDialog):
    """A focal point collects a VIP's badge: their name and the ID document they showed."""

    def __init__(self, person: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.collector = _line("desk-collector")
        self.document = QComboBox()
        self.document.setObjectName("desk-id-document")
        for document in IdDocument:
            self.document.addItem("", document)
        self.add_field(self.collector)
        self.add_field(self.document)
        self.retranslate()

    def chosen_document(self) -> IdDocument:
        document = self.document.currentData()
        return document if isinstance(document, IdDocument) else IdDocument.OTHER

    @override
    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("VIP badge pick-up"))
        self.heading.setText(
            self.tr("Who collects the badge of {name}?").format(name=self.person.badge_name)
        )
        self.explanation.setText(
            self.tr("Check the collector's ID document. Their name stays on this machine.")
        )
        for index, document in enumerate(IdDocument):
            self.document.setItemText(
                index, QCoreApplication.translate(_DOCUMENTS, DOCUMENT_NAMES[document])
            )
        self.caption(self.collector, self.tr("Collector's name"))
        self.caption(self.document, self.tr("ID document shown"))
        self.ok_button.setText(self.tr("Record the pick-up"))


class WalkInDialog(ActionDialog):
    """A temporary badge for someone not registered (supervisors): names as on their ID."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given_name = _line("desk-given-name")
        self.family_name = _line("desk-family-name")
        self.badge_name = _line("desk-badge-name")
        self.organisation = _line("desk-organisation")
        self.country = _line("desk-country")
        self.category = _line("desk-category", WALK_IN_CATEGORY)
        for field in self._fields():
            self.add_field(field)
        self.reason = self.add_reason(WALK_IN_REASONS)
        self.retranslate()

    def walk_in(self) -> WalkIn:
        """What was typed, unchecked (the service checks and names the first bad field)."""
        return WalkIn(
            self.given_name.text(),
            self.family_name.text(),
            self.badge_name.text(),
            self.organisation.text(),
            self.country.text(),
            self.category.text() or WALK_IN_CATEGORY,
        )

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (
            self.given_name,
            self.family_name,
            self.badge_name,
            self.organisation,
            self.country,
            self.category,
        )

    @override
    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Walk-in"))
        self.heading.setText(self.tr("Temporary badge for a walk-in"))
        self.explanation.setText(
            self.tr(
                "For someone not registered. Type the names as on their ID document. The "
                "registration is provisional until the registry confirms it."
            )
        )
        texts = (
            self.tr("Given name"),
            self.tr("Family name"),
            self.tr("Badge name"),
            self.tr("Organisation"),
            self.tr("Country (two letters)"),
            self.tr("Badge category"),
        )
        for field, text in zip(self._fields(), texts, strict=True):
            self.caption(field, text)
        self.badge_name.setPlaceholderText(self.tr("Empty: given and family name"))
        self.ok_button.setText(self.tr("Create the registration"))
