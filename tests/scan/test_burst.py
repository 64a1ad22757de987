"""Scanner bursts versus typing, decided from key times alone (kiosk/scan/burst.py)."""

from __future__ import annotations

import pytest

from kiosk.scan.burst import (
    MAX_SCAN_CHARS,
    BurstRules,
    BurstTracker,
    KeyKind,
    Step,
    Suffix,
    Verdict,
)

FAST, SLOW = 0.004, 0.120  # seconds between keys: a scanner, a person


def feed(tracker: BurstTracker, text: str, gap: float, start: float = 0.0) -> list[Step]:
    steps = []
    for i, char in enumerate(text):
        steps.append(tracker.press(KeyKind.TEXT, char, start + i * gap).step)
    return steps


def test_a_fast_run_ended_by_enter_is_a_scan() -> None:
    tracker = BurstTracker(BurstRules())
    assert feed(tracker, "0123456789", FAST) == [Step.HOLD] * 10
    answer = tracker.press(KeyKind.ENTER, "", 10 * FAST)
    assert answer.step is Step.SWALLOW
    assert answer.ended is not None
    assert answer.ended.verdict is Verdict.SCAN
    assert answer.ended.text == "0123456789"
    gaps = [key.gap_ms for key in answer.ended.keys]
    assert gaps[0] is None
    assert gaps[1:] == pytest.approx([FAST * 1000] * 9)


def test_slow_keys_are_typing_and_each_is_handed_on_when_the_next_comes() -> None:
    tracker = BurstTracker(BurstRules())
    tracker.press(KeyKind.TEXT, "h", 0.0)
    answer = tracker.press(KeyKind.TEXT, "i", SLOW)
    assert answer.step is Step.HOLD  # "i" may still start a burst ...
    assert answer.ended is not None  # ... but "h" was typed
    assert answer.ended.verdict is Verdict.TYPING
    assert answer.ended.text == "h"
    enter = tracker.press(KeyKind.ENTER, "", 2 * SLOW)
    assert enter.step is Step.PASS
    assert enter.ended is not None
    assert enter.ended.text == "i"


def test_a_fast_run_shorter_than_the_minimum_is_typing() -> None:
    tracker = BurstTracker(BurstRules(min_length=8))
    feed(tracker, "1234567", FAST)
    answer = tracker.press(KeyKind.ENTER, "", 7 * FAST)
    assert answer.step is Step.PASS
    assert answer.ended is not None
    assert answer.ended.verdict is Verdict.TYPING


def test_a_burst_whose_enter_comes_late_is_typing() -> None:
    tracker = BurstTracker(BurstRules())
    feed(tracker, "0123456789", FAST)
    answer = tracker.press(KeyKind.ENTER, "", 9 * FAST + SLOW)
    assert answer.step is Step.PASS
    assert answer.ended is not None
    assert answer.ended.verdict is Verdict.TYPING


def test_a_burst_that_stops_without_its_suffix_is_handed_on() -> None:
    tracker = BurstTracker(BurstRules())
    feed(tracker, "0123456789", FAST)
    end = tracker.expire()
    assert end is not None
    assert end.verdict is Verdict.NO_SUFFIX
    assert not tracker.holding


def test_with_no_suffix_a_burst_ends_when_the_keys_stop() -> None:
    tracker = BurstTracker(BurstRules(suffix=Suffix.NONE))
    feed(tracker, "0123456789", FAST)
    end = tracker.expire()
    assert end is not None
    assert end.is_scan
    assert end.text == "0123456789"


def test_with_no_suffix_set_an_enter_right_after_the_burst_is_not_typed() -> None:
    tracker = BurstTracker(BurstRules(suffix=Suffix.NONE))
    feed(tracker, "0123456789", FAST)
    answer = tracker.press(KeyKind.ENTER, "", 10 * FAST)
    assert answer.step is Step.SWALLOW
    assert answer.ended is not None
    assert answer.ended.is_scan


