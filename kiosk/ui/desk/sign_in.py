"""The desk's sign-in page: a PIN typed on the keyboard, or a staff QR code scanned."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.staff import Attempt, SignIn
from kiosk.ui.desk.style import align_to_layout
from kiosk.ui.messages import LANGUAGE_NAMES
from kiosk.ui.widgets import Screen, label

MAX_PIN_CHARS = 64  # a PIN is digits; a pasted essay is cut here, never sent to scrypt whole


class DeskSignInPage(Screen):
    """Staff type their PIN and press Enter (or scan their staff code): ``secret_entered``."""

    secret_entered = Signal(str)
    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = label("header")
        self._event = label("hint", wrap=True)
        self._prompt = label("body", wrap=True)
        self._pin = QLineEdit()
        self._pin.setObjectName("desk-pin")
        self._pin.setEchoMode(QLineEdit.EchoMode.Password)
        self._pin.setMaxLength(MAX_PIN_CHARS)
        self._pin.returnPressed.connect(self._submit)
        self._button = QPushButton()
        self._button.setObjectName("desk-sign-in")
        self._button.clicked.connect(self._submit)
        self._status = label("body", wrap=True)
        self._status.setObjectName("desk-sign-in-status")
        self._languages = QComboBox()
        self._languages.setObjectName("desk-language")
        for code in languages:
            self._languages.addItem(LANGUAGE_NAMES[code], code)
        self._languages.activated.connect(
            lambda index: self.language_chosen.emit(self._languages.itemData(index))
        )
        self._lay_out()
        self.retranslate()

    def show_event_title(self, title: str) -> None:
        """The event's title in the UI's language (the window sets it again on a change)."""
        self._event.setText(title)
        align_to_layout(self._event)

    def show_language(self, code: str) -> None:
        index = self._languages.findData(code)
        if index >= 0:
            self._languages.setCurrentIndex(index)

    def reset(self) -> None:
        """An empty field, no message, ready for the next staff member."""
        self._pin.clear()
        self._status.clear()
        self.set_busy(False)
        self._pin.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._pin.setEnabled(not busy)
        self._button.setEnabled(not busy)
        if busy:
            self._status.setText(self.tr("Checking…"))

    def show_answer(self, answer: SignIn) -> None:
        """A refused PIN or code: say why (the lockout with its seconds)."""
        self.set_busy(False)
        self._pin.clear()
        self._pin.setFocus()
        if answer.attempt is Attempt.OK:
            self._status.clear()
        elif answer.locked_for_s:
            self._status.setText(
                self.tr("Too many wrong attempts. Try again in {seconds} s.").format(
                    seconds=answer.locked_for_s
                )
            )
        else:
            self._status.setText(self.tr("Wrong PIN or staff code. Try again."))

    def show_message(self, text: str) -> None:
        self.set_busy(False)
        self._status.setText(text)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Accreditation desk"))
        self._prompt.setText(
            self.tr("Type your staff PIN and press Enter, or scan your staff QR code.")
        )
        self._pin.setPlaceholderText(self.tr("Staff PIN"))
        self._pin.setAccessibleName(self.tr("Staff PIN"))
        self._button.setText(self.tr("Sign in"))
        self._languages.setAccessibleName(self.tr("Language"))

    @Slot()
    def _submit(self) -> None:
        secret = self._pin.text().strip()
        if not secret:
            self._status.setText(self.tr("Type your PIN first."))
            return
        self.set_busy(True)
        self.secret_entered.emit(secret)

    def _lay_out(self) -> None:
        form = QVBoxLayout()
        form.setSpacing(16)
        form.addWidget(self._title)
        form.addWidget(self._event)
        form.addSpacing(24)
        form.addWidget(self._prompt)
        row = QHBoxLayout()
        row.addWidget(self._pin, 1)
        row.addWidget(self._button)
        form.addLayout(row)
        form.addWidget(self._status)
        form.addStretch(1)
        form.addWidget(self._languages, 0, Qt.AlignmentFlag.AlignLeading)
        box = QWidget()
        box.setMaximumWidth(640)
        box.setLayout(form)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 3)
        outer.addStretch(1)
