"""The badge QR code: built with `qrcode`, drawn as filled modules on whole device pixels."""

from __future__ import annotations

import math
from dataclasses import dataclass

import qrcode
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from kiosk.core.badge_layout import Box

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


@dataclass(frozen=True, slots=True)
class QrPlacement:
    """Where a QR code was drawn: ``outer`` includes the quiet zone, ``code`` is the dark part."""

    outer: Box
    code: Box


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules for ``text`` (error correction Q), quiet zone included; True is dark."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(module) for module in row] for row in code.get_matrix()]


def draw_qr(painter: QPainter, matrix: list[list[bool]], box: Box) -> QrPlacement:
    """Draw ``matrix`` centred in ``box`` and say where it went.

    Each module is a whole number of device pixels (when the device has pixels big enough), so a
    raster print has even modules that scanners read.
    """
    count = len(matrix)
    pixels_per_mm = painter.worldTransform().m11()
    module_px = math.floor(box.width * pixels_per_mm / count)
    module = module_px / pixels_per_mm if module_px >= 1 else box.width / count
    side = module * count
    origin = _snap(
        painter, QPointF(box.x + (box.width - side) / 2, box.y + (box.height - side) / 2)
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=False)
    painter.fillRect(QRectF(origin.x(), origin.y(), side, side), Qt.GlobalColor.white)
    for row_index, row in enumerate(matrix):
        y = origin.y() + row_index * module
        for start, length in _dark_runs(row):
            rect = QRectF(origin.x() + start * module, y, length * module, module)
            painter.fillRect(rect, Qt.GlobalColor.black)
    painter.restore()
    quiet = QUIET_ZONE * module
    return QrPlacement(
        outer=Box(origin.x(), origin.y(), side, side),
        code=Box(origin.x() + quiet, origin.y() + quiet, side - 2 * quiet, side - 2 * quiet),
    )


def _dark_runs(row: list[bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules: one rectangle per run keeps the PDF small."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, dark in enumerate([*row, False]):
        if dark and start is None:
            start = index
        elif not dark and start is not None:
            runs.append((start, index - start))
            start = None
    return runs


def _snap(painter: QPainter, point: QPointF) -> QPointF:
    """``point`` moved onto the nearest device pixel corner."""
    transform = painter.worldTransform()
    device = transform.map(point)
    inverse, _invertible = transform.inverted()
    return inverse.map(QPointF(round(device.x()), round(device.y())))
