"""The arrivals chart drawn with QPainter: check-ins per hour, stacked by category.

QtGui only (never QtCharts: its open-source edition is GPL-only), so the desk window, a PNG
export and the PDF report draw the same chart on any paint device. Category labels come in the
report's language (their data translations); text goes through the badge fonts, so any script
shapes correctly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from kiosk.core.arrivals import ArrivalsDay
from kiosk.printing.base import PrinterError
from kiosk.printing.fonts import badge_font
from kiosk.printing.report_words import RTL_LANGUAGES, word

FIRST_HOUR, LAST_HOUR = 7, 19  # always shown: the desk's working day; wider when data says so
_INK = QColor("#202020")
_GRID = QColor("#d0d0d0")


@dataclass(frozen=True, slots=True)
class ChartDrawn:
    """What the chart shows: one bar per hour with check-ins, segments per category in it."""

    bars: int
    segments: int


def draw_arrivals_chart(
    painter: QPainter, rect: QRectF, day: ArrivalsDay, language: str
) -> ChartDrawn:
    """Draw the chart into ``rect`` (device units) and say what was drawn."""
    scale = rect.height() / 600.0
    title_font = badge_font(18 * scale, True, word("chart_title", language))
    small = badge_font(10 * scale, False, "0123456789")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    _text(
        painter,
        title_font,
        QRectF(rect.left(), rect.top(), rect.width(), 40 * scale),
        word("chart_title", language),
        language,
    )
    legend_h = _legend(painter, rect, day, language, scale)
    plot = QRectF(
        rect.left() + 60 * scale,
        rect.top() + 50 * scale,
        rect.width() - 80 * scale,
        rect.height() - (100 * scale) - legend_h,
    )
    drawn = _bars(painter, plot, day, small)
    painter.restore()
    return drawn


def _bars(painter: QPainter, plot: QRectF, day: ArrivalsDay, font: QFont) -> ChartDrawn:
    table = day.per_hour()
    first = min([FIRST_HOUR, *table])
    last = max([LAST_HOUR, *table])
    peak = max([sum(row.values()) for row in table.values()] or [0])
    top = _nice_top(peak)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    for step in range(5):
        value = top * step // 4
        y = plot.bottom() - plot.height() * value / top
        painter.setPen(QPen(_GRID, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(_INK)
        label = f"{value:,}"
        painter.drawText(
            QPointF(plot.left() - metrics.horizontalAdvance(label) - 6, y + metrics.ascent() / 3),
            label,
        )
    slot = plot.width() / (last - first + 1)
    colours = {c.code: QColor(c.colour) for c in day.categories}
    order = [c.code for c in day.categories]
    bars = segments = 0
    for hour in range(first, last + 1):
        x = plot.left() + slot * (hour - first)
        painter.setPen(_INK)
        label = f"{hour:02d}"
        painter.drawText(
            QPointF(
                x + (slot - metrics.horizontalAdvance(label)) / 2, plot.bottom() + metrics.height()
            ),
            label,
        )
        row = table.get(hour, {})
        if not row:
            continue
        bars += 1
        y = plot.bottom()
        for code in sorted(row, key=lambda c: order.index(c) if c in order else len(order)):
            height = plot.height() * row[code] / top
            painter.fillRect(
                QRectF(x + slot * 0.15, y - height, slot * 0.7, height),
                colours.get(code, QColor("#808080")),
            )
            y -= height
            segments += 1
        total = f"{sum(row.values()):,}"
        painter.drawText(QPointF(x + (slot - metrics.horizontalAdvance(total)) / 2, y - 4), total)
    painter.setPen(QPen(_INK, 1.5))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    return ChartDrawn(bars, segments)


def _legend(
    painter: QPainter, rect: QRectF, day: ArrivalsDay, language: str, scale: float
) -> float:
    """Category swatches along the bottom, wrapping; right to left in Arabic. Its height."""
    rect = rect.adjusted(16 * scale, 0, -16 * scale, -12 * scale)
    shown = [c for c in day.categories if c.today or c.expected]
    labels = [c.label_in(language) for c in shown]
    font = badge_font(11 * scale, False, "".join(labels))
    metrics = QFontMetricsF(font)
    line_h = metrics.height() * 1.5
    rtl = language in RTL_LANGUAGES
    x, lines = 0.0, 1
    painter.setFont(font)
    base_y = rect.bottom() - line_h * _legend_lines(labels, metrics, rect.width(), scale)
    for category, label in zip(shown, labels, strict=True):
        width = 20 * scale + metrics.horizontalAdvance(label) + 20 * scale
        if x + width > rect.width() and x > 0:
            x, lines = 0.0, lines + 1
        left = rect.right() - x - width if rtl else rect.left() + x
        y = base_y + line_h * (lines - 1)
        swatch_x = left + width - 34 * scale if rtl else left
        painter.fillRect(
            QRectF(swatch_x, y + 2, 14 * scale, metrics.height() - 4), QColor(category.colour)
        )
        advance = metrics.horizontalAdvance(label) + 4
        text_x = swatch_x - 6 * scale - advance if rtl else left + 20 * scale
        box = QRectF(text_x, y, advance, metrics.height())
        _text(painter, font, box, label, language, Qt.AlignmentFlag.AlignVCenter)
        x += width
    return line_h * lines + 12 * scale


def _legend_lines(labels: list[str], metrics: QFontMetricsF, width: float, scale: float) -> int:
    x, lines = 0.0, 1
    for label in labels:
        w = 40 * scale + metrics.horizontalAdvance(label)
        if x + w > width and x > 0:
            x, lines = 0.0, lines + 1
        x += w
    return lines


def _text(
    painter: QPainter,
    font: QFont,
    box: QRectF,
    text: str,
    language: str,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
) -> None:
    painter.setFont(font)
    painter.setPen(_INK)
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RTL_LANGUAGES
        else Qt.LayoutDirection.LeftToRight
    )
    painter.drawText(box, int(align), text)


def _nice_top(peak: int) -> int:
    """A round axis top at or above ``peak`` that divides into four steps."""
    if peak <= 4:
        return 4
    magnitude = 10 ** (len(str(peak)) - 1)
    for factor in (1, 2, 2.5, 4, 5, 8, 10):
        top = int(factor * magnitude)
        if top >= peak and top % 4 == 0:
            return top
    return peak + (-peak % 4)


def chart_image(day: ArrivalsDay, language: str, width: int = 1280, height: int = 640) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        draw_arrivals_chart(painter, QRectF(0, 0, width, height), day, language)
    finally:
        painter.end()
    return image


def save_chart_png(day: ArrivalsDay, language: str, path: Path) -> None:
    """The chart as a PNG file (the dashboard's export)."""
    # PySide6 wants the format as str at run time; its stubs say bytes.
    if not chart_image(day, language).save(str(path), "PNG"):  # type: ignore[call-overload]
        raise PrinterError(f"cannot write the chart to {path}")
