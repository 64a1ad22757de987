"""ESC/POS printers: the bytes sent decode back to the rendered badge, dot for dot, and its QR
reads; TCP, serial (a pseudo-terminal), USB and raw files all carry the same job."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from badge_samples import QR_TEXT, Content
from fake_tcp_printer import running, serial_printer
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from raster_decode import (
    AWKWARD,
    awkward_input,
    decode_escpos,
    read_qr,
    rendered_dots,
    save_png,
)

from kiosk.core.badge_layout import BADGE_SIZES, BadgeSize, Media
from kiosk.printing.base import PrinterError, PrinterState, RenderedBadge
from kiosk.printing.file import FilePrinter
from kiosk.printing.raster import Halftone, to_bitmap
from kiosk.printing.transport import StreamPrinter
from kiosk.printing.uri import open_printer

THERMAL_80 = BADGE_SIZES["thermal-80"]
DECODED_PNG = Path("/tmp/escpos-decoded.png")


def _tcp(port: int, profile: str, extra: str = "") -> str:
    return f"escpos+tcp://127.0.0.1:{port}?profile={profile}&timeout=2{extra}"


def _head_roll(dots: int, dpi: int) -> BadgeSize:
    """The 80 mm roll laid out across exactly the head's dots."""
    return BadgeSize("thermal-80", dots / dpi * 25.4, THERMAL_80.height_mm, Media.ROLL)


@pytest.mark.parametrize(
    ("profile", "dots", "dpi"), [("tm-t88vii", 512, 180), ("tm-t20iii", 576, 203)]
)
def test_badge_prints_dot_for_dot_at_the_printers_own_width(
    content: Content, profile: str, dots: int, dpi: int
) -> None:
    badge = content(photo_path="")
    with running() as printer:
        result = open_printer(_tcp(printer.port, profile)).print_badge(
            RenderedBadge(badge, THERMAL_80)
        )
        job = decode_escpos(printer.finished()[-1])

    expected = rendered_dots(badge, _head_roll(dots, dpi), dpi)
    assert job.image.shape == expected.shape == (round(110 / 25.4 * dpi), dots)
    assert np.array_equal(job.image, expected)
    assert read_qr(job.image) == [QR_TEXT]
    assert job.cuts == 1
    assert result.printer.startswith("escpos+tcp://127.0.0.1")
    if profile == "tm-t88vii":
        save_png(job.image, DECODED_PNG)  # to look at by hand


@pytest.mark.parametrize("case", AWKWARD)
def test_awkward_badges_still_print_sanely(content: Content, tmp_path: Path, case: str) -> None:
    badge = content(**awkward_input(case, tmp_path))
    with running() as printer:
        open_printer(_tcp(printer.port, "tm-t88vii")).print_badge(RenderedBadge(badge, THERMAL_80))
        job = decode_escpos(printer.finished()[-1])

    assert np.array_equal(job.image, rendered_dots(badge, _head_roll(512, 180), 180))
    assert read_qr(job.image) == [QR_TEXT]


def test_a_badge_wider_than_the_head_is_refused_before_anything_is_sent(content: Content) -> None:
    with running() as printer:
        escpos = open_printer(_tcp(printer.port, "tm-t88vii"))
        with pytest.raises(PrinterError, match=r"'a6' are 105 mm wide.*prints only 72\.2 mm"):
            escpos.print_badge(RenderedBadge(content(), BADGE_SIZES["a6"]))

        assert printer.received == []


def test_a_printer_without_status_prints_blind_and_says_status_is_unknown(
    content: Content,
) -> None:
    with running() as printer:
        escpos = open_printer(_tcp(printer.port, "escpos-80"))
        status = escpos.status()
        escpos.print_badge(RenderedBadge(content(), THERMAL_80))
        job = decode_escpos(printer.finished()[-1])

    assert status.state is PrinterState.UNKNOWN
    assert status.detail == "printer cannot report status"
    assert job.queries == []
    assert read_qr(job.image) == [QR_TEXT]


def test_status_off_in_the_uri_stops_the_queries(content: Content) -> None:
    with running() as printer:
        escpos = open_printer(_tcp(printer.port, "tm-t88vii", "&status=off"))
        escpos.print_badge(RenderedBadge(content(), THERMAL_80))

        assert escpos.status().state is PrinterState.UNKNOWN
        assert decode_escpos(printer.finished()[-1]).queries == []


