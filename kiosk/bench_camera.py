"""`kiosk bench`, webcam part: decode time and success on generated frames, GUI-thread time.

Every frame comes from kiosk/scan/frames.py (seeded, so every run sees the same frames) and carries
a real signed 188-digit credential. Needs a QGuiApplication (kiosk.bench makes one).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEventLoop, QRectF, QSize, QTimer
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtMultimedia import QVideoFrame

from kiosk.scan.camera_decoder import CameraDecoder, decode_luma
from kiosk.scan.camera_fake import video_frame
from kiosk.scan.frames import HD720, HD1080, Difficulty, empty_frame, frame_set, sample_code
from kiosk.scan.gray import Gray
from kiosk.ui.kiosk.camera_preview import paint_video, preview_picture, video_overlay

SIZES = {"720p": HD720, "1080p": HD1080}
PREVIEW = QSize(460, 420)  # the attract screen's camera panel at 1280x800
CAMERA_FPS = 30


def bench_camera(quick: bool = False) -> dict[str, Any]:
    """All webcam figures; ``quick`` uses 21 frames a size instead of 183."""
    per_bucket = 4 if quick else 40
    figures: dict[str, Any] = {"camera_frames_per_bucket": per_bucket}
    code = sample_code()
    for name, size in SIZES.items():
        normal = frame_set(code, size, 3 * per_bucket, seed=1000)
        inverted = frame_set(code, size, per_bucket, inverted=True, seed=2000)
        empty = [empty_frame(size, seed=3000 + i).gray for i in range(per_bucket // 2 + 3)]
        figures.update(_decode_figures(name, code, normal, inverted, empty))
        frames = [video_frame(f.gray) for f in normal[:per_bucket]]
        figures.update(_gui_figures(name, frames))
        # The phone comes and goes, so each code frame is a new scan (a code held is one scan).
        pairs = zip(frames, map(video_frame, empty), strict=False)  # as many as there are empties
        coming_and_going = [frame for pair in pairs for frame in pair]
        figures.update(_live_figures(name, coming_and_going, 1.0 if quick else 3.0))
    return figures


def _decode_figures(
    name: str, code: str, normal: Sequence[Any], inverted: Sequence[Any], empty: Sequence[Gray]
) -> dict[str, Any]:
    """What the worker thread spends per frame, and how often it reads the code."""
    times: list[float] = []
    read: dict[str, list[bool]] = {d.value: [] for d in Difficulty}
    for frame in normal:
        texts = _timed_decode(frame.gray, times)
        read[frame.difficulty.value].append(texts == (code,))
    inverted_read = [decode_luma(frame.gray) == (code,) for frame in inverted]
    empty_times: list[float] = []
    for pixels in empty:
        _timed_decode(pixels, empty_times)
    figures = _percentiles(f"camera_{name}_decode", times)
    figures.update(_percentiles(f"camera_{name}_empty", empty_times))
    for bucket, results in read.items():
        figures[f"camera_{name}_read_{bucket}"] = _share(results)
    figures[f"camera_{name}_read_inverted"] = _share(inverted_read)
    return figures


def _timed_decode(pixels: Gray, times: list[float]) -> tuple[str, ...]:
    started = time.perf_counter()
    texts = decode_luma(pixels)
    times.append((time.perf_counter() - started) * 1000)
    return texts


def _gui_figures(name: str, frames: Sequence[QVideoFrame]) -> dict[str, Any]:
    """The GUI thread's share of a frame: the sink handler, and the preview's picture and paint."""
    decoder = CameraDecoder()
    handler: list[float] = []
    for frame in frames:
        started = time.perf_counter()
        decoder.on_frame(frame)
        handler.append((time.perf_counter() - started) * 1000)
        _run_until(lambda: not decoder.is_busy(), 5.0)
    decoder.stop()
    canvas = QImage(PREVIEW, QImage.Format.Format_RGB32)
    overlay = video_overlay(PREVIEW, "Hold your code here", QFont())
    preview = [_preview_ms(frame, canvas, overlay) for frame in frames]
    figures = _percentiles(f"camera_{name}_gui", handler)
    figures.update(_percentiles(f"camera_{name}_preview_gui", preview))
    return figures


def _preview_ms(frame: QVideoFrame, canvas: QImage, overlay: QImage) -> float:
    """What CameraPreview does for a frame: take a small picture, then paint the panel."""
    started = time.perf_counter()
    picture = preview_picture(frame, canvas.size())
    painter = QPainter(canvas)
    paint_video(painter, QRectF(canvas.rect()), picture, overlay)
    painter.end()
    return (time.perf_counter() - started) * 1000


def _live_figures(name: str, frames: Sequence[QVideoFrame], seconds: float) -> dict[str, Any]:
    """A camera sending frames at 30 fps for ``seconds``: frames dropped, and the time from the
    arrival of a frame the worker takes at once to its scan on the GUI thread."""
    decoder = CameraDecoder()
    handed_at = [0.0]
    latencies: list[float] = []
    decoder.scanned.connect(
        lambda *_: latencies.append((time.perf_counter() - handed_at[0]) * 1000)
    )
    total = int(seconds * CAMERA_FPS)
    sent = [0]

    def tick() -> None:
        if sent[0] < total:
            if not decoder.is_busy():
                handed_at[0] = time.perf_counter()
            decoder.on_frame(frames[sent[0] % len(frames)])
            sent[0] += 1

    timer = QTimer()
    timer.setInterval(1000 // CAMERA_FPS)
    timer.timeout.connect(tick)
    timer.start()
    _run_until(lambda: sent[0] >= total and not decoder.is_busy(), seconds + 10)
    timer.stop()
    decoder.stop()
    stats = decoder.stats()
    figures: dict[str, Any] = {
        f"camera_{name}_live_frames": stats.frames,
        f"camera_{name}_live_dropped": stats.dropped,
    }
    figures.update(_percentiles(f"camera_{name}_frame_to_scan", latencies))
    return figures


def _run_until(done: Callable[[], bool], timeout_s: float) -> None:
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    if done():
        return
    poll.start()
    deadline.start(int(timeout_s * 1000))
    loop.exec()
    poll.stop()
    deadline.stop()


def _percentiles(name: str, samples_ms: Sequence[float]) -> dict[str, float]:
    if not samples_ms:
        return {f"{name}_ms_p50": float("nan"), f"{name}_ms_p95": float("nan")}
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return {
        f"{name}_ms_p50": round(statistics.median(ordered), 3),
        f"{name}_ms_p95": round(p95, 3),
        f"{name}_ms_max": round(ordered[-1], 3),
    }


def _share(results: Sequence[bool]) -> float:
    return round(sum(results) / len(results), 3) if results else 0.0
