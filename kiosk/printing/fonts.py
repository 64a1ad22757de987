"""The shipped fonts: registered with Qt once per process, and the badge font stack on them."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from fontTools.unicodedata import script as unicode_script
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk import paths
from kiosk.printing.base import PrinterError
from kiosk.printing.coverage import CLAIMED_SCRIPTS, FONT_SUFFIXES, bundled_coverage

log = logging.getLogger(__name__)

# Qt walks this list per character, so every script finds a shipped font; families_for() puts
# the fonts of the text's own scripts first. Noto Sans Arabic follows Noto Naskh Arabic for the
# letters of African languages written in Arabic (Ajami) that the Naskh face lacks; Noto Emoji is
# monochrome, so an emoji prints as a black outline on every printer instead of a box.
FONT_STACK = (
    "Noto Sans",
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    *dict.fromkeys(
        family
        for family in CLAIMED_SCRIPTS.values()
        if family not in ("Noto Sans", "Noto Naskh Arabic") and "CJK" not in family
    ),
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK KR",
    "Noto Emoji",
)
_CHINESE = "Noto Sans CJK SC"
# Kana or Hangul beside Han characters mark a Japanese or Korean name: its ideographs take that
# language's glyph forms rather than the Simplified Chinese ones.
_CJK_LANGUAGES = frozenset({"Noto Sans CJK JP", "Noto Sans CJK KR"})

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
            # Reading the CJK collection's character map takes a tenth of a second: do it now,
            # beside the start, rather than in the first Chinese name's check-in.
            warm = threading.Thread(target=_read_coverage, args=(folder,), daemon=True)
            warm.start()
        return list(_registered[folder])


def _read_coverage(folder: Path) -> None:
    bundled_coverage(folder).covers("\u738b\u5c0f\u660e \U0001f600 \u0645\u0631\u062d\u0628\u0627")


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
    """The font stack for ``text``: the fonts of its scripts first, in the order they appear.

    Qt shapes Indic, Khmer, Myanmar and other complex scripts only with a font it tried first for
    that script (it logs a warning for each font it skips), so the script's own font leads.
    """
    leading = tuple(dict.fromkeys(_script_families(text)))
    if _CJK_LANGUAGES & set(leading):
        leading = tuple(family for family in leading if family != _CHINESE)
    if not leading:
        return FONT_STACK
    return (*leading, *(family for family in FONT_STACK if family not in leading))


def _script_families(text: str) -> Iterator[str]:
    for ch in text:
        family = CLAIMED_SCRIPTS.get(_script(ch))
        if family is not None:
            yield family


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    return "Zyyy" if ch.isascii() and not ch.isalpha() else str(unicode_script(ch))


def missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` that no shipped font can draw (they would be boxes)."""
    return list(bundled_coverage().uncovered(text))


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
