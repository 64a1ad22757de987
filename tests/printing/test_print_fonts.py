"""The shipped fonts cover every script a name may come in, so no badge shows empty boxes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from kiosk.printing.fonts import FONT_STACK, badge_font, families_for, load_fonts, missing_glyphs

NAMES_BY_SCRIPT = {
    "latin": "Zoë Ångström-Øster Nguyễn Łukasz Çelik",
    "cyrillic": "Владимир Иванов",
    "greek": "Νίκος Παπαδόπουλος",
    "arabic": "محمد بن عبد الله",
    "hebrew": "שרה לוי",
    "chinese": "王小明",
    "japanese": "山田 花子 やまだ",
    "korean": "김민준",
    "amharic": "ደረጀ ተስፋዬ",
    "hindi": "राजेश कुमार",
    "thai": "สมชาย ใจดี",
}


def test_every_family_of_the_stack_is_shipped(fonts: list[str]) -> None:
    assert set(FONT_STACK) <= set(fonts)


def test_loading_twice_registers_nothing_more(fonts: list[str]) -> None:
    before = QFontDatabase.families()
    assert load_fonts() == fonts
    assert QFontDatabase.families() == before


@pytest.mark.parametrize("name", NAMES_BY_SCRIPT.values(), ids=NAMES_BY_SCRIPT.keys())
def test_names_in_every_script_have_glyphs(fonts: list[str], name: str) -> None:
    assert missing_glyphs(name) == []


@pytest.mark.parametrize("char", ["\ue000", "\U00010000"], ids=["private-use", "linear-b"])
def test_unsupported_characters_are_reported(fonts: list[str], char: str) -> None:
    assert missing_glyphs(f"Ana {char} Pérez") == [char]


def test_spaces_and_joiners_need_no_glyph(fonts: list[str]) -> None:
    assert missing_glyphs("क्\u200dष \u200f\u00a0") == []


def test_badge_font_falls_back_from_noto_sans_to_every_script(fonts: list[str]) -> None:
    font = badge_font(12, bold=True)
    assert font.families() == list(FONT_STACK)
    assert font.bold()
    assert font.pointSizeF() == 12


def test_devanagari_names_lead_with_the_devanagari_font() -> None:
    assert families_for("राजेश")[0] == "Noto Sans Devanagari"
    assert families_for("Rajesh") == FONT_STACK


@pytest.mark.parametrize(
    ("name", "leading"),
    [
        ("தமிழ்செல்வன் Raman", ("Noto Sans Tamil", "Noto Sans")),
        ("محمد Ali", ("Noto Naskh Arabic", "Noto Sans")),
        ("山田 花子 やまだ", ("Noto Sans CJK JP",)),
        ("김민준", ("Noto Sans CJK KR",)),
        ("王小明", ("Noto Sans CJK SC",)),
        ("1234 😀", ("Noto Sans",)),
    ],
)
def test_the_fonts_of_a_names_scripts_lead_in_their_order(
    name: str, leading: tuple[str, ...]
) -> None:
    families = families_for(name)
    assert families[: len(leading)] == leading
    assert sorted(families) == sorted(FONT_STACK)


def test_loading_without_a_gui_application_says_what_is_missing() -> None:
    code = "from kiosk.printing.fonts import load_fonts\nload_fonts()"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode != 0
    assert "QGuiApplication" in result.stderr
