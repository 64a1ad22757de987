"""The digit tables in kiosk/scan/layouts.py, checked against the system's xkb keyboard layouts.

A scanner configured for one keyboard country presses the keys that type a digit there; the host
turns the same keys into characters with its own layout. libxkbcommon (through ctypes) plays both
parts, so the tables are checked against xkeyboard-config, not against a copy of themselves.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from pathlib import Path

import pytest

from kiosk.scan.layouts import DIGITS, DigitLayout, digit_candidates, type_through

_LIB = ctypes.util.find_library("xkbcommon")
pytestmark = pytest.mark.skipif(
    _LIB is None or not Path("/usr/share/X11/xkb/symbols/fr").exists(),
    reason="needs libxkbcommon and xkb-data (the system's keyboard layouts)",
)

DIGIT_KEYS = range(10, 20)  # xkb keycodes of the keys 1..9, 0 (evdev 2..11, plus 8)
ALL_KEYS = range(9, 62)  # Escape to the right Shift: every key a scanner may press
SHIFT, CAPS_LOCK = 50, 66
KEY_DOWN, KEY_UP = 1, 0


class _Names(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_char_p) for name in ("rules", "model", "layout", "variant", "options")
    ]


class Xkb:
    """Just enough of libxkbcommon to ask which character a key types on a layout."""

    def __init__(self) -> None:
        assert _LIB is not None
        lib = ctypes.CDLL(_LIB)
        lib.xkb_context_new.restype = ctypes.c_void_p
        lib.xkb_keymap_new_from_names.restype = ctypes.c_void_p
        lib.xkb_keymap_new_from_names.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
        lib.xkb_state_new.restype = ctypes.c_void_p
        lib.xkb_state_new.argtypes = [ctypes.c_void_p]
        lib.xkb_state_unref.argtypes = [ctypes.c_void_p]
        lib.xkb_state_update_key.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int]
        lib.xkb_state_key_get_utf8.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_char_p,
            ctypes.c_size_t,
        ]
        self.lib = lib
        self.context = lib.xkb_context_new(0)

    def typed(self, layout: str, keys: list[int], caps_lock: bool = False) -> dict[int, str]:
        """What each key types on ``layout`` while ``keys`` (modifiers) are held down."""
        variant = ""
        if "(" in layout:
            layout, variant = layout.rstrip(")").split("(")
        names = _Names(b"evdev", b"pc105", layout.encode(), variant.encode(), b"")
        keymap = self.lib.xkb_keymap_new_from_names(self.context, ctypes.byref(names), 0)
        assert keymap, f"no xkb layout {layout}({variant})"
        state = self.lib.xkb_state_new(keymap)
        try:
            if caps_lock:
                self.lib.xkb_state_update_key(state, CAPS_LOCK, KEY_DOWN)
                self.lib.xkb_state_update_key(state, CAPS_LOCK, KEY_UP)
            for key in keys:
                self.lib.xkb_state_update_key(state, key, KEY_DOWN)
            return {code: self._utf8(state, code) for code in ALL_KEYS}
        finally:
            self.lib.xkb_state_unref(state)

    def _utf8(self, state: int, code: int) -> str:
        buffer = ctypes.create_string_buffer(16)
        self.lib.xkb_state_key_get_utf8(state, code, buffer, 16)
        return buffer.value.decode("utf-8")

    def digits_typed(self, scanner: str, host: str, caps_lock: bool = False) -> str:
        """What a scanner set to ``scanner`` types for 1234567890 on a ``host`` computer."""
        plain, shifted = self.typed(scanner, []), self.typed(scanner, [SHIFT])
        host_plain = self.typed(host, [], caps_lock)
        host_shifted = self.typed(host, [SHIFT], caps_lock)
        out = []
        for digit in DIGITS:
            if digit in plain.values():
                code = next(c for c, ch in plain.items() if ch == digit)
                out.append(host_plain[code])
            else:
                code = next(c for c, ch in shifted.items() if ch == digit)
                out.append(host_shifted[code])
        return "".join(out)


@pytest.fixture(scope="module")
def xkb() -> Xkb:
    return Xkb()


PAIRS = [
    ("us", "fr", DigitLayout.FR_HOST),
    ("ch", "fr", DigitLayout.FR_HOST),
    ("de", "fr", DigitLayout.FR_HOST),
    ("gb", "fr", DigitLayout.FR_HOST),
    ("us", "be", DigitLayout.BE_HOST),
    ("fr", "ch", DigitLayout.CH_HOST),
    ("fr", "ch(fr)", DigitLayout.CH_HOST),
    ("be", "ch", DigitLayout.CH_HOST),
    ("fr", "us", DigitLayout.US_HOST),
    ("fr", "de", DigitLayout.DE_HOST),
    ("fr", "gb", DigitLayout.GB_HOST),
    ("fr", "it", DigitLayout.IT_HOST),
    ("fr", "es", DigitLayout.ES_HOST),
    ("fr", "ru", DigitLayout.RU_HOST),
    ("us", "ara(digits)", DigitLayout.NATIVE_DIGITS),
]


@pytest.mark.parametrize(("scanner", "host", "layout"), PAIRS)
def test_the_table_matches_what_xkb_types(
    xkb: Xkb, scanner: str, host: str, layout: DigitLayout
) -> None:
    typed = xkb.digits_typed(scanner, host)
    assert typed == type_through(DIGITS, layout)
    assert [c.text for c in digit_candidates(typed)] == [DIGITS]


@pytest.mark.parametrize(("scanner", "host"), [("us", "fr"), ("us", "be"), ("fr", "ch")])
def test_caps_lock_on_the_host_still_reads_back(xkb: Xkb, scanner: str, host: str) -> None:
    typed = xkb.digits_typed(scanner, host, caps_lock=True)
    assert typed != xkb.digits_typed(scanner, host)  # Caps Lock changes what arrives ...
    assert [c.text for c in digit_candidates(typed)] == [DIGITS]  # ... and it still reads back


@pytest.mark.parametrize(
    ("scanner", "host"),
    [("us", "ch"), ("us", "ch(fr)"), ("us", "de"), ("us", "gb"), ("fr", "be"), ("be", "fr")],
)
def test_pairs_that_keep_digits_need_no_table(xkb: Xkb, scanner: str, host: str) -> None:
    assert xkb.digits_typed(scanner, host) == DIGITS


@pytest.mark.parametrize("host", ["fr", "be", "ch", "ch(fr)", "de", "us", "gb", "it", "es", "ru"])
def test_no_digit_key_is_a_dead_key(xkb: Xkb, host: str) -> None:
    # A dead key types nothing and changes the next key; on a digit key it would lose a digit.
    for shift in ([], [SHIFT]):
        typed = xkb.typed(host, shift)
        assert all(typed[code] for code in DIGIT_KEYS), (host, shift)
