"""Texts the data carries in several languages: the convention every translated field follows.

A translated field keeps its English text where it always was (``BadgeCategory.label``,
``Session.title`` ...) and gains a sibling ``<field>_translations``: a mapping from a language code
("fr", "es", "ru", "zh", "ar") to the text in that language. English is the stated fallback: a
language without a translation shows the English text. The store keeps the mapping as a JSON
object in a column of the same name, and the registry protocol carries it the same way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType

FALLBACK_LANGUAGE = "en"
NO_TRANSLATIONS: Mapping[str, str] = MappingProxyType({})


def no_translations() -> Mapping[str, str]:
    """The empty mapping, for a dataclass field's ``default_factory``."""
    return NO_TRANSLATIONS


def in_language(english: str, translations: Mapping[str, str], language: str) -> str:
    """The text in ``language``, or the English text when that language has none."""
    if language == FALLBACK_LANGUAGE:
        return english
    return translations.get(language) or english


def frozen(translations: Mapping[str, str] | None) -> Mapping[str, str]:
    """A read-only copy without empty texts, for a frozen dataclass field."""
    if not translations:
        return NO_TRANSLATIONS
    kept = {code: text for code, text in translations.items() if text and text.strip()}
    return MappingProxyType(kept) if kept else NO_TRANSLATIONS


def to_json(translations: Mapping[str, str]) -> str:
    return json.dumps(dict(sorted(translations.items())), ensure_ascii=False)


def from_json(text: str | None) -> Mapping[str, str]:
    """The mapping stored by ``to_json``; anything that is not an object of strings gives none."""
    if not text:
        return NO_TRANSLATIONS
    try:
        value = json.loads(text)
    except ValueError:
        return NO_TRANSLATIONS
    if not isinstance(value, dict):
        return NO_TRANSLATIONS
    return frozen({k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)})
