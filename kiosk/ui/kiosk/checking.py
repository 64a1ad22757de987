"""The checking screen: shown while the kiosk checks a code and prints the badge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from kiosk.ui.widgets import Screen, label


class CheckingScreen(Screen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = label("checking", centred=True)
        self._hint = label("hint", wrap=True, centred=True)
        busy = QProgressBar()
        busy.setRange(0, 0)  # no known end: Qt animates it as a busy indicator
        busy.setTextVisible(False)
        busy.setFixedWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(40)
        layout.addStretch(1)
        layout.addWidget(self._title)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Checking…"))
        self._hint.setText(self.tr("Please wait a moment."))
        self.setAccessibleName(self._title.text())
        self.setAccessibleDescription(self._hint.text())
