"""Every outcome has its own words, in every UN language, in glyphs the shipped fonts can draw."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from screen_reading import AMINA

from kiosk import paths
from kiosk.core.checkin import Outcome
from kiosk.printing.fonts import missing_glyphs
from kiosk.ui.i18n import install_language
from kiosk.ui.messages import (
    LANGUAGE_NAMES,
    SCAN_PROMPTS,
    Tone,
    failure_text,
    outcome_text,
    result_text,
)
from kiosk.ui.options import UN_LANGUAGES

TRANSLATED = [code for code in UN_LANGUAGES if code != "en"]


def titles() -> dict[Outcome, str]:
    return {outcome: outcome_text(outcome).title for outcome in Outcome}


def test_every_outcome_has_its_own_title_body_and_where_to_go() -> None:
    english = titles()
    assert all(english.values())
    assert len(set(english.values())) == len(Outcome)
    for outcome in Outcome:
        text = outcome_text(outcome)
        assert text.body, outcome
        assert text.where, outcome


def test_refusals_send_people_to_the_accreditation_desk() -> None:
    for outcome in (Outcome.ALREADY_COLLECTED, Outcome.REVOKED, Outcome.COLLECT_AT_DESK):
        assert "accreditation desk" in outcome_text(outcome).where
        assert outcome_text(outcome).to_desk  # the screen adds where the desk is, from settings
        assert "Montbrillant" not in outcome_text(outcome).where  # a place is data, not a text


def test_outcomes_that_do_not_send_to_the_desk_name_no_place() -> None:
    for outcome in (Outcome.CHECKED_IN, Outcome.EMPTY):
        assert not outcome_text(outcome).to_desk


def test_only_a_check_in_is_a_success() -> None:
    tones = {outcome: outcome_text(outcome).tone for outcome in Outcome}
    assert [o for o, tone in tones.items() if tone is Tone.SUCCESS] == [Outcome.CHECKED_IN]


def test_a_badge_that_did_not_print_still_welcomes_but_sends_to_the_desk() -> None:
    text = result_text(replace(AMINA, print_error="paper out"))
    assert text.title == outcome_text(Outcome.CHECKED_IN).title
    assert "printer" in text.body
    assert "accreditation desk" in text.where
    assert text.tone is Tone.NOTICE


def test_a_badge_whose_print_was_cut_off_is_not_called_a_printer_problem() -> None:
    cut_off = result_text(replace(AMINA, print_error="ask staff", print_unconfirmed=True))
    paper_out = result_text(replace(AMINA, print_error="paper out"))
    assert cut_off.title == paper_out.title == "Welcome"
    assert "may already have been printed" in cut_off.body
    assert cut_off.body != paper_out.body
    assert "accreditation desk" in cut_off.where


def test_kiosk_failure_says_something_went_wrong_and_where_to_go() -> None:
    text = failure_text()
    assert text.title == "Something went wrong"
    assert "accreditation desk" in text.where


@pytest.mark.parametrize("code", TRANSLATED)
def test_titles_are_translated(qapp: QApplication, code: str) -> None:
    english = titles()
    assert install_language(qapp, code)
    translated = titles()
    for outcome in Outcome:
        assert translated[outcome], outcome
        assert translated[outcome] != english[outcome], outcome
    assert len(set(translated.values())) == len(Outcome)


def test_french_titles_read_as_french(qapp: QApplication) -> None:
    install_language(qapp, "fr")
    assert outcome_text(Outcome.ALREADY_COLLECTED).title == "Badge déjà retiré"
    assert outcome_text(Outcome.CHECKED_IN).title == "Bienvenue"


def test_arabic_is_right_to_left_and_english_is_not(qapp: QApplication) -> None:
    install_language(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert outcome_text(Outcome.CHECKED_IN).title == "مرحباً بكم"
    install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert outcome_text(Outcome.CHECKED_IN).title == "Welcome"


def test_a_missing_catalogue_leaves_the_ui_in_english(qapp: QApplication) -> None:
    assert not install_language(qapp, "xx")
    assert outcome_text(Outcome.CHECKED_IN).title == "Welcome"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_translates_every_string(code: str) -> None:
    tree = ET.parse(paths.translations_dir() / f"kiosk_{code}.ts")
    messages = list(tree.iter("message"))
    assert messages
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, source  # not "unfinished" nor "obsolete"
        assert translation.text, source
        assert re.findall(r"{\w+}", source) == re.findall(r"{\w+}", translation.text), source


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalogue_matches_its_source(code: str) -> None:
    folder = paths.translations_dir()
    compiled = QTranslator()
    assert compiled.load(str(folder / f"kiosk_{code}.qm"))
    tree = ET.parse(folder / f"kiosk_{code}.ts")
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            expected = message.findtext("translation")
            assert compiled.translate(name, source) == expected, "run scripts/build-translations"


@pytest.mark.parametrize("code", TRANSLATED)
def test_shipped_fonts_draw_every_translated_string(code: str) -> None:
    tree = ET.parse(paths.translations_dir() / f"kiosk_{code}.ts")
    text = "".join(message.findtext("translation") or "" for message in tree.iter("message"))
    assert missing_glyphs(text) == []


def test_shipped_fonts_draw_the_prompts_and_language_names() -> None:
    text = "".join(SCAN_PROMPTS.values()) + "".join(LANGUAGE_NAMES.values())
    assert missing_glyphs(text) == []
    assert set(SCAN_PROMPTS) == set(LANGUAGE_NAMES) == set(UN_LANGUAGES)
