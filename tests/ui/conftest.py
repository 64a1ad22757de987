"""UI test fixtures: a fake check-in service behind a real CheckInRunner, and kiosk windows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_reading import EVENT_TITLE, FakeService, MakeWindow

from kiosk.printing.fonts import load_fonts
from kiosk.ui import tap_guard
from kiosk.ui.background import CheckInRunner
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UiOptions


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> list[str]:
    return load_fonts()


@pytest.fixture
def service() -> FakeService:
    return FakeService()


@pytest.fixture
def runner(service: FakeService) -> Iterator[CheckInRunner]:
    runner = CheckInRunner(lambda: service)  # type: ignore[arg-type, return-value]
    yield runner
    service.gate.set()
    assert runner.stop()


@pytest.fixture
def make_window(qtbot: QtBot, runner: CheckInRunner) -> MakeWindow:
    """A shown 1280x800 kiosk window; options (timeouts ...) may be overridden."""

    def make(**options: object) -> MainWindow:
        window = MainWindow(runner, UiOptions(EVENT_TITLE, **options))  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


class FakeClock:
    """The tap guard's clock, moved by the test: taps land at exact moments on a slow machine."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms


@pytest.fixture
def tap_clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    clock = FakeClock()
    monkeypatch.setattr(tap_guard, "monotonic_ms", clock)
    return clock
