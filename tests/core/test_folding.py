"""Search folding keeps every script findable and drops only accents and case."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.folding import PartFolder, fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("José Müller-Łukasz", "jose muller lukasz"),
        ("ØRSTED Ærø", "orsted aero"),
        ("Nguyễn Văn Đức", "nguyen van duc"),
        ("Ελένη Παπαδοπούλου", "ελενη παπαδοπουλου"),
        ("Ёлкина Йордан", "елкина иордан"),
        ("مُحَمَّد", "محمد"),
        ("שָׁלוֹם", "שלום"),
        ("李明", "李 明"),
        ("田中さくら", "田 中 さ く ら"),
        ("김민준", "김민준"),
        ("देवनागरी", "देवनागरी"),  # vowel signs are letters here, not accents
        ("สมชาย ใจดี", "สมชาย ใจดี"),
        ("አበበ በቀለ", "አበበ በቀለ"),
        ("  O'Brien,  (UN)  ", "o brien un"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_the_roster_folder_folds_exactly_as_fold_does(text: str) -> None:
    folder = PartFolder()
    assert folder(text) == fold(text)
    assert folder(text) == fold(text)  # remembered, the same


@pytest.mark.parametrize(
    "text",
    [
        "José  GARCÍA",
        "a\x00b\tc\x1fd",
        "Nguyễn Văn An",
        "李伟 王芳",
        "مُحَمَّد علي",
        "می\u200cنا",
        "١٢٣ ab",
    ],
)
def test_the_roster_folder_on_names(text: str) -> None:
    assert PartFolder()(text) == fold(text)


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("mu\u200fller", "muller"),
        ("\u200emuller\u200e", "muller"),
        ("مح\u200dمد\u061c", "محمد"),
        ("mul\x00ler", "muller"),
        ("a\tb\nc", "a b c"),
        ("١٢٣٤ ۱۲", "1234 12"),
        ("😀 müller 👍🏽", "muller"),
    ],
)
def test_invisible_marks_and_controls_vanish_digits_become_ascii(typed: str, folded: str) -> None:
    assert fold(typed) == folded
