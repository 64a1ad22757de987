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
