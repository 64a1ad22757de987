"""The staff PIN pad: ten digits, clear, OK and Back; the PIN is shown as dots only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.staff import PIN_DIGITS
from kiosk.ui import theme
from kiosk.ui.widgets import Screen, label

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok")


class PinPadScreen(Screen):
    """Staff type their PIN (or scan a staff QR): ``pin_entered`` on OK, ``cancelled`` on Back."""

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        self._message = ""
        self._title = label("header")
        self._prompt = label("hint", wrap=True, centred=True)
        self._dots = label("dots", centred=True)
        self._dots.setStyleSheet("#dots { font-size: 44px; font-weight: 700; }")
        self._status = label("body", wrap=True, centred=True)
        self._keys: dict[str, QPushButton] = {key: self._key(key) for key in KEYS}
        self._back = self._key("back")
        self._lay_out()
        self.retranslate()

    @property
    def entered(self) -> str:
        return self._pin

    def reset(self) -> None:
        """An empty PIN and no message (each time the pad opens)."""
        self._pin = ""
        self.show_message("")
        self.set_busy(False)

    def show_message(self, text: str) -> None:
        self._message = text
        self._status.setText(text)
        self._dots.setText(self._dot_text())

    def set_busy(self, busy: bool) -> None:
        """While a PIN is being checked the keys do nothing."""
        for button in self._keys.values():
            button.setEnabled(not busy)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Staff sign-in"))
        self._prompt.setText(self.tr("Enter your staff PIN, or scan your staff QR code."))
        self._keys["clear"].setText(self.tr("Clear"))
        self._keys["ok"].setText(self.tr("OK"))
        self._back.setText(self.tr("Back"))
        self._dots.setText(self._dot_text())

    def _dot_text(self) -> str:
        return " ".join("●" * len(self._pin)) or " "

    def _key(self, key: str) -> QPushButton:
        button = QPushButton(key if key.isdigit() else "")
        button.setObjectName(f"key-{key}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must not press it
        button.setFixedHeight(theme.TOUCH_PX)  # one grid of equal keys, each column as wide
        button.setMinimumWidth(theme.TOUCH_PX * 2)  # as its longest word ("Стереть")
        if key == "ok":
            button.setStyleSheet(_OK_STYLE)
        button.clicked.connect(lambda: self._on_key_clicked(key))
        return button

    @Slot()
    def _on_key_clicked(self, key: str) -> None:
        if key == "back":
            self.cancelled.emit()
        elif key == "clear":
            self._pin = ""
        elif key == "ok":
            if self._pin:
                self.pin_entered.emit(self._pin)
        elif len(self._pin) < PIN_DIGITS[1]:
            self._pin += key
            self._status.setText("")
        self._dots.setText(self._dot_text())

    def _lay_out(self) -> None:
        pad = QGridLayout()
        pad.setSpacing(14)
        for index, key in enumerate(KEYS):
            pad.addWidget(self._keys[key], index // 3, index % 3)
        holder = QWidget()
        holder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # keypads read 1-2-3 everywhere
        holder.setLayout(pad)
        row = QGridLayout()  # the pad centred, Back in the bottom corner (two equal side columns)
        row.setColumnStretch(0, 1)
        row.setColumnStretch(2, 1)
        row.addWidget(holder, 0, 1)
        row.addWidget(
            self._back, 0, 2, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignTrailing
        )
        body = QVBoxLayout()
        body.setContentsMargins(48, 12, 48, 24)
        body.setSpacing(8)
        body.addWidget(self._prompt)
        body.addWidget(self._dots)
        body.addWidget(self._status)
        body.addLayout(row, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._title)
        outer.addLayout(body, 1)


_OK_STYLE = f"background: {theme.UN_BLUE}; color: {theme.PAPER};"
