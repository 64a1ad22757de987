"""The desk's Arrivals page at 100,000 participants: the figures it reads on the worker thread,
what its charts cost to paint on the GUI thread, and its PNG export.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/dashboard_bench.py --json [--people N]

Figures in benchmarks/README.md ("The desk's Arrivals page"). Goals are reported, never asserted:
the page's paint (GUI thread) should stay far under 50 ms; the rest runs on the worker.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from arrivals_bench import MONDAY, _fill_journal, _ms, bench_main
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.core.arrivals import ArrivalsDay
from kiosk.paths import Home
from kiosk.printing.category_chart import draw_category_chart
from kiosk.printing.charts import draw_arrivals_chart
from kiosk.printing.dashboard_image import save_dashboard_png
from kiosk.printing.fonts import load_fonts
from kiosk.services.dashboard import dashboard_figures
from kiosk.services.demo import init_demo
from kiosk.store import open_database

NOW = datetime(2022, 5, 30, 10, tzinfo=UTC)
# The charts' sizes on the page in a 1280 x 800 window (docs/desk/arrivals-en.png).
HOURS_SIZE, CATEGORIES_SIZE = (744, 570), (494, 320)


def _paint(day: ArrivalsDay) -> None:
    """Both charts as the page paints them (the widgets' paintEvent does just this)."""
    for draw, (width, height) in (
        (draw_arrivals_chart, HOURS_SIZE),
        (draw_category_chart, CATEGORIES_SIZE),
    ):
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        draw(painter, QRectF(0, 0, width, height), day, "ar")
        painter.end()


def run(people: int, rounds: int) -> dict[str, float | int]:
    QApplication.instance() or QApplication([])
    load_fonts()
    with tempfile.TemporaryDirectory() as folder:
        home = Home(Path(folder) / "home")
        init_demo(home, count=people)
        figures: dict[str, float | int] = {"participants": people}
        figures["check_ins"] = _fill_journal(home, 2022)
        db = open_database(home.database)
        try:
            shown = dashboard_figures(db, NOW, MONDAY)
            figures["monday_check_ins"] = shown.arrivals.check_ins
            p50, worst = _ms(lambda: dashboard_figures(db, NOW, MONDAY), rounds)
            figures |= {"figures_ms_p50": p50, "figures_ms_max": worst}
        finally:
            db.close()
        p50, worst = _ms(lambda: _paint(shown.arrivals), rounds)
        figures |= {"paint_ms_p50": p50, "paint_ms_max": worst}
        out = Path(folder) / "arrivals.png"
        p50, worst = _ms(lambda: save_dashboard_png(shown.arrivals, "ar", out), rounds)
        figures |= {"export_png_ms_p50": p50, "export_png_ms_max": worst}
    return figures


def main() -> int:
    return bench_main(run, __doc__)


if __name__ == "__main__":
    sys.exit(main())
