"""The webcam: QCamera -> QMediaCaptureSession -> QVideoSink, following cameras that come and go.

``CameraFeed`` owns the capture session and its video sink; connect the sink's
``videoFrameChanged`` to a ``CameraDecoder`` (kiosk/scan/camera_decoder.py) and to the preview.
When the chosen camera is missing, fails or is unplugged, the feed says so once through
``availability_changed(False)`` and the kiosk goes on with its scanners; when the camera is
plugged in again, the feed starts it and says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrameFormat,
    QVideoFrameInput,
    QVideoSink,
)

log = logging.getLogger(__name__)

Fmt = QVideoFrameFormat.PixelFormat

NO_CAMERA = "none"
DEFAULT_SIZE = (1280, 720)
MIN_FPS = 15.0  # below this a phone has to be held still for too long
# Formats whose brightness the decoder copies without conversion, best first; then MJPEG, which
# the multimedia backend decodes on its own thread; anything else last.
_FORMAT_RANK = {
    Fmt.Format_NV12: 0,
    Fmt.Format_YUYV: 0,
    Fmt.Format_Y8: 0,
    Fmt.Format_NV21: 1,
    Fmt.Format_YUV420P: 1,
    Fmt.Format_UYVY: 1,
    Fmt.Format_YUV422P: 1,
    Fmt.Format_Jpeg: 2,
}
_OTHER_FORMAT = 3


@dataclass(frozen=True, slots=True)
class CameraChoice:
    """Which camera to use, from the settings: "" is the system's default, "none" is no camera,
    anything else is a device id or (part of) its description."""

    device: str = ""
    width: int = DEFAULT_SIZE[0]
    height: int = DEFAULT_SIZE[1]

    @property
    def is_off(self) -> bool:
        return self.device.strip().casefold() == NO_CAMERA


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """What the settings can name a camera by."""

    id: str
    description: str
    is_default: bool


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """One of the modes a camera offers."""

    width: int
    height: int
    max_fps: float
    pixel_format: QVideoFrameFormat.PixelFormat


def choose_device(devices: Sequence[DeviceInfo], wanted: str) -> int | None:
    """The index of the camera ``wanted`` names, or None.

    A named camera that is missing gives None rather than another camera, which might face
    the wrong way.
    """
    wanted = wanted.strip().casefold()
    if wanted == NO_CAMERA or not devices:
        return None
    if not wanted or wanted == "default":
        defaults = [i for i, device in enumerate(devices) if device.is_default]
        return defaults[0] if defaults else 0
    for matches in (
        lambda d: d.id.casefold() == wanted,
        lambda d: d.description.casefold() == wanted,
        lambda d: wanted in d.description.casefold(),
    ):
        found = [i for i, device in enumerate(devices) if matches(device)]
        if found:
            return found[0]
    return None


def choose_format(formats: Sequence[FormatInfo], width: int, height: int) -> int | None:
    """The index of the best mode for decoding at ``width`` x ``height``, or None if none.

    Preference: at least 15 frames a second, then the size asked for or else the nearest, a
    format the decoder reads without conversion, then the higher frame rate (up to 30).
    """
    if not formats:
        return None
    area = width * height

    def rank(index: int) -> tuple[bool, bool, float, int, float]:
        mode = formats[index]
        return (
            mode.max_fps < MIN_FPS,
            (mode.width, mode.height) != (width, height),
            abs(mode.width * mode.height - area) / area,
            _FORMAT_RANK.get(mode.pixel_format, _OTHER_FORMAT),
            -min(mode.max_fps, 30.0),
        )

    return min(range(len(formats)), key=rank)


def device_info(device: QCameraDevice) -> DeviceInfo:
    return DeviceInfo(
        id=bytes(device.id().data()).decode("utf-8", "replace"),
        description=device.description(),
        is_default=device.isDefault(),
    )


def format_info(mode: QCameraFormat) -> FormatInfo:
    size = mode.resolution()
    return FormatInfo(size.width(), size.height(), mode.maxFrameRate(), mode.pixelFormat())


class CameraFeed(QObject):
    """One camera's frames in ``video_sink``, and whether the camera is there.

    ``devices`` and ``make_camera`` are seams for tests: the device list and the QCamera maker.
    """

    availability_changed = Signal(bool)

    def __init__(
        self,
        choice: CameraChoice,
        parent: QObject | None = None,
        *,
        devices: QMediaDevices | None = None,
        make_camera: Callable[[QCameraDevice], QCamera] | None = None,
    ) -> None:
        super().__init__(parent)
        self._choice = choice
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._devices = devices if devices is not None else QMediaDevices(self)
        self._make_camera = make_camera if make_camera is not None else QCamera
        self._camera: QCamera | None = None
        self._device_id = b""
        self._running = False
        self._available = False
        self._devices.videoInputsChanged.connect(self._on_devices_video_inputs_changed)

    @property
    def video_sink(self) -> QVideoSink:
        return self._sink

    @property
    def is_wanted(self) -> bool:
        """False when the settings say this kiosk has no camera."""
        return not self._choice.is_off

    def is_available(self) -> bool:
        """True while frames can come: a camera (or a frame input) is attached and working."""
        return self._available

    def start(self) -> bool:
        """Open the chosen camera and start it; False (and a log line) if there is none."""
        self._running = True
        if self._choice.is_off:
            log.info("camera switched off in the settings; scanners only")
            return False
        self._open()
        if not self._available:
            log.warning("camera %r not found; scanners only until one is plugged in", self._wanted)
        return self._available

    def stop(self) -> None:
        """Stop the camera; it stays stopped whatever devices come and go."""
        self._running = False
        self._close()
        if self._available:
            self._available = False
            log.info("camera stopped")
            self.availability_changed.emit(False)

    def use_frame_input(self, frame_input: QVideoFrameInput) -> None:
        """Take frames from ``frame_input`` instead of a camera (tests, demos, screenshots)."""
        self._close()
        self._running = False
        self._session.setVideoFrameInput(frame_input)
        self._set_available(True, "frame input")

    @property
    def _wanted(self) -> str:
        return self._choice.device or "default"

    def _open(self) -> None:
        devices = list(self._devices.videoInputs())
        index = choose_device([device_info(d) for d in devices], self._choice.device)
        if index is None:
            return
        device = devices[index]
        camera = self._make_camera(device)
        modes = list(device.videoFormats())
        mode = choose_format(
            [format_info(m) for m in modes], self._choice.width, self._choice.height
        )
        if mode is not None:
            camera.setCameraFormat(modes[mode])
        camera.errorOccurred.connect(self._on_camera_error_occurred)
        self._session.setCamera(camera)
        self._camera = camera
        self._device_id = bytes(device.id().data())
        camera.start()
        self._set_available(True, device.description())

    def _close(self) -> None:
        camera, self._camera = self._camera, None
        if camera is None:
            return
        camera.errorOccurred.disconnect(self._on_camera_error_occurred)
        camera.stop()
        self._session.setCamera(None)  # type: ignore[arg-type]  # Qt accepts no camera
        camera.deleteLater()

    @Slot()
    def _on_devices_video_inputs_changed(self) -> None:
        if not self._running:
            return
        present = any(bytes(d.id().data()) == self._device_id for d in self._devices.videoInputs())
        if self._camera is not None and not present:
            self._close()
            self._set_available(False, "camera unplugged")
        elif self._camera is None:
            self._open()  # a camera was plugged in: perhaps the one we want

    @Slot(QCamera.Error, str)
    def _on_camera_error_occurred(self, error: QCamera.Error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        self._close()
        self._set_available(False, f"camera error: {text}")

    def _set_available(self, available: bool, reason: str) -> None:
        if available == self._available:
            return  # log and signal changes only: a flapping camera must not flood the log
        self._available = available
        if available:
            log.info("camera available: %s", reason)
        else:
            log.warning("camera not available (%s); scanners only", reason)
        self.availability_changed.emit(available)
