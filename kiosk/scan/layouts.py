"""Digit payloads typed through a mismatched keyboard layout, mapped back to digits (pure).

A keyboard-wedge scanner sends key positions for the keyboard country it is configured for; the
host turns them into characters with its own layout. Digits survive every QWERTY/QWERTZ pair, but
not AZERTY: a US-configured scanner on a French host types ``1234567890`` as ``&é"'(-è_çà``, and a
French-configured one on a Swiss host as ``+"*ç%&/()=``. Each such digit row is a 1:1 table, so the
digits can be recovered. Some tables share characters (``&`` is 1 on a French host, 6 or 7 from
an AZERTY scanner elsewhere), so every table that yields all digits gives a candidate, and the
check-in service keeps the one whose signature verifies (docs/scanning.md).

The rows were read from xkeyboard-config with libxkbcommon (tests/scan/test_layouts_xkb.py checks
them again where libxkbcommon is installed). None of the digit keys is a dead key on these layouts,
so dead keys cannot eat a digit; they do corrupt ``+ = ] `` on Swiss and German hosts.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass

DIGITS = "1234567890"  # in key order, left to right on the top row


class DigitLayout(enum.Enum):
    """A scanner/host layout pair whose digit row is not digits (values: as the log shows them)."""

    FR_HOST = "qwerty-scanner-on-fr-host"  # US, UK, German or Swiss scanner; French AZERTY host
    BE_HOST = "qwerty-scanner-on-be-host"  # ... on a Belgian AZERTY host
    CH_HOST = "azerty-scanner-on-ch-host"  # French or Belgian scanner; Swiss French/German host
    US_HOST = "azerty-scanner-on-us-host"
    DE_HOST = "azerty-scanner-on-de-host"
    GB_HOST = "azerty-scanner-on-gb-host"
    IT_HOST = "azerty-scanner-on-it-host"
    ES_HOST = "azerty-scanner-on-es-host"
    RU_HOST = "azerty-scanner-on-ru-host"
    NATIVE_DIGITS = "native-digits"  # Arabic-Indic, Persian or full-width digits (ara(digits) host)


# The characters the host produces for the keys 1..9, 0 (docs/scanning.md has the whole table).
_ROWS: dict[DigitLayout, str] = {
    DigitLayout.FR_HOST: "&é\"'(-è_çà",
    DigitLayout.BE_HOST: "&é\"'(§è!çà",
    DigitLayout.CH_HOST: '+"*ç%&/()=',
    DigitLayout.US_HOST: "!@#$%^&*()",
    DigitLayout.DE_HOST: '!"§$%&/()=',
    DigitLayout.GB_HOST: '!"£$%^&*()',
    DigitLayout.IT_HOST: '!"£$%&/()=',
    DigitLayout.ES_HOST: '!"·$%&/()=',
    DigitLayout.RU_HOST: '!"№;%:?*()',
}
# With Caps Lock on, a French or Belgian host types é è ç à as capitals; a Swiss host, ç as Ç.
_CAPS_LOCK: dict[DigitLayout, str] = {
    DigitLayout.FR_HOST: "É2 È7 Ç9 À0",
    DigitLayout.BE_HOST: "É2 È7 Ç9 À0",
    DigitLayout.CH_HOST: "Ç4",
}


def _table(layout: DigitLayout) -> dict[int, str]:
    table = {ord(char): digit for char, digit in zip(_ROWS[layout], DIGITS, strict=True)}
    table.update({ord(pair[0]): pair[1] for pair in _CAPS_LOCK.get(layout, "").split()})
    return table


_TABLES: dict[DigitLayout, dict[int, str]] = {layout: _table(layout) for layout in _ROWS}
# The characters each table reads (its own, and digits typed as digits): a quick way to skip it.
_READS: dict[DigitLayout, frozenset[str]] = {
    layout: frozenset(map(chr, table)) | frozenset(DIGITS) for layout, table in _TABLES.items()
}
_KNOWN_CHARS = frozenset().union(*_READS.values())


@dataclass(frozen=True, slots=True)
class Candidate:
    """One all-digit reading of a scanned text, and the layout mismatches that give it."""

    text: str
    layouts: tuple[DigitLayout, ...] = ()  # empty: the text arrived as digits

    @property
    def mapping(self) -> str:
        """How the digits were recovered, for the log and scan-test ("" when they arrived as is)."""
        return "+".join(layout.value for layout in self.layouts)


def digit_candidates(text: str) -> tuple[Candidate, ...]:
    """Every distinct all-digit reading of ``text``, the text as typed first; empty when none."""
    if text.isascii():
        if text.isdigit():
            return (Candidate(text),)
    elif text.isdecimal():
        return (Candidate(_native_digits(text), (DigitLayout.NATIVE_DIGITS,)),)
    chars = frozenset(text)
    if not text or not chars <= _KNOWN_CHARS:
        return ()
    found: dict[str, list[DigitLayout]] = {}
    for layout, table in _TABLES.items():
        if chars <= _READS[layout]:  # every character reads as a digit: translate
            found.setdefault(text.translate(table), []).append(layout)
    return tuple(Candidate(digits, tuple(layouts)) for digits, layouts in found.items())


def _native_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(char)) for char in text)


def type_through(digits: str, layout: DigitLayout) -> str:
    """What ``digits`` look like typed through ``layout`` without Caps Lock (tests, bench)."""
    if layout is DigitLayout.NATIVE_DIGITS:
        row = "".join(chr(0x0660 + int(d)) for d in DIGITS)  # Arabic-Indic, as ara(digits) types
    else:
        row = _ROWS[layout]
    return digits.translate({ord(d): row[i] for i, d in enumerate(DIGITS)})
