"""Serial and USB-CDC scanners: bytes from a (virtual) COM port, one code per line.

A scanner in CDC ("virtual COM port") mode sends each code as bytes ended by its suffix, usually
CR or CR LF; the host's keyboard layout plays no part. ``FrameSplitter`` (pure) cuts the byte
stream into codes; ``SerialScanner`` reads the port with QtSerialPort, reopens it after the
scanner is unplugged, and reports its state for the status line and scan-test.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtSerialPort import QSerialPort

from kiosk.core.model import ScanSource
from kiosk.scan.burst import MAX_SCAN_CHARS, Suffix

log = logging.getLogger(__name__)

MAX_FRAME_BYTES = MAX_SCAN_CHARS  # codes are ASCII; one byte more marks a frame as too long
_LINE_ENDS = b"\r\n"


class FrameSplitter:
    """Cuts a byte stream into frames at CR or LF (any mix), and at Tab when that is the suffix.

    A frame longer than ``MAX_FRAME_BYTES`` comes out once, cut to one byte over the limit (so it
    is refused as too long), and the rest of it up to the next line end is dropped.
    """

    def __init__(self, suffix: Suffix = Suffix.ENTER) -> None:
        self._ends = _LINE_ENDS + (b"\t" if suffix is Suffix.TAB else b"")
        self._buffer = bytearray()
        self._overflowed = False

    def feed(self, data: bytes) -> list[bytes]:
        """Add received bytes; returns the frames they complete (never empty frames)."""
        frames: list[bytes] = []
        start = 0
        for index, byte in enumerate(data):
            if byte in self._ends:
                self._take(data[start:index], frames, complete=True)
                start = index + 1
        self._take(data[start:], frames, complete=False)
        return frames

    def flush(self) -> bytes | None:
        """End the frame under way (a scanner with no suffix went quiet); None if there is none."""
        frame = bytes(self._buffer) if self._buffer and not self._overflowed else None
        self.reset()
        return frame

    def reset(self) -> None:
        """Forget a half-received frame (the port was reopened)."""
        self._buffer.clear()
        self._overflowed = False

    def _take(self, chunk: bytes, frames: list[bytes], complete: bool) -> None:
        if not self._overflowed:
            self._buffer += chunk
            if len(self._buffer) > MAX_FRAME_BYTES:
                frames.append(bytes(self._buffer[: MAX_FRAME_BYTES + 1]))
                self._buffer.clear()
                self._overflowed = True
        if complete:
            if self._buffer:
                frames.append(bytes(self._buffer))
            self._buffer.clear()
            self._overflowed = False


def frame_text(frame: bytes) -> str:
    """A frame as text: bytes that are not UTF-8 become U+FFFD, which no code contains."""
    return frame.decode("utf-8", errors="replace").strip()


class SerialStatus(enum.Enum):
    OFF = "off"  # no port configured, or stopped
    CONNECTED = "connected"
    WAITING = "waiting"  # the port is missing or was unplugged; retrying


@dataclass(frozen=True, slots=True)
class SerialState:
    status: SerialStatus
    port: str = ""
    detail: str = ""  # why the port is not open, as the system said it


@dataclass(frozen=True, slots=True)
class SerialOptions:
    port: str  # /dev/ttyACM0, /dev/serial/by-id/..., COM3
    baud: int = 9600
    suffix: Suffix = Suffix.ENTER
    retry_s: float = 2.0
    idle_s: float = 0.1  # with no suffix, a code ends when the bytes stop for this long


class SerialScanner(QObject):
    """Reads codes from one serial port; ``start()`` opens it and keeps it open."""

    scanned = Signal(str, ScanSource)
    received = Signal(bytes)  # raw bytes as they arrive, for scan-test
    status_changed = Signal(object)  # SerialState

    def __init__(self, options: SerialOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options = options
        self._splitter = FrameSplitter(options.suffix)
        self._state = SerialState(SerialStatus.OFF, options.port)
        self._port = QSerialPort(self)
        self._port.readyRead.connect(self._on_port_ready_read)
        self._port.errorOccurred.connect(self._on_port_error_occurred)
        self._retry = _single_shot(self, round(options.retry_s * 1000), self._on_retry_timeout)
        self._idle = _single_shot(self, round(options.idle_s * 1000), self._on_idle_timeout)

    @property
    def state(self) -> SerialState:
        return self._state

    def start(self) -> None:
        """Open the port now, and keep retrying while it cannot be opened."""
        self._open()

    def stop(self) -> None:
        self._retry.stop()
        self._idle.stop()
        if self._port.isOpen():
            self._port.close()
        self._set_state(SerialStatus.OFF)

    def _open(self) -> None:
        self._splitter.reset()
        self._port.setPortName(self._options.port)
        self._port.setBaudRate(self._options.baud)
        if self._port.open(QSerialPort.OpenModeFlag.ReadOnly):
            self._set_state(SerialStatus.CONNECTED)
            return
        self._wait(self._port.errorString())

    def _wait(self, detail: str) -> None:
        if self._port.isOpen():
            self._port.close()
        self._set_state(SerialStatus.WAITING, detail)
        self._retry.start()

    def _set_state(self, status: SerialStatus, detail: str = "") -> None:
        state = SerialState(status, self._options.port, detail)
        if state == self._state:
            return
        if status is SerialStatus.WAITING:
            log.warning("serial scanner %s not available: %s", self._options.port, detail)
        else:
            log.info("serial scanner %s %s", self._options.port, status.value)
        self._state = state
        self.status_changed.emit(state)

    @Slot()
    def _on_port_ready_read(self) -> None:
        data = bytes(self._port.readAll().data())
        self.received.emit(data)
        for frame in self._splitter.feed(data):
            self._emit(frame)
        if self._options.suffix is Suffix.NONE:
            self._idle.start()

    @Slot(QSerialPort.SerialPortError)
    def _on_port_error_occurred(self, error: QSerialPort.SerialPortError) -> None:
        if error == QSerialPort.SerialPortError.NoError:
            return
        if self._port.isOpen() and error != QSerialPort.SerialPortError.ResourceError:
            log.warning("serial scanner %s: %s", self._options.port, self._port.errorString())
            return  # a timeout or a bad read; the port still works
        if self._state.status is SerialStatus.CONNECTED:
            self._wait(self._port.errorString())  # unplugged

    @Slot()
    def _on_retry_timeout(self) -> None:
        self._open()

    @Slot()
    def _on_idle_timeout(self) -> None:
        frame = self._splitter.flush()
        if frame is not None:
            self._emit(frame)

    def _emit(self, frame: bytes) -> None:
        text = frame_text(frame)
        if text:
            log.debug("serial scan of %d bytes", len(frame))
            self.scanned.emit(text, ScanSource.SERIAL)


def _single_shot(parent: QObject, interval_ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(max(1, interval_ms))
    timer.timeout.connect(slot)
    return timer
