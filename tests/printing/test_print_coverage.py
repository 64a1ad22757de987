"""Every demo participant's name prints: no empty boxes, right-to-left names in reading order."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from badge_samples import BASE
from pdf_text import assert_read_right_to_left, needs_poppler, pdf_words, right_to_left_words

from kiosk.core.badge_layout import BADGE_SIZES, is_right_to_left
from kiosk.printing.fonts import missing_glyphs
from kiosk.printing.render import pdf_bytes
from kiosk.printing.sheet import sheet_grid, sheet_pdf
from kiosk.sample.people import sample_participants

PEOPLE = list(sample_participants(22, 1500))
NAMES = sorted({text for p in PEOPLE for text in (p.badge_name, p.native_name) if text.strip()})
RTL_NAMES = sorted({p.badge_name for p in PEOPLE if is_right_to_left(p.badge_name)})
MULTI_WORD_RTL = [name for name in RTL_NAMES if len(name.split()) >= 2]


def test_the_demo_data_has_the_scripts_this_test_is_about() -> None:
    scripts = {unicodedata.name(ch).split()[0] for name in NAMES for ch in name if ch.isalpha()}
    for script in ("LATIN", "ARABIC", "HEBREW", "CJK", "HANGUL", "HIRAGANA", "ETHIOPIC"):
        assert script in scripts
    for script in ("DEVANAGARI", "THAI", "CYRILLIC", "GREEK"):
        assert script in scripts
    assert len(MULTI_WORD_RTL) >= 20


@pytest.mark.usefixtures("fonts")
def test_every_demo_name_has_a_glyph_for_every_character() -> None:
    missing = {name: missing_glyphs(name) for name in NAMES}
    assert {name: chars for name, chars in missing.items() if chars} == {}


@pytest.mark.usefixtures("fonts")
def test_a_character_no_font_has_is_reported() -> None:
    assert missing_glyphs("Ana \U0001d11e María \ue000") == ["\U0001d11e", "\ue000"]


@needs_poppler
@pytest.mark.usefixtures("fonts")
@pytest.mark.parametrize("name", MULTI_WORD_RTL[::4])
def test_arabic_and_hebrew_names_read_right_to_left_in_the_badge_pdf(name: str) -> None:
    content = replace(BASE, badge_name=name, native_name="", organisation="", country="")
    words = pdf_words(pdf_bytes(content, BADGE_SIZES["a6"]))
    assert_read_right_to_left(right_to_left_words(words), name)


@needs_poppler
@pytest.mark.usefixtures("fonts")
def test_every_right_to_left_demo_name_reads_right_to_left_on_badge_sheets() -> None:
    size = BADGE_SIZES["cr80"]
    grid = sheet_grid(size)
    contents = [replace(BASE, badge_name=n, organisation="", country="") for n in MULTI_WORD_RTL]
    pdf = sheet_pdf(contents, size)
    mm = 72 / 25.4
    for page_start in range(0, len(contents), grid.per_page):
        words = pdf_words(pdf, page_start // grid.per_page + 1)
        for index, name in enumerate(MULTI_WORD_RTL[page_start : page_start + grid.per_page]):
            x, y = grid.cell(index)
            inside = [
                w
                for w in words
                if x * mm <= w.x0 and w.x1 <= (x + size.width_mm) * mm
                and y * mm <= w.y0 and w.y1 <= (y + size.height_mm) * mm
            ]  # fmt: skip
            assert_read_right_to_left(right_to_left_words(inside), name)


@needs_poppler
@pytest.mark.usefixtures("fonts")
def test_the_word_order_check_catches_left_to_right_arabic() -> None:
    """The check itself: Arabic laid out left to right (no bidi) must fail."""
    backwards = " ".join(reversed(["محمد", "بن", "سلمان"]))
    content = replace(BASE, badge_name=backwards, native_name="", organisation="", country="")
    read = right_to_left_words(pdf_words(pdf_bytes(content, BADGE_SIZES["a6"])))
    with pytest.raises(AssertionError, match="reads as"):
        assert_read_right_to_left(read, "محمد بن سلمان")
