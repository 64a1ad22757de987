"""The registry a kiosk serves, as the status corner and the desk's Operations page name it.

"pretix · tickets.example.org · itu/wsis22": the kind in the window's language (pretix and Indico
are names and stay as they are), then where it is. No URL path, no token: a visitor may read the
corner. Marked with QT_TRANSLATE_NOOP so pyside6-lupdate finds it, translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.registry_address import RegistryKind, RegistryName
from kiosk.ui.i18n import isolated

_CONTEXT = "RegistryWords"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


_OURS = QT_TRANSLATE_NOOP("RegistryWords", "kiosk registry")


def kind_words(kind: RegistryKind) -> str:
    """The kind in the current language: "kiosk registry", "pretix", "Indico"."""
    if kind is RegistryKind.KIOSK:
        return QCoreApplication.translate(_CONTEXT, _OURS)
    return kind.label  # a product's name


def registry_words(name: RegistryName) -> str:
    """The kind, then the host (and event) kept left to right inside a line of either direction."""
    kind = kind_words(name.kind)
    if name.kind is not RegistryKind.KIOSK:
        kind = isolated(kind)  # a Latin product name inside an Arabic line
    return " · ".join(part for part in (kind, isolated(name.place)) if part)
