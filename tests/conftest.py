"""Test-wide setup: Qt without a display, and no stray user data."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.ui.i18n import current_language, install_language

# Must be set before Qt creates its application (pytest-qt's qapp fixture).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")


@pytest.fixture(scope="session", autouse=True)
def _one_application(qapp: QApplication) -> QApplication:
    """The widget application exists before any test runs: a headless command run first would
    otherwise create a bare QGuiApplication, and every later test that needs widgets would fail
    (pytest-qt refuses an application of the wrong kind), so results depended on test order."""
    return qapp


@pytest.fixture(autouse=True)
def _english_afterwards(_one_application: QApplication) -> Iterator[None]:
    """Language is application-wide: every test ends in English, left to right, wherever it is
    (a file that ends in Chinese must not change the next file's texts, whichever runs next)."""
    yield
    if current_language() != "en":
        install_language(_one_application, "en")


@pytest.fixture(autouse=True)
def _root_logger_restored() -> Iterator[None]:
    """`kiosk` commands configure logging for the process; undo it so tests stay independent."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):  # a copy: removing while iterating skipped every other one
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests against the real pretix last: on a cold test cache scripts/test's background
    `peer.py --prepare` has then long finished, and they wait for nothing (docs/testing.md)."""
    pretix = os.path.join("tests", "pretix", "")
    items.sort(key=lambda item: pretix in str(item.path))
