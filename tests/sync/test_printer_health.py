"""What heartbeats say about the badge printer: its name without secrets, state and paper."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kiosk.paths import Home
from kiosk.services.sync import PrinterHealth
from kiosk.settings import Settings
from kiosk.syncing import printer_health


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("file:prints?format=png", PrinterHealth("file:prints", "ok", "ok")),
        (
            "escpos+usb://04b8:0202?profile=tm-t88vii",
            PrinterHealth("escpos+usb://04b8:0202", "unknown", "unknown"),
        ),
        (
            "escpos+tcp://127.0.0.1:{port}?profile=tm-t88vii",
            PrinterHealth("escpos+tcp://127.0.0.1:{port}", "offline", "unknown"),
        ),
    ],
    ids=["file", "usb-not-opened-twice", "tcp-not-answering"],
)
def test_the_heartbeat_printer_words(tmp_path: Path, uri: str, expected: PrinterHealth) -> None:
    port = str(closed_port())
    settings = Settings(printer_uri=uri.replace("{port}", port))
    health = printer_health(Home(tmp_path), settings)()
    assert health == PrinterHealth(
        expected.name.replace("{port}", port), expected.state, expected.paper
    )
