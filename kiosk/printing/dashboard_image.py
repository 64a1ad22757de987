"""The arrivals dashboard's charts as one PNG (the desk's "Export PNG").

One picture a coordinator can paste into a mail: the event and day, the day's totals, the chart
of check-ins per hour (charts.py, as in the report) and arrived against expected per category
(category_chart.py). QImage painting is thread-safe, so the desk draws it on its worker thread.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.core.arrivals import ArrivalsDay
from kiosk.printing.base import PrinterError
from kiosk.printing.category_chart import category_rows, draw_category_chart
from kiosk.printing.charts import draw_arrivals_chart
from kiosk.printing.fonts import badge_font
from kiosk.printing.report_words import RTL_LANGUAGES, word

WIDTH = 1600
_HEADER_H = 110
_HOURS_H = 760
_ROW_H = 36


def dashboard_image(
    day: ArrivalsDay, language: str, width: int = WIDTH, *, is_sample: bool = False
) -> QImage:
    """Header, chart per hour, chart per category, one under the other, ``width`` pixels wide;
    a demo event's picture says SAMPLE DATA, as its report does."""
    scale = width / WIDTH
    header_h, hours_h = int(_HEADER_H * scale), int(_HOURS_H * scale)
    text_scale = hours_h / 600.0  # the hourly chart's own scale (charts.py): one text size
    rows = max(len(category_rows(day, language)), 1)
    categories_h = int((70 + _ROW_H * rows) * text_scale)
    image = QImage(width, header_h + hours_h + categories_h, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _header(painter, QRectF(0, 0, width, header_h), day, language)
        if is_sample:
            _sample_mark(painter, QRectF(0, 0, width, header_h), language)
        draw_arrivals_chart(painter, QRectF(0, header_h, width, hours_h), day, language)
        draw_category_chart(
            painter,
            QRectF(0, header_h + hours_h, width, categories_h),
            day,
            language,
            text_scale,
        )
    finally:
        painter.end()
    return image


def _header(painter: QPainter, rect: QRectF, day: ArrivalsDay, language: str) -> None:
    scale = rect.height() / _HEADER_H
    rtl = language in RTL_LANGUAGES
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    align = side | Qt.AlignmentFlag.AlignAbsolute  # placed here, not mirrored again by Qt
    title = f"{day.event_title} \u2014 {day.day.isoformat()}"
    totals = (
        f"{word('check_ins_today', language)}: {day.check_ins:,}    "
        f"{word('arrived', language)}: {day.arrived:,} / {day.expected:,}    "
        f"{word('times_in', language)} {day.timezone}"
    )
    box = rect.adjusted(24 * scale, 12 * scale, -24 * scale, 0)
    painter.setPen(QColor("#202020"))
    painter.setFont(badge_font(24 * scale, True, title))
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 44 * scale), int(align), title)
    painter.setFont(badge_font(16 * scale, False, totals))
    painter.drawText(
        QRectF(box.left(), box.top() + 52 * scale, box.width(), 36 * scale), int(align), totals
    )


def _sample_mark(painter: QPainter, rect: QRectF, language: str) -> None:
    scale = rect.height() / _HEADER_H
    text = word("sample", language)
    rtl = language in RTL_LANGUAGES
    side = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight  # the far end
    painter.setPen(QColor("#b00020"))
    painter.setFont(badge_font(18 * scale, True, text))
    box = rect.adjusted(24 * scale, 12 * scale, -24 * scale, 0)
    painter.drawText(
        QRectF(box.left(), box.top(), box.width(), 44 * scale),
        int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter),
        text,
    )


def save_dashboard_png(
    day: ArrivalsDay, language: str, path: Path, *, is_sample: bool = False
) -> Path:
    """Write the picture to ``path`` (through ``path``.partial, so no half file keeps the name)."""
    partial = path.with_name(path.name + ".partial")
    image = dashboard_image(day, language, is_sample=is_sample)
    # PySide6 wants the format as str at run time; its stubs say bytes.
    if not image.save(str(partial), "PNG"):  # type: ignore[call-overload]
        partial.unlink(missing_ok=True)
        raise PrinterError(f"cannot write the picture to {path}")
    try:
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise PrinterError(f"cannot write the picture to {path}: {exc.strerror}") from exc
    return path
