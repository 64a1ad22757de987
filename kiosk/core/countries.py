"""What a desk may type to find a country: its ISO code and its names in the UN languages."""

from __future__ import annotations

from functools import lru_cache

from kiosk.core.country_names import COUNTRY_NAMES
from kiosk.core.folding import fold


@lru_cache(maxsize=512)
def country_words(code: str) -> str:
    """The folded search words of country ``code`` ("CH" -> "ch switzerland suisse ...").

    An unknown code is searchable as itself; an empty one gives nothing.
    """
    return fold(" ".join((code, *COUNTRY_NAMES.get(code.upper(), ()))))
