"""The camera feed: choosing the camera and its mode, cameras that vanish, and fake cameras.

No test needs a camera: the device list and the QCamera are replaced where a test needs a camera
to come and go; frames arrive from a QVideoFrameInput or a video file played by QMediaPlayer into
the feed's video sink, exactly where a camera's frames arrive.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaFormat,
    QMediaPlayer,
    QMediaRecorder,
    QVideoFrameFormat,
    QVideoFrameInput,
)
from pytestqt.qtbot import QtBot

from kiosk.core.model import ScanSource
from kiosk.scan.camera import (
    CameraChoice,
    CameraFeed,
    DeviceInfo,
    FormatInfo,
    choose_device,
    choose_format,
)
from kiosk.scan.camera_decoder import CameraDecoder
from kiosk.scan.camera_fake import FakeCamera, video_frame
from kiosk.scan.frames import Difficulty, code_frame, empty_frame, sample_code
from kiosk.settings import SettingsError, camera_size, load_settings

Fmt = QVideoFrameFormat.PixelFormat
CODE = sample_code()
LAPTOP = DeviceInfo("/dev/video0", "Integrated Camera: Integrated C", is_default=True)
DESK = DeviceInfo("/dev/video2", "HD Pro Webcam C920", is_default=False)


class FakeDevices(QMediaDevices):
    """The system's camera list, as the test says it is; emit videoInputsChanged to tell."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.inputs = [QCameraDevice() for _ in range(count)]

    def videoInputs(self) -> list[QCameraDevice]:  # type: ignore[override]  # noqa: N802 - Qt's name
        return self.inputs

    def set_count(self, count: int) -> None:
        self.inputs = [QCameraDevice() for _ in range(count)]
        self.videoInputsChanged.emit()


class CameraMaker:
    def __init__(self) -> None:
        self.made: list[QCamera] = []

    def __call__(self, device: QCameraDevice) -> QCamera:
        self.made.append(QCamera(device))
        return self.made[-1]


@pytest.fixture
def decoder(qapp: QGuiApplication) -> Iterator[CameraDecoder]:
    decoder = CameraDecoder()
    yield decoder
    assert decoder.stop()


def availability_of(feed: CameraFeed) -> list[bool]:
    changes: list[bool] = []
    feed.availability_changed.connect(changes.append)
    return changes


# --- which camera, which mode -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("", 0),  # the system's default camera
        ("default", 0),
        ("/dev/video2", 1),  # by id
        ("HD Pro Webcam C920", 1),  # by description
        ("c920", 1),  # by part of the description, any case
        ("none", None),  # the settings say: no camera
        ("Logitech Brio", None),  # a named camera that is not there: not another one instead
    ],
)
def test_the_settings_choose_a_camera(wanted: str, expected: int | None) -> None:
    assert choose_device([LAPTOP, DESK], wanted) == expected


def test_without_a_default_the_first_camera_is_taken_and_without_cameras_none() -> None:
    desk_only = DeviceInfo(DESK.id, DESK.description, is_default=False)

    assert choose_device([desk_only], "") == 0
    assert choose_device([], "") is None


def test_the_asked_size_at_15_fps_or_more_in_a_raw_format_is_preferred() -> None:
    modes = [
        FormatInfo(1920, 1080, 30, Fmt.Format_Jpeg),
        FormatInfo(1280, 720, 10, Fmt.Format_YUYV),  # USB 2 bandwidth: raw 720p is slow
        FormatInfo(1280, 720, 30, Fmt.Format_Jpeg),
        FormatInfo(640, 480, 30, Fmt.Format_YUYV),
        FormatInfo(1280, 720, 30, Fmt.Format_NV12),
    ]

    assert choose_format(modes, 1280, 720) == 4
    assert choose_format(modes[:4], 1280, 720) == 2  # fast MJPEG beats slow YUYV
    assert choose_format(modes[:2], 1280, 720) == 0  # no fast 720p: a fast other size
    assert choose_format(modes, 1920, 1080) == 0
    assert choose_format([], 1280, 720) is None


