"""`kiosk sync` without --once: the loop's waits between rounds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cli import sync as sync_cli
from kiosk.paths import Home
from kiosk.services.sync import SyncReport

AT = datetime(2022, 5, 30, 8, 0, tzinfo=UTC)


def _report(error: str = "", retry_after_s: float | None = None) -> SyncReport:
    return SyncReport(AT, AT, error=error, retry_after_s=retry_after_s)


def _waits(monkeypatch: pytest.MonkeyPatch, reports: list[SyncReport]) -> list[float]:
    """Run the loop over ``reports`` (then Ctrl-C) and return what it slept between rounds."""
    rounds: Iterator[SyncReport] = iter(reports)

    def one_round(home: Home, as_json: bool) -> SyncReport:
        try:
            return next(rounds)
        except StopIteration:
            raise KeyboardInterrupt from None

    slept: list[float] = []
    monkeypatch.setattr(sync_cli, "_run_round", one_round)
    monkeypatch.setattr(sync_cli.time, "sleep", slept.append)
    code = sync_cli._forever(Home(Path("/nonexistent")), True, 60.0)
    assert code == 0  # Ctrl-C ends the loop quietly
    return slept


def test_good_rounds_wait_the_configured_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _waits(monkeypatch, [_report(), _report()]) == [60.0, 60.0]


def test_failures_back_off_and_a_success_returns_to_the_interval(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    down = _report("registry unreachable: connection refused")
    slept = _waits(monkeypatch, [down, down, down, _report()])
    # 2 s doubling, each drawn between half and all of it
    assert 1 <= slept[0] <= 2
    assert 2 <= slept[1] <= 4
    assert 4 <= slept[2] <= 8
    assert slept[3] == 60.0


def test_a_registry_that_asks_to_wait_is_not_asked_again_sooner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    busy = _report("registry busy (HTTP 429)", retry_after_s=90)
    slept = _waits(monkeypatch, [busy, _report("registry busy", retry_after_s=10_000)])
    assert slept[0] == 90  # not the 1-2 s of a first failure
    assert slept[1] == 300  # a Retry-After beyond the 5-minute ceiling is capped
