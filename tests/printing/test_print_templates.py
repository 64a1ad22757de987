"""Badge templates: the shipped WSIS 2022 file, what each key changes, and bad files' messages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from badge_samples import BASE, Content, Pixels

from kiosk.core.badge_layout import BADGE_SIZES, MIN_NAME_PT, layout_badge
from kiosk.core.templates import (
    DEFAULT_TEMPLATE,
    PhotoRule,
    TemplateError,
    apply_template,
    parse_template,
)
from kiosk.paths import templates_dir
from kiosk.printing.render import render_image
from kiosk.sample.wsis2022 import sample_categories
from kiosk.services.badges import BadgeError, load_template

WSIS = templates_dir() / "wsis2022.toml"


def test_the_shipped_template_styles_every_sample_category() -> None:
    template = load_template("wsis2022")
    assert template.name == "WSIS Forum 2022"
    for category in sample_categories():
        style = template.style(category.code)
        assert (style.label, style.colour) == (category.label, category.colour.upper())
    tmp = template.style("TMP").elements
    assert (tmp.photo, tmp.name_lines, tmp.organisation) == (PhotoRule.NEVER, 1, False)
    assert template.style("VIP").elements.photo is PhotoRule.REQUIRED
    assert template.style("MED").elements.country is False


def test_a_template_relabels_recolours_and_hides_per_category() -> None:
    template = parse_template(
        """
        format = 1
        [event]
        dates = "30 May – 3 June 2022"
        [badge]
        country = false
        [category.DEL]
        label = "Delegate / Délégué"
        colour = "#00ff00"
        qr = false
        photo = "never"
        """
    )
    shown = apply_template(template, replace(BASE, photo_path="/photos/1.jpg"))
    assert (shown.category_label, shown.category_colour) == ("Delegate / Délégué", "#00FF00")
    assert (shown.country, shown.qr_text, shown.photo_path) == ("", "", "")
    assert shown.organisation == BASE.organisation
    assert (shown.event_title, shown.event_dates) == ("WSIS Forum 2022", "30 May – 3 June 2022")
    other = apply_template(template, replace(BASE, category_code="SPK", category_label="Speaker"))
    assert (other.category_label, other.qr_text, other.country) == ("Speaker", BASE.qr_text, "")


def test_the_default_template_changes_nothing() -> None:
    assert apply_template(DEFAULT_TEMPLATE, BASE) == BASE


def test_without_details_the_name_takes_their_room() -> None:
    size = BADGE_SIZES["a6"]
    full = layout_badge(size, has_photo=False, has_native_name=False)
    bare = layout_badge(size, has_photo=False, has_native_name=False, has_details=False)
    one_line = layout_badge(size, has_photo=False, has_native_name=False, name_lines=1)
    assert bare.name.box.height > full.name.box.height * 1.3
    assert bare.name.max_pt > full.name.max_pt
    assert (one_line.name.max_lines, full.name.max_lines) == (1, 2)
    # One line shrinks instead of wrapping, down to the same readable floor as two lines.
    assert one_line.name.min_pt == full.name.min_pt == pytest.approx(MIN_NAME_PT)


def test_a_required_photo_keeps_its_place_with_a_placeholder(
    content: Content, pixels: Pixels
) -> None:
    size = BADGE_SIZES["a6"]
    plain = pixels(render_image(content(), size, 203))
    required = pixels(render_image(content(photo_required=True), size, 203))

    def placeholder_grey(image: np.ndarray) -> float:  # its light fill; nothing else is that grey
        return float(((image > 225) & (image < 250)).mean())

    assert placeholder_grey(plain) < 0.005  # only the edges of letters
    assert placeholder_grey(required) > placeholder_grey(plain) + 0.02


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("format = 2", r"t\.toml: format: this kiosk reads template format 1, not 2"),
        ("[badge]\nphotos = true", r"\[badge\] photos: unknown key; the keys here are: name_lines"),
        ('[badge]\nphoto = "maybe"', r'\[badge\] photo: must be one of "never", "if-available"'),
        ('[badge]\nqr = "yes"', r"\[badge\] qr: must be true or false \(no quotes\), not 'yes'"),
        ("[badge]\nname_lines = 3", r"\[badge\] name_lines: must be 1 or 2, not 3"),
        (
            '[category.VIP]\ncolour = "#12345"',
            r"\[category\.VIP\] colour: '#12345' is not a colour",
        ),
        ('[category.VIP]\ncolour = "red"', r"\[category\.VIP\] colour: 'red' is not a colour"),
        ('[category.VIP]\nlabel = "  "', r"\[category\.VIP\] label: must not be empty"),
        ("[category.VIP]\nlabel = 7", r"\[category\.VIP\] label: must be text in quotes"),
        ('[category.VIP]\nlabel = "' + "x" * 41 + '"', r"label: is 41 characters long; at most 40"),
        ('[category.VIP]\nsize = "a6"', r"\[category\.VIP\] size: unknown key"),
        ("category = 3", r"\[category\]: must be a table"),
        ('[category]\nVIP = "red"', r"\[category\.VIP\]: must be a table of keys"),
        ('[category."ABCDEFGHIJKLMNOPQ"]', r"a category code is 1 to 16 characters"),
        ('[event]\ntitle = "WSIS"\nvenue = "ITU"', r"\[event\] venue: unknown key"),
        ('colour = "#FFFFFF"', r"t\.toml: colour: unknown key"),
        ("[badge\nqr = true", r"t\.toml: not valid TOML"),
    ],
)
def test_bad_templates_name_the_key_and_say_what_fits(text: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message):
        parse_template(text, "t.toml")


def test_template_files_are_found_by_name_or_path(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('name = "Mine"\n', encoding="utf-8")
    assert load_template("mine.toml", tmp_path).name == "Mine"
    assert load_template(str(WSIS)).name == "WSIS Forum 2022"
    assert load_template("") is DEFAULT_TEMPLATE
    with pytest.raises(BadgeError, match=r"cannot read the badge template .*nope\.toml"):
        load_template("nope")
    (tmp_path / "bad.toml").write_bytes(b"\xff\xfe name")
    with pytest.raises(BadgeError, match="cannot read the badge template"):
        load_template("bad.toml", tmp_path)


@pytest.mark.parametrize("size", sorted(BADGE_SIZES))
@pytest.mark.parametrize("category", ["TMP", "VIP", "MED"])
def test_every_template_variant_draws_on_every_stock(
    content: Content, pixels: Pixels, size: str, category: str
) -> None:
    shown = apply_template(load_template("wsis2022"), content(category_code=category))
    image = pixels(render_image(shown, BADGE_SIZES[size], 203))
    layout = layout_badge(BADGE_SIZES[size], has_photo=False, has_native_name=False)
    dpmm = 203 / 25.4
    band = image[round(layout.band.y * dpmm) + 2 :]
    name = image[round(layout.name.box.y * dpmm) : round(layout.name.box.bottom * dpmm)]
    assert (band < 128).mean() > 0.03  # the band, or its label on a light band
    assert (name < 128).mean() > 0.01  # the name is there
