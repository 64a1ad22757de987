"""Byte-stream printers: the connection (TCP, USB, serial) and the job flow over it.

A ``Transport`` opens a ``Link``; a ``Dialect`` (ESC/POS, ZPL) turns a badge into bytes and reads
the printer's status. ``StreamPrinter`` combines them: ask the printer whether it can print, send
the job, then ask again so a printer that stalled, dropped the connection or ran out of paper
mid-badge is reported instead of taken for a success. Every wait has a timeout.
"""

from __future__ import annotations

import errno
import logging
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.printing.base import (
    PrinterError,
    PrinterState,
    PrinterStatus,
    PrintResult,
    RenderedBadge,
)
from kiosk.printing.profiles import PrinterProfile

log = logging.getLogger(__name__)

BLOCKING = frozenset({PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE})
CANNOT_REPORT = "printer cannot report status"

Complete = Callable[[bytes], bool]  # says when a status reply has fully arrived


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect_s: float = 3.0  # to open the connection
    reply_s: float = 2.0  # for one status answer
    send_s: float = 20.0  # for the printer to take a whole job


class Link(Protocol):
    """An open connection to a printer: bytes out, short status replies back."""

    def write(self, data: bytes) -> None: ...

    def read(self, complete: Complete, timeout_s: float) -> bytes:
        """What arrived before ``complete`` said yes or the time ran out (maybe nothing)."""
        ...

    def close(self) -> None: ...


class Transport(Protocol):
    @property
    def where(self) -> str:
        """The printer for people: "printer at 10.0.0.5:9100"."""
        ...

    @property
    def timeouts(self) -> Timeouts: ...

    def connect(self) -> Link: ...


class Dialect(Protocol):
    """One printer language: its job bytes and its status queries."""

    @property
    def suffix(self) -> str:
        """The file extension of a raw job: "escpos", "zpl"."""
        ...

    @property
    def silence(self) -> str:
        """Added to "is not answering": what else a silent printer of this kind may mean."""
        ...

    def encode(self, badge: RenderedBadge) -> bytes: ...

    def query_status(self, link: Link, timeout_s: float) -> PrinterStatus | None:
        """The printer's real-time status, or None when it does not answer."""
        ...

    def confirm(self, link: Link, timeout_s: float) -> PrinterStatus | None:
        """Ask in line after a job; an answer means the printer has taken the job."""
        ...


@contextmanager
def connected(transport: Transport) -> Iterator[Link]:
    link = transport.connect()
    try:
        yield link
    finally:
        link.close()


class StreamPrinter:
    """A printer reached by a byte stream: ESC/POS or ZPL over TCP, USB or serial."""

    def __init__(
        self, transport: Transport, dialect: Dialect, profile: PrinterProfile, uri: str
    ) -> None:
        self.transport = transport
        self.dialect = dialect
        self.profile = profile
        self._uri = uri

    @property
    def uri(self) -> str:
        return self._uri

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        job = self.dialect.encode(badge)  # before connecting: the printer is not kept waiting
        with connected(self.transport) as link:
            if self.profile.reports_status:
                self._require(link, "cannot print")
            try:
                link.write(job)
                if self.profile.reports_status:
                    self._confirm(link, badge)
            except PrinterError as error:
                advice = "The badge may be incomplete: check the printer before printing again."
                raise PrinterError(f"{error} {advice}", error.state) from error
        log.info(
            "badge %s v%s sent to the %s (%d bytes)",
            badge.content.registration_id,
            badge.content.badge_version,
            self.transport.where,
            len(job),
        )
        return PrintResult(printer=self.uri)

    def status(self) -> PrinterStatus:
        if not self.profile.reports_status:
            return PrinterStatus(PrinterState.UNKNOWN, CANNOT_REPORT)
        try:
            with connected(self.transport) as link:
                return self._ask(link)
        except PrinterError as error:
            return PrinterStatus(PrinterState.OFFLINE, str(error))

    def _ask(self, link: Link) -> PrinterStatus:
        status = self.dialect.query_status(link, self.transport.timeouts.reply_s)
        if status is None:
            raise PrinterError(
                f"The {self.transport.where} is not answering{self.dialect.silence}.",
                PrinterState.OFFLINE,
            )
        return status

    def _require(self, link: Link, doing: str) -> None:
        status = self._ask(link)
        if status.state in BLOCKING:
            raise PrinterError(f"The {self.transport.where} {doing}: {status.detail}", status.state)

    def _confirm(self, link: Link, badge: RenderedBadge) -> None:
        printing = self.profile.print_seconds(badge.size.height_mm)
        wait = self.transport.timeouts.reply_s + 2 * printing
        status = self.dialect.confirm(link, wait)
        if status is None:
            self._require(link, "stopped")
            raise PrinterError(f"The {self.transport.where} did not confirm the badge.")
        if status.state in BLOCKING:
            raise PrinterError(f"The {self.transport.where} stopped: {status.detail}", status.state)


