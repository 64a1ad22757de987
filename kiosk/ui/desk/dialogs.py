"""The desk's action dialogs, part one: what every dialog shares (a heading, a form, a line for
the refusal, Cancel and the action's button), the reason chooser, and the badge dialogs (check
in, print or reprint, void).

A dialog only collects input: PersonActions runs the service on the worker thread, then either
closes it (done) or shows the refusal in it, keeping everything typed (docs/desk-window.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.model import Participant
from kiosk.ui.desk.style import DESK_STYLESHEET, desk_font
from kiosk.ui.theme import MUTED, PAPER
from kiosk.ui.widgets import label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

_REASONS = "desk-reasons"
DIALOG_WIDTH_PX = 620
# The action's button waits (a tick, the service's answer): then it must not look pressable.
_DIALOG_STYLESHEET = f"""
QPushButton#primary:disabled {{ background: {PAPER}; color: {MUTED}; border-color: {MUTED}; }}
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; it is translated when shown."""
    return text


# (what the audit log keeps, in English; what staff read). "" asks staff to choose.
Reason = tuple[str, str]
CHOOSE = ("", QT_TRANSLATE_NOOP("desk-reasons", "Choose a reason…"))
OTHER = ("other", QT_TRANSLATE_NOOP("desk-reasons", "Other (type it below)"))
PRINT_REASONS: tuple[Reason, ...] = (
    CHOOSE,
    ("first badge", QT_TRANSLATE_NOOP("desk-reasons", "First badge")),
    ("lost", QT_TRANSLATE_NOOP("desk-reasons", "Badge lost")),
    ("damaged", QT_TRANSLATE_NOOP("desk-reasons", "Badge damaged")),
    ("name corrected", QT_TRANSLATE_NOOP("desk-reasons", "Name corrected")),
    ("photo replaced", QT_TRANSLATE_NOOP("desk-reasons", "Photo replaced")),
    OTHER,
)
VOID_REASONS: tuple[Reason, ...] = (
    CHOOSE,
    ("reported lost", QT_TRANSLATE_NOOP("desk-reasons", "Reported lost")),
    ("reported stolen", QT_TRANSLATE_NOOP("desk-reasons", "Reported stolen")),
    ("wrong person", QT_TRANSLATE_NOOP("desk-reasons", "Used by someone else")),
    OTHER,
)
NAME_REASONS: tuple[Reason, ...] = (
    CHOOSE,
    ("misspelt", QT_TRANSLATE_NOOP("desk-reasons", "Misspelt")),
    ("as on the ID document", QT_TRANSLATE_NOOP("desk-reasons", "As on the ID document")),
    ("preferred name", QT_TRANSLATE_NOOP("desk-reasons", "The person's preferred name")),
    OTHER,
)
WALK_IN_REASONS: tuple[Reason, ...] = (
    CHOOSE,
    ("not registered", QT_TRANSLATE_NOOP("desk-reasons", "Not registered")),
    ("registration not found", QT_TRANSLATE_NOOP("desk-reasons", "Registration not found")),
    ("invited on site", QT_TRANSLATE_NOOP("desk-reasons", "Invited on site")),
    OTHER,
)


class ReasonField(QWidget):
    """A short list of reasons plus a free text; ``reason()`` is what the audit log keeps."""

    def __init__(self, reasons: Sequence[Reason], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reasons = tuple(reasons)
        self.choice = QComboBox()
        self.choice.setObjectName("desk-reason-choice")
        for key, _text in self._reasons:
            self.choice.addItem("", key)
        self.details = QLineEdit()
        self.details.setObjectName("desk-reason-text")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.choice)
        column.addWidget(self.details)
        self.retranslate()

    def choose(self, key: str) -> None:
        self.choice.setCurrentIndex(max(0, self.choice.findData(key)))

    def reason(self) -> str:
        """The chosen reason and the typed details ("lost: in the plenary hall")."""
        key = str(self.choice.currentData() or "")
        details = self.details.text()
        if key in ("", OTHER[0]):
            return details
        return f"{key}: {details}" if details.strip() else key

    def retranslate(self) -> None:
        for index, (_key, text) in enumerate(self._reasons):
            self.choice.setItemText(index, QCoreApplication.translate(_REASONS, text))
        self.choice.setAccessibleName(self.tr("Reason"))
        self.details.setPlaceholderText(self.tr("Details (optional, or the reason itself)"))
        self.details.setAccessibleName(self.tr("Reason details"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ActionDialog(QDialog):
    """A heading, a form, a refusal line and two buttons; ``submitted`` when the action's button
    is pressed (the dialog waits, busy, until ``show_problem`` or ``accept``)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(desk_font())
        self.setStyleSheet(DESK_STYLESHEET + _DIALOG_STYLESHEET)
        self.setMinimumWidth(DIALOG_WIDTH_PX)
        self.heading = label("title", wrap=True)
        self.explanation = label("hint", wrap=True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem = label("warning", wrap=True)
        self.problem.hide()
        self._reason_row: ReasonField | None = None
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addLayout(self.form)
        column.addWidget(self.problem)
        column.addLayout(buttons)

    def add_field(self, field: QWidget) -> None:
        """A row of the form: a caption (set by ``caption``) beside ``field``."""
        caption = QLabel()
        caption.setBuddy(field)
        caption.setWordWrap(True)
        self.form.addRow(caption, field)

    def add_reason(self, reasons: Sequence[Reason]) -> ReasonField:
        """The form's reason row: a short list of reasons and a free text."""
        self._reason_row = ReasonField(reasons)
        self.add_field(self._reason_row)
        return self._reason_row

    def caption(self, field: QWidget, text: str) -> None:
        """The caption beside ``field`` (and the field's accessible name)."""
        caption = self.form.labelForField(field)
        if isinstance(caption, QLabel):
            caption.setText(text)
        field.setAccessibleName(text)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy and self.ready())
        self.cancel_button.setEnabled(not busy)

    def ready(self) -> bool:
        """Whether the action's button may be pressed (a dialog may wait for a tick)."""
        return True

    def show_problem(self, text: str) -> None:
        """The service refused: say why; the input stays as typed."""
        self.problem.setText(text)
        self.problem.show()
        self.set_busy(False)

    def retranslate(self) -> None:
        """Set every text in the current language; dialogs override this (and call it)."""
        self.cancel_button.setText(self.tr("Cancel"))
        if self._reason_row is not None:
            caption = self.form.labelForField(self._reason_row)
            if isinstance(caption, QLabel):
                caption.setText(self.tr("Reason"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _on_ok_clicked(self) -> None:
        self.problem.hide()
        self.set_busy(True)
        self.submitted.emit()


class CheckInDialog(ActionDialog):
    """Check in by hand, once the ID document is checked (the box must be ticked)."""

    def __init__(self, person: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.id_checked = QCheckBox()
        self.id_checked.setObjectName("desk-id-checked")
        self.id_checked.toggled.connect(lambda _on: self.set_busy(False))
        self.form.addRow(self.id_checked)
        self.retranslate()
        self.set_busy(False)

    @override
    def ready(self) -> bool:
        return self.id_checked.isChecked()

    @override
    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Check in"))
        self.heading.setText(self.tr("Check in {name}").format(name=self.person.badge_name))
        self.explanation.setText(
            self.tr("Registration {id}. Compare the ID document with the name and photo.").format(
                id=self.person.registration_id
            )
        )
        self.id_checked.setText(self.tr("I have checked their ID document"))
        self.ok_button.setText(self.tr("Check in"))


class PrintDialog(ActionDialog):
    """Print or reprint with a reason; says which version prints and which one stops working."""

    def __init__(
        self, person: Participant, valid_version: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.person = person
        self.valid_version = valid_version
        self.reason = self.add_reason(PRINT_REASONS)
        if person.badge_version == 0:
            self.reason.choose("first badge")
        self.retranslate()

    @override
    def retranslate(self) -> None:
        super().retranslate()
        name, version = self.person.badge_name, self.person.badge_version + 1
        self.setWindowTitle(self.tr("Print badge"))
        self.heading.setText(self.tr("Badge for {name}").format(name=name))
        lines = [self.tr("Badge version {version} will be printed.").format(version=version)]
        if self.valid_version is not None:
            lines.append(
                self.tr(
                    "The badge now valid (version {old}) stops working once the new one is printed."
                ).format(old=self.valid_version)
            )
        self.explanation.setText("\n".join(lines))
        self.ok_button.setText(self.tr("Print"))


class VoidDialog(ActionDialog):
    """Void the valid badge at once (supervisors), with a reason."""

    def __init__(self, person: Participant, valid_version: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.person = person
        self.valid_version = valid_version
        self.reason = self.add_reason(VOID_REASONS)
        self.retranslate()

    @override
    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Void badge"))
        self.heading.setText(
            self.tr("Void the badge of {name}").format(name=self.person.badge_name)
        )
        self.explanation.setText(
            self.tr(
                "Badge version {version} stops working at every door at once. No badge of this "
                "person is valid until the next print."
            ).format(version=self.valid_version)
        )
        self.ok_button.setText(self.tr("Void badge"))
