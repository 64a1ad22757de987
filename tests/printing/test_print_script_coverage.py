"""Every letter and mark a name can contain, in every script the kiosk claims, has a shipped glyph.

The characters come from Unicode's script property (fontTools.unicodedata), not from a list of
names, so a font that loses a letter fails here whatever the demo's names are. What "a name can
contain" leaves out is a rule, stated once in docs/badges.md ("Fonts") and below.
"""

from __future__ import annotations

import unicodedata

import pytest
from fontTools import unicodedata as ucd

from kiosk.printing.coverage import CLAIMED_SCRIPTS, bundled_coverage

# Blocks whose letters write no living language's names: rare and historic ideographs outside
# the national character sets registrations use, historic kana (hentaigana), mathematics, music,
# phonetic transcription, and Suriyani Malayalam (liturgical).
NOT_NAME_BLOCKS = frozenset(
    {
        "CJK Unified Ideographs Extension B",
        "CJK Unified Ideographs Extension C",
        "CJK Unified Ideographs Extension D",
        "CJK Unified Ideographs Extension E",
        "CJK Unified Ideographs Extension F",
        "CJK Unified Ideographs Extension G",
        "CJK Compatibility Ideographs Supplement",
        "Ideographic Symbols and Punctuation",
        "Kana Supplement",
        "Kana Extended-A",
        "Kana Extended-B",
        "Small Kana Extension",
        "Arabic Mathematical Alphabetic Symbols",
        "Ancient Greek Musical Notation",
        "Number Forms",
        "Latin Extended-F",
        "Latin Extended-G",
        "Syriac Supplement",
    }
)
# Single letters for liturgical or historic writing only: Lao's letters for Pali and Sanskrit,
# and the Hebrew yod triangle.
NOT_NAME_LETTERS = frozenset(
    {*(0x0E86, 0x0E89, 0x0E8C, *range(0x0E8E, 0x0E94), 0x0E98, 0x0EA0, 0x0EA8, 0x0EA9, 0x0EAC),
     0x0EBA, 0x05EF}
)  # fmt: skip
# Letters and marks of the claimed scripts that Unicode 13.0 (March 2020) and 14.0 (September
# 2021) added, after the shipped Noto release was drawn, and those of 15.0 and 15.1, which only
# interpreters with a newer unicodedata see as letters (Python 3.12: 15.0, 3.13: 15.1). Ranges
# from Unicode's DerivedAge.txt. A name using one is reported at import and printed in its Latin
# form.
UNICODE_13_AND_LATER = (
    (0x0870, 0x0887), (0x0889, 0x088E), (0x0898, 0x089F), (0x08B5, 0x08B5), (0x08BE, 0x08D2),
    (0x0B55, 0x0B55), (0x0C3C, 0x0C3C), (0x0C5D, 0x0C5D), (0x0CDD, 0x0CDD), (0x0D04, 0x0D04),
    (0x0D81, 0x0D81), (0x180F, 0x180F), (0x4DB6, 0x4DBF), (0x9FF0, 0x9FFF), (0xA7C0, 0xA7C1),
    (0xA7C7, 0xA7CA), (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3), (0xA7D5, 0xA7D9), (0xA7F2, 0xA7F6),
    (0xAB68, 0xAB69), (0x10780, 0x10785), (0x10787, 0x107B0), (0x107B2, 0x107BA),
    (0x11AB0, 0x11ABF), (0x16FF0, 0x16FF1), (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE), (0x1B11F, 0x1B122), (0x1DF00, 0x1DF1E), (0x1E7E0, 0x1E7E6),
    (0x1E7E8, 0x1E7EB), (0x1E7ED, 0x1E7EE), (0x1E7F0, 0x1E7FE), (0x2A6D7, 0x2A6DF),
    (0x2B735, 0x2B738), (0x30000, 0x3134A),
    # Unicode 15.0: Kannada, Lao, Arabic Extended-C, Latin Extended-G, Cyrillic Extended-D,
    # CJK Extension H; 15.1: CJK Extension I.
    (0x0CF3, 0x0CF3), (0x0ECE, 0x0ECE), (0x10EFD, 0x10EFF), (0x1DF25, 0x1DF2A),
    (0x1E030, 0x1E08F), (0x31350, 0x323AF), (0x2EBF0, 0x2EE5D),
)  # fmt: skip


def _is_late(code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in UNICODE_13_AND_LATER)


@pytest.fixture(scope="module")
def characters_by_script() -> dict[str, list[str]]:
    by_script: dict[str, list[str]] = {script: [] for script in CLAIMED_SCRIPTS}
    for code in range(0x110000):
        ch = chr(code)
        script = ucd.script(ch)
        if script in by_script and unicodedata.category(ch)[0] in "LM":
            by_script[script].append(ch)
    return {script: _name_letters(chars) for script, chars in by_script.items()}


def _name_letters(chars: list[str]) -> list[str]:
    return [
        ch
        for ch in chars
        if ucd.block(ch) not in NOT_NAME_BLOCKS
        and ord(ch) not in NOT_NAME_LETTERS
        and not _is_late(ord(ch))
        and unicodedata.normalize("NFC", ch) == ch
    ]


@pytest.mark.parametrize("script", sorted(CLAIMED_SCRIPTS))
def test_every_letter_and_mark_of_a_claimed_script_has_a_glyph(
    characters_by_script: dict[str, list[str]], script: str
) -> None:
    letters = characters_by_script[script]
    assert len(letters) >= 26, f"{script}: Unicode gives too few letters; wrong script code?"
    missing = bundled_coverage().uncovered("".join(letters))
    assert missing == (), f"{script}: {len(missing)} without a glyph: " + " ".join(
        f"U+{ord(ch):04X}" for ch in missing[:20]
    )


def test_the_rules_leave_the_living_alphabets_whole(
    characters_by_script: dict[str, list[str]],
) -> None:
    """The exclusions must not hollow a script out: the common letters stay claimed."""
    for script, sample in {
        "Latn": "ÀŁŒƏǅȘẞỹ",
        "Arab": "پچژگڤۃے",
        "Hani": "王李张陳",
        "Laoo": "ກຂຄງ",
        "Hebr": "אבגדה",
        "Syrc": "ܐܒܓ",
    }.items():
        assert set(sample) <= set(characters_by_script[script]), script


def test_a_script_no_font_covers_is_found() -> None:
    """The check itself: Linear B (claimed by nobody) has no glyph, so coverage must say so."""
    assert bundled_coverage().uncovered("\U00010000\U00010001") == ("\U00010000", "\U00010001")
