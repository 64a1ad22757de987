"""The badge layout model (kiosk.core.badge_layout): pure geometry and colour rules, no Qt."""

from __future__ import annotations

import itertools

import pytest

from kiosk.core.badge_layout import (
    BADGE_SIZES,
    LINE_MM_PER_PT,
    BadgeLayout,
    BadgeSize,
    Box,
    band_colours,
    is_right_to_left,
    layout_badge,
)

VARIANTS = [
    pytest.param(size, photo, native, id=f"{size.name}-photo{int(photo)}-native{int(native)}")
    for size in BADGE_SIZES.values()
    for photo, native in itertools.product((False, True), repeat=2)
]


def _boxes(layout: BadgeLayout) -> dict[str, Box]:
    boxes = {
        "title": layout.title.box,
        "dates": layout.dates.box,
        "name": layout.name.box,
        "organisation": layout.organisation.box,
        "country": layout.country.box,
        "qr": layout.qr,
        "band": layout.band,
        "footer": layout.reference.box,
    }
    if layout.native_name is not None:
        boxes["native"] = layout.native_name.box
    if layout.photo is not None:
        boxes["photo"] = layout.photo
    return boxes


def _overlap(a: Box, b: Box) -> bool:
    eps = 1e-6
    return (
        a.x < b.right - eps
        and b.x < a.right - eps
        and a.y < b.bottom - eps
        and b.y < a.bottom - eps
    )


@pytest.mark.parametrize(("size", "photo", "native"), VARIANTS)
def test_every_element_is_on_the_badge_and_none_overlap(
    size: BadgeSize, photo: bool, native: bool
) -> None:
    layout = layout_badge(size, has_photo=photo, has_native_name=native)
    boxes = _boxes(layout)

    for name, box in boxes.items():
        assert min(box.width, box.height) > 0, name
        assert min(box.x, box.y) >= 0, name
        assert box.right <= size.width_mm + 1e-6, name
        assert box.bottom <= size.height_mm + 1e-6, name
    for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
        assert not _overlap(box_a, box_b), f"{a} overlaps {b}"


@pytest.mark.parametrize(("size", "photo", "native"), VARIANTS)
def test_name_box_holds_two_lines_at_the_minimum_size(
    size: BadgeSize, photo: bool, native: bool
) -> None:
    name = layout_badge(size, has_photo=photo, has_native_name=native).name

    assert name.max_pt >= name.min_pt
    assert name.box.height >= 2 * name.min_pt * LINE_MM_PER_PT


@pytest.mark.parametrize("size", BADGE_SIZES.values(), ids=lambda s: s.name)
def test_qr_box_is_square_and_big_enough_to_scan(size: BadgeSize) -> None:
    qr = layout_badge(size, has_photo=True, has_native_name=True).qr

    assert qr.width == pytest.approx(qr.height)
    assert qr.width >= 18  # 53 modules (version 7 with quiet zone) at >= 0.33 mm


def test_landscape_stock_puts_the_qr_beside_the_text() -> None:
    layout = layout_badge(BADGE_SIZES["label-4x3"], has_photo=False, has_native_name=False)

    assert layout.qr.x >= layout.name.box.right
    assert layout.qr.y < layout.name.box.bottom


def test_portrait_stock_puts_the_qr_below_the_text() -> None:
    layout = layout_badge(BADGE_SIZES["a6"], has_photo=False, has_native_name=False)

    assert layout.qr.y >= layout.country.box.bottom


@pytest.mark.parametrize(
    ("colour", "expected"),
    [
        ("#C00000", ("#C00000", "#FFFFFF")),  # dark red: white text
        ("#1f4e9e", ("#1F4E9E", "#FFFFFF")),
        ("#FFC000", ("#FFC000", "#000000")),  # amber: black text
        ("#00FF00", ("#00FF00", "#000000")),
        ("not a colour", ("#FFFFFF", "#000000")),
        ("", ("#FFFFFF", "#000000")),
    ],
)
def test_band_text_contrasts_with_the_band(colour: str, expected: tuple[str, str]) -> None:
    assert band_colours(colour) == expected


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("محمد", True),
        ("שרה", True),
        ("Ana", False),
        ("王小明", False),
        ("123 محمد", True),
        ("", False),
    ],
)
def test_text_direction_follows_the_first_strong_character(text: str, rtl: bool) -> None:
    assert is_right_to_left(text) is rtl


def test_the_native_name_is_printed_only_when_it_adds_something() -> None:
    from kiosk.core.badge_layout import BadgeContent, shows_native_name

    def content(badge: str, native: str) -> BadgeContent:
        return BadgeContent(1, 1, badge, native, "", "", "DEL", "Delegate", "#000000", "1", "", "")

    assert shows_native_name(content("Wang Xiaoming", "王小明"))
    assert not shows_native_name(content("王小明", "王小明"))
    assert not shows_native_name(content("Wang Xiaoming (王小明)", "王小明"))
    assert not shows_native_name(content("", "王小明"))  # the native name is then the badge name
