"""Sync fixtures: the real registry on 127.0.0.1, one per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fleet_harness import MONDAY, LiveRegistry, demo_registry
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRegistry]:
    """A registry process with the 60-person sample, shared by one test module's kiosks."""
    folder = tmp_path_factory.mktemp("registry")
    with demo_registry(folder, 60) as registry:
        yield registry


@pytest.fixture(autouse=True)
def monday_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample event is WSIS Forum 2022: kiosks run on its first morning."""
    monkeypatch.setenv("KIOSK_SIMULATED_TIME", MONDAY)


@pytest.fixture(autouse=True, scope="session")
def widgets_application(qapp: QApplication) -> QApplication:
    """`kiosk scan` would make a plain QGuiApplication; the window test needs widgets, so the
    application is made the pytest-qt way first."""
    return qapp
