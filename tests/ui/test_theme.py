"""Colours a person can read from a metre away: WCAG AA contrast or better."""

from __future__ import annotations

import pytest

from kiosk.ui import theme
from kiosk.ui.messages import Tone

AA = 4.5


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (theme.INK, theme.PAPER),
        (theme.MUTED, theme.PAPER),
        (theme.PAPER, theme.UN_BLUE),
        (theme.INK, theme.WHERE_TINT),
        (theme.UN_BLUE, theme.PAPER),
    ],
)
def test_theme_colour_pairs_meet_wcag_aa(text: str, background: str) -> None:
    assert theme.contrast_ratio(text, background) >= AA


@pytest.mark.parametrize("tone", list(Tone))
def test_every_tone_band_is_readable(tone: Tone) -> None:
    background = theme.TONE_COLOURS[tone]
    assert theme.contrast_ratio(theme.text_colour_on(background), background) >= AA


@pytest.mark.parametrize(
    ("background", "text"),
    [
        ("#FFFF00", theme.INK),
        ("#F2C500", theme.INK),
        ("#1F4E9C", theme.PAPER),
        ("#000000", theme.PAPER),
    ],
)
def test_category_bands_get_the_more_readable_text(background: str, text: str) -> None:
    assert theme.text_colour_on(background) == text
    assert f"color: {text}" in theme.band_style(background)


@pytest.mark.parametrize("unusable", ["", "not a colour"])
def test_a_missing_category_colour_gives_a_neutral_band(unusable: str) -> None:
    assert theme.band_style(unusable) == theme.band_style(theme.NEUTRAL)


def test_contrast_ratio_spans_one_to_twenty_one() -> None:
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert theme.contrast_ratio("#777777", "#777777") == pytest.approx(1)
