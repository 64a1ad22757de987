"""Test-wide setup: Qt without a display, and no stray user data."""

from __future__ import annotations

import os

# Must be set before Qt creates its application (pytest-qt's qapp fixture).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")
