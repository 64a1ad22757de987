"""Small building blocks the screens share: a self-translating screen and a label that fits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override


class Screen(QWidget):
    """A full-window screen that sets its texts again whenever the UI language changes."""

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language; screens override this."""


def label(name: str, *, wrap: bool = False, centred: bool = False) -> QLabel:
    """A label styled by the theme's rule for ``#name``."""
    widget = QLabel()
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    if centred:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


class FitLabel(QLabel):
    """A label whose font shrinks until the text fits on one line; below ``min_px`` it wraps.

    Its font size is set here, so the stylesheet must not set one for it.
    """

    def __init__(
        self, max_px: int, min_px: int, *, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._max_px = max_px
        self._min_px = min_px
        self._bold = bold
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self._fit()

    def fit_within(self, largest_px: int) -> int:
        """Fit again with ``largest_px`` as the largest size; returns the size chosen (labels
        that should look alike take the smallest of their sizes)."""
        self._max_px = max(largest_px, self._min_px)
        self._fit()
        return self.font().pixelSize()

    @override
    def minimumSizeHint(self) -> QSize:
        # Without this the label would ask for its whole text's width and widen the window.
        return QSize(0, super().minimumSizeHint().height())

    @override
    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        font = QFont(self.font())
        font.setBold(self._bold)
        size = self._max_px
        while size > self._min_px and _text_width(font, size, self.text()) > width:
            size -= 2
        font.setPixelSize(size)
        self.setWordWrap(_text_width(font, size, self.text()) > width)
        if font != self.font():
            self.setFont(font)


def _text_width(font: QFont, pixel_size: int, text: str) -> int:
    font.setPixelSize(pixel_size)
    return QFontMetrics(font).horizontalAdvance(text)
