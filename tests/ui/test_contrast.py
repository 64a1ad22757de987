"""Every text/background pair of the kiosk's theme reads at WCAG AA (4.5:1) or better."""

from __future__ import annotations

import pytest

from kiosk.ui import theme
from kiosk.ui.contrast import (
    AA_NORMAL_TEXT,
    ColourPair,
    sample_category_colours,
    stylesheet_pairs,
    theme_pairs,
)

PAIRS = theme_pairs(sample_category_colours())


@pytest.mark.parametrize("pair", PAIRS, ids=[pair.where for pair in PAIRS])
def test_every_pair_of_the_theme_reads_at_aa(pair: ColourPair) -> None:
    assert pair.ratio >= AA_NORMAL_TEXT, f"{pair.text} on {pair.background}: {pair.ratio:.2f}"


def test_the_pairs_cover_the_stylesheet_the_tones_and_every_category() -> None:
    found = {pair.where: (pair.text, pair.background) for pair in PAIRS}
    assert found["#header"] == (theme.PAPER, theme.UN_BLUE)
    assert found["QPushButton:pressed"] == (theme.UN_BLUE, theme.WHERE_TINT)  # from QPushButton
    assert found["#hint"] == (theme.MUTED, theme.PAPER)  # the window's paper behind it
    assert {f"tone band and flash: {tone.value}" for tone in theme.TONE_COLOURS} <= set(found)
    assert "camera hint over a shaded white scene" in found
    codes = {code for code, _ in sample_category_colours()}
    assert {"DEL", "ITU", "SPK", "TMP"} <= codes
    assert {f"category: {code}" for code in codes} <= set(found)


def test_a_rule_with_unreadable_colours_is_caught() -> None:
    pairs = stylesheet_pairs("#faint { color: #999999; } #dark { background: #333333; }")
    ratios = {pair.where: pair.ratio for pair in pairs}
    assert ratios["#faint"] < AA_NORMAL_TEXT  # grey text on the paper behind it
    assert ratios["#dark"] < AA_NORMAL_TEXT  # ink on a dark background


@pytest.mark.parametrize(("code", "colour"), sample_category_colours())
def test_a_category_band_gets_the_more_readable_of_ink_and_paper(code: str, colour: str) -> None:
    chosen = theme.text_colour_on(colour)
    other = theme.PAPER if chosen == theme.INK else theme.INK
    assert theme.contrast_ratio(chosen, colour) >= theme.contrast_ratio(other, colour)
