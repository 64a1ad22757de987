"""Every word in the visitor's language: every kiosk scene, rendered in every language.

The check and its short allowlist are described in tests/ui/words.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from words import foreign_words, programme_keeps, shows_programme, visible_texts

from kiosk.ui.scenes import SCENES, scene_window

OTHER_LANGUAGES = ("fr", "es", "ru", "zh", "ar")


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_scene_speaks_only_the_visitors_language(qapp: QApplication, language: str) -> None:
    problems = []
    for scene in SCENES:
        with scene_window(scene, language) as kit:
            for shown in visible_texts(kit.window):
                keeps = scene.keeps
                if shows_programme(shown.widget):  # the programme's data only (words.py)
                    keeps += programme_keeps(language)
                foreign = foreign_words(shown.text, language, keeps)
                if foreign:
                    problems.append(f"{scene.name}: {shown.text!r} has {foreign}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("International organisation", "fr"),  # an English category band (the issue)
        ("Exhibitor", "es"),
        ("Participant", "ar"),
        ("The printer reports: paper-out.", "zh"),  # the raw printer detail (the issue)
        ("The printer reports: paper-out.", "fr"),
        ("请前往国际电联Montbrillant大楼入口处的注册处。", "zh"),  # a Latin word in a sentence
        ("WSIS Forum 2022", "ru"),
        ("Please go to the accreditation desk.", "es"),
        ("Done", "fr"),
    ],
)
def test_the_check_catches_english_left_in_another_language(text: str, language: str) -> None:
    assert foreign_words(text, language)


@pytest.mark.parametrize(
    ("text", "language", "keeps"),
    [
        ("Participant", "fr", ()),  # the same word in French: its translation is itself
        ("Organisation internationale", "fr", ()),
        ("注册编号 22000417", "zh", ()),  # numbers are in every language
        ("Amina Diallo", "ar", ("Amina Diallo",)),  # a person's name stays as it is
        ("English", "zh", ()),  # a language button names its language in that language
        ("Поднесите QR-код к сканеру", "ru", ()),  # UN Russian writes "QR" in Latin letters
        ("Forum du SMSI 2022", "fr", ()),
    ],
)
def test_the_check_lets_the_allowlist_and_real_translations_pass(
    text: str, language: str, keeps: tuple[str, ...]
) -> None:
    assert foreign_words(text, language, keeps) == []