# --- TCP (port 9100 "raw" printing) -------------------------------------------------------------


class TcpTransport:
    def __init__(self, host: str, port: int, timeouts: Timeouts | None = None) -> None:
        self.host = host
        self.port = port
        self._timeouts = timeouts or Timeouts()

    @property
    def where(self) -> str:
        return f"printer at {self.host}:{self.port}"

    @property
    def timeouts(self) -> Timeouts:
        return self._timeouts

    def connect(self) -> TcpLink:
        address = f"{self.host}:{self.port}"
        try:
            sock = socket.create_connection((self.host, self.port), self._timeouts.connect_s)
        except ConnectionRefusedError:
            raise PrinterError(
                f"The printer at {address} refused the connection: check that it is switched on "
                f"and that {self.port} is its port."
            ) from None
        except TimeoutError:
            raise PrinterError(
                f"The printer at {address} is not answering (no connection within "
                f"{self._timeouts.connect_s:g} s): check its power and network cable."
            ) from None
        except socket.gaierror:
            raise PrinterError(
                f"The printer address '{self.host}' cannot be found: check the printer URI."
            ) from None
        except OSError as error:
            raise PrinterError(
                f"The printer at {address} cannot be reached: {error.strerror or error}."
            ) from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return TcpLink(sock, self.where, self._timeouts)


class TcpLink:
    def __init__(self, sock: socket.socket, where: str, timeouts: Timeouts) -> None:
        self._sock = sock
        self._where = where
        self._timeouts = timeouts

    def write(self, data: bytes) -> None:
        self._sock.settimeout(self._timeouts.send_s)
        try:
            self._sock.sendall(data)  # the timeout covers the whole sendall (Python 3.5+)
        except TimeoutError:
            raise PrinterError(
                f"The {self._where} is not answering: it stopped taking data "
                f"for {self._timeouts.send_s:g} s."
            ) from None
        except OSError as error:
            raise self._dropped(error) from None

    def read(self, complete: Complete, timeout_s: float) -> bytes:
        deadline = time.monotonic() + timeout_s
        received = b""
        while not complete(received):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._sock.settimeout(remaining)
            try:
                chunk = self._sock.recv(256)
            except TimeoutError:
                break
            except OSError as error:
                raise self._dropped(error) from None
            if not chunk:
                raise self._dropped(None)
            received += chunk
        return received

    def close(self) -> None:
        self._sock.close()

    def _dropped(self, error: OSError | None) -> PrinterError:
        reason = f" ({error.strerror or error})" if error is not None else ""
        return PrinterError(f"The {self._where} dropped the connection{reason}.")


# --- Serial (pyserial) -------------------------------------------------------------------------


class SerialTransport:
    def __init__(self, device: str, baud: int, timeouts: Timeouts | None = None) -> None:
        self.device = device
        self.baud = baud
        self._timeouts = timeouts or Timeouts()

    @property
    def where(self) -> str:
        return f"printer on {self.device}"

    @property
    def timeouts(self) -> Timeouts:
        return self._timeouts

    def connect(self) -> SerialLink:
        import serial  # type: ignore[import-untyped]

        try:
            port = serial.Serial(self.device, self.baud, timeout=0, write_timeout=None)
        except (serial.SerialException, ValueError) as error:
            raise PrinterError(
                f"Cannot open the printer port {self.device}: {_serial_reason(error)}"
            ) from None
        return SerialLink(port, self.where, self._timeouts, self.baud)


