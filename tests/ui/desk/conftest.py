"""Fixtures the Exceptions and Operations tests share: a queue home behind a real desk worker,
the language under test, and the messages the desk's bar would show."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from queue_home import QueueHome, make_queue_home

from kiosk.paths import Home
from kiosk.ui.i18n import install_language

LANGUAGES = ["en", "ar", "zh"]


@pytest.fixture
def queue(tmp_path: Path) -> Iterator[QueueHome]:
    made = make_queue_home(Home(tmp_path / "home"))
    yield made
    assert made.runner.stop()
    made.db.close()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    install_language(qapp, request.param)
    return str(request.param)


@pytest.fixture
def messages(queue: QueueHome) -> list[str]:
    said: list[str] = []
    queue.context.message.connect(said.append)
    return said
