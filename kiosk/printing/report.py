"""The daily accreditation report as a PDF: Qt's QPdfWriter and QTextDocument, badge fonts.

One text engine on paper (docs/reports.md): Qt shapes and orders every name as it does on the
badges, with the shipped fonts, so a name in any script prints correctly. The chart is the one
the dashboard draws (charts.py), embedded as a 300 dpi image.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMarginsF, Qt, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

from kiosk.core.arrivals import ArrivalsDay, BadgeLine
from kiosk.printing.base import PrinterError
from kiosk.printing.charts import chart_image
from kiosk.printing.fonts import badge_font
from kiosk.printing.report_words import RTL_LANGUAGES, word

_DPI = 300
_CHART = QUrl("report:chart")


def write_report_pdf(
    day: ArrivalsDay, path: Path, language: str, *, is_sample: bool = False
) -> None:
    """Write the report to ``path`` as an A4 PDF (page numbers at the foot)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(_DPI)
    writer.setTitle(f"{word('title', language)} {day.day.isoformat()}")
    writer.setCreator("kiosk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = report_document(day, language, is_sample=is_sample)
    document.print_(writer)
    if not path.is_file() or path.stat().st_size == 0:
        raise PrinterError(f"cannot write the report to {path}")


def report_document(day: ArrivalsDay, language: str, *, is_sample: bool = False) -> QTextDocument:
    """The report as a rich-text document (also what a preview would show)."""
    html = report_html(day, language, is_sample=is_sample)
    document = QTextDocument()
    document.setDefaultFont(badge_font(9.5, False, html))
    option = QTextOption()
    rtl = language in RTL_LANGUAGES
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    document.setDefaultTextOption(option)
    document.addResource(
        QTextDocument.ResourceType.ImageResource, _CHART, chart_image(day, language, 2400, 1200)
    )
    document.setHtml(html)
    return document


def report_html(day: ArrivalsDay, language: str, *, is_sample: bool = False) -> str:
    """The report's rich text: heading, counts, chart, then one section per list."""
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    zone = ZoneInfo(day.timezone)
    parts = [
        f'<div dir="{direction}">',
        f'<h1 dir="{direction}">{_w("title", language)}</h1>',
        f"<p><b>{escape(day.event_title)}</b> &#8212; {day.day.isoformat()}<br/>"
        f"{_w('times_in', language)} {escape(day.timezone)}</p>",
    ]
    if is_sample:
        parts.append(f'<p style="color:#b00020"><b>{_w("sample", language)}</b></p>')
    parts.append(_summary(day, language))
    chart = _CHART.toString()
    parts.append(f'<p align="center"><img src="{chart}" width="560" height="280"/></p>')
    kiosks = [[escape(k.kiosk_id), f"{k.count:,}"] for k in day.kiosks]
    parts += _section(language, "kiosks", None, ["kiosk", "check_ins_today"], kiosks)
    parts.append(f"<h2>{_w('reprints', language)} ({len(day.reprints)})</h2>")
    parts.append(_badge_table(day.reprints, language, zone, with_reason=True))
    parts.append(f"<h2>{_w('voided', language)} ({len(day.voided)})</h2>")
    parts.append(_badge_table(day.voided, language, zone, with_reason=False))
    conflicts = [
        [_time(c.opened_at, zone, True), str(c.registration_id), escape(c.kind), escape(c.detail)]
        for c in day.conflicts
    ]
    header = ["time", "registration", "kind", "detail"]
    parts += _section(language, "conflicts", len(conflicts), header, conflicts)
    labels = {c.code: c.label_in(language) for c in day.categories}
    walk_ins = [
        [
            _time(b.at, zone),
            str(b.registration_id),
            _name(b.badge_name),
            escape(labels.get(b.category, b.category)),
        ]
        for b in day.walk_ins
    ]
    header = ["time", "registration", "badge_name", "category"]
    parts += _section(language, "walk_ins", len(walk_ins), header, walk_ins)
    parts.append("</div>")
    return "\n".join(parts)


def _w(key: str, language: str) -> str:
    return escape(word(key, language))


def _section(
    language: str, title: str, count: int | None, header: list[str], rows: list[list[str]]
) -> list[str]:
    heading = _w(title, language) + (f" ({count})" if count is not None else "")
    return [f"<h2>{heading}</h2>", _table([_w(h, language) for h in header], rows, language)]


def _summary(day: ArrivalsDay, language: str) -> str:
    rows = [
        [escape(c.label_in(language)), f"{c.today:,}", f"{c.arrived:,} / {c.expected:,}"]
        for c in day.categories
        if c.expected or c.today
    ]
    rows.append(
        [
            f"<b>{escape(word('total', language))}</b>",
            f"<b>{day.check_ins:,}</b>",
            f"<b>{day.arrived:,} / {day.expected:,}</b>",
        ]
    )
    header = [
        word("category", language),
        word("check_ins_today", language),
        word("arrived", language),
    ]
    return _table([escape(h) for h in header], rows, language)


def _badge_table(
    lines: Sequence[BadgeLine], language: str, zone: ZoneInfo, *, with_reason: bool
) -> str:
    header = [
        word("time", language),
        word("registration", language),
        word("badge_name", language),
        word("version", language),
    ]
    if with_reason:
        header += [word("reason", language), word("kiosk", language)]
    rows = []
    for b in lines:
        row = [_time(b.at, zone), str(b.registration_id), _name(b.badge_name), str(b.badge_version)]
        if with_reason:
            row += [escape(b.reason), escape(b.kiosk_id)]
        rows.append(row)
    return _table([escape(h) for h in header], rows, language)


def _name(name: str) -> str:
    # An isolate keeps a right-to-left name from reordering the cells around it.
    return f"\u2068{escape(name)}\u2069"


def _time(moment: datetime, zone: ZoneInfo, with_day: bool = False) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M" if with_day else "%H:%M")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], language: str) -> str:
    if not rows:
        return f"<p>{escape(word('none', language))}</p>"
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    cell = f'dir="{direction}" align="{"right" if direction == "rtl" else "left"}"'
    if direction == "rtl":  # Qt's rich text does not mirror a table's columns: do it here
        header = list(reversed(header))
        rows = [list(reversed(row)) for row in rows]
    head = "".join(f'<th bgcolor="#e8e8e8" {cell}>{h}</th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td {cell}>{text}</td>" for text in row) + "</tr>" for row in rows
    )
    return (
        f'<table dir="{direction}" border="1" cellspacing="0" cellpadding="4" width="100%" '
        f'style="border-collapse:collapse; border-color:#b0b0b0">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )
