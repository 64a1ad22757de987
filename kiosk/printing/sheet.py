"""A4 sheets of badges for pre-printing: a vector PDF drawn by the badge renderer itself.

Each badge on a sheet is ``draw_badge`` (render.py) in a cell of a QPdfWriter page, so a name on
a sheet is shaped, ordered (bidi) and fitted by the same engine as on a printed badge, in every
script: there is one text engine for everything on paper (docs/badges.md, "One text engine").
QPdfWriter may be used off the GUI thread once a QGuiApplication exists.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from kiosk.core.badge_layout import BadgeContent, BadgeSize
from kiosk.printing.base import PrinterError
from kiosk.printing.fonts import load_fonts
from kiosk.printing.render import PDF_DPI, draw_badge
from kiosk.printing.text import MM_PER_INCH

A4_MM = (210.0, 297.0)
MARGIN_MM = 8.0  # office printers leave about 4 mm unprinted at each edge
_CUT_GUIDE = QColor(191, 191, 191)
_CUT_GUIDE_MM = 0.09  # a quarter of a point


@dataclass(frozen=True, slots=True)
class SheetGrid:
    """How badges tile an A4 page: columns x rows of cells, in millimetres from the top left."""

    page_width: float
    page_height: float
    columns: int
    rows: int
    left: float
    top: float
    cell_width: float
    cell_height: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> tuple[float, float]:
        """The top-left corner of the ``index``-th cell of a page."""
        row, column = divmod(index, self.columns)
        return self.left + column * self.cell_width, self.top + row * self.cell_height


def sheet_grid(size: BadgeSize) -> SheetGrid:
    """The A4 orientation that holds the most badges, keeping clear of the printer's margins if
    that costs no badge; centred."""
    best: SheetGrid | None = None
    for page_w, page_h in (A4_MM, A4_MM[::-1]):
        for margin in (MARGIN_MM, 0.0):
            columns = math.floor((page_w - 2 * margin) / size.width_mm + 1e-9)
            rows = math.floor((page_h - 2 * margin) / size.height_mm + 1e-9)
            if columns * rows > (best.per_page if best else 0):
                left = (page_w - columns * size.width_mm) / 2
                top = (page_h - rows * size.height_mm) / 2
                best = SheetGrid(
                    page_w, page_h, columns, rows, left, top, size.width_mm, size.height_mm
                )
    if best is None:
        raise PrinterError(f"A {size.name} badge does not fit on an A4 page.")
    return best


def sheet_pdf(contents: Sequence[BadgeContent], size: BadgeSize, title: str = "Badges") -> bytes:
    """Every badge of ``contents`` on as many A4 pages as they need."""
    if not contents:
        raise PrinterError("There are no badges to put on a sheet.")
    load_fonts()
    grid = sheet_grid(size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, grid, title)
    painter = QPainter(writer)
    try:
        painter.scale(PDF_DPI / MM_PER_INCH, PDF_DPI / MM_PER_INCH)  # millimetres from here on
        for start in range(0, len(contents), grid.per_page):
            if start and not writer.newPage():
                raise PrinterError("The sheet PDF could not start a new page.")
            for index, content in enumerate(contents[start : start + grid.per_page]):
                _draw_cell(painter, grid, index, content, size)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_sheet(contents: Sequence[BadgeContent], size: BadgeSize, path: Path) -> int:
    """Write the sheet PDF to ``path``; returns the number of pages."""
    data = sheet_pdf(contents, size, title=path.stem)
    path.write_bytes(data)
    return math.ceil(len(contents) / sheet_grid(size).per_page)


def _writer(buffer: QBuffer, grid: SheetGrid, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    page = QPageSize(
        QSizeF(grid.page_width, grid.page_height), QPageSize.Unit.Millimeter, "A4 badges"
    )
    writer.setPageSize(page)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("UN conference kiosk")
    return writer


def _draw_cell(
    painter: QPainter, grid: SheetGrid, index: int, content: BadgeContent, size: BadgeSize
) -> None:
    x, y = grid.cell(index)
    painter.save()
    painter.translate(x, y)
    # Text outside its box would land on the next badge: clip each badge to its own cell.
    painter.setClipRect(QRectF(0, 0, size.width_mm, size.height_mm))
    draw_badge(painter, content, size)
    painter.setClipping(False)
    painter.setPen(QPen(_CUT_GUIDE, _CUT_GUIDE_MM))
    painter.drawRect(QRectF(0, 0, size.width_mm, size.height_mm))
    painter.restore()
