"""Reading QR codes from video frames: the luminance plane, decoded by zxing-cpp off the GUI thread.

The sink handler (``CameraDecoder.on_frame``) runs on the GUI thread and only copies the frame's
plane as it is (one memcpy, about 0.05 ms at 720p; kiosk/scan/gray.py); one worker thread decodes,
zxing-cpp reading the luma bytes in place whatever the pixel layout. While the worker is busy,
the newest frame waits and older waiting frames are dropped, so the decoder never falls behind
the camera.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import zxingcpp
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from kiosk.core.model import ScanSource
from kiosk.scan.gray import Gray, shrink

log = logging.getLogger(__name__)

Fmt = QVideoFrameFormat.PixelFormat

# Plane 0 of these formats is the luminance at one byte per pixel: a grayscale image as it is.
_LUMA_PLANE = frozenset(
    {
        Fmt.Format_NV12,
        Fmt.Format_NV21,
        Fmt.Format_YUV420P,
        Fmt.Format_YUV422P,
        Fmt.Format_YV12,
        Fmt.Format_IMC1,
        Fmt.Format_IMC2,
        Fmt.Format_IMC3,
        Fmt.Format_IMC4,
        Fmt.Format_Y8,
    }
)
# Plane 0 holds 10-bit luminance in 16-bit samples.
_TEN_BIT_PLANE = frozenset({Fmt.Format_YUV420P10})
# Packed formats: (offset of the byte to keep, bytes per pixel). 16-bit luma keeps its high byte
# (little-endian); RGB keeps green, which carries most of the brightness and costs one strided copy.
_BYTE_OF_PIXEL = {
    Fmt.Format_Y16: (1, 2),
    Fmt.Format_P010: (1, 2),
    Fmt.Format_P016: (1, 2),
    Fmt.Format_YUYV: (0, 2),
    Fmt.Format_UYVY: (1, 2),
    Fmt.Format_AYUV: (1, 4),
    Fmt.Format_AYUV_Premultiplied: (1, 4),
    Fmt.Format_ARGB8888: (2, 4),
    Fmt.Format_ARGB8888_Premultiplied: (2, 4),
    Fmt.Format_XRGB8888: (2, 4),
    Fmt.Format_ABGR8888: (2, 4),
    Fmt.Format_XBGR8888: (2, 4),
    Fmt.Format_BGRA8888: (1, 4),
    Fmt.Format_BGRA8888_Premultiplied: (1, 4),
    Fmt.Format_BGRX8888: (1, 4),
    Fmt.Format_RGBA8888: (1, 4),
    Fmt.Format_RGBX8888: (1, 4),
}


def luma_plane(frame: QVideoFrame, step: int = 1) -> Gray | None:
    """A copy of the frame's brightness; None if it cannot be read.

    ``step`` > 1 keeps every step-th pixel of every step-th row (a cheap smaller picture).
    Formats without a luminance plane or packed bytes (JPEG, GPU-only ...) go through Qt's
    conversion to an image, which costs milliseconds rather than a fraction of one.
    """
    if not frame.isValid() or frame.width() <= 0 or frame.height() <= 0:
        return None
    layout = frame.pixelFormat()
    if layout not in _LUMA_PLANE | _TEN_BIT_PLANE and layout not in _BYTE_OF_PIXEL:
        return _luma_via_image(frame, step)
    if not frame.map(QVideoFrame.MapMode.ReadOnly):
        return None
    try:
        return _copy_luma(frame, layout, step)
    finally:
        frame.unmap()


def _copy_luma(frame: QVideoFrame, layout: QVideoFrameFormat.PixelFormat, step: int) -> Gray | None:
    height, width, stride = frame.height(), frame.width(), frame.bytesPerLine(0)
    data = memoryview(frame.bits(0)).cast("B")
    if layout in _TEN_BIT_PLANE:
        return _ten_bit_luma(data, width, height, stride, step)
    offset, size = (0, 1) if layout in _LUMA_PLANE else _BYTE_OF_PIXEL[layout]
    return _copied(data, width, height, (stride, offset, size), step)


def _copied(
    data: memoryview, width: int, height: int, layout: tuple[int, int, int], step: int
) -> Gray | None:
    """The picture in ``data`` (row stride, gray byte's offset, pixel size) copied out of the
    frame: the plane as it is (one memcpy) at step 1, a smaller packed picture otherwise."""
    stride, offset, size = layout
    if stride < width * size or len(data) < stride * height:
        return None
    if step > 1:
        return shrink(Gray(width, height, data, stride, size, offset), step)
    return Gray(width, height, data[: stride * height].tobytes(), stride, size, offset)


# 10-bit samples v (little-endian, two bytes) become v >> 2: the low byte's top six bits and the
# high byte's two bits, each moved into place through a table; the two never overlap.
_LOW_SIX = bytes(value >> 2 for value in range(256))
_HIGH_TWO = bytes((value & 3) << 6 for value in range(256))


def _ten_bit_luma(data: memoryview, width: int, height: int, stride: int, step: int) -> Gray | None:
    if stride < 2 * width or len(data) < stride * height:
        return None
    plane = data[: stride * height].tobytes()
    low, high = plane[0::2].translate(_LOW_SIX), plane[1::2].translate(_HIGH_TWO)
    levels = int.from_bytes(low, "little") | int.from_bytes(high, "little")
    gray = Gray(width, height, levels.to_bytes(len(low), "little"), stride // 2)
    return shrink(gray, step) if step > 1 else gray


def _luma_via_image(frame: QVideoFrame, step: int) -> Gray | None:
    image = frame.toImage()
    if image.isNull():
        return None
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = memoryview(gray.constBits()).cast("B")
    return _copied(data, gray.width(), gray.height(), (gray.bytesPerLine(), 0, 1), step)


def decode_luma(gray: Gray) -> tuple[str, ...]:
    """The texts of the QR codes in a grayscale image, dark on light or light on dark."""
    # Built per call: a module-level zxing-cpp object is reported as leaked at interpreter exit.
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    # zxing-cpp reads the bytes in place (its stub says a numpy array; any buffer will do, and the
    # bundle has no numpy), but wants whole rows: a plane read from its second byte is one short.
    buffer = memoryview(gray.data)[gray.offset :]
    if len(buffer) < gray.height * gray.row_stride:
        padded = bytearray(gray.height * gray.row_stride)
        padded[: len(buffer)] = buffer
        buffer = memoryview(padded)
    view = zxingcpp.ImageView(
        buffer,  # type: ignore[arg-type]
        gray.width,
        gray.height,
        zxingcpp.ImageFormat.Lum,
        gray.row_stride,
        gray.pixel_stride,
    )
    found = zxingcpp.read_barcodes(view, formats=qr_only, try_invert=True)
    return tuple(dict.fromkeys(code.text for code in found if code.text))


@dataclass(frozen=True, slots=True)
class DecoderStats:
    """What the decoder has done since it was made."""

    frames: int  # frames the sink handed over
    decoded: int  # frames the worker finished decoding
    dropped: int  # frames replaced by a newer one while the worker was busy
    unreadable: int  # frames with no readable picture (unmappable, empty)
    codes: int  # texts emitted as scans (a code staying in view counts once)
    gui_ms_max: float  # the longest time the sink handler held the GUI thread
    gui_ms_mean: float


class CameraDecoder(QObject):
    """Turns video frames into ``scanned(text, ScanSource.CAMERA)``; connect a QVideoSink to it.

    A code is scanned when it comes into view: while it stays in view (read in consecutive
    decoded frames) it is not scanned again, so a phone held still is one scan, not thirty a
    second. ``decode`` runs on the worker thread; the default is zxing-cpp (``decode_luma``).
    Call ``stop()`` before the application quits: it waits for the frame being decoded.
    """

    scanned = Signal(str, ScanSource)
    _worker_done = Signal(object)  # tuple[str, ...], emitted on the worker thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        decode: Callable[[Gray], tuple[str, ...]] = decode_luma,
    ) -> None:
        super().__init__(parent)
        self._decode = decode
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one worker thread for the kiosk's lifetime
        self._busy = False
        self._waiting: QVideoFrame | None = None
        self._in_view: tuple[str, ...] = ()  # what the previous decoded frame showed
        self._stopped = False
        self._counts = {"frames": 0, "decoded": 0, "dropped": 0, "unreadable": 0, "codes": 0}
        self._gui_s_total = 0.0
        self._gui_s_max = 0.0
        self._failures = 0
        self._worker_done.connect(self._on_worker_done)  # queued: it is emitted on the worker

    @Slot(QVideoFrame)
    def on_frame(self, frame: QVideoFrame) -> None:
        """The sink handler (GUI thread): start decoding this frame, or keep it for later."""
        started = time.perf_counter()
        self._counts["frames"] += 1
        if self._stopped:
            return
        if self._busy:
            if self._waiting is not None:
                self._counts["dropped"] += 1
            self._waiting = frame  # latest frame wins
        else:
            self._submit(frame)
        self._count_gui_time(started)

    def stats(self) -> DecoderStats:
        frames = self._counts["frames"]
        return DecoderStats(
            frames=frames,
            decoded=self._counts["decoded"],
            dropped=self._counts["dropped"],
            unreadable=self._counts["unreadable"],
            codes=self._counts["codes"],
            gui_ms_max=self._gui_s_max * 1000,
            gui_ms_mean=self._gui_s_total * 1000 / frames if frames else 0.0,
        )

    def is_busy(self) -> bool:
        """True while the worker decodes a frame."""
        return self._busy

    def stop(self, timeout_s: float = 5.0) -> bool:
        """Take no more frames and wait for the frame being decoded; False on timeout."""
        self._stopped = True
        self._waiting = None
        finished = self._pool.waitForDone(int(timeout_s * 1000))
        if not finished:
            log.error("the camera decoder did not finish within %.0f s", timeout_s)
        return finished

    def _submit(self, frame: QVideoFrame) -> None:
        gray = luma_plane(frame)
        if gray is None:
            self._counts["unreadable"] += 1
            return
        self._busy = True
        self._pool.start(partial(self._decode_on_worker, gray))

    def _decode_on_worker(self, gray: Gray) -> None:
        try:
            texts = self._decode(gray)
        except Exception:  # a decoder bug must not stop the camera; it is logged once
            texts = ()
            self._failures += 1
            if self._failures == 1:
                log.exception("decoding a camera frame failed; later failures are counted")
        self._worker_done.emit(texts)

    @Slot(object)
    def _on_worker_done(self, texts: tuple[str, ...]) -> None:
        self._busy = False
        self._counts["decoded"] += 1
        if not self._stopped:
            self._emit_arrivals(texts)
            self._submit_waiting()

    def _emit_arrivals(self, texts: tuple[str, ...]) -> None:
        """Scan the codes that were not in view in the previous decoded frame."""
        arrived = [text for text in texts if text not in self._in_view]
        self._in_view = texts
        for text in arrived:
            self._counts["codes"] += 1
            self.scanned.emit(text, ScanSource.CAMERA)

    def _submit_waiting(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            started = time.perf_counter()
            self._submit(waiting)
            self._count_gui_time(started)

    def _count_gui_time(self, started: float) -> None:
        spent = time.perf_counter() - started
        self._gui_s_total += spent
        self._gui_s_max = max(self._gui_s_max, spent)
