"""The real registry (`kiosk-registry serve`, uvicorn) on 127.0.0.1, driven as an operator would."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

REGISTRY = [str(Path(sys.executable).with_name("kiosk-registry"))]
FIRST = 22_000_001  # the sample's first registration id
MONDAY = "2022-05-30T08:45:00+02:00"


@dataclass
class LiveRegistry:
    url: str
    db_url: str

    def run(self, *args: str) -> str:
        done = subprocess.run(
            [*REGISTRY, "--db", self.db_url, *args], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def enroll_code(self, kiosk_id: str) -> str:
        return self.run("enroll-code", "--kiosk-id", kiosk_id).splitlines()[-1]

    def code(self, registration_id: int) -> str:
        return self.run("code", str(registration_id)).splitlines()[-1]

    def status(self) -> dict[str, int]:
        counts: dict[str, int] = json.loads(self.run("status", "--json"))
        return counts


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_answering(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert server.poll() is None, "the registry stopped; see serve.log"
        try:
            httpx.get(f"{url}/api/v1/status", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)  # a process starting up, not a Qt test: polling is the only way
    raise AssertionError("the registry did not start within 30 s")
