"""Arrivals benchmark: one day's figures, the chart, the report PDF and the CSV exports at
100,000 participants, most of them checked in over the event week (the busiest case).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/arrivals_bench.py --json [--people N]

Figures in benchmarks/README.md ("Arrivals and reports"). Goals are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from kiosk.paths import Home
from kiosk.printing.charts import chart_image
from kiosk.printing.fonts import load_fonts
from kiosk.printing.report import write_report_pdf
from kiosk.services.arrivals import arrivals_day
from kiosk.services.demo import init_demo
from kiosk.services.exports import ExportKind, export_csv
from kiosk.store import open_database

MONDAY = date(2022, 5, 30)
KIOSKS = [f"kiosk-{n}" for n in range(1, 9)]


def _ms(work: Callable[[], object], rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return round(statistics.median(times), 1), round(times[-1], 1)


def _fill_journal(home: Home, seed: int) -> int:
    """Check 85% of the roster in over the five days (half on Monday), a badge print each and a
    reprint for one in fifty; written in one transaction (setup, not what is timed)."""
    rng = random.Random(seed)
    db = open_database(home.database)
    people = [r[0] for r in db.execute("SELECT registration_id FROM participants").fetchall()]
    checkins, prints, firsts = [], [], []
    for rid in rng.sample(people, int(len(people) * 0.85)):
        day = 0 if rng.random() < 0.5 else rng.randint(1, 4)
        at = datetime(2022, 5, 30, 6, tzinfo=UTC) + timedelta(days=day, minutes=rng.randint(0, 600))
        kiosk = rng.choice(KIOSKS)
        checkins.append((str(uuid.uuid4()), rid, 22, at.isoformat(), kiosk, "scanner"))
        prints.append((str(uuid.uuid4()), rid, 1, at.isoformat(), kiosk, "fake://", "first"))
        firsts.append((at.isoformat(), rid))
        if rng.random() < 0.02:
            later = (at + timedelta(minutes=90)).isoformat()
            prints.append((str(uuid.uuid4()), rid, 2, later, kiosk, "fake://", "damaged"))
    with db.conn:
        db.conn.executemany(
            "INSERT INTO checkins (id, registration_id, event_id, at, kiosk_id, source) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            checkins,
        )
        db.conn.executemany(
            "INSERT INTO badge_prints (id, registration_id, badge_version, at, kiosk_id, "
            "printer, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
            prints,
        )
        db.conn.executemany(
            "UPDATE participants SET checked_in_at = ? WHERE registration_id = ?", firsts
        )
    db.close()
    return len(checkins)


def run(people: int, rounds: int) -> dict[str, float | int]:
    QGuiApplication.instance() or QGuiApplication([])
    load_fonts()
    with tempfile.TemporaryDirectory() as folder:
        home = Home(Path(folder) / "home")
        init_demo(home, count=people)
        check_ins = _fill_journal(home, 2022)
        db = open_database(home.database)
        try:
            figures: dict[str, float | int] = {"participants": people, "check_ins": check_ins}
            day = arrivals_day(db, MONDAY)
            figures["monday_check_ins"] = day.check_ins
            p50, worst = _ms(lambda: arrivals_day(db, MONDAY), rounds)
            figures |= {"arrivals_day_ms_p50": p50, "arrivals_day_ms_max": worst}
            p50, worst = _ms(lambda: chart_image(day, "ar"), rounds)
            figures |= {"chart_png_ms_p50": p50, "chart_png_ms_max": worst}
            pdf = Path(folder) / "report.pdf"
            p50, worst = _ms(lambda: write_report_pdf(day, pdf, "en"), max(3, rounds // 5))
            figures |= {"report_pdf_ms_p50": p50, "report_pdf_ms_max": worst}
            out = Path(folder) / "checkins.csv"
            start = time.perf_counter()
            rows = export_csv(db, ExportKind.CHECKINS, MONDAY, out, lambda _w, _t: None)
            figures["export_checkins_rows"] = rows
            figures["export_checkins_ms"] = round((time.perf_counter() - start) * 1000, 1)
        finally:
            db.close()
    return figures


def bench_main(run: Callable[[int, int], dict[str, Any]], doc: str | None) -> int:
    """The command line of a benchmark over a home of ``--people``: ``--rounds``, ``--json``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.people, args.rounds)
    if args.json:
        print(json.dumps(figures))
    else:
        width = max(map(len, figures), default=0) + 2
        for name, value in figures.items():
            print(f"{name:{width}} {value}")
    return 0


def main() -> int:
    return bench_main(run, __doc__)


if __name__ == "__main__":
    sys.exit(main())
