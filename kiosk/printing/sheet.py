"""A4 sheets of badges for pre-printing, built with reportlab: vector PDF, fonts embedded.

The badge layout is the same model the QPainter renderer uses (core/badge_layout.py). reportlab
draws left to right with one font per string, so each line is put in visual order first (bidi.py:
right-to-left runs reversed, Arabic letters joined), then cut into runs per font. Scripts whose
letters reorder or stack (Devanagari, Thai) are drawn as outlines shaped by Qt, with the text
invisible underneath so the PDF stays searchable. CJK uses WenQuanYi Micro Hei: reportlab cannot
read the CFF outlines of Noto Sans CJK.
"""

from __future__ import annotations

import io
import math
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk import paths
from kiosk.core.badge_layout import (
    LINE_MM_PER_PT,
    Align,
    BadgeContent,
    BadgeSize,
    Box,
    TextBox,
    band_colours,
    layout_for,
)
from kiosk.printing.base import PrinterError
from kiosk.printing.bidi import paragraph_is_rtl, visual_line, visual_runs
from kiosk.printing.fonts import load_fonts
from kiosk.printing.qr import qr_matrix
from kiosk.printing.render import country_name

MM = 72 / 25.4  # PDF points per millimetre
A4_MM = (210.0, 297.0)
MARGIN_MM = 8.0  # office printers leave about 4 mm unprinted at each edge
SHRINK = 0.95
ASCENT_SHARE = 0.785  # Noto's ascent over (ascent + descent)
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
_CUT_GUIDE = Color(0.75, 0.75, 0.75)
_PLACEHOLDER = HexColor("#EEEEEE")

# reportlab font name -> (file in assets/fonts, index in a collection); tried in this order.
_REGULAR = (
    ("KioskSans", "NotoSans-Regular.ttf"),
    ("KioskArabic", "NotoNaskhArabic-Regular.ttf"),
    ("KioskHebrew", "NotoSansHebrew-Regular.ttf"),
    ("KioskEthiopic", "NotoSansEthiopic-Regular.ttf"),
    ("KioskDevanagari", "NotoSansDevanagari-Regular.ttf"),
    ("KioskThai", "NotoSansThai-Regular.ttf"),
    ("KioskCJK", "wqy-microhei.ttc"),
)
_BOLD = (
    ("KioskSans-Bold", "NotoSans-Bold.ttf"),
    ("KioskArabic-Bold", "NotoNaskhArabic-Bold.ttf"),
    ("KioskHebrew-Bold", "NotoSansHebrew-Bold.ttf"),
    ("KioskEthiopic-Bold", "NotoSansEthiopic-Bold.ttf"),
    ("KioskDevanagari-Bold", "NotoSansDevanagari-Bold.ttf"),
    ("KioskThai-Bold", "NotoSansThai-Bold.ttf"),
    ("KioskCJK", "wqy-microhei.ttc"),
)
# Fonts whose text only HarfBuzz can lay out: Qt shapes them and we draw its outlines.
_SHAPED_BY_QT = {
    "KioskDevanagari": "Noto Sans Devanagari",
    "KioskDevanagari-Bold": "Noto Sans Devanagari",
    "KioskThai": "Noto Sans Thai",
    "KioskThai-Bold": "Noto Sans Thai",
}
_BOLD_SUFFIX = "-Bold"
_QT_EM = 1000  # Qt outlines are made at 1000 px per em, then scaled to the size wanted
_lock = threading.Lock()


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
                best = SheetGrid(page_w, page_h, columns, rows, left, top, *_cell(size))
    if best is None:
        raise PrinterError(f"A {size.name} badge does not fit on an A4 page.")
    return best


def _cell(size: BadgeSize) -> tuple[float, float]:
    return size.width_mm, size.height_mm


def sheet_pdf(contents: Sequence[BadgeContent], size: BadgeSize, title: str = "Badges") -> bytes:
    """Every badge of ``contents`` on as many A4 pages as they need."""
    if not contents:
        raise PrinterError("There are no badges to put on a sheet.")
    fonts = _SheetFonts.load()
    grid = sheet_grid(size)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(grid.page_width * MM, grid.page_height * MM), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("UN conference kiosk")
    for start in range(0, len(contents), grid.per_page):
        for index, content in enumerate(contents[start : start + grid.per_page]):
            x, y = grid.cell(index)
            _BadgeDrawer(canvas, fonts, grid, x, y).draw(content, size)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def write_sheet(contents: Sequence[BadgeContent], size: BadgeSize, path: Path) -> int:
    """Write the sheet PDF to ``path``; returns the number of pages."""
    data = sheet_pdf(contents, size, title=path.stem)
    path.write_bytes(data)
    return math.ceil(len(contents) / sheet_grid(size).per_page)