def test_serial_printer_gets_the_same_job(content: Content) -> None:
    badge = content()
    with serial_printer() as (port, brain):
        escpos = open_printer(f"escpos+serial://{port}?baud=115200&profile=tm-t20iii&timeout=2")
        assert escpos.status().state is PrinterState.ONLINE
        escpos.print_badge(RenderedBadge(badge, THERMAL_80))
        job = decode_escpos(bytes(brain.received))

    assert np.array_equal(job.image, rendered_dots(badge, _head_roll(576, 203), 203))
    assert job.cuts == 1


def test_serial_port_that_does_not_exist(tmp_path: Path) -> None:
    escpos = open_printer(f"escpos+serial://{tmp_path}/ttyUSB9?profile=tm-t20iii")

    status = escpos.status()

    assert status.state is PrinterState.OFFLINE
    assert "no such device: is the printer plugged in?" in status.detail


def test_usb_printer_that_is_not_plugged_in(content: Content) -> None:
    escpos = open_printer("escpos+usb://04b8:0e28?profile=tm-t88vii")

    with pytest.raises(PrinterError, match="No USB printer 04b8:0e28 found"):
        escpos.print_badge(RenderedBadge(content(), THERMAL_80))
    assert escpos.status().state is PrinterState.OFFLINE


def test_raw_file_holds_the_printers_bytes(content: Content, tmp_path: Path) -> None:
    badge = content()
    printer = open_printer(f"file://{tmp_path}?format=raw,png&profile=tm-t88vii")

    result = printer.print_badge(RenderedBadge(badge, THERMAL_80))

    assert isinstance(printer, FilePrinter)
    assert printer.uri.endswith("?format=raw,png&profile=tm-t88vii")
    raw = tmp_path / "104233-v2.escpos"
    assert sorted(Path(p).name for p in result.outputs) == ["104233-v2.escpos", "104233-v2.png"]
    job = decode_escpos(raw.read_bytes())
    assert np.array_equal(job.image, rendered_dots(badge, _head_roll(512, 180), 180))


def test_dithered_photos_keep_their_shading_and_the_qr_stays_exact(
    content: Content, tmp_path: Path
) -> None:
    photo = tmp_path / "gradient.png"
    _gradient(200, 260).save(str(photo))
    badge = content(photo_path=str(photo))
    with running() as printer:
        uri = _tcp(printer.port, "tm-t88vii", "&halftone=dither")
        open_printer(uri).print_badge(RenderedBadge(badge, THERMAL_80))
        dithered = decode_escpos(printer.finished()[-1]).image

    assert read_qr(dithered) == [QR_TEXT]
    plain = rendered_dots(badge, _head_roll(512, 180), 180)
    changed = dithered != plain
    assert changed.any()  # the photo's grays became dots ...
    assert not changed[_qr_area(plain)].any()  # ... not one QR module moved ...
    text = slice(0, plain.shape[0] * 2 // 5)  # title, dates, name, organisation
    assert not changed[text].any()  # ... and the text stayed as crisp as with a threshold


def test_ordered_dither_follows_the_gray_level() -> None:
    image = _gradient(256, 64)

    dots = np.unpackbits(
        np.frombuffer(to_bitmap(image, Halftone.DITHER).data, dtype=np.uint8).reshape(64, 32),
        axis=1,
    )
    plain = np.unpackbits(
        np.frombuffer(to_bitmap(image).data, dtype=np.uint8).reshape(64, 32), axis=1
    )

    darkness = dots.reshape(64, 32, 8).mean(axis=(0, 2))  # per 8-dot column block
    assert np.all(np.diff(darkness) <= 1 / 64 + 1e-9)  # lighter to the right, step by step
    assert darkness[0] > 0.9
    assert darkness[-1] < 0.1
    assert len(set(np.round(darkness, 3))) > 20  # many shades, where a threshold gives two
    edge = plain.reshape(64, 32, 8).mean(axis=(0, 2))
    assert np.all((edge < 0.02) | (edge > 0.98))  # a threshold: black, then white


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("escpos+tcp://10.0.0.5", r"Say which ESC/POS printer this is, e\.g\. \?profile=tm-t88vii"),
        ("escpos+tcp://10.0.0.5?profile=tm-x9", "Unknown printer profile 'tm-x9'"),
        ("escpos+tcp://10.0.0.5?profile=zd621", "does not speak ESCPOS"),
        ("escpos+tcp://10.0.0.5?profile=ql-820nwb", "through its CUPS queue"),
        ("escpos+tcp://10.0.0.5:99999?profile=tm-t88vii", "not a number from 1 to 65535"),
        ("escpos+tcp://?profile=tm-t88vii", "names no host"),
        ("escpos+tcp://h?profile=tm-t88vii&timeout=soon", "timeout must be seconds"),
        ("escpos+tcp://h?profile=tm-t88vii&halftone=sepia", "halftone must be one of"),
        ("escpos+tcp://h?profile=tm-t88vii&status=maybe", "status must be 'on' or 'off'"),
        ("escpos+tcp://h?profile=tm-t88vii&compression=z64", "Unknown printer setting"),
        ("escpos+usb://epson?profile=tm-t88vii", "vendor:product in hexadecimal"),
        ("escpos+serial://?profile=tm-t88vii", "names no port"),
        ("escpos+serial:///dev/ttyS0?profile=tm-t88vii&baud=fast", "baud must be a whole number"),
        ("file:///tmp/x?format=raw", r"add \?profile=tm-t88vii"),
        (
            "file:///tmp/x?format=raw&profile=tm-t88vii&timeout=3",
            "Unknown printer setting 'timeout'",
        ),
        ("file:///tmp/x?format=png&profile=tm-t88vii", "Unknown printer setting 'profile'"),
    ],
)
def test_bad_escpos_uris_get_a_clear_message(uri: str, message: str) -> None:
    with pytest.raises(PrinterError, match=message):
        open_printer(uri)


