"""The label that fits a badge name of any length into the screen's width."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from kiosk.ui.widgets import FitLabel


def fitted(qtbot: QtBot, text: str, width: int) -> FitLabel:
    label = FitLabel(80, 40)
    qtbot.addWidget(label)
    label.resize(width, 300)
    label.show()
    label.show_text(text)
    return label


def test_a_short_name_keeps_the_largest_size(qtbot: QtBot) -> None:
    label = fitted(qtbot, "Li Wei", 1000)
    assert label.font().pixelSize() == 80
    assert not label.wordWrap()


def test_a_long_name_shrinks_until_it_fits_one_line(qtbot: QtBot) -> None:
    label = fitted(qtbot, "María José Fernández-Castañeda", 1000)
    assert 40 < label.font().pixelSize() < 80
    assert QFontMetrics(label.font()).horizontalAdvance(label.text()) <= 1000
    assert not label.wordWrap()


def test_a_name_too_long_for_the_smallest_size_wraps(qtbot: QtBot) -> None:
    label = fitted(qtbot, "Maria-Fernanda " * 10, 1000)
    assert label.font().pixelSize() == 40
    assert label.wordWrap()


def test_a_wider_screen_lets_the_name_grow_again(qtbot: QtBot) -> None:
    label = fitted(qtbot, "María José Fernández-Castañeda", 400)
    small = label.font().pixelSize()
    label.resize(1200, 300)
    assert label.font().pixelSize() > small
