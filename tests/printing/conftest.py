"""Shared fixtures for badge rendering and printer tests: badge content in many scripts."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from badge_samples import BASE, Content, Pixels
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.core.badge_layout import BadgeContent
from kiosk.printing.fonts import load_fonts


@pytest.fixture
def fonts(qapp: QApplication) -> list[str]:
    """A running Qt application with the shipped fonts registered."""
    return load_fonts()


@pytest.fixture
def content(fonts: list[str]) -> Content:
    """Badge content for a test: the base badge with any fields replaced."""

    def make(**changes: object) -> BadgeContent:
        return replace(BASE, **changes)  # type: ignore[arg-type]

    return make


@pytest.fixture
def pixels() -> Pixels:
    """Turns a QImage into a (height, width) uint8 gray array, row padding removed."""

    def convert(image: QImage) -> np.ndarray:
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        rows = np.frombuffer(gray.constBits(), dtype=np.uint8, count=gray.sizeInBytes())
        return rows.reshape(gray.height(), gray.bytesPerLine())[:, : gray.width()].copy()

    return convert
