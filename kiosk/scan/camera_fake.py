"""A camera without a camera: grayscale arrays become QVideoFrames, sent into a capture session.

Tests, benches and screenshots use it to drive the real sink handler and preview; ``kiosk demo``
could use it to show the camera path on a machine without one.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QSize
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat, QVideoFrameInput

Gray = NDArray[np.uint8]
Fmt = QVideoFrameFormat.PixelFormat

_PLANAR = frozenset(
    {
        Fmt.Format_NV12,
        Fmt.Format_NV21,
        Fmt.Format_YUV420P,
        Fmt.Format_YUV422P,
        Fmt.Format_YV12,
        Fmt.Format_Y8,
    }
)
_WIDE = frozenset({Fmt.Format_Y16, Fmt.Format_P010, Fmt.Format_P016})
# Packed layouts: (bytes per pixel, offset of the luma byte or None for RGB, offset of alpha).
_PACKED: dict[QVideoFrameFormat.PixelFormat, tuple[int, int | None, int | None]] = {
    Fmt.Format_YUYV: (2, 0, None),
    Fmt.Format_UYVY: (2, 1, None),
    Fmt.Format_AYUV: (4, 1, 0),
    Fmt.Format_ARGB8888: (4, None, 0),
    Fmt.Format_XRGB8888: (4, None, 0),
    Fmt.Format_ABGR8888: (4, None, 0),
    Fmt.Format_XBGR8888: (4, None, 0),
    Fmt.Format_BGRA8888: (4, None, 3),
    Fmt.Format_BGRX8888: (4, None, 3),
    Fmt.Format_RGBA8888: (4, None, 3),
    Fmt.Format_RGBX8888: (4, None, 3),
}
FAKE_FORMATS = tuple(sorted(_PLANAR | _WIDE | set(_PACKED), key=lambda f: f.value))


def video_frame(
    gray: Gray, pixel_format: QVideoFrameFormat.PixelFormat = Fmt.Format_NV12
) -> QVideoFrame:
    """A frame of ``pixel_format`` showing the grayscale image ``gray`` (no colour)."""
    if pixel_format not in FAKE_FORMATS:
        raise ValueError(f"no fake frames in {pixel_format.name}")
    height, width = gray.shape
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), pixel_format))
    if not frame.map(QVideoFrame.MapMode.WriteOnly):
        raise ValueError(f"cannot map a {width}x{height} {pixel_format.name} frame")
    try:
        for plane in range(frame.planeCount()):
            rows = _plane_rows(frame, plane)
            if plane == 0:
                _write_picture(rows, gray, pixel_format)
            else:
                _write_neutral_chroma(rows, pixel_format)
    finally:
        frame.unmap()
    return frame


def _plane_rows(frame: QVideoFrame, plane: int) -> NDArray[np.uint8]:
    data = np.frombuffer(frame.bits(plane), np.uint8)
    stride = frame.bytesPerLine(plane)
    return data[: data.size // stride * stride].reshape(-1, stride)


def _write_picture(
    rows: NDArray[np.uint8], gray: Gray, layout: QVideoFrameFormat.PixelFormat
) -> None:
    height, width = gray.shape
    if layout in _PLANAR:
        rows[:height, :width] = gray
    elif layout in _WIDE:
        rows[:height, 0 : 2 * width : 2] = 0
        rows[:height, 1 : 2 * width : 2] = gray
    else:
        step, luma, alpha = _PACKED[layout]
        if luma is None:  # RGB: the same grey in every channel
            rows[:height, : step * width] = np.repeat(gray, step, axis=1)
        else:
            rows[:height, : step * width] = 128
            rows[:height, luma : step * width : step] = gray
        if alpha is not None:
            rows[:height, alpha : step * width : step] = 255


def _write_neutral_chroma(rows: NDArray[np.uint8], layout: QVideoFrameFormat.PixelFormat) -> None:
    if layout in _WIDE:
        rows[:, 0::2] = 0
        rows[:, 1::2] = 128  # 0x8000: no colour, in 16-bit samples
    else:
        rows[:] = 128


class FakeCamera(QObject):
    """Sends grayscale images into a capture session as if a camera had filmed them.

    Hand ``frame_input`` to ``CameraFeed.use_frame_input``; then ``show(gray)`` delivers a frame
    to the feed's video sink (asynchronously, like a camera).
    """

    def __init__(
        self,
        pixel_format: QVideoFrameFormat.PixelFormat = Fmt.Format_NV12,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.frame_input = QVideoFrameInput(self)
        self._format = pixel_format
        self.sent = 0

    def show(self, gray: Gray) -> bool:
        """Send one frame; False if the session is not ready for another yet."""
        accepted = self.frame_input.sendVideoFrame(video_frame(gray, self._format))
        self.sent += int(accepted)
        return accepted
