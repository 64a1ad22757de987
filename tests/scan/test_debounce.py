"""The same code read again within a few seconds is one scan; another code is not held back."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.core.model import ScanSource
from kiosk.scan.debounce import Debouncer, ScanDebouncer


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_repeat_within_the_window_is_not_new() -> None:
    clock = FakeClock()
    debouncer = Debouncer(3.0, clock)
    assert debouncer.is_new("A")
    clock.now += 2.9
    assert not debouncer.is_new("A")


def test_a_code_is_new_again_once_it_has_been_away_for_the_window() -> None:
    clock = FakeClock()
    debouncer = Debouncer(3.0, clock)
    assert debouncer.is_new("A")
    clock.now += 3.1
    assert debouncer.is_new("A")


def test_a_code_held_in_view_stays_one_scan() -> None:
    # A phone under the camera is read every frame: each sighting restarts the window.
    clock = FakeClock()
    debouncer = Debouncer(3.0, clock)
    assert debouncer.is_new("A")
    for _ in range(20):
        clock.now += 1.0
        assert not debouncer.is_new("A")


def test_a_different_code_is_never_held_back() -> None:
    clock = FakeClock()
    debouncer = Debouncer(3.0, clock)
    assert debouncer.is_new("A")
    assert debouncer.is_new("B")
    assert not debouncer.is_new("A")  # A then B then A again: still the first A


def test_memory_stays_small() -> None:
    clock = FakeClock()
    debouncer = Debouncer(3.0, clock)
    for i in range(10_000):
        debouncer.is_new(str(i))
    assert len(debouncer._seen) <= 65


def test_inputs_share_one_debouncer(qtbot: QtBot) -> None:
    clock = FakeClock()
    funnel = ScanDebouncer(3.0, clock=clock)
    passed: list[tuple[str, ScanSource]] = []
    held: list[tuple[str, ScanSource]] = []
    funnel.scanned.connect(lambda text, source: passed.append((text, source)))
    funnel.repeated.connect(lambda text, source: held.append((text, source)))
    funnel.submit("12345", ScanSource.CAMERA)
    clock.now += 0.5
    funnel.submit("12345 ", ScanSource.SCANNER)  # the scanner's copy of the same code
    funnel.submit("67890", ScanSource.SERIAL)
    assert passed == [("12345", ScanSource.CAMERA), ("67890", ScanSource.SERIAL)]
    assert held == [("12345 ", ScanSource.SCANNER)]


def test_a_window_of_zero_turns_debouncing_off(qtbot: QtBot) -> None:
    funnel = ScanDebouncer(0.0)
    passed: list[str] = []
    funnel.scanned.connect(lambda text, source: passed.append(text))
    funnel.submit("A", ScanSource.SCANNER)
    funnel.submit("A", ScanSource.SCANNER)
    assert passed == ["A", "A"]