def test_profiles_are_named_in_any_case() -> None:
    printer = open_printer("escpos+tcp://10.0.0.5?profile=TM-T88VII")

    assert isinstance(printer, StreamPrinter)
    assert (printer.profile.name, printer.profile.dots, printer.profile.dpi) == (
        "tm-t88vii",
        512,
        180,
    )


def _gradient(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, width, 0)
    gradient.setColorAt(0, QColor(Qt.GlobalColor.black))
    gradient.setColorAt(1, QColor(Qt.GlobalColor.white))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    return image


def _qr_area(dots: np.ndarray) -> tuple[slice, slice]:
    """The QR code's bounding box in a thresholded badge: the largest square of dark modules,
    found from the finder patterns' rows and columns."""
    from zxingcpp import read_barcodes

    gray = np.ascontiguousarray(np.where(dots, 0, 255).astype(np.uint8))
    position = read_barcodes(gray)[0].position
    xs = [
        p.x
        for p in (
            position.top_left,
            position.top_right,
            position.bottom_left,
            position.bottom_right,
        )
    ]
    ys = [
        p.y
        for p in (
            position.top_left,
            position.top_right,
            position.bottom_left,
            position.bottom_right,
        )
    ]
    return slice(min(ys), max(ys) + 1), slice(min(xs), max(xs) + 1)


def _hand_encoded(bitmap: object) -> bytes:
    """The GS v 0 encoder the kiosk used before python-escpos wrote the raster (the reference)."""
    import struct

    per_row = bitmap.bytes_per_row  # type: ignore[attr-defined]
    height = bitmap.height  # type: ignore[attr-defined]
    data = bitmap.data  # type: ignore[attr-defined]
    parts = [b"\x1b@", b"\x1ba\x00"]
    for top in range(0, height, 960):
        rows = min(960, height - top)
        parts.append(b"\x1dv0\x00" + struct.pack("<HH", per_row, rows))
        parts.append(data[top * per_row : (top + rows) * per_row])
    return b"".join([*parts, b"\x1dVA\x00"])


@pytest.mark.parametrize("halftone", list(Halftone))
@pytest.mark.parametrize("height_mm", [110.0, 300.0])  # 300 mm: three GS v 0 bands at 180 dpi
def test_python_escpos_writes_the_same_raster_bytes_as_a_hand_encoder(
    content: Content, halftone: Halftone, height_mm: float
) -> None:
    from kiosk.printing.escpos import encode_raster
    from kiosk.printing.profiles import PROFILES
    from kiosk.printing.raster import badge_bitmap

    tm_t88vii = PROFILES["tm-t88vii"]
    size = BadgeSize("thermal-80", 72.0, height_mm, Media.ROLL)
    bitmap = badge_bitmap(content(badge_name="محمد بن عبد الله"), size, tm_t88vii, halftone)
    assert bitmap.width == 512
    assert encode_raster(bitmap) == _hand_encoded(bitmap)
    assert encode_raster(bitmap, cut=False) == _hand_encoded(bitmap)[:-4]


def test_a_width_not_a_multiple_of_eight_pads_the_row_with_white() -> None:
    from kiosk.printing.escpos import encode_raster
    from kiosk.printing.raster import Bitmap

    bitmap = Bitmap(width=10, height=2, data=bytes([0xFF, 0xC0, 0x80, 0x40]))
    assert encode_raster(bitmap) == _hand_encoded(bitmap)
