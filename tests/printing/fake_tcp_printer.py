"""A printer on 127.0.0.1 for tests: records every byte, answers status queries, injects faults.

ESC/POS: DLE EOT n (real-time, answered wherever it appears in the stream, as Epson printers do,
even inside image data) and GS r 1 (answered in line, and not at all while the printer is
offline). ZPL: ~HS host status. Modes: ok, paper near end, paper out, cover open, refuse the
connection, stall (accept but never read or answer), drop mid-job, run out of paper mid-job.
The same printer can sit behind a pseudo-terminal for serial tests (``serial_printer``).
"""

from __future__ import annotations

import contextlib
import enum
import os
import socket
import struct
import threading
import tty
from collections.abc import Iterator

POLL_S = 0.02  # how often idle threads look at the stop flag


class Mode(enum.Enum):
    OK = "ok"
    NEAR_END = "near-end"
    PAPER_OUT = "paper-out"
    COVER_OPEN = "cover-open"
    REFUSE = "refuse"  # nothing listens: connection refused
    STALL = "stall"  # accepts, never reads, never answers
    DROP = "drop"  # answers status, then resets the connection after ``fail_after`` bytes
    RUN_OUT = "run-out"  # paper runs out after ``fail_after`` bytes


class Brain:
    """Reads a printer's input stream and says what the printer answers."""

    def __init__(self, language: str, mode: Mode, fail_after: int) -> None:
        self.language = language
        self.mode = mode
        self.fail_after = fail_after
        self.received = bytearray()
        self._parsed = 0  # ESC/POS: where the in-line parser stands
        self._scanned = 0  # where the real-time (DLE EOT, ~HS) scanner stands

    def feed(self, data: bytes) -> bytes:
        self.received += data
        if self.mode is Mode.RUN_OUT and len(self.received) >= self.fail_after:
            self.mode = Mode.PAPER_OUT
        if self.language == "zpl":
            return self._zpl_replies()
        return self._real_time_replies() + self._in_line_replies()

    @property
    def offline(self) -> bool:
        return self.mode in (Mode.PAPER_OUT, Mode.COVER_OPEN)

    # --- ESC/POS ---

    def _real_time_replies(self) -> bytes:
        replies = bytearray()
        data = self.received
        while True:
            found = data.find(b"\x10\x04", self._scanned)
            if found == -1:
                self._scanned = max(self._scanned, len(data) - 1)  # a DLE may end the chunk
                return bytes(replies)
            if found + 2 >= len(data):
                self._scanned = found  # wait for n
                return bytes(replies)
            replies.append(self._dle_eot(data[found + 2]))
            self._scanned = found + 3

    def _dle_eot(self, n: int) -> int:
        status = 0x12
        if n == 1 and self.offline:
            status |= 0x08
        elif n == 2:
            status |= (0x04 if self.mode is Mode.COVER_OPEN else 0) | (
                0x20 if self.mode is Mode.PAPER_OUT else 0
            )
        elif n == 4:
            status |= (0x0C if self.mode is Mode.NEAR_END else 0) | (
                0x60 if self.mode is Mode.PAPER_OUT else 0
            )
        return status

    def _in_line_replies(self) -> bytes:
        replies = bytearray()
        while (size := self._command_size(self.received, self._parsed)) is not None:
            command = bytes(self.received[self._parsed : self._parsed + 3])
            if command == b"\x1dr\x01" and not self.offline:
                replies.append(0x03 if self.mode is Mode.NEAR_END else 0x00)
            self._parsed += size
        return bytes(replies)

    @staticmethod
    def _command_size(data: bytearray, at: int) -> int | None:
        """The length of the command at ``at``, or None until it has fully arrived."""
        head = bytes(data[at : at + 3])
        if not head or (head[0] in (0x10, 0x1B, 0x1D) and len(head) < 3):
            return None
        if head == b"\x1dv0":
            if len(data) < at + 8:
                return None
            per_row, rows = struct.unpack_from("<HH", data, at + 4)
            size = 8 + per_row * rows
        elif head[:2] == b"\x1dV":
            size = 4 if head[2] in (65, 66) else 3
        else:
            size = {b"\x1b@": 2, b"\x1ba": 3, b"\x10\x04": 3, b"\x1dr": 3}.get(head[:2], 1)
        return size if len(data) >= at + size else None

    # --- ZPL ---

    def _zpl_replies(self) -> bytes:
        replies = bytearray()
        while (found := self.received.find(b"~HS", self._scanned)) != -1:
            replies += self._host_status()
            self._scanned = found + 3
        self._scanned = max(self._scanned, len(self.received) - 2)  # "~H" may end the chunk
        return bytes(replies)

    def _host_status(self) -> bytes:
        paper_out = int(self.mode is Mode.PAPER_OUT)
        head_up = int(self.mode is Mode.COVER_OPEN)
        return (
            f"\x02030,{paper_out},0,1218,000,0,0,0,000,0,0,0\x03\r\n"
            f"\x02001,0,{head_up},0,0,2,6,0,00000000,1,000\x03\r\n"
            "\x021234,0\x03\r\n"
        ).encode("ascii")


