"""Epson ESC/POS: the badge as a raster image (GS v 0) with a cut, and the printer's status.

python-escpos writes the raster: its ``image()`` in ``bitImageRaster`` mode (GS v 0), fed the
bitmap we have already thresholded at the printer's resolution, so Pillow has no grey left to
dither and the bytes are the ones a hand encoder gives (tests/printing/test_print_escpos.py).
Its ``graphics`` mode corrupts tall images (docs/architecture.md, "Printing"): not used. The
framing (initialise, left margin, feed and cut) and the status queries, which need deadlines
python-escpos does not offer, stay ours (docs/badges.md, "Printing libraries").
"""

from __future__ import annotations

from typing import Any

from escpos.capabilities import Profile
from escpos.printer import Dummy
from PIL import Image

from kiosk.printing.base import PrinterState, PrinterStatus, RenderedBadge
from kiosk.printing.profiles import PrinterProfile
from kiosk.printing.raster import Bitmap, Halftone, badge_bitmap
from kiosk.printing.transport import Link

INITIALISE = b"\x1b@"  # ESC @
ALIGN_LEFT = b"\x1ba\x00"  # ESC a 0
FEED_AND_CUT = b"\x1dVA\x00"  # GS V 65 0: feed to the cutter, then a full cut
BAND_ROWS = 960  # rows per GS v 0 command: well under every model's limit (TM-T88: 2303)

PRINTER_STATUS = b"\x10\x04\x01"  # DLE EOT 1: bit 3 = offline
OFFLINE_CAUSE = (
    b"\x10\x04\x02"  # DLE EOT 2: bit 2 cover open, bit 5 stopped by paper end, bit 6 error
)
PAPER_STATUS = b"\x10\x04\x04"  # DLE EOT 4: bits 2-3 near end, bits 5-6 paper end
PAPER_SENSOR = b"\x1dr\x01"  # GS r 1: answered in line, once the bytes before it are processed

PAPER_OUT = "paper out: load a new roll."
COVER_OPEN = "cover open: close the printer cover."
NEAR_END = "paper near end: have a new roll ready."
FAULT = "the printer is offline or reports an error (cutter jam, feed button, overheating)."


def encode_raster(bitmap: Bitmap, cut: bool = True) -> bytes:
    """ESC/POS bytes that print ``bitmap`` at the left margin, then feed and cut."""
    printer = Dummy(profile=_HeadProfile(bitmap.width))
    # One GS v 0 command per BAND_ROWS rows: python-escpos cuts the image into fragments.
    printer.image(_black_and_white(bitmap), impl="bitImageRaster", fragment_height=BAND_ROWS)
    parts = [INITIALISE, ALIGN_LEFT, bytes(printer.output)]
    if cut:
        parts.append(FEED_AND_CUT)
    return b"".join(parts)


class _HeadProfile(Profile):  # type: ignore[misc]  # python-escpos's class for own profiles
    """A profile that knows the head's width, so python-escpos checks the image against it."""

    def __init__(self, dots: int) -> None:
        super().__init__()
        media = {"width": {"pixels": dots, "mm": "Unknown"}, "dpi": "Unknown"}
        self.profile_data: dict[str, Any] = {**Profile.profile_data, "media": media}


def _black_and_white(bitmap: Bitmap) -> Image.Image:
    """The bitmap as a grey image of pure black (0) and white (255) pixels."""
    # "1;I": one bit a dot, leftmost in the high bit, rows padded to a byte, and 1 is black.
    dots = Image.frombytes("1", (bitmap.width, bitmap.height), bitmap.data, "raw", "1;I")
    return dots.convert("L")


def status_from_bytes(printer: int, offline: int, paper: int) -> PrinterStatus:
    """The status told by the answers to DLE EOT 1, 2 and 4."""
    if offline & 0x04:
        return PrinterStatus(PrinterState.COVER_OPEN, COVER_OPEN)
    if paper & 0x60 or offline & 0x20:
        return PrinterStatus(PrinterState.PAPER_OUT, PAPER_OUT)
    if printer & 0x08 or offline & 0x40:
        return PrinterStatus(PrinterState.OFFLINE, FAULT)
    if paper & 0x0C:
        return PrinterStatus(PrinterState.PAPER_NEAR_END, NEAR_END)
    return PrinterStatus(PrinterState.ONLINE, "online, paper ok.")


def _one_byte(reply: bytes) -> bool:
    return len(reply) >= 1


def _has_sensor_byte(reply: bytes) -> bool:
    return any(byte & 0x90 == 0 for byte in reply)


def _ask_byte(link: Link, query: bytes, timeout_s: float) -> int | None:
    link.write(query)
    reply = link.read(_one_byte, timeout_s)
    # Real-time status bytes always have bit 1 and bit 4 set, bits 0 and 7 clear.
    if not reply or reply[-1] & 0x93 != 0x12:
        return None
    return reply[-1]


class EscposDialect:
    """ESC/POS for one printer profile."""

    suffix = "escpos"
    silence = ""

    def __init__(self, profile: PrinterProfile, halftone: Halftone = Halftone.THRESHOLD) -> None:
        self.profile = profile
        self.halftone = halftone

    @property
    def profile_name(self) -> str:
        return self.profile.name

    def encode(self, badge: RenderedBadge) -> bytes:
        return encode_raster(badge_bitmap(badge.content, badge.size, self.profile, self.halftone))

    def query_status(self, link: Link, timeout_s: float) -> PrinterStatus | None:
        answers = []
        for query in (PRINTER_STATUS, OFFLINE_CAUSE, PAPER_STATUS):
            answer = _ask_byte(link, query, timeout_s)
            if answer is None:
                return None
            answers.append(answer)
        return status_from_bytes(*answers)

    def confirm(self, link: Link, timeout_s: float) -> PrinterStatus | None:
        link.write(PAPER_SENSOR)
        # Image data can hold the bytes of DLE EOT n, which printers answer in real time; those
        # stray answers (bit 4 set) arrive first and are skipped. GS r answers have bit 4 clear.
        reply = link.read(_has_sensor_byte, timeout_s)
        sensor = next((byte for byte in reply if byte & 0x90 == 0), None)
        if sensor is None:
            return None
        # bits 0-1: paper near end, bits 2-3: paper end
        if sensor & 0x0C:
            return PrinterStatus(PrinterState.PAPER_OUT, PAPER_OUT)
        if sensor & 0x03:
            return PrinterStatus(PrinterState.PAPER_NEAR_END, NEAR_END)
        return PrinterStatus(PrinterState.ONLINE, "online, paper ok.")
