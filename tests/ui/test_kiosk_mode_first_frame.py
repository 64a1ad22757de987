"""The kiosk window's first frame is already full screen: on the kiosk's monitor (cage, the kiosk
session) no window of Qt's default size is drawn first and then grown at every start."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.kiosk_mode import show_in_kiosk_mode


class _SizeAtShow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[QSize] = []

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.sizes.append(self.size())
        super().showEvent(event)


def test_the_window_has_the_screens_size_when_it_is_first_shown(qtbot: QtBot) -> None:
    window = _SizeAtShow()
    qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen()
    assert window.size() != screen.geometry().size()  # Qt's default: smaller than the screen

    show_in_kiosk_mode(window)

    assert window.sizes[0] == screen.geometry().size()
    assert window.isFullScreen()
