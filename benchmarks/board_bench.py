"""Sessions board benchmark: what reading the programme costs the worker thread, and what laying it
out costs the GUI thread (the 50 ms budget), for the WSIS sample and for a big imported programme.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/board_bench.py --json

Figures (benchmarks/README.md, "Sessions board"). Goals are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from kiosk.core.model import Session
from kiosk.paths import Home
from kiosk.printing.fonts import load_fonts
from kiosk.sample.wsis2022 import sample_event, sample_sessions
from kiosk.services.demo import init_demo
from kiosk.services.programme import ProgrammeService
from kiosk.store import events, open_database, sessions
from kiosk.ui import theme
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.sessions import MAX_CARDS, SessionsBoard

AT_ELEVEN_THIRTY = datetime(2022, 5, 30, 9, 30, tzinfo=UTC)
ROUNDS = 30


def _ms(work: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return round(statistics.median(times), 2), round(times[-1], 2)


def _step(work: Callable[[], object]) -> float:
    """Milliseconds of one uninterrupted piece of GUI-thread work."""
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _pending(board: SessionsBoard) -> bool:
    """More cards still to come: fewer on screen than the board will show."""
    shown = len([t for t in board.findChildren(QLabel, "sessionTitle") if t.isVisibleTo(board)])
    return shown < min(len(board.shown_entries()), MAX_CARDS)


def _big_programme(event_id: int, per_day: int) -> list[Session]:
    """``per_day`` sessions on each of the five days, 30 minutes each, in 40 rooms."""
    base = sample_sessions(sample_event())[0]
    out = []
    for day in range(5):
        for n in range(per_day):
            starts = datetime(2022, 5, 30, 6, 0, tzinfo=UTC) + timedelta(
                days=day, minutes=15 * (n // 40)
            )
            out.append(
                replace(
                    base,
                    id=1_000_000 + day * per_day + n,
                    title=f"Imported session {n}",
                    room=f"Room {n % 40}",
                    starts_at=starts,
                    ends_at=starts + timedelta(minutes=30),
                )
            )
    return out


def _case(app: QApplication, root: Path, name: str, per_day: int) -> dict[str, float]:
    home = Home(root / name)
    init_demo(home, 30)
    db = open_database(home.database)
    event = events.load_event(db)
    assert event is not None
    if per_day:
        sessions.replace_programme(db, event.id, (_big_programme(event.id, per_day), [], []))
    service = ProgrammeService(db, event, lambda: AT_ELEVEN_THIRTY)
    read = _ms(service.today)
    programme = service.today()
    figures = {f"{name}_read_worker_ms_p50": read[0], f"{name}_read_worker_ms_max": read[1]}
    for language in ("en", "ar", "zh"):
        install_language(app, language)
        board = SessionsBoard(lambda done, failed: done(programme))
        board.setFont(theme.ui_font())
        board.resize(1280, 800)
        board.show()
        board.set_language(language)

        steps: list[float] = []
        totals: list[float] = []
        for _ in range(10):
            began = time.perf_counter()
            steps.append(_step(board.open) + _step(app.processEvents))
            while board.findChildren(QLabel, "sessionTitle") and _pending(board):
                steps.append(_step(app.processEvents))
            totals.append((time.perf_counter() - began) * 1000)
        figures[f"{name}_gui_step_{language}_ms_p50"] = round(statistics.median(steps), 2)
        figures[f"{name}_gui_step_{language}_ms_max"] = round(max(steps), 2)
        figures[f"{name}_whole_board_{language}_ms_p50"] = round(statistics.median(totals), 2)
        board.close()
        board.deleteLater()
        app.processEvents()
    figures[f"{name}_sessions_today"] = len(programme.entries)
    db.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_fonts()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        figures |= _case(app, Path(folder), "sample", 0)
        figures |= _case(app, Path(folder), "imported_1000_a_day", 1000)
    install_language(app, "en")
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:48} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
