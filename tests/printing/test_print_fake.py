"""The fake printer keeps what it prints and fails or reports on demand."""

from __future__ import annotations

import pytest
from badge_samples import Content

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.printing.base import PrinterError, PrinterState, PrinterStatus, RenderedBadge
from kiosk.printing.fake import FakePrinter


def test_records_printed_badges(content: Content) -> None:
    printer = FakePrinter()
    badge = RenderedBadge(content(), BADGE_SIZES["a6"])

    result = printer.print_badge(badge)

    assert printer.printed == [badge]
    assert result.printer == "fake://"
    assert printer.status().state is PrinterState.ONLINE


def test_fails_as_told_and_records_nothing(content: Content) -> None:
    printer = FakePrinter()
    printer.fail_with = PrinterError("Paper out")
    printer.reported = PrinterStatus(PrinterState.PAPER_OUT, "load a new roll")

    with pytest.raises(PrinterError, match="Paper out"):
        printer.print_badge(RenderedBadge(content(), BADGE_SIZES["a6"]))
    assert printer.printed == []
    assert printer.status() == PrinterStatus(PrinterState.PAPER_OUT, "load a new roll")
