"""Printer URIs from the settings: every kind opens, bad ones get a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.printing.base import PrinterError, PrinterState
from kiosk.printing.fake import FakePrinter
from kiosk.printing.file import FilePrinter
from kiosk.printing.uri import open_printer


def test_absolute_file_uri(tmp_path: Path) -> None:
    printer = open_printer(f"file://{tmp_path}/badges?format=pdf&dpi=600")

    assert isinstance(printer, FilePrinter)
    assert (printer.directory, printer.formats, printer.dpi) == (tmp_path / "badges", ("pdf",), 600)


def test_relative_file_uri_is_inside_the_home(tmp_path: Path) -> None:
    printer = open_printer("file:prints", base_dir=tmp_path)

    assert isinstance(printer, FilePrinter)
    assert printer.directory == tmp_path / "prints"
    assert printer.formats == ("png", "pdf")


def test_percent_encoded_paths_are_decoded(tmp_path: Path) -> None:
    printer = open_printer(f"{(tmp_path / 'my badges').as_uri()}?format=png")

    assert isinstance(printer, FilePrinter)
    assert printer.directory == tmp_path / "my badges"


def test_fake_uri() -> None:
    printer = open_printer("fake://")

    assert isinstance(printer, FakePrinter)
    assert printer.status().state is PrinterState.ONLINE


def test_fake_uri_can_simulate_paper_out() -> None:
    printer = open_printer("fake://?state=paper-out")

    assert printer.status().state is PrinterState.PAPER_OUT
    assert isinstance(printer, FakePrinter)
    assert printer.fail_with is not None
    assert printer.fail_with.state is PrinterState.PAPER_OUT  # the screen says it in words


@pytest.mark.parametrize(
    "uri",
    ["escpos+tcp://10.0.0.5:9100?profile=TM-T20II", "zpl+tcp://printer:9100", "cups://BadgePDF"],
)
def test_printer_types_open_without_touching_the_network(uri: str) -> None:
    printer = open_printer(uri)

    assert printer.uri == uri  # the URI survives for the journal and `kiosk printers`


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("prints", "does not say which kind of printer"),
        ("gopher://printer", "Unknown printer type 'gopher'"),
        ("http://[::1", "not valid"),
        ("file://prints", "names a host"),
        ("file:", "names no folder"),
        ("file:prints", "relative"),
        ("file:///tmp/x?format=tiff", "cannot write 'tiff'"),
        ("file:///tmp/x?dpi=lots", "dpi"),
        ("file:///tmp/x?colour=red", "Unknown printer setting 'colour'"),
        ("fake://?state=on-fire", "Unknown fake printer state"),
    ],
)
def test_bad_uris_get_a_clear_message(uri: str, message: str) -> None:
    with pytest.raises(PrinterError, match=message):
        open_printer(uri)
