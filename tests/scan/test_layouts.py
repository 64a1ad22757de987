"""Digits typed through a mismatched keyboard layout are mapped back (kiosk/scan/layouts.py)."""

from __future__ import annotations

import random

import pytest

from kiosk.scan.layouts import Candidate, DigitLayout, digit_candidates, type_through

ALL_DIGITS = "1234567890"


def random_code(rng: random.Random, length: int = 188) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(length - 1))


@pytest.mark.parametrize(
    ("layout", "typed"),
    [
        (DigitLayout.FR_HOST, "&é\"'(-è_çà"),
        (DigitLayout.BE_HOST, "&é\"'(§è!çà"),
        (DigitLayout.CH_HOST, '+"*ç%&/()='),
        (DigitLayout.US_HOST, "!@#$%^&*()"),
        (DigitLayout.DE_HOST, '!"§$%&/()='),
        (DigitLayout.NATIVE_DIGITS, "١٢٣٤٥٦٧٨٩٠"),
    ],
)
def test_the_digit_row_of_each_mismatch_reads_back_as_digits(
    layout: DigitLayout, typed: str
) -> None:
    assert type_through(ALL_DIGITS, layout) == typed
    assert digit_candidates(typed) == (Candidate(ALL_DIGITS, (layout,)),)


def test_digits_that_arrived_as_digits_have_one_reading_and_no_mapping() -> None:
    assert digit_candidates("0042") == (Candidate("0042", ()),)
    assert digit_candidates("0042")[0].mapping == ""


def test_caps_lock_on_a_french_host_still_reads_back() -> None:
    # Caps Lock on a French host turns é è ç à into capitals (xkb fr); the digits survive.
    assert [c.text for c in digit_candidates("&É\"'(-È_ÇÀ")] == [ALL_DIGITS]
    assert [c.text for c in digit_candidates('+"*Ç%&/()=')] == [ALL_DIGITS]


def test_shared_characters_give_every_reading_for_the_signature_to_decide() -> None:
    # "&" is 1 on a French host, 7 from an AZERTY scanner on a US or UK host, 6 on a German host.
    readings = {c.text: c.layouts for c in digit_candidates("&&")}
    assert readings["11"] == (DigitLayout.FR_HOST, DigitLayout.BE_HOST)
    assert readings["77"] == (DigitLayout.US_HOST, DigitLayout.GB_HOST)
    assert "66" in readings
    mapping = digit_candidates("&&")[0].mapping
    assert mapping == "qwerty-scanner-on-fr-host+qwerty-scanner-on-be-host"


@pytest.mark.parametrize("layout", [layout for layout in DigitLayout])
def test_a_real_sized_code_through_any_mismatch_has_itself_among_the_readings(
    layout: DigitLayout,
) -> None:
    rng = random.Random(layout.value)
    for _ in range(200):
        code = random_code(rng)
        readings = [c.text for c in digit_candidates(type_through(code, layout))]
        assert code in readings
        assert len(readings) <= 3  # a handful of signatures to try, never dozens


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "12a45",
        '{"i":[2]}',
        "&é\"'(x",  # one character no layout types for a digit
        "B1-22000007-1",
        "\x00\x01",
        "12 34",
        "²³",  # superscripts are digits to Python, not to a scanner
    ],
)
def test_text_that_cannot_be_digits_has_no_reading(text: str) -> None:
    assert digit_candidates(text) == ()
