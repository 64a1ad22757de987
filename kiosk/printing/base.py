"""The Printer protocol and the values that cross it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.core.badge_layout import BadgeContent, BadgeSize


class PrinterError(Exception):
    """A printer refused, stalled or failed; the message is safe to show staff."""


class PrinterState(enum.Enum):
    ONLINE = "online"
    PAPER_NEAR_END = "paper-near-end"
    PAPER_OUT = "paper-out"
    COVER_OPEN = "cover-open"
    OFFLINE = "offline"
    UNKNOWN = "unknown"  # the printer cannot answer status queries


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    state: PrinterState
    detail: str = ""


@dataclass(frozen=True, slots=True)
class RenderedBadge:
    """A badge ready for a printer: the content and the stock it is laid out for."""

    content: BadgeContent
    size: BadgeSize


@dataclass(frozen=True, slots=True)
class PrintResult:
    printer: str  # the printer's URI, without secrets
    outputs: tuple[str, ...] = field(default=())  # files written, for file printers


class Printer(Protocol):
    """Anything that can put a badge on paper (or in a file)."""

    @property
    def uri(self) -> str: ...

    def print_badge(self, badge: RenderedBadge) -> PrintResult: ...

    def status(self) -> PrinterStatus: ...
