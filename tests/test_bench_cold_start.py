"""`kiosk bench --cold-start` (kiosk/bench_cold_start.py): figures, ratios and refusals."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kiosk.bench_cold_start import ColdStartError, figures, measure
from kiosk.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_figures_give_medians_ratios_and_the_goals_verdict() -> None:
    out = figures(
        {
            "version_frozen": [0.9, 0.8, 1.0],
            "version_source": [0.5, 0.4, 0.6],
            "first_window_frozen": [1.7, 2.5, 1.6],
            "first_window_source": [1.5, 1.6, 1.4],
        }
    )
    assert out["cold_start_version_frozen"] == {"median_s": 0.9, "runs_s": [0.9, 0.8, 1.0]}
    assert out["cold_start_version_frozen_vs_source_ratio"] == 1.8
    assert out["cold_start_first_window_frozen_vs_source_ratio"] == 1.13
    assert out["cold_start_first_window_goal_met"] is True  # median 1.7 s < 2 s


def test_a_first_window_over_the_goal_is_reported_not_asserted() -> None:
    out = figures({"version_frozen": [1.0], "first_window_frozen": [2.4]})
    assert out["cold_start_first_window_goal_met"] is False
    assert "cold_start_first_window_frozen_vs_source_ratio" not in out  # no source measured


def test_no_bundle_is_a_sentence_and_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "dist" / "kiosk" / "kiosk"
    code = main(["--home", str(tmp_path / "h"), "bench", "--cold-start", "--bundle", str(missing)])
    assert code == 3
    assert f"no bundle at {missing}: run scripts/build-bundle" in capsys.readouterr().err


def test_a_program_that_draws_no_window_is_named(tmp_path: Path) -> None:
    silent = tmp_path / "kiosk"
    silent.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    silent.chmod(0o755)
    with pytest.raises(ColdStartError, match="drew no window"):
        measure(silent, 1)


def test_a_launcher_is_measured_end_to_end_against_source(tmp_path: Path) -> None:
    """A stand-in 'bundle' that starts this checkout: every figure is a real fresh process."""
    launcher = tmp_path / "kiosk"
    launcher.write_text(
        f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m kiosk "$@"\n', encoding="utf-8"
    )
    launcher.chmod(0o755)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = measure(launcher, 1)
    for name in ("version_frozen", "version_source", "first_window_frozen", "first_window_source"):
        figure = out[f"cold_start_{name}"]
        assert isinstance(figure, dict)
        assert figure["median_s"] > 0
    assert "cold_start_first_window_frozen_vs_source_ratio" in out
