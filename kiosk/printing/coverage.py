"""Which characters the bundled fonts can draw, read from the fonts' own character maps.

No Qt here: the roster import and ``kiosk check-names`` ask before anything is drawn, and the
badge service asks before it chooses which name to print. The answer comes from the font files in
assets/fonts only, never from the fonts the host happens to have.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont, TTLibError

from kiosk import paths
from kiosk.printing.base import PrinterError

FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc"})

# The scripts the project claims (ISO 15924 code -> the shipped family that draws them). Every
# letter and mark of these scripts that a name can contain is covered: tests/printing/
# test_print_script_coverage.py proves it from Unicode's script property (docs/badges.md, "Fonts").
CLAIMED_SCRIPTS: dict[str, str] = {
    "Latn": "Noto Sans",
    "Grek": "Noto Sans",
    "Cyrl": "Noto Sans",
    "Arab": "Noto Naskh Arabic",
    "Hebr": "Noto Sans Hebrew",
    "Syrc": "Noto Sans Syriac",
    "Thaa": "Noto Sans Thaana",
    "Nkoo": "Noto Sans NKo",
    "Armn": "Noto Sans Armenian",
    "Geor": "Noto Sans Georgian",
    "Ethi": "Noto Sans Ethiopic",
    "Deva": "Noto Sans Devanagari",
    "Beng": "Noto Sans Bengali",
    "Guru": "Noto Sans Gurmukhi",
    "Gujr": "Noto Sans Gujarati",
    "Orya": "Noto Sans Oriya",
    "Taml": "Noto Sans Tamil",
    "Telu": "Noto Sans Telugu",
    "Knda": "Noto Sans Kannada",
    "Mlym": "Noto Sans Malayalam",
    "Sinh": "Noto Sans Sinhala",
    "Olck": "Noto Sans Ol Chiki",
    "Mtei": "Noto Sans Meetei Mayek",
    "Tibt": "Noto Serif Tibetan",
    "Mymr": "Noto Sans Myanmar",
    "Khmr": "Noto Sans Khmer",
    "Laoo": "Noto Sans Lao",
    "Thai": "Noto Sans Thai",
    "Mong": "Noto Sans Mongolian",
    "Hani": "Noto Sans CJK SC",
    "Hira": "Noto Sans CJK JP",
    "Kana": "Noto Sans CJK JP",
    "Hang": "Noto Sans CJK KR",
    "Tfng": "Noto Sans Tifinagh",
    "Vaii": "Noto Sans Vai",
    "Adlm": "Noto Sans Adlam",
    "Cans": "Noto Sans Canadian Aboriginal",
    "Cher": "Noto Sans Cherokee",
}
# Characters that need no glyph of their own: spaces, joiners, direction marks, variation selectors.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})
_VARIATION_SELECTORS = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF), (0x180B, 0x180F))

_lock = threading.Lock()
_cache: dict[Path, Coverage] = {}


@dataclass(frozen=True, slots=True)
class Coverage:
    """The code points some bundled font maps to a glyph."""

    code_points: frozenset[int]

    def uncovered(self, text: str) -> tuple[str, ...]:
        """The distinct characters of ``text`` that would print as empty boxes, in order."""
        return tuple(
            ch for ch in dict.fromkeys(text) if ord(ch) not in self.code_points and needs_glyph(ch)
        )

    def covers(self, text: str) -> bool:
        return not self.uncovered(text)


def needs_glyph(ch: str) -> bool:
    """False for spaces, joiners, direction marks and variation selectors (they draw nothing)."""
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in _VARIATION_SELECTORS):
        return False
    return unicodedata.category(ch) not in _INVISIBLE_CATEGORIES


def bundled_coverage(directory: Path | None = None) -> Coverage:
    """The coverage of every font file in ``directory`` (assets/fonts), read once per process."""
    folder = (directory or paths.fonts_dir()).resolve()
    with _lock:
        if folder not in _cache:
            _cache[folder] = Coverage(frozenset(_code_points(folder)))
        return _cache[folder]


def _code_points(folder: Path) -> set[int]:
    if not folder.is_dir():
        raise PrinterError(f"The badge fonts folder {folder} is missing. Reinstall the kiosk.")
    points: set[int] = set()
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        try:
            points.update(_font_code_points(path))
        except (TTLibError, OSError) as exc:
            raise PrinterError(f"The badge font {path.name} cannot be read: {exc}") from exc
    return points


def _font_code_points(path: Path) -> set[int]:
    if path.suffix.lower() == ".ttc":
        # The faces of a collection share one character map; the first one answers for all.
        with TTCollection(str(path), lazy=True) as collection:
            return set(collection.fonts[0].getBestCmap())
    with TTFont(str(path), lazy=True) as font:
        return set(font.getBestCmap())
