"""Driving the real registry (`python -m kiosk.registry`) as its operator would, for sync tests."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

REGISTRY = [sys.executable, "-m", "kiosk.registry"]
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
