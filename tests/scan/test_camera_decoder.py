"""The camera sink handler: frames in any pixel format become scans, decoded off the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import numpy as np
import pytest
from numpy.typing import NDArray
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat
from pytestqt.qtbot import QtBot

from kiosk.core.model import ScanSource
from kiosk.scan.camera_decoder import CameraDecoder, decode_luma, luma_plane
from kiosk.scan.camera_fake import FAKE_FORMATS, video_frame
from kiosk.scan.frames import HD1080, Difficulty, code_frame, empty_frame, sample_code
from kiosk.scan.gray import Gray

Fmt = QVideoFrameFormat.PixelFormat
CODE = sample_code()


@pytest.fixture(scope="module")
def qr_720p() -> NDArray[np.uint8]:
    return code_frame(CODE, difficulty=Difficulty.EASY, seed=4).pixels


def pixels_of(gray: Gray | None) -> NDArray[np.uint8]:
    """What the camera path copied, as an array to compare (the kiosk itself has no numpy)."""
    assert gray is not None
    return np.frombuffer(gray.compact(), np.uint8).reshape(gray.height, gray.width)


@pytest.fixture
def decoder(qapp: QGuiApplication) -> Iterator[CameraDecoder]:
    decoder = CameraDecoder()
    yield decoder
    assert decoder.stop()


class GatedDecode:
    """A decode that waits for the test to open the gate; it names each frame by its first pixel."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.threads: list[int] = []

    def __call__(self, gray: Gray) -> tuple[str, ...]:
        self.threads.append(threading.get_ident())
        self.started.set()
        self.gate.wait(10)
        return (f"frame {gray.data[0]}",)


def tagged(tag: int) -> QVideoFrame:
    gray = np.full((48, 64), 128, np.uint8)
    gray[0, 0] = tag
    return video_frame(Gray.from_array(gray))


def scans_of(decoder: CameraDecoder) -> list[tuple[str, ScanSource]]:
    scans: list[tuple[str, ScanSource]] = []
    decoder.scanned.connect(lambda text, source: scans.append((text, source)))
    return scans


@pytest.mark.parametrize("pixel_format", FAKE_FORMATS, ids=lambda f: f.name)
def test_the_brightness_of_every_camera_format_is_read_exactly(
    qapp: QGuiApplication, pixel_format: QVideoFrameFormat.PixelFormat
) -> None:
    gray = np.random.default_rng(1).integers(0, 256, (36, 64), dtype=np.uint8)

    assert np.array_equal(
        pixels_of(luma_plane(video_frame(Gray.from_array(gray), pixel_format))), gray
    )


def test_a_grayscale_qimage_frame_is_read_as_it_is(
    qapp: QGuiApplication, qr_720p: NDArray[np.uint8]
) -> None:
    height, width = qr_720p.shape
    image = QImage(qr_720p.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    frame = QVideoFrame(image)

    assert frame.pixelFormat() == Fmt.Format_Y8
    assert np.array_equal(pixels_of(luma_plane(frame)), qr_720p)


def test_a_smaller_picture_keeps_every_second_pixel(qapp: QGuiApplication) -> None:
    gray = np.arange(48 * 64, dtype=np.uint32).reshape(48, 64).astype(np.uint8)

    for pixel_format in (Fmt.Format_NV12, Fmt.Format_YUYV, Fmt.Format_BGRA8888):
        frame = video_frame(Gray.from_array(gray), pixel_format)
        assert np.array_equal(pixels_of(luma_plane(frame, 2)), gray[::2, ::2])


def test_ten_bit_luminance_is_read_to_eight_bits(
    qapp: QGuiApplication, qr_720p: NDArray[np.uint8]
) -> None:
    frame = _ten_bit_frame(qr_720p)

    assert frame.pixelFormat() == Fmt.Format_YUV420P10
    assert np.array_equal(pixels_of(luma_plane(frame)), qr_720p)


def _ten_bit_frame(gray: NDArray[np.uint8]) -> QVideoFrame:
    height, width = gray.shape
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), Fmt.Format_YUV420P10))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    for plane in range(frame.planeCount()):
        samples = np.frombuffer(frame.bits(plane), np.uint16)
        rows = samples.reshape(-1, frame.bytesPerLine(plane) // 2)
        if plane == 0:
            rows[:height, :width] = gray.astype(np.uint16) * 4
        else:
            rows[:] = 512
    frame.unmap()
    return frame


def test_a_jpeg_frame_is_converted_and_still_decodes(
    qapp: QGuiApplication, qr_720p: NDArray[np.uint8]
) -> None:
    frame = _jpeg_frame(qr_720p)

    gray = luma_plane(frame)

    assert gray is not None
    assert (gray.height, gray.width) == qr_720p.shape
    assert decode_luma(gray) == (CODE,)


def _jpeg_frame(gray: NDArray[np.uint8]) -> QVideoFrame:
    height, width = gray.shape
    image = QImage(gray.data, width, height, width, QImage.Format.Format_Grayscale8)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPG", 90)
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), Fmt.Format_Jpeg))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    np.frombuffer(frame.bits(0), np.uint8)[: data.size()] = np.frombuffer(data.data(), np.uint8)
    frame.unmap()
    return frame


def test_an_empty_frame_is_no_picture(qapp: QGuiApplication) -> None:
    assert luma_plane(QVideoFrame()) is None


