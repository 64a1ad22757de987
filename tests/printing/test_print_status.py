"""What staff see when a network printer is out of paper, open, refusing, stalled or cut off:
each fault gives its own status and a print error that names it, and nothing is taken for
printed that the printer did not confirm."""

from __future__ import annotations

import pytest
from badge_samples import Content
from fake_tcp_printer import Mode, running
from raster_decode import decode_escpos, decode_zpl

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.printing.base import PrinterError, PrinterState, PrinterStatus, RenderedBadge
from kiosk.printing.escpos import EscposDialect
from kiosk.printing.profiles import PROFILES
from kiosk.printing.uri import open_printer

SIZES = {"escpos": BADGE_SIZES["thermal-80"], "zpl": BADGE_SIZES["label-4x6"]}


def _uri(language: str, port: int) -> str:
    profile = "tm-t88vii" if language == "escpos" else "zd621"
    return f"{language}+tcp://127.0.0.1:{port}?profile={profile}&timeout=0.5"


@pytest.mark.parametrize(
    ("language", "mode", "state", "words"),
    [
        ("escpos", Mode.OK, PrinterState.ONLINE, "online, paper ok"),
        ("escpos", Mode.NEAR_END, PrinterState.PAPER_NEAR_END, "paper near end"),
        ("escpos", Mode.PAPER_OUT, PrinterState.PAPER_OUT, "paper out"),
        ("escpos", Mode.COVER_OPEN, PrinterState.COVER_OPEN, "cover open"),
        ("escpos", Mode.REFUSE, PrinterState.OFFLINE, "refused the connection"),
        ("escpos", Mode.STALL, PrinterState.OFFLINE, "is not answering"),
        ("zpl", Mode.OK, PrinterState.ONLINE, "online, labels loaded"),
        # ~HS has no near-end flag: a Zebra with little paper left still reads as online.
        ("zpl", Mode.NEAR_END, PrinterState.ONLINE, "online"),
        ("zpl", Mode.PAPER_OUT, PrinterState.PAPER_OUT, "paper out"),
        ("zpl", Mode.COVER_OPEN, PrinterState.COVER_OPEN, "print head open"),
        ("zpl", Mode.REFUSE, PrinterState.OFFLINE, "refused the connection"),
        ("zpl", Mode.STALL, PrinterState.OFFLINE, "is not answering"),
    ],
)
def test_status_names_the_fault(language: str, mode: Mode, state: PrinterState, words: str) -> None:
    with running(mode, language) as printer:
        status = open_printer(_uri(language, printer.port)).status()

    assert status.state is state
    assert words in status.detail
    if mode in (Mode.REFUSE, Mode.STALL):
        assert f"printer at 127.0.0.1:{printer.port}" in status.detail


@pytest.mark.parametrize("language", ["escpos", "zpl"])
@pytest.mark.parametrize(
    ("mode", "message"),
    [
        (Mode.PAPER_OUT, r"cannot print: paper out"),
        (Mode.COVER_OPEN, r"cannot print: (cover|print head) open"),
        (Mode.REFUSE, r"refused the connection: check that it is switched on"),
        (Mode.STALL, r"is not answering"),
    ],
)
def test_a_printer_that_cannot_print_gets_no_badge(
    content: Content, language: str, mode: Mode, message: str
) -> None:
    with running(mode, language) as printer:
        target = open_printer(_uri(language, printer.port))
        with pytest.raises(PrinterError, match=f"printer at 127.0.0.1:{printer.port} {message}"):
            target.print_badge(RenderedBadge(content(), SIZES[language]))
        if mode is Mode.STALL:
            return  # a stalled printer read nothing, so there is nothing to look at
        sent = printer.finished(len(printer.received)) if printer.received else []

    assert all(_is_status_query(data) for data in sent)


@pytest.mark.parametrize("language", ["escpos", "zpl"])
def test_a_connection_dropped_mid_job_says_the_badge_may_be_incomplete(
    content: Content, language: str
) -> None:
    with running(Mode.DROP, language, fail_after=5000) as printer:
        target = open_printer(_uri(language, printer.port))
        with pytest.raises(PrinterError, match="dropped the connection") as raised:
            target.print_badge(RenderedBadge(content(), SIZES[language]))

    assert "The badge may be incomplete: check the printer before printing again." in str(
        raised.value
    )


def test_paper_running_out_mid_badge_is_reported(content: Content) -> None:
    with running(Mode.RUN_OUT, fail_after=20_000) as printer:
        target = open_printer(_uri("escpos", printer.port))
        with pytest.raises(PrinterError, match="stopped: paper out") as raised:
            target.print_badge(RenderedBadge(content(), SIZES["escpos"]))

    assert "may be incomplete" in str(raised.value)
    assert raised.value.state is PrinterState.PAPER_OUT  # the kiosk screen says it in words


def test_near_end_still_prints(content: Content) -> None:
    with running(Mode.NEAR_END) as printer:
        target = open_printer(_uri("escpos", printer.port))
        target.print_badge(RenderedBadge(content(), SIZES["escpos"]))
        job = decode_escpos(printer.finished()[-1])

    assert job.cuts == 1
    assert job.image.shape[1] == 512


def test_stray_real_time_answers_are_not_taken_for_the_paper_sensor() -> None:
    # Image bytes can contain DLE EOT n; the printer answers those too (0x12-style bytes with
    # bit 4 set) before it reaches GS r 1. Only the GS r answer tells the paper state.
    link = _ScriptedLink(b"\x12\x16\x12\x03")

    status = EscposDialect(PROFILES["tm-t88vii"]).confirm(link, 0.1)

    assert status == PrinterStatus(
        PrinterState.PAPER_NEAR_END, "paper near end: have a new roll ready."
    )
    assert link.written == [b"\x1dr\x01"]


def _is_status_query(data: bytes) -> bool:
    if data.startswith(b"~HS"):
        return data.replace(b"~HS", b"") == b""
    job = decode_escpos(data)
    return job.image.size == 0 and job.cuts == 0


class _ScriptedLink:
    def __init__(self, reply: bytes) -> None:
        self.reply = reply
        self.written: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.written.append(data)

    def read(self, complete: object, timeout_s: float) -> bytes:
        return self.reply

    def close(self) -> None:
        pass


def test_zpl_labels_decode_after_status_queries(content: Content) -> None:
    with running(language="zpl") as printer:
        open_printer(_uri("zpl", printer.port)).print_badge(RenderedBadge(content(), SIZES["zpl"]))
        sent = printer.finished()[-1]

    assert sent.startswith(b"~HS^XA")
    assert sent.endswith(b"^XZ\r\n~HS")
    assert decode_zpl(sent).copies == 1
