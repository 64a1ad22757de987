"""The photo step's costs: making the badge photo from a camera frame (worker thread) and the
viewfinder's per-frame copy (GUI thread), at 720p and 1080p.

    .venv/bin/python benchmarks/photo_bench.py
"""

from __future__ import annotations

import os
import statistics
import time

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from kiosk.scan.camera_fake import video_frame
from kiosk.scan.gray import Gray
from kiosk.scan.photo import photo_from_frame
from kiosk.ui.kiosk.camera_preview import preview_picture

VIEWFINDER = QSize(500, 640)  # about the viewfinder's size in a 1280x800 window


def frame_of(width: int, height: int) -> np.ndarray:
    """A gradient with noise: harder to compress than a face, so the JPEG size is an upper end."""
    columns = np.arange(width) * 255 // width
    noise = np.random.default_rng(1).integers(0, 40, (height, width))
    return np.asarray((columns[None, :] + noise) % 256, np.uint8)


def milliseconds(work: object, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([])
    for width, height in ((1280, 720), (1920, 1080)):
        frame = video_frame(Gray.from_array(frame_of(width, height)))
        made = milliseconds(lambda f=frame: photo_from_frame(f), 20)
        copied = milliseconds(lambda f=frame: preview_picture(f, VIEWFINDER), 100)
        size = len(photo_from_frame(frame).jpeg)
        print(
            f"{width}x{height}: photo_ms_p50 {statistics.median(made):.1f} max {max(made):.1f}, "
            f"jpeg_bytes {size}; viewfinder_gui_ms_p50 {statistics.median(copied):.2f}"
        )
    del app


if __name__ == "__main__":
    main()
