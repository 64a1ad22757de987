"""Cold start: the frozen bundle against `python -m kiosk`, for `kiosk --version` and for the
kiosk's first window on a demo home (offscreen), each a fresh process, runs alternated.

    .venv/bin/python benchmarks/cold_start.py --json            # after scripts/build-bundle
    .venv/bin/python benchmarks/cold_start.py --bundle /opt/kiosk/kiosk --runs 9

The first window is timed from the moment the process is launched to the moment its event loop
has drawn the kiosk window (KIOSK_FIRST_WINDOW_BENCH, kiosk/app.py). Goal: under 2 s for the
frozen bundle (benchmarks/README.md, "Cold start"). Goals are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_FIRST_WINDOW_S = 2.0
TIMEOUT_S = 120


def _version_s(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([*command, "--version"], check=True, capture_output=True, timeout=TIMEOUT_S)
    return time.perf_counter() - started


def _first_window_s(command: list[str], home: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_FIRST_WINDOW_BENCH": "1"}
    launched = time.time()
    run = subprocess.run(
        [*command, "--home", str(home), "run"],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    for line in run.stdout.splitlines():
        if line.startswith("first-window "):
            return float(line.split()[1]) - launched
    raise RuntimeError(f"{command[0]} run drew no window (exit {run.returncode}): {run.stderr}")


def _summary(times: list[float]) -> dict[str, float | list[float]]:
    return {"median_s": round(statistics.median(times), 3), "runs_s": [round(t, 3) for t in times]}


def measure(bundle: Path, runs: int) -> dict[str, object]:
    """Every figure, frozen and from source, ``runs`` times each, alternated."""
    from kiosk.paths import Home
    from kiosk.services.demo import init_demo

    commands = {"frozen": [str(bundle)], "source": [sys.executable, "-m", "kiosk"]}
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-cold-start-") as tmp:
        home = Path(tmp) / "home"
        init_demo(Home(home), count=200)
        for _ in range(runs):
            for name, command in commands.items():
                times.setdefault(f"version_{name}", []).append(_version_s(command))
                times.setdefault(f"first_window_{name}", []).append(_first_window_s(command, home))
    figures: dict[str, object] = {key: _summary(value) for key, value in times.items()}
    for what in ("version", "first_window"):
        frozen = statistics.median(times[f"{what}_frozen"])
        source = statistics.median(times[f"{what}_source"])
        figures[f"{what}_frozen_vs_source_ratio"] = round(frozen / source, 2)
    first = statistics.median(times["first_window_frozen"])
    figures["first_window_goal_s"] = GOAL_FIRST_WINDOW_S
    figures["first_window_goal_met"] = first < GOAL_FIRST_WINDOW_S
    figures["runs"] = runs
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kiosk" / "kiosk")
    parser.add_argument("--runs", type=int, default=5, help="runs of each figure (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not os.access(args.bundle, os.X_OK):
        print(f"cold_start: no bundle at {args.bundle}; run scripts/build-bundle", file=sys.stderr)
        return 2
    figures = measure(args.bundle, max(1, args.runs))
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
