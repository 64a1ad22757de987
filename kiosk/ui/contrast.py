"""Every text/background pair the kiosk draws, with its WCAG contrast ratio.

The pairs come from the stylesheet itself (each rule's ``color`` on its ``background``, a state
such as ``:pressed`` taking what its rule does not say from the plain rule, and anything unsaid
from ink on paper), the tone bands and flashes, and the badge categories' bands, whose text is
ink or paper, whichever reads better. ``python -m kiosk.ui.contrast`` prints the table that
docs/accessibility.md shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.ui import theme
from kiosk.ui.kiosk.camera_preview import SHADE_ALPHA

AA_NORMAL_TEXT = 4.5  # WCAG 2 AA for text of any size

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_DECLARATION = re.compile(r"(?<![-\w])(color|background)\s*:\s*([^;]+);?")


@dataclass(frozen=True, slots=True)
class ColourPair:
    where: str  # a stylesheet selector, "tone band: success", "category: DEL" ...
    text: str
    background: str

    @property
    def ratio(self) -> float:
        return theme.contrast_ratio(self.text, self.background)


def stylesheet_pairs(stylesheet: str = theme.STYLESHEET) -> list[ColourPair]:
    """The text colour on the background colour of every rule of ``stylesheet``."""
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(stylesheet):
        colours = {name: value.strip() for name, value in _DECLARATION.findall(body)}
        for selector in (s.strip() for s in selectors.split(",")):
            rules.setdefault(selector, {}).update(colours)
    pairs = []
    for selector, colours in rules.items():
        if not colours or "::" in selector:  # a sub-control (a progress chunk) holds no text
            continue
        plain = rules.get(selector.split(":")[0], {})
        text = colours.get("color") or plain.get("color") or theme.INK
        background = colours.get("background") or plain.get("background") or theme.PAPER
        pairs.append(ColourPair(selector, text, background))
    return pairs


def band_pairs(where: str, backgrounds: Iterable[tuple[str, str]]) -> list[ColourPair]:
    """Bands with text in the colour ``theme.band_style`` chooses on each (name, background)."""
    return [
        ColourPair(f"{where}: {name}", theme.text_colour_on(colour), colour)
        for name, colour in backgrounds
    ]


def painted_pairs() -> list[ColourPair]:
    """Text the screens paint themselves (the camera panel), the hint over a white scene."""
    shaded_white = 255 - SHADE_ALPHA  # black at SHADE_ALPHA over a white picture
    return [
        ColourPair("camera panel: title", theme.INK, theme.WHERE_TINT),
        ColourPair("camera panel: text", theme.MUTED, theme.WHERE_TINT),
        ColourPair(
            "camera hint over a shaded white scene",
            theme.PAPER,
            f"#{shaded_white:02X}{shaded_white:02X}{shaded_white:02X}",
        ),
    ]


def theme_pairs(categories: Iterable[tuple[str, str]] = ()) -> list[ColourPair]:
    """Every pair: the stylesheet's, painted text, tone bands (and flashes) and ``categories``."""
    tones = [(tone.value, colour) for tone, colour in theme.TONE_COLOURS.items()]
    return [
        *stylesheet_pairs(),
        *painted_pairs(),
        *band_pairs("tone band and flash", tones),
        *band_pairs("category", [("unknown colour", theme.NEUTRAL), *categories]),
    ]


def markdown_table(pairs: Iterable[ColourPair]) -> str:
    lines = ["| where | text | background | ratio |", "|---|---|---|---|"]
    for pair in pairs:
        lines.append(
            f"| `{pair.where}` | {pair.text.upper()} | {pair.background.upper()} "
            f"| {pair.ratio:.1f}:1 |"
        )
    return "\n".join(lines)


def sample_category_colours() -> list[tuple[str, str]]:
    """The sample event's categories and the shipped template's (code, colour)."""
    from kiosk import paths
    from kiosk.core.templates import parse_template
    from kiosk.sample.wsis2022 import sample_categories

    colours = [(c.code, c.colour) for c in sample_categories()]
    for path in sorted(paths.templates_dir().glob("*.toml")):
        template = parse_template(path.read_text(encoding="utf-8"), path.name)
        for code, style in template.categories:
            if style.colour:
                colours.append((f"{code} ({path.stem})", style.colour))
    return colours


if __name__ == "__main__":  # python -m kiosk.ui.contrast > table.md
    print(markdown_table(theme_pairs(sample_category_colours())))
