"""The shapes of the sample name pools, and the compact notation they are written in.

Everything here is sample data. A person is a random combination of a common given name and a
common family name, so nobody in the sample is a real person. Each pool carries the names in their
own script with the Latin transliteration a passport would show, and the countries where the pool is
plausible. Pools are written in a compact notation (see ``parse_names``) to keep the lists readable.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass


class Script(enum.Enum):
    """The writing system of a pool's native names."""

    LATIN = "Latin"
    ARABIC = "Arabic"
    HAN = "Han"
    JAPANESE = "Japanese"  # kanji with some kana
    HANGUL = "Hangul"
    CYRILLIC = "Cyrillic"
    GREEK = "Greek"
    DEVANAGARI = "Devanagari"
    ETHIOPIC = "Ethiopic"
    THAI = "Thai"
    HEBREW = "Hebrew"


@dataclass(frozen=True, slots=True)
class Name:
    """One name in its own script and in Latin transliteration (the same for Latin script)."""

    native: str
    latin: str


@dataclass(frozen=True, slots=True)
class FamilyName:
    """A family name with its feminine form where the language inflects it (Nowak, Ivanova)."""

    male: Name
    female: Name


@dataclass(frozen=True, slots=True)
class NamePool:
    """Names of one language, where they are common, and their share of the sample crowd."""

    language: str  # BCP 47 tag, or a region label such as "af-en" for anglophone Africa
    script: Script
    women: tuple[Name, ...]
    men: tuple[Name, ...]
    families: tuple[FamilyName, ...]
    countries: tuple[str, ...]  # ISO 3166 alpha-2
    weight: int  # relative share among participants
    family_first: bool = False  # native order puts the family name first (CJK)
    joiner: str = " "  # between the native family and given name ("" for Chinese, Korean)
    surnames: int = 1  # Spanish and Portuguese people usually carry two

    def native_name(self, given: Name, family: Name) -> str:
        """The full name as written in the pool's own script and order."""
        parts = (
            (family.native, given.native) if self.family_first else (given.native, family.native)
        )
        return self.joiner.join(parts)


def _name(item: str) -> Name:
    native, _, latin = item.strip().partition("/")
    native = unicodedata.normalize("NFC", native.strip())
    return Name(native, unicodedata.normalize("NFC", latin.strip()) or native)


def parse_names(spec: str) -> tuple[Name, ...]:
    """Parse "native/latin, native/latin" (just "latin, latin" for Latin script)."""
    return tuple(_name(item) for item in spec.split(","))


def parse_families(spec: str) -> tuple[FamilyName, ...]:
    """Like ``parse_names``; "male>female" where the feminine form differs."""
    result = []
    for item in spec.split(","):
        male, _, female = item.partition(">")
        result.append(FamilyName(_name(male), _name(female) if female else _name(male)))
    return tuple(result)


def parse_countries(spec: str) -> tuple[str, ...]:
    return tuple(spec.split())