# --- fonts ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Piece:
    """A run of one line in one font, in visual order; ``qt_family`` when Qt must shape it."""

    text: str
    font: str
    width: float  # points at 1 pt
    qt_family: str = ""


class _SheetFonts:
    """The shipped fonts registered with reportlab, and which one draws each character."""

    def __init__(self, regular: list[TTFont], bold: list[TTFont]) -> None:
        self._stacks = {False: regular, True: bold}

    @classmethod
    def load(cls) -> _SheetFonts:
        folder = paths.fonts_dir()
        with _lock:  # reportlab's font registry is process-wide
            regular = [_register(name, folder / file) for name, file in _REGULAR]
            bold = [_register(name, folder / file) for name, file in _BOLD]
        load_fonts()  # Qt, for the scripts it shapes
        return cls(regular, bold)

    def pieces(self, line: str, bold: bool) -> list[_Piece]:
        """``line`` (logical order) as runs to draw left to right."""
        pieces: list[_Piece] = []
        for run in visual_runs(line):
            for font, text in self._split(run, bold):
                pieces.append(self._piece(font, text))
        return pieces

    def _split(self, run: str, bold: bool) -> Iterator[tuple[TTFont, str]]:
        stack = self._stacks[bold]
        current, text = stack[0], ""
        for ch in run:
            font = current if ch.isspace() else _first_with(stack, ch)
            if font is not current and text:
                yield current, text
                text = ""
            current = font
            text += ch
        if text:
            yield current, text

    def _piece(self, font: TTFont, text: str) -> _Piece:
        family = _SHAPED_BY_QT.get(font.fontName, "")
        if family:
            bold = font.fontName.endswith(_BOLD_SUFFIX)
            return _Piece(text, font.fontName, _qt_width(family, bold, text), family)
        return _Piece(text, font.fontName, pdfmetrics.stringWidth(text, font.fontName, 1))


def missing_sheet_glyphs(text: str, bold: bool = True) -> list[str]:
    """The characters of ``text``, as drawn (Arabic in joined forms), that no sheet font has:
    they would print as empty boxes."""
    stack = _SheetFonts.load()._stacks[bold]
    return [
        ch
        for ch in dict.fromkeys(visual_line(text))
        if not ch.isspace()
        and unicodedata.category(ch) != "Cf"
        and not any(ord(ch) in font.face.charToGlyph for font in stack)
    ]


def _register(name: str, path: Path) -> TTFont:
    if name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)
        return font
    try:
        font = (
            TTFont(name, str(path), subfontIndex=0)
            if path.suffix == ".ttc"
            else TTFont(name, str(path))
        )
    except Exception as exc:  # reportlab raises bare TTFError and OSError alike
        raise PrinterError(f"The sheet font {path.name} cannot be loaded: {exc}") from exc
    pdfmetrics.registerFont(font)
    return font


def _first_with(stack: list[TTFont], ch: str) -> TTFont:
    code = ord(ch)
    for font in stack:
        if code in font.face.charToGlyph:
            return font
    return stack[0]  # no font has it: the missing-glyph test keeps this from happening


def _qt_font(family: str, bold: bool) -> QFont:
    font = QFont(family)
    font.setBold(bold)
    font.setPixelSize(_QT_EM)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _qt_width(family: str, bold: bool, text: str) -> float:
    return QFontMetricsF(_qt_font(family, bold)).horizontalAdvance(text) / _QT_EM


# --- drawing one badge --------------------------------------------------------------------------


