"""Test-wide setup: Qt without a display, and no stray user data."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import pytest

# Must be set before Qt creates its application (pytest-qt's qapp fixture).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")


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
