"""The attract header mirrors exactly and keeps one height; language buttons look the same size;
the result screens name the desk's place and the printer's trouble in the visitor's language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kiosk.sample.wsis2022 import DESK_LOCATION, DESK_LOCATION_TRANSLATIONS
from kiosk.ui import theme
from kiosk.ui.kiosk.sync_status import SyncStatusCorner
from kiosk.ui.messages import LANGUAGE_NAMES
from kiosk.ui.options import UN_LANGUAGES
from kiosk.ui.scenes import SIZES, find_scenes, scene_window

ATTRACT = find_scenes(["attract"])[0]


def child(window: QWidget, name: str) -> QLabel:
    """The visible label called ``name`` (each result screen has its own)."""
    found = [
        w
        for w in window.findChildren(QLabel, name)
        if w.isVisibleTo(window) and not isinstance(w, SyncStatusCorner)
    ]
    assert len(found) == 1, name
    return found[0]


def ink_columns(image: QImage, *, light_text: bool) -> list[int]:
    """The x of every column holding text pixels (white text on blue, or dark on white)."""
    columns = []
    for x in range(image.width()):
        for y in range(0, image.height(), 2):
            value = image.pixelColor(x, y).lightness()
            if (value > 200) if light_text else (value < 140):
                columns.append(x)
                break
    return columns


def body_height(image: QImage) -> int:
    """How many rows are dense with ink (dark text on white): the letters' bodies, without the
    tall strokes and the descenders, which is what the eye reads as the size of a word."""
    counts = [
        sum(1 for x in range(image.width()) if image.pixelColor(x, y).lightness() < 170)
        for y in range(image.height())
    ]
    top = max(counts)
    return sum(1 for count in counts if count >= 0.35 * top)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_header_has_one_height_in_every_language(
    qapp: QApplication, size: tuple[int, int]
) -> None:
    heights = set()
    for language in UN_LANGUAGES:
        with scene_window(ATTRACT, language, size) as kit:
            heights.add(child(kit.window, "title").height())
            heights.add(child(kit.window, "header").height())
    assert heights == {theme.HEADER_HEIGHT}


@pytest.mark.parametrize(("language", "edge"), [("ar", "right"), ("en", "left"), ("zh", "left")])
def test_the_event_title_stands_at_the_leading_edge(
    qapp: QApplication, language: str, edge: str
) -> None:
    with scene_window(ATTRACT, language) as kit:
        title = child(kit.window, "title")
        left = title.mapTo(kit.window, title.rect().topLeft()).x()
        right = left + title.width()
        columns = ink_columns(title.grab().toImage(), light_text=True)
        window_width, title_width = kit.window.width(), title.width()
    assert columns
    if edge == "right":
        assert right == window_width
        assert title_width - columns[-1] < 48  # the padding, not the middle of the bar
    else:
        assert left == 0
        assert columns[0] < 48


def test_an_english_title_in_an_arabic_layout_stands_at_the_right_edge(qapp: QApplication) -> None:
    with scene_window(ATTRACT, "ar") as kit:
        title = child(kit.window, "title")
        title.show_text("WSIS Forum 2022")  # an event whose title has no Arabic translation
        columns = ink_columns(title.grab().toImage(), light_text=True)
        title_width = title.width()
    assert title_width - columns[-1] < 48


def test_the_arabic_language_button_looks_as_large_as_the_others(qapp: QApplication) -> None:
    bodies = {}
    with scene_window(ATTRACT, "en") as kit:  # English checked: the others are dark on white
        for button in kit.window.findChildren(QPushButton):
            if button.text() in LANGUAGE_NAMES.values() and not button.isChecked():
                inner = button.rect().adjusted(8, 8, -8, -8)
                bodies[button.text()] = body_height(button.grab(inner).toImage())
    latin_and_cyrillic = [bodies[LANGUAGE_NAMES[code]] for code in ("fr", "es", "ru")]
    # Set at the same pixel size, Naskh letters have half the body of Latin ones (8 px to 16).
    assert bodies[LANGUAGE_NAMES["ar"]] >= 0.65 * min(latin_and_cyrillic), bodies


def test_font_weights_are_regular_or_bold_so_cjk_and_latin_match() -> None:
    weights = {int(w) for w in re.findall(r"font-weight:\s*(\d+)", theme.STYLESHEET)}
    assert weights <= {400, 700}


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_a_refusal_names_the_desk_in_the_visitors_language(
    qapp: QApplication, language: str
) -> None:
    place = DESK_LOCATION if language == "en" else DESK_LOCATION_TRANSLATIONS[language]
    with scene_window(find_scenes(["refusal-revoked"])[0], language) as kit:
        where = child(kit.window, "where").text()
    assert where.endswith(f"\n{place}")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "The printer is out of paper."), ("ar", "نفد الورق"), ("zh", "打印机缺纸")],
)
def test_a_printer_out_of_paper_is_said_in_the_visitors_language(
    qapp: QApplication, language: str, sentence: str
) -> None:
    with scene_window(find_scenes(["welcome-printer-paper-out"])[0], language) as kit:
        details = child(kit.window, "small").text()
    assert sentence in details
    assert "paper-out" not in details  # the printer's own word is for staff (kiosk jobs, logs)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_the_six_prompts_share_one_size(
    qapp: QApplication, language: str, size: tuple[int, int]
) -> None:
    with scene_window(ATTRACT, language, size) as kit:
        sizes = {p.font().pixelSize() for p in kit.window.findChildren(QLabel, "prompt")}
    assert len(sizes) == 1
    assert sizes.pop() >= theme.PROMPT_MIN_PX


@pytest.mark.parametrize(
    ("code", "title"), [("zh", "2022年信息社会世界峰会论坛"), ("fr", "Forum du SMSI 2022")]
)
def test_touching_a_language_button_retitles_the_attract_screen(
    qapp: QApplication, code: str, title: str
) -> None:
    with scene_window(ATTRACT, "en") as kit:
        buttons = {b.text(): b for b in kit.window.findChildren(QPushButton)}
        buttons[LANGUAGE_NAMES[code]].click()
        QApplication.processEvents()  # Qt posts the language change to the widgets
        shown = child(kit.window, "title").text()
        buttons["English"].click()
        QApplication.processEvents()
        back = child(kit.window, "title").text()
    assert (shown, back) == (title, "WSIS Forum 2022")