class SerialLink:
    def __init__(self, port: Any, where: str, timeouts: Timeouts, baud: int) -> None:
        self._port = port
        self._where = where
        self._timeouts = timeouts
        self._baud = baud

    def write(self, data: bytes) -> None:
        import serial

        # At 38,400 baud a 50 KB badge takes 13 s on the wire: allow for it, and a margin.
        wire_s = len(data) * 10 / self._baud
        self._port.write_timeout = self._timeouts.send_s + 2 * wire_s
        try:
            self._port.write(data)
            self._port.flush()
        except serial.SerialTimeoutException:
            raise PrinterError(
                f"The {self._where} is not answering: it stopped taking data."
            ) from None
        except serial.SerialException as error:
            raise PrinterError(f"The {self._where} stopped working: {error}.") from None

    def read(self, complete: Complete, timeout_s: float) -> bytes:
        import serial

        deadline = time.monotonic() + timeout_s
        received = b""
        while not complete(received) and (remaining := deadline - time.monotonic()) > 0:
            self._port.timeout = remaining
            try:
                received += self._port.read(1) + self._port.read(self._port.in_waiting)
            except serial.SerialException as error:
                raise PrinterError(f"The {self._where} stopped working: {error}.") from None
        return received

    def close(self) -> None:
        self._port.close()


def _serial_reason(error: Exception) -> str:
    code = getattr(error, "errno", None)
    if code == errno.ENOENT:
        return "no such device: is the printer plugged in?"
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied: add the kiosk's user to the 'dialout' group."
    return str(error)


# --- USB (python-escpos Usb: finds the device and detaches the kernel's usblp) ------------------


class UsbTransport:
    def __init__(self, vendor: int, product: int, timeouts: Timeouts | None = None) -> None:
        self.vendor = vendor
        self.product = product
        self._timeouts = timeouts or Timeouts()

    @property
    def where(self) -> str:
        return f"USB printer {self.vendor:04x}:{self.product:04x}"

    @property
    def timeouts(self) -> Timeouts:
        return self._timeouts

    def connect(self) -> UsbLink:
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import Usb
        from usb.core import NoBackendError  # type: ignore[import-untyped]

        device = Usb(self.vendor, self.product, timeout=int(self._timeouts.send_s * 1000))
        try:
            device.open()
        except DeviceNotFoundError:
            raise PrinterError(
                f"No {self.where} found: check that it is plugged in and switched on."
            ) from None
        except NoBackendError:
            raise PrinterError(
                "USB printers need the libusb library (Debian package libusb-1.0-0)."
            ) from None
        return UsbLink(device, self.where)


class UsbLink:
    def __init__(self, device: Any, where: str) -> None:
        self._device = device
        self._where = where

    def write(self, data: bytes) -> None:
        from usb.core import USBError, USBTimeoutError

        try:
            self._device._raw(data)
        except USBTimeoutError:
            raise PrinterError(
                f"The {self._where} is not answering: it stopped taking data."
            ) from None
        except USBError as error:
            raise PrinterError(f"The {self._where} stopped working: {error}.") from None

    def read(self, complete: Complete, timeout_s: float) -> bytes:
        from usb.core import USBError, USBTimeoutError

        deadline = time.monotonic() + timeout_s
        received = b""
        handle = self._device.device
        while not complete(received) and (remaining := deadline - time.monotonic()) > 0:
            try:
                received += bytes(
                    handle.read(self._device.in_ep, 64, max(1, int(remaining * 1000)))
                )
            except USBTimeoutError:
                break
            except USBError as error:
                raise PrinterError(f"The {self._where} stopped working: {error}.") from None
        return received

    def close(self) -> None:
        self._device.close()