def test_tab_suffix() -> None:
    tracker = BurstTracker(BurstRules(suffix=Suffix.TAB))
    feed(tracker, "0123456789", FAST)
    answer = tracker.press(KeyKind.TAB, "", 10 * FAST)
    assert answer.step is Step.SWALLOW
    assert answer.ended is not None
    assert answer.ended.is_scan


def test_enter_with_tab_suffix_ends_as_typing() -> None:
    tracker = BurstTracker(BurstRules(suffix=Suffix.TAB))
    feed(tracker, "0123456789", FAST)
    answer = tracker.press(KeyKind.ENTER, "", 10 * FAST)
    assert answer.step is Step.PASS
    assert answer.ended is not None
    assert not answer.ended.is_scan


def test_modifiers_inside_a_burst_are_held_but_type_nothing() -> None:
    tracker = BurstTracker(BurstRules(min_length=3))
    at = 0.0
    for char in "123":  # an AZERTY scanner holds Shift for each digit
        assert tracker.press(KeyKind.SILENT, "", at).step in (Step.PASS, Step.HOLD)
        assert tracker.press(KeyKind.TEXT, char, at + 0.001).step is Step.HOLD
        at += FAST
    answer = tracker.press(KeyKind.ENTER, "", at)
    assert answer.ended is not None
    assert answer.ended.text == "123"


def test_a_lone_modifier_or_enter_never_starts_a_burst() -> None:
    tracker = BurstTracker(BurstRules())
    assert tracker.press(KeyKind.SILENT, "", 0.0).step is Step.PASS
    assert tracker.press(KeyKind.ENTER, "", FAST).step is Step.PASS
    assert not tracker.holding


def test_a_persons_key_ends_what_was_held_as_typing() -> None:
    tracker = BurstTracker(BurstRules())
    feed(tracker, "abc", FAST)
    answer = tracker.press(KeyKind.OTHER, "", 3 * FAST)  # Backspace, an arrow, Ctrl+V ...
    assert answer.step is Step.PASS
    assert answer.ended is not None
    assert answer.ended.verdict is Verdict.TYPING
    assert answer.ended.text == "abc"


def test_a_clock_going_backwards_is_not_a_fast_gap() -> None:
    tracker = BurstTracker(BurstRules())
    tracker.press(KeyKind.TEXT, "1", 5.0)
    answer = tracker.press(KeyKind.TEXT, "2", 1.0)  # a 32-bit key time that wrapped
    assert answer.ended is not None
    assert answer.ended.verdict is Verdict.TYPING


def test_a_runaway_burst_stays_bounded_but_visibly_too_long() -> None:
    tracker = BurstTracker(BurstRules())
    feed(tracker, "7" * (MAX_SCAN_CHARS + 500), 0.0)
    answer = tracker.press(KeyKind.ENTER, "", 0.0)
    assert answer.ended is not None
    assert len(answer.ended.text) == MAX_SCAN_CHARS + 1
    assert len(answer.ended.keys) == MAX_SCAN_CHARS + 1


def test_drop_hands_back_what_was_held() -> None:
    tracker = BurstTracker(BurstRules())
    assert tracker.drop() is None
    feed(tracker, "ab", FAST)
    end = tracker.drop()
    assert end is not None
    assert end.text == "ab"
    assert not tracker.holding


def test_the_first_key_of_a_run_knows_its_gap_to_the_key_before() -> None:
    # scan-test shows a person's typing as one run of keys with the gaps between them.
    tracker = BurstTracker(BurstRules())
    tracker.press(KeyKind.TEXT, "a", 1.0)
    answer = tracker.press(KeyKind.TEXT, "b", 1.0 + SLOW)
    assert answer.ended is not None
    assert answer.ended.keys[0].gap_ms is None  # nothing before the very first key
    end = tracker.drop()
    assert end is not None
    assert end.keys[0].gap_ms == pytest.approx(SLOW * 1000)
