"""A widget that paints one of the arrivals charts (printing/charts.py, category_chart.py) at its
own size: the same QPainter code as the report and the PNG export, never QtCharts (GPL-only).

It keeps the last figures it was given until new ones arrive, so a refresh never shows an empty
chart; before the first figures it shows a short line instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.arrivals import ArrivalsDay
from kiosk.ui.i18n import current_language
from kiosk.ui.theme import MUTED

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

Draw = Callable[[QPainter, QRectF, ArrivalsDay, str], object]


class ChartView(QWidget):
    """Paints ``draw(painter, rect, day, language)`` scaled to the widget, in the UI language."""

    def __init__(self, draw: Draw, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draw = draw
        self._day: ArrivalsDay | None = None
        self._waiting_text = ""
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def day(self) -> ArrivalsDay | None:
        """The figures painted now (None before the first load or after sign-out)."""
        return self._day

    def show_day(self, day: ArrivalsDay | None) -> None:
        self._day = day
        self.update()

    def set_waiting_text(self, text: str) -> None:
        """What shows while there are no figures yet (already translated)."""
        self._waiting_text = text
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # the chart's words and labels follow the UI language
        super().changeEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect())
            if self._day is None:
                painter.fillRect(rect, QColor("white"))
                painter.setPen(QColor(MUTED))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._waiting_text)
                return
            self._draw(painter, rect, self._day, current_language())
        finally:
            painter.end()