class FakeTcpPrinter:
    """Listens on 127.0.0.1 (an ephemeral port) in threads until ``stop()``."""

    def __init__(self, mode: Mode = Mode.OK, language: str = "escpos", fail_after: int = 4096):
        self.mode = mode
        self.language = language
        self.fail_after = fail_after
        self.brains: list[Brain] = []
        self._lock = threading.Lock()
        self._ended = threading.Condition(self._lock)
        self._ended_count = 0
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if mode is Mode.STALL:  # a small window, so a sender blocks soon
            self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self._listener.bind(("127.0.0.1", 0))
        self.host, self.port = self._listener.getsockname()

    @property
    def received(self) -> list[bytes]:
        """The bytes of each connection so far, oldest first."""
        with self._lock:
            return [bytes(brain.received) for brain in self.brains]

    def finished(self, connections: int = 1, timeout_s: float = 10.0) -> list[bytes]:
        """The bytes of each connection, once ``connections`` of them have been closed."""
        with self._ended:
            if not self._ended.wait_for(lambda: self._ended_count >= connections, timeout_s):
                raise TimeoutError(f"{self._ended_count} of {connections} connections ended")
            return [bytes(brain.received) for brain in self.brains]

    def start(self) -> FakeTcpPrinter:
        if self.mode is not Mode.REFUSE:  # bound but not listening: connections are refused
            self._listener.listen(8)
            self._listener.settimeout(POLL_S)
            self._spawn(self._accept_loop)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        for sock in [self._listener, *self._sockets]:
            sock.close()

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            self._sockets.append(conn)
            if self.mode is not Mode.STALL:
                self._spawn(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        brain = Brain(self.language, self.mode, self.fail_after)
        with self._lock:
            self.brains.append(brain)
        try:
            self._converse(conn, brain)
        finally:
            with self._ended:
                self._ended_count += 1
                self._ended.notify_all()

    def _converse(self, conn: socket.socket, brain: Brain) -> None:
        conn.settimeout(POLL_S)
        while not self._stop.is_set():
            try:
                data = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return
            with self._lock:
                replies = brain.feed(data)
            if self.mode is Mode.DROP and len(brain.received) >= self.fail_after:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()  # an abortive close: the sender sees a reset
                return
            if replies:
                conn.sendall(replies)


@contextlib.contextmanager
def running(
    mode: Mode = Mode.OK, language: str = "escpos", fail_after: int = 4096
) -> Iterator[FakeTcpPrinter]:
    """A started fake printer, stopped on leaving the block."""
    printer = FakeTcpPrinter(mode, language, fail_after).start()
    try:
        yield printer
    finally:
        printer.stop()


@contextlib.contextmanager
def serial_printer(mode: Mode = Mode.OK) -> Iterator[tuple[str, Brain]]:
    """An ESC/POS printer behind a pseudo-terminal: yields the port's path and the printer."""
    controller, port = os.openpty()
    tty.setraw(port)
    brain = Brain("escpos", mode, fail_after=1 << 30)
    stop = threading.Event()

    def serve() -> None:
        import select

        while not stop.is_set():
            ready, _, _ = select.select([controller], [], [], POLL_S)
            if ready:
                replies = brain.feed(os.read(controller, 65536))
                if replies:
                    os.write(controller, replies)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield os.ttyname(port), brain
    finally:
        stop.set()
        thread.join(timeout=5)
        os.close(port)
        os.close(controller)
