"""Search folding: case, accents and script quirks removed, so "Jose" finds "José"."""

from __future__ import annotations

import re
import unicodedata

# Letters that carry no combining mark in Unicode and so survive NFKD.
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ß": "ss",
        "ħ": "h",
        "Ħ": "h",
    }
)
# Scripts written without spaces between words: each character becomes its own search token.
_UNSPACED = re.compile(
    "([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f])"
)
# Marks that are accents (Latin, Greek, Cyrillic diacritics, Hebrew points, Arabic harakat), unlike
# the vowel signs of Devanagari or Thai, which are letters for a reader and must stay.
_ACCENTS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def fold(text: str) -> str:
    """Return lower-case, accent-free text, words separated by single spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = _ACCENTS.sub("", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _UNSPACED.sub(r" \1 ", text)
    return " ".join("".join(map(_kept, text)).split())


def _kept(ch: str) -> str:
    """Letters, marks and digits stay (decimal digits of any script as 0-9). Invisible format
    characters (RLM, LRM, ALM, ZWJ, ZWNJ, soft hyphen) and control characters other than spaces
    (NUL) vanish, so they never split a word; anything else (spaces, punctuation, symbols,
    emoji) separates words."""
    category = unicodedata.category(ch)
    if category == "Nd":
        return str(unicodedata.decimal(ch))  # Arabic-Indic, Devanagari ... digits as 0-9
    if category[0] in "LMN":
        return ch
    if category == "Cf" or (category == "Cc" and not ch.isspace()):
        return ""
    return " "


# What fold() does to ASCII text, in two regular expressions: control characters that are not
# spaces vanish; anything but a letter or digit separates words.
_ASCII_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
_ASCII_BREAKS = re.compile("[^0-9a-z]+")


class PartFolder:
    """fold() for the many short texts of a roster (names, organisations), remembering answers.

    Gives exactly fold(text) (tests/store/test_search_text.py holds it to that in every sample
    script), about four times faster on a roster: ASCII text is folded by one regular expression
    and any other word by word, since fold() of words joined by spaces is the folded words joined
    by spaces, and a roster repeats its given names, family names and organisations. Remembers at
    most ``limit`` texts and words (a plain dict: a lookup here is the most frequent step of a
    first sync, and an lru_cache call costs about twice as much).
    """

    def __init__(self, limit: int = 200_000) -> None:
        self._known: dict[str, str] = {}
        self._limit = limit

    def __call__(self, text: str) -> str:
        folded = self._known.get(text)
        if folded is None:
            if text.isascii():
                text_lower = _ASCII_CONTROLS.sub("", text).lower()
                folded = " ".join(_ASCII_BREAKS.sub(" ", text_lower).split())
            else:
                words = text.split()
                folded = fold(text) if len(words) < 2 else " ".join(filter(None, map(self, words)))
            if len(self._known) < self._limit:
                self._known[text] = folded
        return folded