@pytest.mark.parametrize(
    "pixel_format", [Fmt.Format_NV12, Fmt.Format_YUYV, Fmt.Format_BGRX8888], ids=lambda f: f.name
)
def test_a_frame_with_a_code_becomes_a_camera_scan(
    qtbot: QtBot,
    decoder: CameraDecoder,
    qr_720p: NDArray[np.uint8],
    pixel_format: QVideoFrameFormat.PixelFormat,
) -> None:
    with qtbot.waitSignal(decoder.scanned, timeout=5000) as blocker:
        decoder.on_frame(video_frame(Gray.from_array(qr_720p), pixel_format))

    assert blocker.args == [CODE, ScanSource.CAMERA]


def test_a_dark_mode_code_and_a_1080p_frame_are_read(qtbot: QtBot, decoder: CameraDecoder) -> None:
    inverted = code_frame(CODE, difficulty=Difficulty.MEDIUM, inverted=True, seed=5).gray
    large = code_frame(CODE, HD1080, Difficulty.MEDIUM, seed=6).gray
    scans = scans_of(decoder)

    for pixels in (inverted, empty_frame(seed=3).gray, large):  # the phone leaves in between
        decoder.on_frame(video_frame(pixels))
        qtbot.waitUntil(lambda: not decoder.is_busy())

    assert scans == [(CODE, ScanSource.CAMERA)] * 2


def test_a_frame_without_a_code_gives_no_scan(qtbot: QtBot, decoder: CameraDecoder) -> None:
    scans = scans_of(decoder)

    decoder.on_frame(video_frame(empty_frame(seed=1).gray))
    qtbot.waitUntil(lambda: decoder.stats().decoded == 1)

    assert scans == []


def test_decoding_runs_on_one_worker_thread_not_the_gui_thread(qtbot: QtBot) -> None:
    decode = GatedDecode()
    decode.gate.set()
    decoder = CameraDecoder(decode=decode)
    scans = scans_of(decoder)

    for tag in (1, 2, 3):
        decoder.on_frame(tagged(tag))
        qtbot.waitUntil(lambda: not decoder.is_busy())

    assert decoder.stop()
    assert [text for text, _ in scans] == ["frame 1", "frame 2", "frame 3"]
    assert len(set(decode.threads)) == 1
    assert decode.threads[0] != threading.get_ident()


def test_while_the_worker_is_busy_only_the_newest_frame_waits(qtbot: QtBot) -> None:
    decode = GatedDecode()
    decoder = CameraDecoder(decode=decode)
    scans = scans_of(decoder)
    decoder.on_frame(tagged(1))
    assert decode.started.wait(5)

    for tag in (2, 3, 4, 5):  # a camera keeps sending while frame 1 is decoded
        decoder.on_frame(tagged(tag))
    decode.gate.set()
    qtbot.waitUntil(lambda: decoder.stats().decoded == 2)

    assert [text for text, _ in scans] == ["frame 1", "frame 5"]
    stats = decoder.stats()
    assert (stats.frames, stats.decoded, stats.dropped) == (5, 2, 3)
    assert decoder.stop()


def test_a_failing_decode_is_logged_once_and_the_camera_goes_on(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []

    def broken(gray: Gray) -> tuple[str, ...]:
        calls.append(1)
        if len(calls) <= 2:
            raise RuntimeError("decoder bug")
        return ("read at last",)

    decoder = CameraDecoder(decode=broken)
    scans = scans_of(decoder)
    with caplog.at_level(logging.ERROR, logger="kiosk.scan.camera_decoder"):
        for tag in (1, 2, 3):
            decoder.on_frame(tagged(tag))
            qtbot.waitUntil(lambda: not decoder.is_busy())

    assert decoder.stop()
    assert [text for text, _ in scans] == ["read at last"]
    assert len([r for r in caplog.records if r.levelno >= logging.ERROR]) == 1


def test_an_unreadable_frame_is_counted_and_skipped(qtbot: QtBot, decoder: CameraDecoder) -> None:
    decoder.on_frame(QVideoFrame())

    assert decoder.stats().unreadable == 1
    assert not decoder.is_busy()


def test_stop_waits_for_the_frame_in_hand_and_then_takes_no_more(qtbot: QtBot) -> None:
    decode = GatedDecode()
    decoder = CameraDecoder(decode=decode)
    scans = scans_of(decoder)
    decoder.on_frame(tagged(1))
    assert decode.started.wait(5)

    assert not decoder.stop(timeout_s=0.05)  # frame 1 is still being decoded
    decode.gate.set()
    assert decoder.stop()
    decoder.on_frame(tagged(2))
    qtbot.waitUntil(lambda: decoder.stats().decoded == 1)  # frame 1's result arrived

    assert scans == []  # ... and was not turned into a scan after stop()
    assert decoder.stats().frames == 2
    assert not decoder.is_busy()  # frame 2 was not taken


def test_a_code_held_in_view_is_one_scan_until_it_leaves_and_comes_back(
    qtbot: QtBot, decoder: CameraDecoder, qr_720p: NDArray[np.uint8]
) -> None:
    scans = scans_of(decoder)
    empty, code = empty_frame(seed=2).gray, Gray.from_array(qr_720p)

    for pixels in (code, code, code, empty, code):
        decoder.on_frame(video_frame(pixels))
        qtbot.waitUntil(lambda: not decoder.is_busy())

    assert scans == [(CODE, ScanSource.CAMERA)] * 2
    assert decoder.stats().decoded == 5
