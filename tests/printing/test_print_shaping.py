"""What the badge draws is what HarfBuzz shapes: for a sample name in every claimed script, the
glyphs Qt lays out for the badge equal HarfBuzz's (uharfbuzz) for the same font file, in the same
visual order, so a conjunct that falls apart or a right-to-left name drawn backwards fails."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTCollection
from PySide6.QtGui import QFont, QImage, QTextLayout, QTextOption
from script_samples import SCRIPT_SAMPLES

from kiosk import paths
from kiosk.printing.coverage import CLAIMED_SCRIPTS
from kiosk.printing.text import device_font

pytestmark = pytest.mark.usefixtures("fonts")
NAMES_ARE_BOLD = True  # the badge name is set bold (core/badge_layout.py)


def _device() -> QImage:
    image = QImage(8, 8, QImage.Format.Format_Grayscale8)
    image.setDotsPerMeterX(round(300 / 25.4 * 1000))
    image.setDotsPerMeterY(round(300 / 25.4 * 1000))
    return image


def _font_file(family: str, bold: bool) -> tuple[Path, int]:
    """The shipped file (and face index) Qt draws ``family`` from."""
    folder = paths.fonts_dir()
    if "CJK" in family:
        collection = folder / f"NotoSansCJK-{'Bold' if bold else 'Regular'}.ttc"
        return collection, _collection_index(family)
    stem = family.replace(" ", "")
    bold_file = folder / f"{stem}-Bold.ttf"
    return (bold_file if bold and bold_file.exists() else folder / f"{stem}-Regular.ttf"), 0


@cache
def _collection_index(family: str) -> int:
    path = paths.fonts_dir() / "NotoSansCJK-Regular.ttc"
    with TTCollection(str(path), lazy=True) as collection:
        names = [font["name"].getDebugName(1) for font in collection.fonts]
    return names.index(family)


def harfbuzz_glyphs(word: str, family: str, bold: bool) -> list[int]:
    """HarfBuzz's glyphs for ``word``, in visual order (left to right)."""
    return [glyph for glyph, _ in _harfbuzz(word, family, bold)]


def harfbuzz_bases(word: str, family: str, bold: bool) -> list[int]:
    """The indexes of the glyphs that advance the pen (letters, not marks placed on them)."""
    return [i for i, (_, advance) in enumerate(_harfbuzz(word, family, bold)) if advance > 0]


def _harfbuzz(word: str, family: str, bold: bool) -> list[tuple[int, int]]:
    path, index = _font_file(family, bold)
    face = hb.Face(hb.Blob.from_file_path(str(path)), index)
    buffer = hb.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    hb.shape(hb.Font(face), buffer, {})
    return [
        (info.codepoint, position.x_advance)
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    ]


def qt_runs(text: str, bold: bool) -> list[tuple[str, list[int], list[float]]]:
    """The glyph runs the badge lays out for ``text``: family, glyphs and x positions, each run
    in visual order (left to right)."""
    device = _device()  # the layout keeps a pointer to it: it must outlive the layout
    font: QFont = device_font(device, 24, bold, text)
    layout = QTextLayout(text, font, device)
    layout.setTextOption(QTextOption())
    layout.beginLayout()
    layout.createLine().setLineWidth(1e6)
    layout.endLayout()
    runs = []
    for run in sorted(layout.glyphRuns(), key=lambda r: r.boundingRect().x()):
        glyphs = list(run.glyphIndexes())
        xs = [point.x() for point in run.positions()]
        if run.isRightToLeft():  # Qt keeps a right-to-left run in logical order
            glyphs, xs = glyphs[::-1], xs[::-1]
        runs.append((run.rawFont().familyName(), glyphs, xs))
    return runs


def _words(script: str) -> list[str]:
    # Tibetan separates syllables with its own mark (tsheg), not only with spaces.
    return SCRIPT_SAMPLES[script].split()


def test_every_claimed_script_has_a_sample() -> None:
    assert set(SCRIPT_SAMPLES) == set(CLAIMED_SCRIPTS)


