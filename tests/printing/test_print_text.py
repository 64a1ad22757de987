"""Names shrink to fit, wrap to two lines, elide only as a last resort, and read right-to-left."""

from __future__ import annotations

import numpy as np
import pytest
from badge_samples import NAMES, Pixels
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.core.badge_layout import BADGE_SIZES, Align, BadgeSize, Box, TextBox, layout_badge
from kiosk.printing.text import device_font, draw_text, fit_text

DPI = 203
SIZES = list(BADGE_SIZES.values())


def _image(width_mm: float, height_mm: float) -> QImage:
    image = QImage(
        round(width_mm / 25.4 * DPI), round(height_mm / 25.4 * DPI), QImage.Format.Format_Grayscale8
    )
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    image.fill(Qt.GlobalColor.white)
    return image


def _draw(text: str, spec: TextBox) -> QImage:
    image = _image(spec.box.right, spec.box.bottom)
    painter = QPainter(image)
    painter.scale(DPI / 25.4, DPI / 25.4)
    draw_text(painter, text, spec, QColor(Qt.GlobalColor.black))
    painter.end()
    return image


@pytest.mark.parametrize("size", SIZES, ids=lambda s: s.name)
@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_names_never_overflow_the_name_box(fonts: list[str], size: BadgeSize, name: str) -> None:
    spec = layout_badge(size, has_photo=True, has_native_name=True).name

    fitted = fit_text(_image(1, 1), name, spec)

    assert len(fitted.lines) <= 2
    assert all(line.width <= spec.box.width + 1e-6 for line in fitted.lines)
    assert fitted.height <= spec.box.height + 1e-6
    if name:
        assert fitted.lines


def test_a_300_character_name_shrinks_to_the_minimum_then_elides(fonts: list[str]) -> None:
    spec = layout_badge(BADGE_SIZES["a6"], has_photo=False, has_native_name=False).name

    fitted = fit_text(_image(1, 1), NAMES["long"], spec)

    assert fitted.elided
    assert len(fitted.lines) == 2
    assert fitted.lines[-1].text.endswith("…")
    assert fitted.font.pointSizeF() == pytest.approx(
        device_font(_image(1, 1), spec.min_pt, True).pointSizeF()
    )


def test_a_short_name_stays_large_on_one_line(fonts: list[str]) -> None:
    spec = layout_badge(BADGE_SIZES["a6"], has_photo=False, has_native_name=False).name

    fitted = fit_text(_image(1, 1), "Li Na", spec)

    assert [line.text for line in fitted.lines] == ["Li Na"]
    assert fitted.font.pointSizeF() == pytest.approx(
        device_font(_image(1, 1), spec.max_pt, True).pointSizeF()
    )


def test_two_word_name_wraps_between_words_rather_than_shrinking_far(fonts: list[str]) -> None:
    spec = layout_badge(BADGE_SIZES["thermal-58"], has_photo=False, has_native_name=False).name

    fitted = fit_text(_image(1, 1), "Bartholomew Vandersteenhoven", spec)

    assert [line.text for line in fitted.lines] == ["Bartholomew", "Vandersteenhoven"]
    assert not fitted.elided


def test_arabic_name_reads_right_to_left(fonts: list[str], pixels: Pixels) -> None:
    first, second = "محمد", "عبدالرحمن"
    spec = TextBox(Box(1, 1, 70, 12), max_pt=24, min_pt=24, align=Align.START)

    whole = pixels(_draw(f"{first} {second}", spec))
    first_at = _find(whole, pixels(_draw(first, spec)))
    second_at = _find(whole, pixels(_draw(second, spec)))

    assert first_at > second_at, "the first word must be on the right"


def test_right_to_left_text_aligned_to_start_sits_on_the_right(
    fonts: list[str], pixels: Pixels
) -> None:
    spec = TextBox(Box(0, 0, 60, 10), max_pt=14, min_pt=14, align=Align.START)

    columns = np.flatnonzero((pixels(_draw("שרה לוי", spec)) < 128).any(axis=0))

    assert columns.min() > pixels(_image(60, 10)).shape[1] / 2


def _find(whole: np.ndarray, part: np.ndarray) -> int:
    """The x at which ``part``'s ink best matches ``whole`` (both drawn in the same box)."""
    ink = np.flatnonzero((part < 128).any(axis=0))
    template = part[:, ink.min() : ink.max() + 1].astype(int)
    width = template.shape[1]
    scores = [
        np.abs(whole[:, x : x + width].astype(int) - template).sum()
        for x in range(whole.shape[1] - width)
    ]
    return int(np.argmin(scores))


def test_a_box_narrower_than_one_letter_still_draws_an_ellipsis(fonts: list[str]) -> None:
    spec = TextBox(Box(0, 0, 0.5, 5), max_pt=8, min_pt=8)

    fitted = fit_text(_image(1, 1), "Ana María Pérez", spec)

    assert [line.text for line in fitted.lines] == ["…"]
