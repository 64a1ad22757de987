"""Countries by ISO 3166 code: their names in the UN languages, and what a desk may type to
find one."""

from __future__ import annotations

from functools import lru_cache

from kiosk.core.country_names import COUNTRY_ALIASES, COUNTRY_NAMES
from kiosk.core.folding import fold

_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")  # the order of each COUNTRY_NAMES entry


@lru_cache(maxsize=512)
def country_words(code: str) -> str:
    """The folded search words of country ``code`` ("CH" -> "ch switzerland suisse ...").

    An unknown code is searchable as itself; an empty one gives nothing.
    """
    key = code.upper()
    names = dict.fromkeys((*COUNTRY_NAMES.get(key, ()), *COUNTRY_ALIASES.get(key, ())))
    return fold(" ".join((code, *names)))


def country_name(code: str, language: str = "en") -> str:
    """Country ``code``'s name in ``language`` (a UN language code; English otherwise):
    ("CH", "fr") -> "Suisse". A code the list does not know, or other text, is shown as given."""
    names = COUNTRY_NAMES.get(code) if len(code) == 2 else None
    if names is None:
        return code
    return names[_LANGUAGES.index(language) if language in _LANGUAGES else 0]
