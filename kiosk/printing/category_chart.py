"""The per-category chart drawn with QPainter: arrived against expected, one bar per category.

The companion of charts.py (check-ins per hour): QtGui only, any paint device, scaled to the
rectangle it is given, words from report_words.py and category labels in the chart's language.
In Arabic the rows mirror (label on the right, bars filling from the right), as a progress bar
does in a right-to-left interface.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from kiosk.core.arrivals import ArrivalsDay, CategoryTotal
from kiosk.printing.fonts import badge_font
from kiosk.printing.report_words import RTL_LANGUAGES, word

_INK = QColor("#202020")
_TRACK = QColor("#e4e4e4")
_MAX_ROW_PX = 44.0  # at scale 1: rows stay bar-like when there are few categories


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """One row as drawn: the label, its colour and the figures beside the bar."""

    label: str
    colour: str
    arrived: int
    expected: int

    @property
    def share(self) -> float:
        """The filled part of the bar: arrived of expected (full when nobody was expected)."""
        if self.expected <= 0:
            return 1.0 if self.arrived else 0.0
        return min(self.arrived / self.expected, 1.0)

    @property
    def figures(self) -> str:
        return f"{self.arrived:,} / {self.expected:,}"


def category_rows(day: ArrivalsDay, language: str) -> tuple[CategoryRow, ...]:
    """The categories the chart shows: those with someone expected or a check-in that day."""
    return tuple(_row(c, language) for c in day.categories if c.expected or c.today)


def _row(category: CategoryTotal, language: str) -> CategoryRow:
    return CategoryRow(
        category.label_in(language), category.colour, category.arrived, category.expected
    )


def draw_category_chart(
    painter: QPainter,
    rect: QRectF,
    day: ArrivalsDay,
    language: str,
    scale: float | None = None,
) -> tuple[CategoryRow, ...]:
    """Draw the chart into ``rect`` (device units) and return the rows drawn.

    ``scale`` sizes the text (1.0: an 18 px title); by default it follows the rectangle. A
    picture that puts this chart beside the hourly one passes that chart's scale."""
    rows = category_rows(day, language)
    if scale is None:
        scale = min(rect.width() / 640.0, rect.height() / 300.0)
    title = word("arrived", language)
    rtl = language in RTL_LANGUAGES
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    title_h = 40 * scale
    _text(
        painter,
        badge_font(18 * scale, True, title),
        QRectF(rect.left(), rect.top(), rect.width(), title_h),
        title,
        Qt.AlignmentFlag.AlignCenter,
    )
    body = rect.adjusted(16 * scale, title_h + 8 * scale, -16 * scale, -8 * scale)
    if rows:
        row_h = min(body.height() / len(rows), _MAX_ROW_PX * scale * 1.6)
        labels = "".join(r.label for r in rows)
        font = badge_font(max(min(row_h * 0.5, 15 * scale), 6.0), False, labels + "0123456789")
        for index, row in enumerate(rows):
            line = QRectF(body.left(), body.top() + row_h * index, body.width(), row_h)
            _draw_row(painter, line, row, font, rtl)
    painter.restore()
    return rows


def _draw_row(painter: QPainter, line: QRectF, row: CategoryRow, font: QFont, rtl: bool) -> None:
    label_w, figures_w, gap = line.width() * 0.40, line.width() * 0.20, line.width() * 0.02
    bar_w = line.width() - label_w - figures_w - 2 * gap
    bar_h = line.height() * 0.55
    bar_y = line.top() + (line.height() - bar_h) / 2
    if rtl:  # label | bar | figures, read from the right
        label_box = QRectF(line.right() - label_w, line.top(), label_w, line.height())
        bar = QRectF(label_box.left() - gap - bar_w, bar_y, bar_w, bar_h)
        figures_box = QRectF(line.left(), line.top(), figures_w, line.height())
        filled = QRectF(bar.right() - bar_w * row.share, bar_y, bar_w * row.share, bar_h)
    else:
        label_box = QRectF(line.left(), line.top(), label_w, line.height())
        bar = QRectF(label_box.right() + gap, bar_y, bar_w, bar_h)
        figures_box = QRectF(line.right() - figures_w, line.top(), figures_w, line.height())
        filled = QRectF(bar.left(), bar_y, bar_w * row.share, bar_h)
    painter.fillRect(bar, _TRACK)
    painter.fillRect(filled, QColor(row.colour))
    start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    _text(painter, font, label_box, _elided(font, row.label, label_box.width()), start)
    _text(painter, font, figures_box, row.figures, end)


def _elided(font: QFont, text: str, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


def _text(painter: QPainter, font: QFont, box: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
    painter.setFont(font)
    painter.setPen(_INK)
    # Absolute: the boxes are already placed for the direction; Qt must not mirror them again.
    flags = align | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
    painter.drawText(box, int(flags), text)
