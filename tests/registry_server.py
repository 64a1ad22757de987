"""A real registry process (`python -m kiosk.registry serve`) on 127.0.0.1, for any test."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from pg import free_port

START_TIMEOUT_S = 30


@contextmanager
def registry_process(db_url: str, log: Path) -> Iterator[str]:
    """Serve ``db_url`` from a new process; yields its base URL, stops it afterwards."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "kiosk.registry",
        "--db",
        db_url,
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(process, base, log)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_serving(process: subprocess.Popen[bytes], base: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"registry exited: {log.read_text(errors='replace')}")
        try:
            if httpx.get(f"{base}/api/v1/openapi.json", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)  # a server process starting, not a Qt test: polling is the way
    raise RuntimeError(f"registry did not start in {START_TIMEOUT_S} s: {log.read_text()}")
