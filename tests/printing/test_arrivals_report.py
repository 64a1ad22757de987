"""The arrivals chart (QPainter, PNG) and the daily report PDF, read back from pixels and text."""

from __future__ import annotations

import logging
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from arrivals_home import Arrivals, make_arrivals_home
from pdf_text import needs_poppler, pdf_words, right_to_left_words
from PySide6.QtGui import QColor, QImage

from kiosk.core.arrivals import ArrivalsDay
from kiosk.printing.charts import chart_image, save_chart_png
from kiosk.printing.report import write_report_pdf
from kiosk.services.arrivals import arrivals_day
from kiosk.store import open_database

MONDAY = date(2022, 5, 30)


@pytest.fixture(scope="module")
def arrivals(qapp, tmp_path_factory: pytest.TempPathFactory) -> Arrivals:  # type: ignore[no-untyped-def]
    return make_arrivals_home(tmp_path_factory.mktemp("report") / "home")


@pytest.fixture(scope="module")
def monday(arrivals: Arrivals) -> ArrivalsDay:
    db = open_database(arrivals.home.database)
    try:
        return arrivals_day(db, MONDAY)
    finally:
        db.close()


def _axis_row(image: QImage) -> int:
    """The x axis: the lowest row that is dark across most of the image's width."""
    xs = range(0, image.width(), 10)
    for y in range(image.height() - 1, 0, -1):
        dark = sum(QColor(image.pixel(x, y)).lightness() < 80 for x in xs)
        if dark > 0.7 * len(xs):
            return y
    raise AssertionError("no x axis drawn")


def _bar_runs(image: QImage, y: int) -> int:
    """Coloured runs along one row of pixels: the bars crossing it."""
    runs, inside = 0, False
    for x in range(image.width()):
        colour = QColor(image.pixel(x, y))
        coloured = colour.saturation() > 60 or (
            colour.lightness() < 200 and colour.saturation() > 0
        )
        if coloured and not inside:
            runs += 1
        inside = coloured
    return runs


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_the_chart_draws_one_bar_per_busy_hour(
    monday: ArrivalsDay, language: str, tmp_path: Path
) -> None:
    path = tmp_path / f"chart-{language}.png"
    save_chart_png(monday, language, path)
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 640)
    # just above the x axis every bar is coloured; the axis sits at the plot's bottom
    axis = _axis_row(image)
    assert _bar_runs(image, axis - 3) == 3  # 08h, 09h, 10h in Geneva


def test_the_chart_says_what_it_drew(monday: ArrivalsDay) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from kiosk.printing.charts import draw_arrivals_chart

    image = QImage(800, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    drawn = draw_arrivals_chart(painter, QRectF(0, 0, 800, 400), monday, "fr")
    painter.end()
    segments = sum(len(row) for row in monday.per_hour().values())
    assert (drawn.bars, drawn.segments) == (3, segments)


def test_an_empty_day_draws_no_bar(monday: ArrivalsDay) -> None:
    from dataclasses import replace

    image = chart_image(replace(monday, hours=()), "ru", 1280, 640)
    axis = _axis_row(image)
    assert _bar_runs(image, axis - 3) == 0


def _text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None
    out = subprocess.run(
        [tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return unicodedata.normalize("NFKC", out)  # the fl of "conflicts" is one ligature glyph


@needs_poppler
def test_the_english_report_lists_counts_reprints_conflicts_and_walk_ins(
    monday: ArrivalsDay, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    pdf = tmp_path / "report.pdf"
    write_report_pdf(monday, pdf, "en", is_sample=True)
    text = _text(pdf)
    (reprint,) = monday.reprints
    for expected in (
        "Daily accreditation report",
        "WSIS Forum 2022",
        "2022-05-30",
        "SAMPLE DATA",
        "Check-ins this day",
        "Reprinted badges (1)",
        reprint.badge_name,
        str(reprint.registration_id),
        "lost",
        "Voided badges (0)",
        "Open sync conflicts (1)",
        "two-badges",
        "Walk-ins (provisional registrations) (1)",
        "990001",
        "kiosk-a",
    ):
        assert expected in text, expected
    assert f"{monday.arrived} / {monday.expected}" in text
    assert reprint.badge_name not in caplog.text  # names go on paper, never into the logs


@needs_poppler
def test_the_chinese_report_uses_chinese_words_and_category_labels(
    monday: ArrivalsDay, tmp_path: Path
) -> None:
    pdf = tmp_path / "report-zh.pdf"
    write_report_pdf(monday, pdf, "zh")
    text = _text(pdf)
    for expected in ("每日注册报告", "重印的证件 (1)", "临时", "现场登记人员"):
        assert expected in text, expected


@needs_poppler
def test_the_arabic_report_reads_right_to_left_with_the_walk_in_name(
    monday: ArrivalsDay, tmp_path: Path
) -> None:
    pdf = tmp_path / "report-ar.pdf"
    write_report_pdf(monday, pdf, "ar")
    data = pdf.read_bytes()
    words = [w for page in (1, 2) for w in right_to_left_words(pdf_words(data, page))]
    # (a lam-alef ligature splits a word for poppler: test words without one)
    assert words.index("التقرير") + 1 == words.index("اليومي")
    assert "نادية" in words
    assert "حداد" in words
    assert words.index("نادية") < words.index("حداد")
