"""The shipped fonts: registered with Qt once per process, and the badge font stack on them."""

from __future__ import annotations

import logging
import threading
import unicodedata
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from kiosk import paths
from kiosk.printing.base import PrinterError

log = logging.getLogger(__name__)

FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc"})
# Qt walks this list per character, so every script finds a shipped font.
FONT_STACK = (
    "Noto Sans",
    "Noto Naskh Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Ethiopic",
    "Noto Sans Thai",
    "Noto Sans CJK SC",
)
# Qt refuses fonts without OpenType tables for Indic scripts and logs a warning for each font
# it skips (at every size), so Devanagari text gets its own font first.
_DEVANAGARI = "Noto Sans Devanagari"
_DEVANAGARI_RANGES = ((0x0900, 0x097F), (0xA8E0, 0xA8FF))
# Characters that need no glyph of their own: spaces, joiners and direction marks.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})

# Qt's font database is process-wide, so the record of what was registered in it is too.
_lock = threading.Lock()
_registered: dict[Path, tuple[str, ...]] = {}


def load_fonts(directory: Path | None = None) -> list[str]:
    """Register the shipped fonts with Qt (once per process) and return their family names."""
    _require_gui_application()
    folder = (directory or paths.fonts_dir()).resolve()
    with _lock:
        if folder not in _registered:
            _registered[folder] = _register(folder)
        return list(_registered[folder])


def badge_font(size_pt: float, bold: bool = False, text: str = "") -> QFont:
    """The badge font at ``size_pt``, falling back per character across every shipped script."""
    load_fonts()
    font = QFont()
    font.setFamilies(list(families_for(text)))
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    # Unhinted outlines keep text metrics the same at 203 dpi, 300 dpi and in the PDF.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def families_for(text: str) -> tuple[str, ...]:
    """The font stack for ``text``: Noto Sans first, except that Devanagari leads for Hindi."""
    if any(lo <= ord(ch) <= hi for ch in text for lo, hi in _DEVANAGARI_RANGES):
        return (_DEVANAGARI, *(f for f in FONT_STACK if f != _DEVANAGARI))
    return FONT_STACK


def missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` that no font of the badge stack can draw (they would be boxes)."""
    load_fonts()
    fonts = _raw_fonts()
    return [
        ch
        for ch in dict.fromkeys(text)
        if unicodedata.category(ch) not in _INVISIBLE_CATEGORIES
        # supportsCharacter(str) is wrong beyond Latin-1 in PySide6: pass the code point.
        and not any(font.supportsCharacter(ord(ch)) for font in fonts)
    ]


def _raw_fonts() -> list[QRawFont]:
    fonts = []
    for family in FONT_STACK:
        raw = QRawFont.fromFont(QFont(family))
        # Qt substitutes a system font for a family it lacks; that one must not count.
        if raw.isValid() and raw.familyName() == family:
            fonts.append(raw)
    return fonts


def _require_gui_application() -> None:
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise RuntimeError(
            "badge fonts need a QGuiApplication: create one before rendering "
            "(app.py does; tests use the qapp fixture)"
        )


def _register(folder: Path) -> tuple[str, ...]:
    if not folder.is_dir():
        raise PrinterError(f"The badge fonts folder {folder} is missing. Reinstall the kiosk.")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    families: set[str] = set()
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path.name)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if not families:
        raise PrinterError(f"No badge fonts could be loaded from {folder}. Reinstall the kiosk.")
    missing = sorted(set(FONT_STACK) - families)
    if missing:
        log.warning("badge fonts missing, some names may not print: %s", ", ".join(missing))
    return tuple(sorted(families))
