"""Badge sheets (Qt, the badge renderer): the A4 grid, every script's text in order, QR codes
that scan."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from badge_samples import BASE, NAMES
from pdf_text import assert_read_right_to_left, needs_poppler, pdf_words, right_to_left_words
from PySide6.QtGui import QImage

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.printing.base import PrinterError
from kiosk.printing.sheet import sheet_grid, sheet_pdf

pytestmark = pytest.mark.usefixtures("fonts")
MM = 72 / 25.4


@pytest.mark.parametrize(
    ("size", "per_page"),
    [("a6", 4), ("cr80", 10), ("thermal-80", 4), ("label-4x3", 6), ("label-4x6", 2),
     ("brother-62", 8), ("thermal-58", 12)],
)  # fmt: skip
def test_each_stock_tiles_an_a4_page_inside_its_edges(size: str, per_page: int) -> None:
    grid = sheet_grid(BADGE_SIZES[size])
    assert grid.per_page == per_page
    assert sorted((grid.page_width, grid.page_height)) == [210.0, 297.0]
    right, bottom = grid.cell(per_page - 1)
    assert grid.left >= 0
    assert grid.top >= 0
    assert right + grid.cell_width <= grid.page_width + 1e-6
    assert bottom + grid.cell_height <= grid.page_height + 1e-6


def test_a_sheet_has_as_many_pages_as_it_needs() -> None:
    pdf = sheet_pdf([replace(BASE, registration_id=i) for i in range(9)], BADGE_SIZES["a6"])
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") == 3


def test_an_empty_sheet_is_refused() -> None:
    with pytest.raises(PrinterError, match="no badges"):
        sheet_pdf([], BADGE_SIZES["a6"])


@needs_poppler
def test_every_script_is_text_in_the_pdf_in_reading_order() -> None:
    names = [NAMES[key] for key in ("arabic", "chinese", "amharic", "hindi", "thai", "hebrew")]
    contents = [replace(BASE, badge_name=name, organisation="") for name in names]
    pdf = sheet_pdf(contents, BADGE_SIZES["label-4x3"])  # six to a page: one page
    words = pdf_words(pdf)
    # Qt's ToUnicode map may name a shared CJK glyph by its Kangxi radical (⼩ for 小): NFKC.
    text = unicodedata.normalize("NFKC", " ".join(w.text for w in words))
    for name in ("王小明", "ደረጀ", "ተስፋዬ", "राजेश", "कुमार", "สมชาย"):
        assert name in text  # Qt writes the text with the glyphs, so the PDF stays searchable
    grid = sheet_grid(BADGE_SIZES["label-4x3"])
    for index, name in ((0, NAMES["arabic"]), (5, NAMES["hebrew"])):
        x, y = grid.cell(index)
        inside = [w for w in words if x * MM <= w.x0 < (x + grid.cell_width) * MM
                  and y * MM <= w.y0 < (y + grid.cell_height) * MM]  # fmt: skip
        assert_read_right_to_left(right_to_left_words(inside), name)


@needs_poppler
def test_long_names_stay_inside_their_badge() -> None:
    size = BADGE_SIZES["cr80"]
    pdf = sheet_pdf([replace(BASE, badge_name=NAMES["long"])], size)
    grid = sheet_grid(size)
    x, _y = grid.cell(0)
    for word in pdf_words(pdf):
        if "Fernanda" in word.text:
            assert x * MM <= word.x0
            assert word.x1 <= (x + size.width_mm) * MM


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_the_badge_qr_codes_on_a_sheet_scan(tmp_path: Path) -> None:
    contents = [replace(BASE, registration_id=r, qr_text=f"B1-{r}-1") for r in (7, 8, 9, 10)]
    (tmp_path / "s.pdf").write_bytes(sheet_pdf(contents, BADGE_SIZES["a6"]))
    subprocess.run(
        ["pdftoppm", "-r", "200", "-gray", "-png", str(tmp_path / "s.pdf"), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    image = QImage(str(next(tmp_path.glob("p*.png")))).convertToFormat(
        QImage.Format.Format_Grayscale8
    )
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    gray = rows.reshape(image.height(), image.bytesPerLine())[:, : image.width()].copy()
    found = sorted(code.text for code in zxingcpp.read_barcodes(gray))
    assert found == ["B1-10-1", "B1-7-1", "B1-8-1", "B1-9-1"]
