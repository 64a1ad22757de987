"""Whether this kiosk can print a badge now: every configured printer asked for its state.

The kiosk asks before a visitor scans, so the attract screen can say "badges are printed at the
accreditation desk today" instead of checking someone in and only then sending them away.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.printing.base import PrinterError, PrinterState, PrinterStatus
from kiosk.services.printing import PrinterSet

log = logging.getLogger(__name__)

# States in which a printer cannot print a badge; "unknown" (no status channel) may still print.
CANNOT_PRINT = frozenset({PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE})
# A USB or serial printer has one owner (the check-in thread): the monitor does not open it.
ONE_OWNER = ("escpos+usb:", "escpos+serial:")


class WhenUnavailable(enum.Enum):
    """What the kiosk does while no configured printer can print ([printer] when_unavailable)."""

    CHECK_IN = "check-in"  # check people in; their badges wait in the journal for the desk
    STOP = "stop"  # take no scans until a printer is back


@dataclass(frozen=True, slots=True)
class PrinterReport:
    """Each configured printer (primary first) and what it answered."""

    statuses: tuple[tuple[str, PrinterStatus], ...]

    @property
    def can_print(self) -> bool:
        """At least one printer (primary or fallback) is not known to be unable to print."""
        return any(status.state not in CANNOT_PRINT for _, status in self.statuses)

    @property
    def worst(self) -> PrinterStatus:
        """The primary printer's status when none can print (for staff); else the first usable."""
        usable = [status for _, status in self.statuses if status.state not in CANNOT_PRINT]
        return (usable or [status for _, status in self.statuses])[0]


def check_printers(
    printers: PrinterSet, asked: Callable[[str], bool] | None = None
) -> PrinterReport:
    """Ask every printer for its state (each query has its own deadline; may take seconds).

    Printers ``asked`` refuses (by default USB and serial ones, which only the check-in thread
    may open) are reported as unknown: the kiosk keeps trying them.
    """
    may_ask = asked or (lambda uri: not uri.lower().startswith(ONE_OWNER))
    answers = []
    for uri in printers.uris:
        if not may_ask(uri):
            answers.append((uri, PrinterStatus(PrinterState.UNKNOWN, "not asked: one owner")))
            continue
        try:
            status = printers.get(uri).status()
        except PrinterError as exc:
            status = PrinterStatus(PrinterState.OFFLINE, str(exc))
        except Exception as exc:  # a driver bug must not stop the monitor; it is logged once
            log.exception("printer status query failed")
            status = PrinterStatus(PrinterState.UNKNOWN, type(exc).__name__)
        answers.append((uri, status))
    return PrinterReport(tuple(answers))
