"""The file printer: one PNG and one PDF per badge, never overwriting, clear errors for staff."""

from __future__ import annotations

from pathlib import Path

import pytest
from badge_samples import Content
from PySide6.QtGui import QImage

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.printing.base import PrinterError, PrinterState, RenderedBadge
from kiosk.printing.file import FilePrinter
from kiosk.printing.uri import open_printer


@pytest.fixture
def badge(content: Content) -> RenderedBadge:
    return RenderedBadge(content(registration_id=4711, badge_version=3), BADGE_SIZES["thermal-80"])


def test_writes_a_png_and_a_pdf_named_after_the_registration(
    badge: RenderedBadge, tmp_path: Path
) -> None:
    printer = FilePrinter(tmp_path / "prints")

    result = printer.print_badge(badge)

    png, pdf = (Path(p) for p in result.outputs)
    assert (png.name, pdf.name) == ("4711-v3.png", "4711-v3.pdf")
    assert not QImage(str(png)).isNull()
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile" in data
    assert result.printer == printer.uri


def test_printing_again_never_overwrites(badge: RenderedBadge, tmp_path: Path) -> None:
    printer = FilePrinter(tmp_path, formats=("pdf",))
    (tmp_path / "4711-v3.pdf").write_bytes(b"an earlier badge")

    first = printer.print_badge(badge)
    second = printer.print_badge(badge)

    assert [Path(p).name for p in first.outputs + second.outputs] == [
        "4711-v3-2.pdf",
        "4711-v3-3.pdf",
    ]
    assert (tmp_path / "4711-v3.pdf").read_bytes() == b"an earlier badge"


def test_uri_names_the_folder_and_formats(tmp_path: Path) -> None:
    printer = FilePrinter(tmp_path / "my prints", formats=("pdf", "png"))

    assert printer.uri == f"{(tmp_path / 'my prints').as_uri()}?format=pdf,png"
    assert isinstance(reopened := open_printer(printer.uri), FilePrinter)
    assert (reopened.directory, reopened.formats) == (printer.directory, printer.formats)


def test_a_file_in_the_way_is_a_printer_error(badge: RenderedBadge, tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("not a folder")
    printer = FilePrinter(tmp_path / "blocked" / "prints")

    with pytest.raises(PrinterError, match="is a file, not a folder"):
        printer.print_badge(badge)
    assert printer.status().state is PrinterState.OFFLINE


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (OSError(28, "No space left on device"), "The disk is full"),
        (PermissionError(13, "Permission denied"), "No permission to save badges"),
        (OSError(5, "Input/output error"), "Input/output error"),
    ],
)
def test_write_failures_are_explained_and_leave_no_partial_file(
    badge: RenderedBadge,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    message: str,
) -> None:
    real_open = Path.open

    def fail_on_pdf(self: Path, *args: object, **kwargs: object) -> object:
        if self.suffix == ".pdf":
            raise error
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", fail_on_pdf)

    with pytest.raises(PrinterError, match=message):
        FilePrinter(tmp_path).print_badge(badge)
    assert list(tmp_path.iterdir()) == []


def test_status_is_online_for_a_writable_or_creatable_folder(tmp_path: Path) -> None:
    assert FilePrinter(tmp_path).status().state is PrinterState.ONLINE
    assert FilePrinter(tmp_path / "not" / "yet").status().state is PrinterState.ONLINE


def test_unknown_formats_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PrinterError, match="raw"):
        FilePrinter(tmp_path, formats=("raw",))
