"""Which characters the bundled fonts can draw, read from the fonts' own character maps.

No Qt here: the roster import and ``kiosk check-names`` ask before anything is drawn, and the
badge service asks before it chooses which name to print. The answer comes from the font files in
assets/fonts only, never from the fonts the host happens to have.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont, TTLibError
from fontTools.unicodedata import script as unicode_script

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
_SHARED_SCRIPTS = ("Zyyy", "Zinh", "Zzzz")  # digits, punctuation, marks, emoji, unassigned
_SHARED_FILES = ("NotoSans-Regular.ttf", "NotoEmoji-Regular.ttf")
_CJK_FILE = "NotoSansCJK-Regular.ttc"


class Coverage:
    """The code points the bundled fonts map to a glyph.

    A font's character map is read the first time a character might be in it: the font of the
    character's script first, then the others. A Latin name reads one small font, so the first
    badge of the day does not wait for the 19 MB CJK collection.
    """

    def __init__(self, files: tuple[Path, ...]) -> None:
        self._files = files
        self._maps: dict[Path, frozenset[int]] = {}
        self._lock = threading.Lock()

    def uncovered(self, text: str) -> tuple[str, ...]:
        """The distinct characters of ``text`` that would print as empty boxes, in order."""
        return tuple(ch for ch in dict.fromkeys(text) if needs_glyph(ch) and not self._has(ch))

    def covers(self, text: str) -> bool:
        return not self.uncovered(text)

    def _has(self, ch: str) -> bool:
        code = ord(ch)
        return any(code in self._map(path) for path in self._candidates(ch))

    def _candidates(self, ch: str) -> list[Path]:
        script = str(unicode_script(ch))
        if script in _SHARED_SCRIPTS:
            names: tuple[str, ...] = _SHARED_FILES
        else:
            family = CLAIMED_SCRIPTS.get(script, "")
            names = (_CJK_FILE if "CJK" in family else family.replace(" ", "") + "-Regular.ttf",)
        first = [path for path in self._files if path.name in names]
        return first + [path for path in self._files if path not in first]

    def _map(self, path: Path) -> frozenset[int]:
        found = self._maps.get(path)
        if found is None:
            # Read outside the lock: a check-in never waits while another thread reads the
            # CJK collection; two threads reading one font at once just read it twice.
            found = frozenset(_read_code_points(path))
            with self._lock:
                found = self._maps.setdefault(path, found)
        return found


def needs_glyph(ch: str) -> bool:
    """False for spaces, joiners, direction marks and variation selectors (they draw nothing)."""
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in _VARIATION_SELECTORS):
        return False
    return unicodedata.category(ch) not in _INVISIBLE_CATEGORIES


def bundled_coverage(directory: Path | None = None) -> Coverage:
    """The coverage of the font files in ``directory`` (assets/fonts), one per process."""
    folder = (directory or paths.fonts_dir()).resolve()
    with _lock:
        if folder not in _cache:
            _cache[folder] = Coverage(_font_files(folder))
        return _cache[folder]


def _font_files(folder: Path) -> tuple[Path, ...]:
    """The font files, regular faces first and the CJK collection last (it is the slow one)."""
    if not folder.is_dir():
        raise PrinterError(f"The badge fonts folder {folder} is missing. Reinstall the kiosk.")
    files = [p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES]
    if not files:
        raise PrinterError(f"No badge fonts are in {folder}. Reinstall the kiosk.")
    return tuple(sorted(files, key=lambda p: (p.suffix == ".ttc", "Regular" not in p.name, p.name)))


def _read_code_points(path: Path) -> set[int]:
    try:
        if path.suffix.lower() == ".ttc":
            # The faces of a collection share one character map; the first one answers for all.
            with TTCollection(str(path), lazy=True) as collection:
                return set(collection.fonts[0].getBestCmap())
        with TTFont(str(path), lazy=True) as font:
            return set(font.getBestCmap())
    except (TTLibError, OSError) as exc:
        raise PrinterError(f"The badge font {path.name} cannot be read: {exc}") from exc
