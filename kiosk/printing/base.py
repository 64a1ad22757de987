"""The Printer protocol and the values that cross it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.core.badge_layout import BadgeContent, BadgeSize


class PrinterState(enum.Enum):
    ONLINE = "online"
    PAPER_NEAR_END = "paper-near-end"
    PAPER_OUT = "paper-out"
    COVER_OPEN = "cover-open"
    OFFLINE = "offline"
    UNKNOWN = "unknown"  # the printer cannot answer status queries


class PrinterError(Exception):
    """A printer refused, stalled or failed; the message is safe to show staff (in English).

    ``state`` is what the printer reported, where it said (paper out, cover open, offline): the
    kiosk screen turns it into a sentence in the visitor's language (ui/messages.py).
    """

    def __init__(self, message: str, state: PrinterState = PrinterState.UNKNOWN) -> None:
        super().__init__(message)
        self.state = state


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
    job: str = ""  # the print system's job id (CUPS "Badges-12"), where there is one


class Printer(Protocol):
    """Anything that can put a badge on paper (or in a file)."""

    @property
    def uri(self) -> str: ...

    def print_badge(self, badge: RenderedBadge) -> PrintResult: ...

    def status(self) -> PrinterStatus: ...


class BadgeEncoder(Protocol):
    """Turns a badge into the bytes one printer model takes (raw files, benchmarks)."""

    @property
    def suffix(self) -> str:
        """The file extension for these bytes: "escpos", "zpl"."""
        ...

    @property
    def profile_name(self) -> str:
        """The printer profile the bytes are for ("tm-t88vii")."""
        ...

    def encode(self, badge: RenderedBadge) -> bytes: ...
