"""Replace photo… at the desk with a webcam: where the new photo comes from (the webcam or a
file), and what the desk's photo dialogs share (docs/desk-window.md, Actions)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.model import Participant
from kiosk.ui.desk.style import DESK_STYLESHEET, desk_font
from kiosk.ui.widgets import label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override


class DeskDialog(QDialog):
    """A desk dialog: the desk's font and style; ``retranslate`` on a language change."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setFont(desk_font())
        self.setStyleSheet(DESK_STYLESHEET)

    def retranslate(self) -> None:
        raise NotImplementedError

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def desk_button(name: str, primary: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName("primary" if primary else name)
    button.setAutoDefault(False)
    return button


class PhotoSourceDialog(DeskDialog):
    """Where the new photo comes from: ``webcam`` or ``file`` (Cancel: neither)."""

    webcam = Signal()
    file = Signal()

    def __init__(self, person: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.heading = label("title", wrap=True)
        self.webcam_button = desk_button("desk-photo-webcam", primary=True)
        self.file_button = desk_button("desk-photo-file")
        self.cancel_button = desk_button("desk-photo-cancel")
        self.webcam_button.clicked.connect(self._on_webcam)
        self.file_button.clicked.connect(self._on_file)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.webcam_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setSpacing(16)
        column.addWidget(self.heading)
        column.addLayout(buttons)
        self.retranslate()

    @Slot()
    def _on_webcam(self) -> None:
        self.accept()
        self.webcam.emit()

    @Slot()
    def _on_file(self) -> None:
        self.accept()
        self.file.emit()

    @override
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Replace photo"))
        self.heading.setText(
            self.tr("New photo of {name}").replace("{name}", self.person.badge_name)
        )
        self.webcam_button.setText(self.tr("Take with the webcam"))
        self.file_button.setText(self.tr("Choose a file…"))
        self.cancel_button.setText(self.tr("Cancel"))
