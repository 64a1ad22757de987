"""Whether the kiosk can print before anyone scans: every configured printer's state, fallbacks
included, from the fake printer and from a network printer that answers status queries."""

from __future__ import annotations

import pytest
from fake_tcp_printer import Mode, running

from kiosk.printing.base import PrinterError, PrinterState, PrinterStatus
from kiosk.printing.fake import FakePrinter
from kiosk.printing.uri import open_printer
from kiosk.services.printer_check import check_printers
from kiosk.services.printing import PrinterSet


def _fake(state: PrinterState, uri: str) -> FakePrinter:
    return FakePrinter(reported=PrinterStatus(state), uri=uri)


@pytest.mark.parametrize(
    ("primary", "fallback", "can_print"),
    [
        (PrinterState.ONLINE, None, True),
        (PrinterState.PAPER_NEAR_END, None, True),
        (PrinterState.UNKNOWN, None, True),  # no status channel: the kiosk keeps trying
        (PrinterState.PAPER_OUT, None, False),
        (PrinterState.COVER_OPEN, None, False),
        (PrinterState.OFFLINE, None, False),
        (PrinterState.PAPER_OUT, PrinterState.ONLINE, True),
        (PrinterState.PAPER_OUT, PrinterState.OFFLINE, False),
    ],
)
def test_printing_is_unavailable_only_when_no_printer_can_print(
    primary: PrinterState, fallback: PrinterState | None, can_print: bool
) -> None:
    printers = [_fake(primary, "fake://1")]
    if fallback is not None:
        printers.append(_fake(fallback, "fake://2"))

    report = check_printers(PrinterSet.of(*printers))

    assert report.can_print is can_print
    assert [uri for uri, _ in report.statuses] == [p.uri for p in printers]


def test_a_printer_that_fails_to_open_counts_as_offline() -> None:
    def opener(uri: str) -> FakePrinter:
        raise PrinterError(f"the printer at {uri} refused the connection")

    report = check_printers(PrinterSet(["escpos+tcp://10.9.9.9:9100"], opener))

    assert not report.can_print
    assert report.worst.state is PrinterState.OFFLINE
    assert "refused" in report.worst.detail


def test_usb_and_serial_printers_are_not_opened_by_the_check() -> None:
    opened: list[str] = []

    def opener(uri: str) -> FakePrinter:
        opened.append(uri)
        return _fake(PrinterState.PAPER_OUT, uri)

    report = check_printers(
        PrinterSet(["escpos+usb://04b8:0202", "escpos+serial:///dev/ttyUSB0"], opener)
    )

    assert opened == []
    assert report.can_print
    assert {status.state for _, status in report.statuses} == {PrinterState.UNKNOWN}


@pytest.mark.parametrize("language", ["escpos", "zpl"])
def test_a_network_printer_out_of_paper_then_refilled(language: str) -> None:
    profile = "tm-t88vii" if language == "escpos" else "zd621"
    with running(Mode.PAPER_OUT, language) as printer:
        uri = f"{language}+tcp://127.0.0.1:{printer.port}?profile={profile}&timeout=0.5"
        printers = PrinterSet([uri], lambda u: open_printer(u))

        out = check_printers(printers)
        printer.mode = Mode.OK  # paper loaded: the next connection finds it
        back = check_printers(printers)

    assert not out.can_print
    assert out.worst.state is PrinterState.PAPER_OUT
    assert back.can_print
    assert back.worst.state is PrinterState.ONLINE


def test_a_stalled_primary_with_a_working_fallback_can_still_print() -> None:
    with running(Mode.STALL) as stalled, running(Mode.OK) as good:
        uris = [
            f"escpos+tcp://127.0.0.1:{p.port}?profile=tm-t88vii&timeout=0.5"
            for p in (stalled, good)
        ]
        report = check_printers(PrinterSet(uris, lambda u: open_printer(u)))

    assert report.can_print
    assert report.statuses[0][1].state is PrinterState.OFFLINE
    assert report.worst.state is PrinterState.ONLINE
