"""The kiosk's clock: real UTC time, or a simulated start that runs on in real time (demos)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


def make_clock(simulated_start: str = "") -> Callable[[], datetime]:
    """A function returning the current time as an aware UTC datetime."""
    if not simulated_start:
        return lambda: datetime.now(UTC)
    start = datetime.fromisoformat(simulated_start).astimezone(UTC)
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)
