"""Switching the UI language: the kiosk's own catalogue, Qt's, and right-to-left for Arabic."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from kiosk import paths

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"  # the language of the strings in the code; it needs no catalogue
RIGHT_TO_LEFT = frozenset({"ar"})
_QT_CATALOGUE_SUFFIX = {"zh": "zh_CN"}  # Qt names its simplified Chinese catalogue zh_CN
# Dates and times: British English (30 May 2022, 08:52) as UN documents write them.
_LOCALE = {"en": "en_GB", "zh": "zh_CN"}
_TRANSLATOR_NAME = "kiosk-translator"  # marks the translators this module installed
_LANGUAGE_PROPERTY = "kioskLanguage"  # the application's property naming the language it speaks


def install_language(app: QCoreApplication, code: str) -> bool:
    """Make ``code`` the UI language; False if its catalogue is missing (the UI stays English)."""
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    loaded = True
    app.setProperty(_LANGUAGE_PROPERTY, code)  # before the translators: retranslate() reads it
    if code != SOURCE_LANGUAGE:
        loaded = _install(app, paths.translations_dir() / f"kiosk_{code}.qm")
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _install(app, qt_dir / f"qtbase_{_QT_CATALOGUE_SUFFIX.get(code, code)}.qm")
    if not loaded:
        app.setProperty(_LANGUAGE_PROPERTY, SOURCE_LANGUAGE)
    # Dates and times on screen follow the language (QLocale() everywhere in the UI).
    QLocale.setDefault(QLocale(_LOCALE.get(code, code)))
    if isinstance(app, QGuiApplication):
        rtl = code in RIGHT_TO_LEFT and loaded
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    return loaded


def current_language() -> str:
    """The code of the language the UI speaks now, as install_language set it ("en" before).

    Not the system locale: a kiosk in Geneva runs on a fr_CH system and speaks English at home.
    """
    app = QCoreApplication.instance()
    code = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return code if isinstance(code, str) and code else SOURCE_LANGUAGE


def isolated(text: str) -> str:
    """``text`` (a name, a kiosk id, a printer address, English from a device) kept in one piece
    inside a line of either direction: first-strong isolate ... pop directional isolate. Empty
    text stays empty."""
    return f"\u2068{text}\u2069" if text else ""


def in_reading_order(text: str) -> str:
    """``text`` as a paragraph in the UI's direction: in Arabic a line that starts with a Latin
    name, an id or a figure still reads from the right (a right-to-left mark first)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return f"\u200f{text}" if rtl and text else text


def _install(app: QCoreApplication, catalogue: Path) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if not translator.load(str(catalogue)):
        log.warning("translation catalogue %s could not be loaded", catalogue)
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True
