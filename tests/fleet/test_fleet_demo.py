"""scripts/fleet-demo as a reviewer runs it: a check-in at one kiosk is known at the other."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from fleet_harness import free_port

pytestmark = pytest.mark.integration

SCRIPT = Path(__file__).parents[2] / "scripts" / "fleet-demo"
# fleet-demo runs scripts/setup on this checkout: with the Python running the tests, or setup
# would remake the .venv these tests run from when it was made with another one (python3.12).
SAME_PYTHON = {"PYTHON": os.path.realpath(sys.executable)}


def test_the_fleet_demo_shows_a_check_in_reaching_the_other_kiosk(tmp_path: Path) -> None:
    port = free_port()
    done = subprocess.run(
        [str(SCRIPT), "--dir", str(tmp_path / "demo"), "--port", str(port), "--exit"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **SAME_PYTHON, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "checked-in: registration 22000008" in out  # at the tower kiosk
    assert "already-collected: registration 22000008" in out  # then at the CICG kiosk
    assert "checkins: 1" in out
    assert "kiosks: 2" in out
    assert f"http://127.0.0.1:{port}/fleet?token=" in out
    with pytest.raises(httpx.TransportError):  # --exit stopped the registry
        httpx.get(f"http://127.0.0.1:{port}/api/v1/status", timeout=2)


def test_the_fleet_demo_refuses_to_overwrite_a_folder(tmp_path: Path) -> None:
    (tmp_path / "demo").mkdir()
    done = subprocess.run(
        [str(SCRIPT), "--dir", str(tmp_path / "demo"), "--exit"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **SAME_PYTHON},
    )
    assert done.returncode == 3
    assert "exists; remove it or pass --dir elsewhere" in done.stderr
