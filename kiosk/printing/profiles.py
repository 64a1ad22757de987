"""Printer profiles: what each supported model prints (language, resolution, head width, speed).

Render at the profile's dpi and exact dot width; a finished bitmap is never rescaled. Speeds are
the manufacturers' published maxima, used only to estimate print time (`kiosk bench`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kiosk.printing.base import PrinterError
from kiosk.printing.text import MM_PER_INCH


class Language(enum.Enum):
    """What a printer understands."""

    ESCPOS = "escpos"  # Epson ESC/POS raster (GS v 0)
    ZPL = "zpl"  # Zebra ZPL II graphic field (^GF)
    DRIVER = "driver"  # only through its OS driver: print a PDF to a cups:// queue


@dataclass(frozen=True, slots=True)
class PrinterProfile:
    name: str  # the URI's profile=... value
    model: str  # for people: "Epson TM-T88VII"
    language: Language
    dpi: int
    dots: int  # printable width of the head, in dots
    speed_mm_s: float  # published maximum print speed
    reports_status: bool = True  # answers DLE EOT / ~HS queries

    @property
    def width_mm(self) -> float:
        """The printable width of the head in millimetres."""
        return self.dots / self.dpi * MM_PER_INCH

    def print_seconds(self, length_mm: float) -> float:
        """The physical time to print ``length_mm`` of badge at full speed."""
        return length_mm / self.speed_mm_s


_IPS = MM_PER_INCH  # one inch per second, in mm/s

PROFILES: dict[str, PrinterProfile] = {
    p.name: p
    for p in (
        PrinterProfile("tm-t88vii", "Epson TM-T88VII", Language.ESCPOS, 180, 512, 500.0),
        PrinterProfile("tm-t88vi", "Epson TM-T88VI", Language.ESCPOS, 180, 512, 350.0),
        PrinterProfile("tm-t88v", "Epson TM-T88V", Language.ESCPOS, 180, 512, 300.0),
        PrinterProfile("tm-t20iii", "Epson TM-T20III", Language.ESCPOS, 203, 576, 250.0),
        PrinterProfile("tm-t20ii", "Epson TM-T20II", Language.ESCPOS, 203, 576, 200.0),
        # Generic clones: many do not answer status queries, so none are sent.
        PrinterProfile(
            "escpos-80", "80 mm ESC/POS printer", Language.ESCPOS, 203, 576, 150.0, False
        ),
        PrinterProfile(
            "escpos-58", "58 mm ESC/POS printer", Language.ESCPOS, 203, 384, 90.0, False
        ),
        PrinterProfile("zd621", "Zebra ZD621 (203 dpi)", Language.ZPL, 203, 832, 8 * _IPS),
        PrinterProfile("zd621-300", "Zebra ZD621 (300 dpi)", Language.ZPL, 300, 1248, 6 * _IPS),
        PrinterProfile("zd421", "Zebra ZD421 (203 dpi)", Language.ZPL, 203, 832, 6 * _IPS),
        PrinterProfile("zd421-300", "Zebra ZD421 (300 dpi)", Language.ZPL, 300, 1248, 4 * _IPS),
        PrinterProfile("ql-820nwb", "Brother QL-820NWB (62 mm)", Language.DRIVER, 300, 696, 176.0),
        PrinterProfile("ql-1110nwb", "Brother QL-1110NWB", Language.DRIVER, 300, 1164, 110.0),
    )
}
DEFAULT_ZPL_PROFILE = "zd421"


def find_profile(name: str, language: Language) -> PrinterProfile:
    """The profile called ``name`` (any case) for a printer speaking ``language``."""
    choices = ", ".join(p.name for p in PROFILES.values() if p.language is language)
    profile = PROFILES.get(name.strip().lower())
    if profile is None:
        raise PrinterError(
            f"Unknown printer profile '{name}'; for this printer use one of: {choices}."
        )
    if profile.language is not language:
        raise PrinterError(
            f"The {profile.model} does not speak {language.value.upper()}; "
            f"profiles for this printer: {choices}."
            + (" Print to it through its CUPS queue: cups://QUEUE." if _via_driver(profile) else "")
        )
    return profile


def _via_driver(profile: PrinterProfile) -> bool:
    return profile.language is Language.DRIVER
