"""Zebra ZPL II: the badge as one compressed graphic field (^GF), and ~HS host status.

Three encodings of the same dots (ZPL II Programming Guide, "^GF" and "ZB64 Encoding"):
``z64`` zlib + Base64 with a CRC (the smallest), ``acs`` Zebra's ASCII run-length compression of
hexadecimal, and ``hex`` plain hexadecimal (twice the raw size; for old printers and debugging).
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
import zlib

from kiosk.printing.base import PrinterState, PrinterStatus, RenderedBadge
from kiosk.printing.profiles import PrinterProfile
from kiosk.printing.raster import Bitmap, Halftone, badge_bitmap
from kiosk.printing.transport import Link

HOST_STATUS = b"~HS"
_STX, _ETX = b"\x02", b"\x03"
_RUN = re.compile(r"([0-9A-F])\1+")

PAPER_OUT = "paper out: load new labels."
HEAD_OPEN = "print head open: close the printer."
PAUSED = "paused: press the pause button on the printer to resume."


class Compression(enum.Enum):
    Z64 = "z64"
    ACS = "acs"
    HEX = "hex"


def encode_label(bitmap: Bitmap, compression: Compression = Compression.Z64) -> bytes:
    """A one-label ZPL format printing ``bitmap`` at the label's top-left corner."""
    return (
        f"^XA^PW{bitmap.width}^LL{bitmap.height}^LH0,0^FO0,0"
        f"{graphic_field(bitmap, compression)}^FS^PQ1^XZ\r\n"
    ).encode("ascii")


def graphic_field(bitmap: Bitmap, compression: Compression) -> str:
    """``^GFA,total,total,bytes per row,data`` for the bitmap."""
    total = len(bitmap.data)
    if compression is Compression.Z64:
        data = z64(bitmap.data)
    elif compression is Compression.ACS:
        data = ascii_compressed(bitmap)
    else:
        data = bitmap.data.hex().upper()
    return f"^GFA,{total},{total},{bitmap.bytes_per_row},{data}"


def z64(raw: bytes) -> str:
    """``:Z64:`` + Base64 of the zlib-compressed data + ``:`` + CRC-16 (XMODEM) of the Base64."""
    encoded = base64.b64encode(zlib.compress(raw)).decode("ascii")
    return f":Z64:{encoded}:{zb64_crc(encoded)}"


def zb64_crc(encoded: str) -> str:
    """The four hex digits ending a :Z64:/:B64: field: CRC-16/XMODEM of the Base64 text."""
    return f"{binascii.crc_hqx(encoded.encode('ascii'), 0):04X}"


def ascii_compressed(bitmap: Bitmap) -> str:
    """Zebra's ASCII compression: repeat counts G-Y (1-19) and g-z (20-400) before a hex digit,
    ``,`` fills the rest of a row with 0, ``!`` with F, ``:`` repeats the previous row."""
    per_row = bitmap.bytes_per_row
    parts: list[str] = []
    previous = b""
    for top in range(0, len(bitmap.data), per_row):
        row = bitmap.data[top : top + per_row]
        if row == previous:
            parts.append(":")
            continue
        previous = row
        parts.append(_compress_row(row.hex().upper()))
    return "".join(parts)


def _compress_row(digits: str) -> str:
    for filler, mark in (("0", ","), ("F", "!")):
        body = digits.rstrip(filler)
        if len(digits) - len(body) >= 2:
            return _RUN.sub(_repeat, body) + mark
    return _RUN.sub(_repeat, digits)


def _repeat(match: re.Match[str]) -> str:
    return repeat_count(len(match.group(0))) + match.group(1)


def repeat_count(count: int) -> str:
    """The repeat-count letters for ``count`` (>= 1); the printer adds the letters' values."""
    letters = []
    while count >= 20:
        twenties = min(count // 20, 20)
        letters.append(chr(ord("g") + twenties - 1))
        count -= 20 * twenties
    if count:
        letters.append(chr(ord("G") + count - 1))
    return "".join(letters)


def status_from_reply(reply: bytes) -> PrinterStatus | None:
    """The status in a ~HS reply (three <STX>...<ETX> lines), or None if it is not one."""
    lines = [chunk.split(_ETX)[0].decode("ascii", "replace") for chunk in reply.split(_STX)[1:]]
    if len(lines) < 2:
        return None
    first, second = lines[0].split(","), lines[1].split(",")
    if len(first) < 3 or len(second) < 3:
        return None
    if second[2].strip() == "1":
        return PrinterStatus(PrinterState.COVER_OPEN, HEAD_OPEN)
    if first[1].strip() == "1":
        return PrinterStatus(PrinterState.PAPER_OUT, PAPER_OUT)
    if first[2].strip() == "1":
        return PrinterStatus(PrinterState.OFFLINE, PAUSED)
    return PrinterStatus(PrinterState.ONLINE, "online, labels loaded.")


def _three_lines(reply: bytes) -> bool:
    return reply.count(_ETX) >= 3


class ZplDialect:
    """ZPL for one printer profile."""

    suffix = "zpl"
    silence = " (Zebra printers also stay silent while out of labels or open)"

    def __init__(
        self,
        profile: PrinterProfile,
        compression: Compression = Compression.Z64,
        halftone: Halftone = Halftone.THRESHOLD,
    ) -> None:
        self.profile = profile
        self.compression = compression
        self.halftone = halftone

    @property
    def profile_name(self) -> str:
        return self.profile.name

    def encode(self, badge: RenderedBadge) -> bytes:
        bitmap = badge_bitmap(badge.content, badge.size, self.profile, self.halftone)
        return encode_label(bitmap, self.compression)

    def query_status(self, link: Link, timeout_s: float) -> PrinterStatus | None:
        link.write(HOST_STATUS)
        return status_from_reply(link.read(_three_lines, timeout_s))

    def confirm(self, link: Link, timeout_s: float) -> PrinterStatus | None:
        return self.query_status(link, timeout_s)
