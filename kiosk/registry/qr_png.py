"""QR PNG files for codes and enrollment codes (the qrcode package, Pillow images)."""

from __future__ import annotations

from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_Q


def write_qr_png(text: str, path: Path) -> None:
    """Write ``text`` as a QR code (error correction Q: survives a creased printout)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, box_size=8, border=4)
    code.add_data(text)
    code.make(fit=True)
    code.make_image().save(str(path))
