"""The per-category chart and the dashboard's PNG: rows, shares, mirrored in Arabic."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from kiosk.core.arrivals import ArrivalsDay, CategoryTotal
from kiosk.printing.category_chart import CategoryRow, category_rows, draw_category_chart
from kiosk.printing.dashboard_image import dashboard_image

RED = "#c00000"


def _day(*categories: CategoryTotal) -> ArrivalsDay:
    return ArrivalsDay(
        date(2022, 5, 30), "Europe/Zurich", "WSIS", (), categories, (), (), (), (), ()
    )


def test_a_category_with_nobody_expected_and_none_arrived_is_left_out() -> None:
    day = _day(
        CategoryTotal("DEL", "Delegate", RED, 10, 4, 4, {"fr": "Délégué"}),
        CategoryTotal("VIP", "VIP", "#000000", 0, 0, 0),
        CategoryTotal("TMP", "Temporary", "#808080", 0, 2, 2),
    )
    rows = category_rows(day, "fr")
    assert [r.label for r in rows] == ["Délégué", "Temporary"]  # no French label: English
    assert rows[0].share == pytest.approx(0.4)
    assert rows[0].figures == "4 / 10"
    assert rows[1].share == 1.0  # walk-ins: nobody expected, two came


def test_more_arrived_than_expected_fills_the_bar_once() -> None:
    assert CategoryRow("x", RED, 12, 10).share == 1.0
    assert CategoryRow("x", RED, 0, 0).share == 0.0


@pytest.mark.parametrize(("language", "filled_side"), [("en", "left"), ("ar", "right")])
def test_bars_fill_from_the_reading_side(
    qapp: QGuiApplication, language: str, filled_side: str
) -> None:
    day = _day(CategoryTotal("DEL", "Delegate", RED, 10, 2, 2))
    image = QImage(640, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    drawn = draw_category_chart(painter, QRectF(0, 0, 640, 300), day, language)
    painter.end()
    assert len(drawn) == 1
    red = [
        x
        for x in range(640)
        if any(QColor(image.pixel(x, y)).name() == RED for y in range(0, 300, 4))
    ]
    assert red, "the filled part of the bar is drawn"
    centre = sum(red) / len(red)
    assert (centre < 320) == (filled_side == "left")


def test_the_dashboard_picture_holds_both_charts(qapp: QGuiApplication) -> None:
    day = _day(CategoryTotal("DEL", "Delegate", RED, 10, 2, 2))
    image = dashboard_image(day, "zh")
    assert image.width() == 1600
    assert image.height() > 900  # header, the hourly chart, one row of categories
    assert not _has_colour(image, "#b00020")
    assert _has_colour(dashboard_image(day, "zh", is_sample=True), "#b00020")  # SAMPLE DATA


def _has_colour(image: QImage, name: str) -> bool:
    return any(
        QColor(image.pixel(x, y)).name() == name
        for x in range(0, image.width(), 2)
        for y in range(0, 110, 2)
    )