class _BadgeDrawer:
    """Draws one badge in a cell; works in millimetres from the cell's top-left corner."""

    def __init__(
        self, canvas: Canvas, fonts: _SheetFonts, grid: SheetGrid, x: float, y: float
    ) -> None:
        self.canvas = canvas
        self.fonts = fonts
        self.page_height = grid.page_height
        self.x, self.y = x, y

    def draw(self, content: BadgeContent, size: BadgeSize) -> None:
        layout = layout_for(content, size)
        self._cut_guide(size)
        band, ink = band_colours(content.category_colour)
        self.fill(layout.band, HexColor(band))
        self.text(content.category_label, layout.category, HexColor(ink))
        self.text(content.event_title, layout.title)
        self.text(content.event_dates, layout.dates)
        self.text(content.badge_name.strip() or content.native_name, layout.name)
        if layout.native_name is not None:
            self.text(content.native_name, layout.native_name)
        self.text(content.organisation, layout.organisation)
        self.text(country_name(content.country), layout.country)
        reference = f"{content.registration_id} \N{MIDDLE DOT} v{content.badge_version}"
        self.text(reference, layout.reference)
        if content.qr_text:
            self.qr(content.qr_text, layout.qr)
        if layout.photo is not None:
            self.photo(content.photo_path, layout.photo)
        if content.is_sample:
            self.sample_mark(layout.sample)

    def point(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        """A cell position in millimetres as a PDF point (origin bottom left)."""
        return (self.x + x_mm) * MM, (self.page_height - self.y - y_mm) * MM

    def fill(self, box: Box, colour: Color) -> None:
        left, bottom = self.point(box.x, box.bottom)
        self.canvas.setFillColor(colour)
        self.canvas.rect(left, bottom, box.width * MM, box.height * MM, stroke=0, fill=1)

    def _cut_guide(self, size: BadgeSize) -> None:
        left, bottom = self.point(0, size.height_mm)
        self.canvas.setStrokeColor(_CUT_GUIDE)
        self.canvas.setLineWidth(0.25)
        self.canvas.rect(left, bottom, size.width_mm * MM, size.height_mm * MM, stroke=1, fill=0)

    def text(self, text: str, spec: TextBox, colour: Color = black) -> None:
        """``text`` shrunk, wrapped and, at the smallest size, elided to fit ``spec``."""
        size_pt, lines = _fit(self.fonts, " ".join(text.split()), spec)
        line_mm = size_pt * LINE_MM_PER_PT
        top = spec.box.y + (spec.box.height - line_mm * len(lines)) / 2
        self.canvas.setFillColor(colour)
        for number, (pieces, width) in enumerate(lines):
            x_mm = _line_x(spec, width * size_pt / MM, paragraph_is_rtl(text))
            baseline = top + line_mm * (number + ASCENT_SHARE)
            self._pieces(pieces, size_pt, x_mm, baseline)

    def _pieces(self, pieces: list[_Piece], size_pt: float, x_mm: float, baseline: float) -> None:
        x, y = self.point(x_mm, baseline)
        for piece in pieces:
            if piece.qt_family:
                self._outline(piece, size_pt, x, y)
            else:
                self.canvas.setFont(piece.font, size_pt)
                self.canvas.drawString(x, y, piece.text)
            x += piece.width * size_pt

    def _outline(self, piece: _Piece, size_pt: float, x: float, y: float) -> None:
        """Qt's shaped outlines of ``piece``, and the same text invisible for search and copy."""
        path = QPainterPath()
        bold = piece.font.endswith(_BOLD_SUFFIX)
        path.addText(QPointF(0, 0), _qt_font(piece.qt_family, bold), piece.text)
        scale = size_pt / _QT_EM
        pdf_path = self.canvas.beginPath()
        _copy_path(path, pdf_path, x, y, scale)
        self.canvas.drawPath(pdf_path, stroke=0, fill=1, fillMode=1)
        hidden = self.canvas.beginText(x, y)
        hidden.setTextRenderMode(3)
        hidden.setFont(piece.font, size_pt)
        hidden.textOut(piece.text)
        hidden.setTextRenderMode(0)  # the mode outlives the text object: the next text shows
        self.canvas.drawText(hidden)

    def qr(self, text: str, box: Box) -> None:
        matrix = qr_matrix(text)
        module = box.width / len(matrix)
        self.canvas.setFillColor(black)
        for row_index, row in enumerate(matrix):
            for start, length in _dark_runs(row):  # one rectangle per run keeps the PDF small
                left, bottom = self.point(box.x + start * module, box.y + (row_index + 1) * module)
                self.canvas.rect(left, bottom, length * module * MM, module * MM, stroke=0, fill=1)

    def photo(self, photo_path: str, box: Box) -> None:
        left, bottom = self.point(box.x, box.bottom)
        if photo_path and Path(photo_path).is_file():
            try:
                self.canvas.drawImage(
                    photo_path, left, bottom, box.width * MM, box.height * MM,
                    preserveAspectRatio=True, anchor="c",
                )  # fmt: skip
                return
            except Exception:  # a corrupt photo gets the placeholder, as on screen
                pass
        self.fill(box, _PLACEHOLDER)

    def sample_mark(self, spec: TextBox) -> None:
        """SAMPLE, white on black at the footer's end, as on badges from the QPainter renderer."""
        size_pt = spec.max_pt
        width = pdfmetrics.stringWidth("SAMPLE", "KioskSans-Bold", size_pt) / MM + 2
        box = Box(spec.box.right - width, spec.box.y, width, spec.box.height)
        self.fill(box, black)
        self.text("SAMPLE", TextBox(box, size_pt, size_pt, 1, True), white)


def _dark_runs(row: list[bool]) -> Iterator[tuple[int, int]]:
    start = None
    for index, dark in enumerate([*row, False]):
        if dark and start is None:
            start = index
        elif not dark and start is not None:
            yield start, index - start
            start = None


def _copy_path(path: QPainterPath, pdf_path: object, x: float, y: float, scale: float) -> None:
    """Copy Qt's outline (y down, 1000 units per em) into a reportlab path at (x, y)."""
    index = 0
    count = path.elementCount()
    kinds = QPainterPath.ElementType
    while index < count:
        element = path.elementAt(index)
        px, py = x + element.x * scale, y - element.y * scale
        if element.type == kinds.MoveToElement:
            pdf_path.moveTo(px, py)  # type: ignore[attr-defined]
        elif element.type == kinds.LineToElement:
            pdf_path.lineTo(px, py)  # type: ignore[attr-defined]
        else:
            c1, c2 = path.elementAt(index + 1), path.elementAt(index + 2)
            pdf_path.curveTo(  # type: ignore[attr-defined]
                px, py, x + c1.x * scale, y - c1.y * scale, x + c2.x * scale, y - c2.y * scale
            )
            index += 2
        index += 1
    pdf_path.close()  # type: ignore[attr-defined]


# --- fitting ------------------------------------------------------------------------------------

_Line = tuple[list[_Piece], float]  # pieces in visual order, width at 1 pt


def _fit(fonts: _SheetFonts, text: str, spec: TextBox) -> tuple[float, list[_Line]]:
    """The largest size at which ``text`` fits ``spec``; at the smallest, the rest is elided."""
    if not text:
        return spec.min_pt, []
    size = spec.max_pt
    while True:
        limit = spec.box.width * MM / size
        lines = _wrap(fonts, text, spec.bold, limit)
        tall = len(lines) * size * LINE_MM_PER_PT <= spec.box.height + 1e-6
        wide = all(width <= limit + 1e-6 for _, width in lines)
        if len(lines) <= spec.max_lines and tall and wide:
            return size, lines
        if size <= spec.min_pt:
            return size, _elide(fonts, text, spec, limit)
        size = max(spec.min_pt, size * SHRINK)


def _wrap(fonts: _SheetFonts, text: str, bold: bool, limit: float) -> list[_Line]:
    """Greedy word wrap in logical order; each line then goes to visual order."""
    lines: list[_Line] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        measured = _measure(fonts, candidate, bold)
        if current and measured[1] > limit:
            lines.append(_measure(fonts, current, bold))
            current = word
        else:
            current = candidate
    lines.append(_measure(fonts, current, bold))
    return lines


def _measure(fonts: _SheetFonts, line: str, bold: bool) -> _Line:
    pieces = fonts.pieces(line, bold)
    return pieces, sum(piece.width for piece in pieces)


def _elide(fonts: _SheetFonts, text: str, spec: TextBox, limit: float) -> list[_Line]:
    """At the smallest size: as many whole lines as fit, the last one cut and ended with '…'."""
    room = max(1, min(spec.max_lines, int(spec.box.height / (spec.min_pt * LINE_MM_PER_PT))))
    lines: list[_Line] = []
    rest = text
    while rest and len(lines) < room:
        cut = _longest_prefix(fonts, rest, spec.bold, limit, last=len(lines) == room - 1)
        lines.append(_measure(fonts, cut, spec.bold))
        rest = rest[len(cut.removesuffix(ELLIPSIS)) :].lstrip()
    return lines


def _longest_prefix(fonts: _SheetFonts, text: str, bold: bool, limit: float, last: bool) -> str:
    """The longest start of ``text`` that fits; the last line ends in '…' if text remains."""
    if _measure(fonts, text, bold)[1] <= limit:
        return text
    low, high = 1, len(text)
    while low < high:  # binary search on the number of characters kept
        middle = (low + high + 1) // 2
        trial = text[:middle].rstrip() + (ELLIPSIS if last else "")
        if _measure(fonts, trial, bold)[1] <= limit:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + (ELLIPSIS if last else "")


def _line_x(spec: TextBox, width_mm: float, rtl: bool) -> float:
    box = spec.box
    if spec.align is Align.CENTER:
        return box.x + (box.width - width_mm) / 2
    at_left = (spec.align is Align.START) != rtl
    return box.x if at_left else box.right - width_mm
