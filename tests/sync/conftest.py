"""Sync fixtures: the real registry on 127.0.0.1, one per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from live_registry import MONDAY, LiveRegistry
from PySide6.QtWidgets import QApplication
from registry_server import registry_process


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRegistry]:
    """A registry process with the 60-person sample, shared by one test module's kiosks."""
    folder = tmp_path_factory.mktemp("registry")
    registry = LiveRegistry("", f"sqlite:///{folder / 'registry.db'}")
    registry.run("init-demo", "--participants", "60")
    with registry_process(registry.db_url, folder / "serve.log") as url:
        registry.url = url
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
