"""Zebra ZPL printers: every ^GF encoding decodes back to the rendered label, dot for dot."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from badge_samples import QR_TEXT, Content
from fake_tcp_printer import running
from raster_decode import AWKWARD, awkward_input, decode_zpl, read_qr, rendered_dots, save_png

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.printing.base import PrinterError, RenderedBadge
from kiosk.printing.raster import Bitmap
from kiosk.printing.uri import open_printer
from kiosk.printing.zpl import ascii_compressed, repeat_count, z64, zb64_crc

LABEL_4X6 = BADGE_SIZES["label-4x6"]


def _zpl(port: int, extra: str = "") -> str:
    return f"zpl+tcp://127.0.0.1:{port}?profile=zd621&timeout=2{extra}"


def _print(badge: RenderedBadge, extra: str = "") -> bytes:
    with running(language="zpl") as printer:
        open_printer(_zpl(printer.port, extra)).print_badge(badge)
        return printer.finished()[-1]


@pytest.mark.parametrize("compression", ["z64", "acs", "hex"])
def test_label_prints_dot_for_dot_in_every_encoding(
    content: Content, tmp_path: Path, compression: str
) -> None:
    badge = content()

    label = decode_zpl(_print(RenderedBadge(badge, LABEL_4X6), f"&compression={compression}"))

    expected = rendered_dots(badge, LABEL_4X6, 203)
    assert (label.width, label.length) == (812, 1218)  # 4 x 6 in at 203 dpi
    assert label.encoding == {"hex": "acs"}.get(compression, compression)
    assert np.array_equal(label.image, expected)
    assert read_qr(label.image) == [QR_TEXT]
    save_png(label.image, tmp_path / f"zpl-{compression}.png")


def test_compressed_labels_are_a_fraction_of_plain_hexadecimal(content: Content) -> None:
    badge = RenderedBadge(content(), LABEL_4X6)

    sizes = {c: len(_print(badge, f"&compression={c}")) for c in ("z64", "acs", "hex")}

    raw = (812 + 7) // 8 * 1218
    assert sizes["hex"] > 2 * raw  # two characters a byte, plus the status queries
    assert sizes["acs"] < sizes["hex"] / 3
    assert sizes["z64"] < sizes["hex"] / 10


@pytest.mark.parametrize("case", AWKWARD)
def test_awkward_labels_still_print_sanely(content: Content, tmp_path: Path, case: str) -> None:
    badge = content(**awkward_input(case, tmp_path))

    label = decode_zpl(_print(RenderedBadge(badge, LABEL_4X6)))

    assert np.array_equal(label.image, rendered_dots(badge, LABEL_4X6, 203))
    assert read_qr(label.image) == [QR_TEXT]


def test_300_dpi_printer_gets_a_300_dpi_label(content: Content) -> None:
    badge = content()
    with running(language="zpl") as printer:
        uri = f"zpl+tcp://127.0.0.1:{printer.port}?profile=zd621-300&timeout=2"
        open_printer(uri).print_badge(RenderedBadge(badge, LABEL_4X6))
        label = decode_zpl(printer.finished()[-1])

    assert (label.width, label.length) == (1200, 1800)
    assert np.array_equal(label.image, rendered_dots(badge, LABEL_4X6, 300))


def test_a6_is_wider_than_a_4_inch_head(content: Content) -> None:
    printer = open_printer("zpl+tcp://10.0.0.9")  # the default profile: a 4-inch 203 dpi head

    with pytest.raises(PrinterError, match=r"'a6' are 105 mm wide.*prints only 104\.1 mm"):
        printer.print_badge(RenderedBadge(content(), BADGE_SIZES["a6"]))


def test_raw_file_holds_the_zpl(content: Content, tmp_path: Path) -> None:
    badge = content()
    printer = open_printer(f"file://{tmp_path}?format=raw&profile=zd621&compression=acs")

    printer.print_badge(RenderedBadge(badge, LABEL_4X6))

    label = decode_zpl((tmp_path / "104233-v2.zpl").read_bytes())
    assert label.encoding == "acs"
    assert np.array_equal(label.image, rendered_dots(badge, LABEL_4X6, 203))


@pytest.mark.parametrize(
    ("count", "letters"),
    [(1, "G"), (7, "M"), (19, "Y"), (20, "g"), (40, "h"), (327, "vM"), (400, "z"), (419, "zY")],
)
def test_repeat_counts_follow_the_zpl_guide(count: int, letters: str) -> None:
    # The guide's own examples: "M6" is seven 6s, "hB" forty Bs, "vMB" 327 Bs.
    assert repeat_count(count) == letters


def test_ascii_compression_marks_blank_full_and_repeated_rows() -> None:
    rows = [
        b"\x00" * 4,
        b"\xff" * 4,
        b"\xff" * 4,
        b"\x12\x00\x00\x00",
        b"\xab" * 4,
        b"\xaa\xaa\xaa\xa0",
    ]
    bitmap = Bitmap(width=32, height=6, data=b"".join(rows))

    # blank row, full row, the same again, "12" then zeros, no runs, seven As then "A0"
    assert ascii_compressed(bitmap) == ",!:12,ABABABABMA0"


def test_z64_crc_is_crc16_xmodem() -> None:
    # The standard check value of CRC-16/XMODEM; a Z64 field from a real ZPL job (CRC D069)
    # was checked the same way when this encoder was written.
    assert zb64_crc("123456789") == "31C3"
    field = z64(bytes(100))
    body, crc = field.removeprefix(":Z64:").rsplit(":", 1)
    assert crc == zb64_crc(body)


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("zpl+tcp://10.0.0.9?profile=tm-t88vii", "does not speak ZPL"),
        ("zpl+tcp://10.0.0.9?compression=lzma", "compression must be one of z64, acs, hex"),
        ("zpl+tcp://10.0.0.9?baud=9600", "Unknown printer setting 'baud'"),
    ],
)
def test_bad_zpl_uris_get_a_clear_message(uri: str, message: str) -> None:
    with pytest.raises(PrinterError, match=message):
        open_printer(uri)
