"""The signed badge QR (B2) on paper: printed through the real file and ESC/POS printers, read back
with zxing-cpp and verified with the printing kiosk's public device key."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from badge_samples import Content
from fake_tcp_printer import running
from PIL import Image
from raster_decode import decode_escpos, read_qr

from kiosk.core.badge_codes import B2_DIGITS, sign_badge, verify_badge
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.credentials import PublicKey, public_from_private
from kiosk.core.device_keys import device_key_id
from kiosk.printing.base import RenderedBadge
from kiosk.printing.file import FilePrinter
from kiosk.printing.uri import open_printer

PRIVATE = bytes(range(100, 132))
PUBLIC = public_from_private(PRIVATE)
KEY_ID = device_key_id(PUBLIC)
KEYS = {KEY_ID: PublicKey(KEY_ID, PUBLIC)}
B2 = sign_badge(22000042, 3, 22, KEY_ID, PRIVATE)


@pytest.mark.parametrize("size", ["a6", "cr80", "thermal-58"])
def test_the_file_printers_png_carries_a_b2_that_reads_back_and_verifies(
    content: Content, tmp_path: Path, size: str
) -> None:
    printer = FilePrinter(tmp_path, formats=("png",))
    badge = content(registration_id=22000042, badge_version=3, qr_text=B2, photo_path="")
    [png] = printer.print_badge(RenderedBadge(badge, BADGE_SIZES[size])).outputs

    with Image.open(png) as image:
        [found] = zxingcpp.read_barcodes(image)
    assert len(found.text) == B2_DIGITS
    verified = verify_badge(found.text, 22, KEYS)
    assert (verified.registration_id, verified.badge_version, verified.device_key_id) == (
        22000042,
        3,
        KEY_ID,
    )


@pytest.mark.parametrize(("profile", "size"), [("escpos-58", "thermal-58"), ("tm-t88vii", "cr80")])
def test_a_thermal_print_of_the_smallest_badges_still_reads_and_verifies(
    content: Content, profile: str, size: str
) -> None:
    """The longest badge QR at the smallest sizes and coarsest heads (180-203 dpi)."""
    badge = content(qr_text=B2, photo_path="")
    with running() as printer:
        uri = f"escpos+tcp://127.0.0.1:{printer.port}?profile={profile}&timeout=2"
        open_printer(uri).print_badge(RenderedBadge(badge, BADGE_SIZES[size]))
        job = decode_escpos(printer.finished()[-1])

    assert np.any(job.image)
    [text] = read_qr(job.image)
    assert verify_badge(text, 22, KEYS).badge_version == 3
