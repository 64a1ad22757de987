"""Canaries for the version pins in pyproject.toml (docs/architecture.md, "Pins")."""

from __future__ import annotations

import sys

import pytest
from PySide6 import __version_info__ as pyside_version
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_pyside_calls_returning_nothing_keep_none_alive() -> None:
    """PySide6 6.12.0 on 3.11 drops a reference to None per void call until the process aborts."""
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        holder.setObjectName("canary")
    assert sys.getrefcount(None) >= before - 100


def test_the_pin_holds_on_python_311() -> None:
    if sys.version_info < (3, 12):
        assert pyside_version[:2] < (6, 12)
