"""A printer that keeps what it is asked to print: for tests and `kiosk demo`."""

from __future__ import annotations

import logging

from kiosk.printing.base import (
    PrinterError,
    PrinterState,
    PrinterStatus,
    PrintResult,
    RenderedBadge,
)

log = logging.getLogger(__name__)


class FakePrinter:
    """Records every badge in ``printed``; can be told to fail or to report any status.

    Set ``fail_with`` to make the next prints raise that error, and ``reported`` to change what
    ``status()`` answers; both may be changed at any time (a demo can "run out of paper").
    """

    def __init__(
        self,
        *,
        fail_with: PrinterError | None = None,
        reported: PrinterStatus | None = None,
        uri: str = "fake://",
    ) -> None:
        self.printed: list[RenderedBadge] = []
        self.fail_with = fail_with
        self.reported = reported or PrinterStatus(PrinterState.ONLINE)
        self.status_asked = 0  # how many times status() was called (who asks printers, tests)
        self._uri = uri

    @property
    def uri(self) -> str:
        return self._uri

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        if self.fail_with is not None:
            raise self.fail_with
        self.printed.append(badge)
        log.info(
            "fake print of badge %s v%s",
            badge.content.registration_id,
            badge.content.badge_version,
        )
        return PrintResult(printer=self.uri)

    def status(self) -> PrinterStatus:
        self.status_asked += 1
        return self.reported
