"""Telling a scanner's burst of keys from a person typing (pure; times are passed in).

A keyboard-wedge scanner types a whole code in a few milliseconds per key and ends it with its
suffix (Enter, Tab, or nothing). A person types one key every 100 ms or more. The tracker holds
keys while they come faster than ``max_gap_s``; the caller keeps them back from the widgets
meanwhile. When the burst ends it is either a scan (long enough, and ended by the suffix) or
typing, which the caller then delivers to the focused widget as if it had never been held.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

MAX_SCAN_CHARS = 4096  # the check-in service refuses anything longer; one more shows it was longer


class Suffix(enum.Enum):
    """What the scanner sends after a code (its "suffix" or "terminator" setting)."""

    ENTER = "enter"
    TAB = "tab"
    NONE = "none"  # the burst ends when the keys stop (or at an Enter or Tab right after it)


@dataclass(frozen=True, slots=True)
class BurstRules:
    max_gap_s: float = 0.035
    min_length: int = 8
    suffix: Suffix = Suffix.ENTER


class KeyKind(enum.Enum):
    TEXT = "text"  # a printable character (or a keypad digit)
    ENTER = "enter"
    TAB = "tab"
    SILENT = "silent"  # Shift and other modifiers alone, dead keys: part of a burst, no text
    OTHER = "other"  # anything a person uses (arrows, Backspace, Ctrl+C ...): never a scan


class Verdict(enum.Enum):
    SCAN = "scan"
    TYPING = "typing"  # too slow, or too short: handed on to the focused widget
    NO_SUFFIX = "no-suffix"  # fast and long, but the suffix never came: handed on as typing


class Step(enum.Enum):
    """What the caller does with the key it just reported."""

    HOLD = "hold"  # keep it back: it may belong to a burst
    PASS = "pass"  # deliver it now (after releasing anything held, if the outcome says so)
    SWALLOW = "swallow"  # it ended a scan: deliver neither it nor what was held


@dataclass(frozen=True, slots=True)
class KeyTiming:
    """One key of a burst as scan-test shows it: what it typed and how long after the previous."""

    text: str
    gap_ms: float | None  # since the key before, in this run or the one before; None at first
    kind: KeyKind


@dataclass(frozen=True, slots=True)
class BurstEnd:
    """A run of held keys came to an end."""

    verdict: Verdict
    text: str
    keys: tuple[KeyTiming, ...]

    @property
    def is_scan(self) -> bool:
        return self.verdict is Verdict.SCAN


@dataclass(frozen=True, slots=True)
class Answer:
    step: Step
    ended: BurstEnd | None = None  # the held keys before this one ended (release them unless SCAN)


class BurstTracker:
    """Feed it every key press with its time; it answers what to do with the key."""

    def __init__(self, rules: BurstRules) -> None:
        self.rules = rules
        self._text: list[str] = []
        self._keys: list[KeyTiming] = []
        self._last_at = 0.0
        self._previous_at: float | None = None  # the last key of any run

    @property
    def holding(self) -> bool:
        return bool(self._keys)

    def press(self, kind: KeyKind, text: str, at: float) -> Answer:
        """A key went down at ``at`` seconds; ``text`` is what it types (may be empty)."""
        if kind in (KeyKind.ENTER, KeyKind.TAB) and not self._is_suffix(kind):
            kind = KeyKind.OTHER  # e.g. Tab with an Enter suffix: a person moving on
        ended = None
        if self._keys and not 0 <= at - self._last_at <= self.rules.max_gap_s:
            ended = self._end(Verdict.TYPING)  # too slow (or a clock that wrapped): it was typed
        if kind is KeyKind.OTHER or not self._may_start(kind):
            return Answer(Step.PASS, ended or (self._end(Verdict.TYPING) if self._keys else None))
        if self._is_suffix(kind):
            return self._suffix(ended)
        self._add(kind, text, at)
        return Answer(Step.HOLD, ended)

    def expire(self) -> BurstEnd | None:
        """No key came within the gap after the last one: the burst (if any) is over."""
        if not self._keys:
            return None
        long_enough = len(self._text) >= self.rules.min_length
        if self.rules.suffix is Suffix.NONE and long_enough:
            return self._end(Verdict.SCAN)
        return self._end(Verdict.NO_SUFFIX if long_enough else Verdict.TYPING)

    def drop(self) -> BurstEnd | None:
        """Forget what is held (the caller releases it as typing)."""
        return self._end(Verdict.TYPING) if self._keys else None

    def _may_start(self, kind: KeyKind) -> bool:
        # A suffix key or a lone modifier only belongs to a burst already under way.
        return bool(self._keys) or kind is KeyKind.TEXT

    def _is_suffix(self, kind: KeyKind) -> bool:
        # With no suffix set, an Enter or Tab right after a burst still ends it (and is not typed).
        suffix = self.rules.suffix
        if kind is KeyKind.ENTER:
            return suffix in (Suffix.ENTER, Suffix.NONE)
        return kind is KeyKind.TAB and suffix in (Suffix.TAB, Suffix.NONE)

    def _suffix(self, ended: BurstEnd | None) -> Answer:
        if ended is None and len(self._text) >= self.rules.min_length:
            return Answer(Step.SWALLOW, self._end(Verdict.SCAN))
        return Answer(Step.PASS, ended or self._end(Verdict.TYPING))

    def _add(self, kind: KeyKind, text: str, at: float) -> None:
        gap = None if self._previous_at is None else (at - self._previous_at) * 1000
        self._last_at = self._previous_at = at
        if len(self._keys) <= MAX_SCAN_CHARS:  # a runaway burst stays bounded
            self._keys.append(KeyTiming(text, gap, kind))
        if kind is KeyKind.TEXT and len(self._text) <= MAX_SCAN_CHARS:
            self._text.append(text)

    def _end(self, verdict: Verdict) -> BurstEnd:
        end = BurstEnd(verdict, "".join(self._text), tuple(self._keys))
        self._text.clear()
        self._keys.clear()
        return end
