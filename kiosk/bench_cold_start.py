"""`kiosk bench --cold-start`: how long a fresh process takes, frozen bundle against source.

Each figure is a fresh process, runs alternated: `kiosk --version`, and the kiosk's first window
on a demo home (offscreen), timed from the launch to the moment its event loop has drawn the
window (KIOSK_FIRST_WINDOW_BENCH, kiosk/app.py). From a source checkout both the bundle
(dist/kiosk/kiosk, or --bundle) and `python -m kiosk` are measured, with their ratio; run from
the bundle itself, only the bundle is. Goal (issue 12): the frozen first window under 2 s.
Goals are reported, never asserted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_FIRST_WINDOW_S = 2.0
TIMEOUT_S = 120
_SOURCE_BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "kiosk" / "kiosk"


class ColdStartError(Exception):
    """The measurement cannot run; the message says why."""


def default_bundle() -> Path:
    """The running bundle when frozen, else a source checkout's dist/kiosk/kiosk."""
    return Path(sys.executable) if getattr(sys, "frozen", False) else _SOURCE_BUNDLE


def commands(bundle: Path) -> dict[str, list[str]]:
    """What to launch: the bundle, and `python -m kiosk` unless this process is the bundle."""
    if not os.access(bundle, os.X_OK):
        raise ColdStartError(f"no bundle at {bundle}: run scripts/build-bundle, or give --bundle")
    launch = {"frozen": [str(bundle)]}
    if not getattr(sys, "frozen", False):
        launch["source"] = [sys.executable, "-m", "kiosk"]
    return launch


def measure(bundle: Path, runs: int) -> dict[str, object]:
    """Every figure ``runs`` times, alternated between the commands."""
    from kiosk.paths import Home
    from kiosk.services.demo import init_demo

    launch = commands(bundle)
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-cold-start-") as tmp:
        home = Path(tmp) / "home"
        init_demo(Home(home), count=200)
        for _ in range(max(1, runs)):
            for name, command in launch.items():
                times.setdefault(f"version_{name}", []).append(_version_s(command))
                times.setdefault(f"first_window_{name}", []).append(_first_window_s(command, home))
    return figures(times)


def figures(times: dict[str, list[float]]) -> dict[str, object]:
    """Medians and runs of each figure, the frozen/source ratios and the goal's verdict."""
    out: dict[str, object] = {
        f"cold_start_{key}": {
            "median_s": round(statistics.median(value), 3),
            "runs_s": [round(t, 3) for t in value],
        }
        for key, value in times.items()
    }
    for what in ("version", "first_window"):
        if f"{what}_source" in times:
            frozen = statistics.median(times[f"{what}_frozen"])
            source = statistics.median(times[f"{what}_source"])
            out[f"cold_start_{what}_frozen_vs_source_ratio"] = round(frozen / source, 2)
    first = statistics.median(times["first_window_frozen"])
    out["cold_start_first_window_goal_s"] = GOAL_FIRST_WINDOW_S
    out["cold_start_first_window_goal_met"] = first < GOAL_FIRST_WINDOW_S
    return out


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
    raise ColdStartError(
        f"{command[0]} run drew no window (exit {run.returncode}): {run.stderr[-500:]}"
    )
