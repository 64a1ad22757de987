"""Names fit every stock: inside their box, broken only between words, and a stock with more
room never shows less of a name than a smaller one."""

from __future__ import annotations

from dataclasses import replace

import pytest
from badge_samples import BASE
from long_names import longest_names
from PySide6.QtGui import QImage

from kiosk.core.badge_layout import (
    BADGE_SIZES,
    MIN_NAME_PT,
    NO_BREAK_SPACE,
    BadgeSize,
    TextBox,
    keep_particles,
    layout_for,
)
from kiosk.printing.text import ELLIPSIS, FittedText, fit_text

pytestmark = pytest.mark.usefixtures("fonts")
NAMES = longest_names()
_EPSILON = 1e-6


def _device(dpi: float = 300) -> QImage:
    image = QImage(8, 8, QImage.Format.Format_Grayscale8)
    image.setDotsPerMeterX(round(dpi / 25.4 * 1000))
    image.setDotsPerMeterY(round(dpi / 25.4 * 1000))
    return image


def _name_spec(size: BadgeSize) -> TextBox:
    return layout_for(replace(BASE, native_name=""), size).name


def _inside(fitted: FittedText, spec: TextBox) -> bool:
    return (
        len(fitted.lines) <= spec.max_lines
        and all(line.width <= spec.box.width + _EPSILON for line in fitted.lines)
        and fitted.height <= spec.box.height + _EPSILON
    )


def _more_room(big: TextBox, small: TextBox) -> bool:
    return (
        big.box.width >= small.box.width
        and big.box.height >= small.box.height
        and big.max_lines >= small.max_lines
        and big.min_pt <= small.min_pt + _EPSILON
    )


@pytest.fixture(scope="module")
def fitted_names(qapp: object) -> dict[str, dict[str, FittedText]]:
    device = _device()
    specs = {name: _name_spec(size) for name, size in BADGE_SIZES.items()}
    return {
        stock: {name: fit_text(device, name, spec) for name in NAMES}
        for stock, spec in specs.items()
    }


def test_the_names_cover_the_scripts_that_stretch_a_badge() -> None:
    assert len(NAMES) == 200
    for sample in ("van der", "بن", "சுப்பிரமணியம்", "စုကြည်", "欧阳"):
        assert any(sample in name for name in NAMES), sample


@pytest.mark.parametrize("stock", sorted(BADGE_SIZES))
def test_every_long_name_stays_inside_its_box_on_every_stock(
    fitted_names: dict[str, dict[str, FittedText]], stock: str
) -> None:
    spec = _name_spec(BADGE_SIZES[stock])
    outside = [name for name, fitted in fitted_names[stock].items() if not _inside(fitted, spec)]
    assert outside == []


@pytest.mark.parametrize("stock", sorted(BADGE_SIZES))
def test_a_line_breaks_only_between_words(
    fitted_names: dict[str, dict[str, FittedText]], stock: str
) -> None:
    for name, fitted in fitted_names[stock].items():
        if fitted.elided or " " not in name:
            continue
        words = set(name.split())
        for line in fitted.lines:
            pieces = line.text.replace(NO_BREAK_SPACE, " ").split()
            assert set(pieces) <= words, (stock, name, line.text)


def test_a_stock_with_more_room_never_shows_less_of_a_name(
    fitted_names: dict[str, dict[str, FittedText]],
) -> None:
    specs = {stock: _name_spec(size) for stock, size in BADGE_SIZES.items()}
    worse = []
    for big, small in ((b, s) for b in specs for s in specs if b != s):
        if not _more_room(specs[big], specs[small]):
            continue
        for name in NAMES:
            if fitted_names[big][name].elided and not fitted_names[small][name].elided:
                worse.append((big, small, name))
    assert worse == []


def test_the_room_comparison_has_pairs_to_compare() -> None:
    """The check itself: A6 has more room than 80 mm thermal, which has more than CR80."""
    specs = {stock: _name_spec(size) for stock, size in BADGE_SIZES.items()}
    assert _more_room(specs["a6"], specs["thermal-80"])
    assert _more_room(specs["thermal-80"], specs["cr80"])


def test_no_stock_elides_a_name_the_80mm_roll_prints_whole(
    fitted_names: dict[str, dict[str, FittedText]],
) -> None:
    whole_on_roll = [n for n in NAMES if not fitted_names["thermal-80"][n].elided]
    assert len(whole_on_roll) >= 150  # the roll is the reference: most long names fit whole
    for stock in ("a6", "label-4x6"):
        assert [n for n in whole_on_roll if fitted_names[stock][n].elided] == []


def test_the_smallest_name_is_readable_at_a_metre() -> None:
    for size in BADGE_SIZES.values():
        assert _name_spec(size).min_pt == pytest.approx(MIN_NAME_PT)
    assert 9 < MIN_NAME_PT < 10  # 2.4 mm capitals


def test_particles_stay_with_their_name_when_the_line_allows() -> None:
    spec = _name_spec(BADGE_SIZES["cr80"])
    fitted = fit_text(_device(), "Ludwig Maximilian van Beethoven", spec)
    assert [line.text.replace(NO_BREAK_SPACE, " ") for line in fitted.lines] == [
        "Ludwig Maximilian",
        "van Beethoven",
    ]
    assert keep_particles("Ana de") == "Ana de"  # a final particle introduces nothing


def test_a_word_longer_than_the_line_is_elided_not_broken() -> None:
    spec = _name_spec(BADGE_SIZES["cr80"])
    fitted = fit_text(_device(), "A" * 300, spec)
    assert fitted.elided
    assert len(fitted.lines) == 1
    assert fitted.lines[0].text.endswith(ELLIPSIS)
    assert _inside(fitted, spec)
