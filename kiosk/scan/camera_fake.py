"""A camera without a camera: grayscale pictures become QVideoFrames, sent into a capture session.

Tests, benches and screenshots use it to drive the real sink handler and preview; ``kiosk demo``
could use it to show the camera path on a machine without one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat, QVideoFrameInput

from kiosk.scan.gray import Gray

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
    width, height = gray.width, gray.height
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), pixel_format))
    if not frame.map(QVideoFrame.MapMode.WriteOnly):
        raise ValueError(f"cannot map a {width}x{height} {pixel_format.name} frame")
    try:
        for plane in range(frame.planeCount()):
            data = memoryview(frame.bits(plane)).cast("B")
            stride = frame.bytesPerLine(plane)
            if plane == 0:
                for index in range(height):
                    start = index * stride
                    row = _picture_row(gray.row(index), pixel_format)
                    data[start : start + len(row)] = row
            else:
                _write_neutral_chroma(data, pixel_format)
    finally:
        frame.unmap()
    return frame


def _picture_row(gray: bytes, layout: QVideoFrameFormat.PixelFormat) -> bytes:
    """One row of ``gray`` in the bytes of ``layout``."""
    if layout in _PLANAR:
        return gray
    if layout in _WIDE:  # 16-bit samples, little-endian: the gray level is the high byte
        wide = bytearray(2 * len(gray))
        wide[1::2] = gray
        return bytes(wide)
    step, luma, alpha = _PACKED[layout]
    row = bytearray(b"\x80" * (step * len(gray)))  # 128: no colour
    for at in range(step) if luma is None else (luma,):  # RGB: the same grey in every channel
        row[at::step] = gray
    if alpha is not None:
        row[alpha::step] = b"\xff" * len(gray)
    return bytes(row)


def _write_neutral_chroma(data: memoryview, layout: QVideoFrameFormat.PixelFormat) -> None:
    if layout in _WIDE:
        data[0::2] = bytes(len(data[0::2]))
        data[1::2] = b"\x80" * len(data[1::2])  # 0x8000: no colour, in 16-bit samples
    else:
        data[:] = b"\x80" * len(data)


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