# --- the [camera] settings ---------------------------------------------------------------------


def test_the_settings_name_the_camera_and_its_size(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[camera]\ndevice = "C920"\nresolution = "1920x1080"\n', encoding="utf-8")

    settings = load_settings(path, environ={})
    switched_off = load_settings(path, environ={"KIOSK_CAMERA_DEVICE": "none"})

    assert settings.camera_device == "C920"
    assert camera_size(settings.camera_resolution) == (1920, 1080)
    assert CameraChoice(switched_off.camera_device).is_off


@pytest.mark.parametrize("text", ["1280", "1280x", "wide", "10x10", "99999x720", "1280 x 720", ""])
def test_a_bad_camera_resolution_stops_the_start_naming_the_key(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f'[camera]\nresolution = "{text}"\n', encoding="utf-8")

    with pytest.raises(SettingsError, match=r"\[camera\] resolution must be WIDTHxHEIGHT"):
        load_settings(path, environ={})


# --- no camera, a camera that comes and goes ---------------------------------------------------


def test_without_any_camera_the_feed_says_so_once(
    qapp: QGuiApplication, caplog: pytest.LogCaptureFixture
) -> None:
    devices = FakeDevices(0)
    feed = CameraFeed(CameraChoice(), devices=devices)
    changes = availability_of(feed)

    with caplog.at_level(logging.INFO, logger="kiosk.scan.camera"):
        started = feed.start()
        for _ in range(5):
            devices.set_count(0)  # the system says the list changed; still no camera

    assert not started
    assert not feed.is_available()
    assert changes == []
    told = [r for r in caplog.records if r.name == "kiosk.scan.camera"]
    assert len(told) == 1
    assert "scanners only" in told[0].getMessage()


def test_the_real_device_list_of_a_machine_without_camera_gives_no_camera(
    qapp: QGuiApplication,
) -> None:
    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    feed = CameraFeed(CameraChoice())

    assert not feed.start()
    assert not feed.is_available()


def test_a_camera_switched_off_in_the_settings_is_never_opened(qapp: QGuiApplication) -> None:
    maker = CameraMaker()
    devices = FakeDevices(1)
    feed = CameraFeed(CameraChoice("none"), devices=devices, make_camera=maker)

    assert not feed.start()
    devices.set_count(1)

    assert not feed.is_wanted
    assert maker.made == []
    assert not feed.is_available()


def test_an_unplugged_camera_is_reported_once_and_restarted_when_plugged_back(
    qapp: QGuiApplication, caplog: pytest.LogCaptureFixture
) -> None:
    maker = CameraMaker()
    devices = FakeDevices(1)
    feed = CameraFeed(CameraChoice(), devices=devices, make_camera=maker)
    assert feed.start()
    changes = availability_of(feed)

    with caplog.at_level(logging.WARNING, logger="kiosk.scan.camera"):
        devices.set_count(0)
        devices.set_count(0)
    devices.set_count(1)

    assert changes == [False, True]
    assert feed.is_available()
    assert len(maker.made) == 2  # a fresh QCamera for the camera plugged back in
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert "unplugged" in warnings[0].getMessage()


def test_a_camera_error_mid_run_leaves_the_kiosk_without_camera(qapp: QGuiApplication) -> None:
    maker = CameraMaker()
    feed = CameraFeed(CameraChoice(), devices=FakeDevices(1), make_camera=maker)
    assert feed.start()
    changes = availability_of(feed)

    maker.made[0].errorOccurred.emit(QCamera.Error.CameraError, "device lost")
    maker.made[0].errorOccurred.emit(QCamera.Error.CameraError, "device lost")

    assert changes == [False]
    assert not feed.is_available()


def test_stop_stops_the_camera_for_good(qapp: QGuiApplication) -> None:
    devices = FakeDevices(1)
    feed = CameraFeed(CameraChoice(), devices=devices, make_camera=CameraMaker())
    feed.start()

    feed.stop()
    devices.set_count(1)

    assert not feed.is_available()


# --- frames from fake cameras -------------------------------------------------------------------


def test_a_frame_input_is_a_camera_whose_frames_decode_to_a_scan(
    qtbot: QtBot, decoder: CameraDecoder
) -> None:
    feed = CameraFeed(CameraChoice())
    camera = FakeCamera()
    feed.use_frame_input(camera.frame_input)
    feed.video_sink.videoFrameChanged.connect(decoder.on_frame)

    with qtbot.waitSignal(decoder.scanned, timeout=5000) as blocker:
        assert camera.show(code_frame(CODE, difficulty=Difficulty.MEDIUM, seed=9).gray)

    assert feed.is_available()
    assert blocker.args == [CODE, ScanSource.CAMERA]


def test_a_short_video_played_into_the_sink_decodes_to_the_code(
    qtbot: QtBot, decoder: CameraDecoder, tmp_path: Path
) -> None:
    video = _record_video(qtbot, tmp_path / "phone.avi", [False] * 3 + [True] * 9)
    feed = CameraFeed(CameraChoice())
    player = QMediaPlayer()
    player.setVideoSink(feed.video_sink)
    feed.video_sink.videoFrameChanged.connect(decoder.on_frame)
    scans: list[str] = []
    decoder.scanned.connect(lambda text, source: scans.append(text))

    player.setSource(QUrl.fromLocalFile(str(video)))
    player.setPlaybackRate(2.0)
    player.play()
    qtbot.waitUntil(
        lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia, timeout=15000
    )
    qtbot.waitUntil(lambda: not decoder.is_busy())

    assert scans
    assert set(scans) == {CODE}
    assert decoder.stats().frames >= 6


def _record_video(qtbot: QtBot, path: Path, with_code: list[bool]) -> Path:
    """An MJPEG AVI at 10 fps, written by Qt's own recorder from generated frames."""
    file_format = QMediaFormat(QMediaFormat.FileFormat.AVI)
    file_format.setVideoCodec(QMediaFormat.VideoCodec.MotionJPEG)
    if not file_format.isSupported(QMediaFormat.ConversionMode.Encode):
        pytest.skip("this Qt Multimedia backend cannot write MJPEG (FFmpeg backend needed)")
    frames = [
        code_frame(CODE, (640, 480), Difficulty.EASY, seed=i).gray
        if code
        else empty_frame((640, 480), seed=i).gray
        for i, code in enumerate(with_code)
    ]
    session = QMediaCaptureSession()
    frame_input = QVideoFrameInput()
    recorder = QMediaRecorder()
    session.setVideoFrameInput(frame_input)
    session.setRecorder(recorder)
    recorder.setMediaFormat(file_format)
    recorder.setVideoResolution(QSize(640, 480))
    recorder.setVideoFrameRate(10)
    recorder.setQuality(QMediaRecorder.Quality.VeryHighQuality)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    sent = _Sender(frame_input, frames, recorder)
    frame_input.readyToSendVideoFrame.connect(sent.send)
    recorder.record()
    sent.send()
    qtbot.waitUntil(
        lambda: recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState, timeout=10000
    )
    written = Path(recorder.actualLocation().toLocalFile())
    assert written.stat().st_size > 0
    return written


class _Sender:
    """Feeds the recorder one frame each time it is ready, then stops it."""

    def __init__(
        self, frame_input: QVideoFrameInput, frames: list, recorder: QMediaRecorder
    ) -> None:
        self._input = frame_input
        self._frames = frames
        self._recorder = recorder
        self._next = 0

    def send(self) -> None:
        while self._next < len(self._frames):
            frame = video_frame(self._frames[self._next], Fmt.Format_Y8)
            frame.setStartTime(self._next * 100_000)
            frame.setEndTime((self._next + 1) * 100_000)
            frame.setStreamFrameRate(10)
            if not self._input.sendVideoFrame(frame):
                return  # readyToSendVideoFrame calls again
            self._next += 1
        self._recorder.stop()
