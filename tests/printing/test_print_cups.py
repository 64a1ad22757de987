"""CUPS printers: a badge PDF through a real, private cupsd to a queue that captures each job."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from badge_samples import QR_TEXT, Content
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot
from raster_decode import AWKWARD, awkward_input, read_qr

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.printing.base import PrinterError, PrinterState, RenderedBadge
from kiosk.printing.cups import CupsPrinter, status_from_lpstat
from kiosk.printing.uri import open_printer

A6 = BADGE_SIZES["a6"]
QUEUE = "Badges"
# A CUPS backend that writes each job to the folder in its device URI (capture:/folder).
CAPTURE_BACKEND = """#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct capture "Unknown" "Capture jobs to a folder"'; exit 0; fi
folder="${DEVICE_URI#capture:}"
if [ -n "$6" ]; then cat "$6" > "$folder/job-$1.part"; else cat > "$folder/job-$1.part"; fi
mv "$folder/job-$1.part" "$folder/job-$1.pdf"
"""


@dataclass(frozen=True)
class Cupsd:
    server: str  # host:port of the private scheduler
    captured: Path  # where the capture queue writes each job

    def uri(self, queue: str = QUEUE) -> str:
        return f"cups://{queue}?server={self.server}"

    def admin(self, *args: str) -> None:
        subprocess.run([args[0], "-h", self.server, *args[1:]], check=True, capture_output=True)


@pytest.fixture(scope="module")
def cupsd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cupsd]:
    """A private cupsd on 127.0.0.1 (own config, spool and port) with a capturing queue."""
    if shutil.which("cupsd") is None:
        pytest.skip(
            "cupsd is missing: install the Debian package cups-daemon (scripts/setup --dev)"
        )
    root = tmp_path_factory.mktemp("cups")
    server = f"127.0.0.1:{_free_port()}"
    _write_config(root, server)
    with (root / "cupsd.out").open("wb") as log:
        daemon = subprocess.Popen(
            ["cupsd", "-f", "-c", f"{root}/conf/cupsd.conf", "-s", f"{root}/conf/cups-files.conf"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_running(server, daemon)
            capture = f"capture:{root / 'out'}"
            subprocess.run(
                ["lpadmin", "-h", server, "-p", QUEUE, "-E", "-v", capture, "-m", "raw"],
                check=True,
                capture_output=True,
            )
            yield Cupsd(server, root / "out")
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=15)


@pytest.mark.integration
def test_badge_pdf_reaches_the_queue(cupsd: Cupsd, content: Content, qtbot: QtBot) -> None:
    badge = content()
    printer = open_printer(cupsd.uri())

    result = printer.print_badge(RenderedBadge(badge, A6))

    job = _captured(cupsd, result.job, qtbot)
    document = _pdf(job)
    assert result.job.startswith(f"{QUEUE}-")
    assert document.pageCount() == 1
    assert document.metaData(QPdfDocument.MetaDataField.Title) == "Badge 104233 v2"
    size = document.pagePointSize(0)
    assert (round(size.width() / 72 * 25.4), round(size.height() / 72 * 25.4)) == (105, 148)
    assert read_qr(_page_dots(document)) == [QR_TEXT]


@pytest.mark.integration
@pytest.mark.parametrize("case", AWKWARD)
def test_awkward_badges_still_print_through_cups(
    cupsd: Cupsd, content: Content, qtbot: QtBot, tmp_path: Path, case: str
) -> None:
    badge = content(**awkward_input(case, tmp_path))

    result = open_printer(cupsd.uri()).print_badge(RenderedBadge(badge, A6))

    document = _pdf(_captured(cupsd, result.job, qtbot))
    assert document.pageCount() == 1
    assert read_qr(_page_dots(document)) == [QR_TEXT]


@pytest.mark.integration
def test_queue_status_follows_cups(cupsd: Cupsd) -> None:
    printer = open_printer(cupsd.uri())
    ready = printer.status()

    cupsd.admin("cupsdisable", "-r", "paper jam", QUEUE)
    try:
        stopped = printer.status()
    finally:
        cupsd.admin("cupsenable", QUEUE)

    assert (ready.state, ready.detail) == (PrinterState.ONLINE, "CUPS queue 'Badges' is ready.")
    assert stopped.state is PrinterState.OFFLINE
    assert stopped.detail == "CUPS queue 'Badges' is stopped: paper jam."


@pytest.mark.integration
def test_unknown_queue(cupsd: Cupsd, content: Content) -> None:
    printer = open_printer(cupsd.uri("Lobby"))

    with pytest.raises(PrinterError, match="There is no CUPS printer queue 'Lobby'"):
        printer.print_badge(RenderedBadge(content(), A6))
    assert printer.status().state is PrinterState.OFFLINE


@pytest.mark.integration
def test_cups_not_running(content: Content) -> None:
    if shutil.which("lp") is None:
        pytest.skip("lp is missing: install the Debian package cups-client (scripts/setup --dev)")
    printer = open_printer(f"cups://Badges?server=127.0.0.1:{_free_port()}")

    with pytest.raises(
        PrinterError, match=r"CUPS print service at 127\.0\.0\.1:\d+ is not running"
    ):
        printer.print_badge(RenderedBadge(content(), A6))


def test_missing_cups_client_is_named(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))

    with pytest.raises(PrinterError, match="needs the 'lp' command: install the cups-client"):
        CupsPrinter("Badges").print_badge(RenderedBadge(content(), A6))
    assert "cups-client" in CupsPrinter("Badges").status().detail


@pytest.mark.parametrize(
    ("alerts", "state", "detail"),
    [
        ("none", PrinterState.ONLINE, "is ready"),
        ("media-empty-error", PrinterState.PAPER_OUT, "reports paper out or jammed"),
        ("media-low-report", PrinterState.PAPER_NEAR_END, "reports paper near end"),
        ("cover-open-error media-low-report", PrinterState.COVER_OPEN, "reports cover open"),
        ("offline-report", PrinterState.OFFLINE, "reports the printer offline"),
    ],
)
def test_printer_state_reasons_become_statuses(
    alerts: str, state: PrinterState, detail: str
) -> None:
    text = (
        f"printer Badges is idle.  enabled since Sat 28 Nov\n\tForm mounted:\n\tAlerts: {alerts}\n"
    )

    status = status_from_lpstat(text, "Badges")

    assert status.state is state
    assert detail in status.detail


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("cups://", "is not a CUPS queue name"),
        ("cups://Front%20Desk", "is not a CUPS queue name"),
        ("cups://Badges?copies=2", "Unknown printer setting 'copies'"),
    ],
)
def test_bad_cups_uris_get_a_clear_message(uri: str, message: str) -> None:
    with pytest.raises(PrinterError, match=message):
        open_printer(uri)


# --- helpers ------------------------------------------------------------------------------------


def _captured(cupsd: Cupsd, job: str, qtbot: QtBot) -> Path:
    path = cupsd.captured / f"job-{job.rsplit('-', 1)[-1]}.pdf"
    qtbot.waitUntil(path.exists, timeout=20_000)
    return path


def _pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


def _page_dots(document: QPdfDocument, dpi: int = 300) -> np.ndarray:
    """The first page rendered at ``dpi`` on white, as black-and-white dots."""
    size = document.pagePointSize(0)
    page = document.render(
        0, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
    )
    white = QImage(page.size(), QImage.Format.Format_Grayscale8)
    white.fill(Qt.GlobalColor.white)
    painter = QPainter(white)
    painter.drawImage(0, 0, page)
    painter.end()
    rows = np.frombuffer(white.constBits(), dtype=np.uint8, count=white.sizeInBytes())
    return rows.reshape(white.height(), white.bytesPerLine())[:, : white.width()] < 128


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write_config(root: Path, server: str) -> None:
    for folder in (
        "conf",
        "spool/tmp",
        "cache",
        "state",
        "log",
        "bin/backend",
        "bin/filter",
        "out",
    ):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "spool/tmp").chmod(0o1777)
    for part in ("daemon", "notifier"):  # cupsd's helpers come from the system install
        (root / "bin" / part).symlink_to(f"/usr/lib/cups/{part}")
    backend = root / "bin/backend/capture"
    backend.write_text(CAPTURE_BACKEND)
    backend.chmod(0o700)  # owner-only: cupsd runs it as its own user, who owns the folder
    (root / "conf/cups-files.conf").write_text(
        f"ServerRoot {root}/conf\nServerBin {root}/bin\nRequestRoot {root}/spool\n"
        f"TempDir {root}/spool/tmp\nCacheDir {root}/cache\nStateDir {root}/state\n"
        f"ErrorLog {root}/log/error_log\nAccessLog {root}/log/access_log\n"
        f"PageLog {root}/log/page_log\n"
    )
    (root / "conf/cupsd.conf").write_text(
        f"Listen {server}\nLogLevel warn\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow 127.0.0.1\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )


def _wait_until_running(server: str, daemon: subprocess.Popen[bytes]) -> None:
    """Poll the scheduler (an external daemon: no Qt event to wait on) for up to 10 s."""
    deadline = time.monotonic() + 10
    environment = {**os.environ, "LC_ALL": "C"}
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            raise RuntimeError(f"cupsd exited with status {daemon.returncode}")
        answer = subprocess.run(
            ["lpstat", "-h", server, "-r"], capture_output=True, env=environment, check=False
        )
        if b"scheduler is running" in answer.stdout:
            return
        time.sleep(0.05)
    raise RuntimeError("cupsd did not start within 10 s")