@pytest.mark.parametrize("script", sorted(SCRIPT_SAMPLES))
def test_the_badge_draws_the_glyphs_harfbuzz_shapes(script: str) -> None:
    family = CLAIMED_SCRIPTS[script]
    for word in _words(script):
        runs = qt_runs(word, NAMES_ARE_BOLD)
        assert [run[0] for run in runs] == [family], f"{script} {word!r}: drawn with {runs}"
        _, glyphs, xs = runs[0]
        assert 0 not in glyphs, f"{script} {word!r}: an empty box (.notdef) is drawn"
        assert glyphs == harfbuzz_glyphs(word, family, NAMES_ARE_BOLD), f"{script} {word!r}"
        # Visual order: each letter starts right of the one before (marks sit on their letter).
        bases = [xs[i] for i in harfbuzz_bases(word, family, NAMES_ARE_BOLD)]
        assert bases == sorted(bases), f"{script} {word!r}: letters out of visual order"


@pytest.mark.parametrize("script", ["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm"])
def test_a_right_to_left_name_starts_at_the_right(script: str) -> None:
    name = SCRIPT_SAMPLES[script]
    first, last = name.split()[0], name.split()[-1]
    device = _device()
    layout = QTextLayout(name, device_font(device, 24, True, name), device)
    option = QTextOption()
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    first_x = line.cursorToX(name.index(first))[0]
    last_x = line.cursorToX(name.index(last))[0]
    assert first_x > last_x  # the first word is read first, from the right


def test_the_comparison_catches_a_name_drawn_backwards() -> None:
    """The check itself: Arabic glyphs in logical order are not HarfBuzz's visual order."""
    word = "محمد"
    _, glyphs, _ = qt_runs(word, True)[0]
    assert glyphs[::-1] != harfbuzz_glyphs(word, "Noto Naskh Arabic", True)
    assert glyphs == harfbuzz_glyphs(word, "Noto Naskh Arabic", True)


def _x_of_each_character(text: str) -> list[float]:
    """Where the badge's layout draws each character's glyph (left edge), the text laid out as
    draw_text() does (direction from its first strong character)."""
    from kiosk.core.badge_layout import is_right_to_left
    from kiosk.printing.text import _option

    device = _device()
    layout = QTextLayout(text, device_font(device, 24, True, text), device)
    layout.setTextOption(_option(is_right_to_left(text)))
    layout.beginLayout()
    layout.createLine().setLineWidth(1e6)
    layout.endLayout()
    return [
        layout.glyphRuns(index, 1)[0].positions()[0].x() if text[index] != " " else -1.0
        for index in range(len(text))
    ]


def test_numbers_and_signs_in_hebrew_read_as_written() -> None:
    """Unicode's bidi algorithm, which bidi.py broke: "100%" stays "100%" and "$5" stays "$5"
    inside right-to-left Hebrew; the Hebrew word is to the right of the number it precedes."""
    text = "שלום 100% $5"
    x = _x_of_each_character(text)
    one, percent, dollar, five = (text.index(c) for c in "1%$5")
    assert x[one] < x[percent]  # 100% with the sign on the right
    assert x[dollar] < x[five]  # $5 with the sign on the left
    assert x[text.index("ש")] > x[percent]  # read from the right: the word first
    money = "100% שלום"
    x = _x_of_each_character(money)
    assert x[money.index("1")] < x[money.index("%")]
    assert x[money.index("ש")] < x[money.index("1")]  # Hebrew paragraph: 100% comes first


def test_a_right_to_left_mark_in_a_latin_name_changes_nothing_visible() -> None:
    plain, marked = "Ana María", "Ana\u200f María"
    glyphs = [run[1] for run in qt_runs(plain, True)]
    marked_glyphs = [[g for g in run[1] if g != 0] for run in qt_runs(marked, True)]
    assert sum(len(g) for g in marked_glyphs) >= sum(len(g) for g in glyphs)
    assert _x_of_each_character(marked)[0] < _x_of_each_character(marked)[-1]  # still LTR
