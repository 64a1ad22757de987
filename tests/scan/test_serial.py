"""Serial/CDC scanners: the frame splitter, and a pseudo-terminal standing in for the scanner."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kiosk.core.model import ScanSource
from kiosk.scan.burst import Suffix
from kiosk.scan.serial import (
    MAX_FRAME_BYTES,
    FrameSplitter,
    SerialOptions,
    SerialScanner,
    SerialState,
    SerialStatus,
    frame_text,
)

# --- the splitter (pure) ------------------------------------------------------------------------


@pytest.mark.parametrize("ending", [b"\r", b"\n", b"\r\n", b"\n\r"])
def test_each_line_end_ends_a_frame(ending: bytes) -> None:
    splitter = FrameSplitter()
    assert splitter.feed(b"123" + ending + b"456" + ending) == [b"123", b"456"]


def test_a_frame_may_arrive_in_pieces() -> None:
    splitter = FrameSplitter()
    assert splitter.feed(b"12") == []
    assert splitter.feed(b"34\r") == [b"1234"]
    assert splitter.feed(b"\n56") == []
    assert splitter.feed(b"\r\n") == [b"56"]


def test_empty_lines_are_not_frames() -> None:
    assert FrameSplitter().feed(b"\r\n\r\n\n") == []


def test_tab_ends_a_frame_only_when_it_is_the_suffix() -> None:
    assert FrameSplitter(Suffix.TAB).feed(b"12\t34\r") == [b"12", b"34"]
    assert FrameSplitter(Suffix.ENTER).feed(b"12\t34\r") == [b"12\t34"]


def test_without_a_suffix_the_frame_comes_out_on_flush() -> None:
    splitter = FrameSplitter(Suffix.NONE)
    assert splitter.feed(b"1234") == []
    assert splitter.flush() == b"1234"
    assert splitter.flush() is None


def test_an_endless_line_comes_out_once_too_long_and_the_rest_is_dropped() -> None:
    splitter = FrameSplitter()
    frames = splitter.feed(b"7" * (MAX_FRAME_BYTES * 3))
    assert [len(f) for f in frames] == [MAX_FRAME_BYTES + 1]
    assert splitter.feed(b"more\r42\r") == [b"42"]


def test_reset_drops_a_half_frame() -> None:
    splitter = FrameSplitter()
    splitter.feed(b"half")
    splitter.reset()
    assert splitter.feed(b"whole\r") == [b"whole"]


def test_bytes_that_are_not_utf8_become_replacement_characters() -> None:
    assert frame_text(b"12\xff\xfe34") == "12\ufffd\ufffd34"
    assert frame_text(b"  42 \x00") == "42 \x00"


# --- the port, on a pseudo-terminal -------------------------------------------------------------


class Pty:
    """A pseudo-terminal whose other end plays the scanner; ``link`` is the port name given to
    the kiosk, so that "plugging in" again can point it at a fresh terminal."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.master = -1
        self.slave = -1
        self.plug()

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        self.link.unlink(missing_ok=True)
        self.link.symlink_to(os.ttyname(self.slave))

    def unplug(self) -> None:
        os.close(self.master)
        os.close(self.slave)
        self.master = self.slave = -1

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        if self.master >= 0:
            self.unplug()


@pytest.fixture
def pty(tmp_path: Path) -> Iterator[Pty]:
    terminal = Pty(tmp_path / "ttyScanner")
    yield terminal
    terminal.close()


@pytest.fixture
def scanner(qapp: QCoreApplication, pty: Pty) -> Iterator[SerialScanner]:
    scanner = SerialScanner(SerialOptions(str(pty.link), 9600, retry_s=0.05))
    yield scanner
    scanner.stop()


def scans_of(scanner: SerialScanner) -> list[tuple[str, ScanSource]]:
    seen: list[tuple[str, ScanSource]] = []
    scanner.scanned.connect(lambda text, source: seen.append((text, source)))
    return seen


def test_a_line_from_the_scanner_is_a_scan(qtbot: QtBot, scanner: SerialScanner, pty: Pty) -> None:
    seen = scans_of(scanner)
    with qtbot.waitSignal(scanner.status_changed):
        scanner.start()
    assert scanner.state.status is SerialStatus.CONNECTED
    pty.send(b"0123456789\r\n")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("0123456789", ScanSource.SERIAL)]


def test_noise_on_the_line_never_crashes_and_arrives_as_replacement_characters(
    qtbot: QtBot, scanner: SerialScanner, pty: Pty
) -> None:
    seen = scans_of(scanner)
    scanner.start()
    pty.send(b"\xff\xfe\x00garbage\x80\r\n42\r\n")
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[0][0] == "\ufffd\ufffd\x00garbage\ufffd"
    assert seen[1][0] == "42"


def test_with_no_suffix_a_code_ends_when_the_bytes_stop(
    qtbot: QtBot, qapp: QCoreApplication, pty: Pty
) -> None:
    options = SerialOptions(str(pty.link), 115200, Suffix.NONE, idle_s=0.02)
    scanner = SerialScanner(options)
    seen = scans_of(scanner)
    try:
        scanner.start()
        pty.send(b"0123456789")
        qtbot.waitUntil(lambda: bool(seen))
    finally:
        scanner.stop()
    assert seen == [("0123456789", ScanSource.SERIAL)]


def test_unplugging_is_reported_and_plugging_in_again_reconnects(
    qtbot: QtBot, scanner: SerialScanner, pty: Pty
) -> None:
    states: list[SerialState] = []
    scanner.status_changed.connect(states.append)
    seen = scans_of(scanner)
    scanner.start()
    pty.send(b"half a co")  # cut off by the unplug: must never become a scan
    pty.unplug()
    qtbot.waitUntil(lambda: scanner.state.status is SerialStatus.WAITING)
    assert scanner.state.detail  # what the system said, for scan-test and the log
    pty.plug()
    qtbot.waitUntil(lambda: scanner.state.status is SerialStatus.CONNECTED)
    pty.send(b"42\r")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("42", ScanSource.SERIAL)]
    assert [s.status for s in states] == [
        SerialStatus.CONNECTED,
        SerialStatus.WAITING,
        SerialStatus.CONNECTED,
    ]


def test_a_missing_port_is_retried_until_it_appears(
    qtbot: QtBot, qapp: QCoreApplication, tmp_path: Path
) -> None:
    link = tmp_path / "ttyLater"
    scanner = SerialScanner(SerialOptions(str(link), retry_s=0.05))
    try:
        scanner.start()
        assert scanner.state.status is SerialStatus.WAITING
        terminal = Pty(link)
        try:
            qtbot.waitUntil(lambda: scanner.state.status is SerialStatus.CONNECTED)
        finally:
            terminal.close()
    finally:
        scanner.stop()
    assert scanner.state.status is SerialStatus.OFF


def test_raw_bytes_are_reported_for_scan_test(
    qtbot: QtBot, scanner: SerialScanner, pty: Pty
) -> None:
    received: list[bytes] = []
    scanner.received.connect(received.append)
    scanner.start()
    pty.send(b"12\r")
    qtbot.waitUntil(lambda: bool(received))
    assert b"".join(received) == b"12\r"
