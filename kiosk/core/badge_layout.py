"""What a badge shows and the sizes it comes in; the drawing itself is printing/render.py."""

from __future__ import annotations

import enum
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BadgeContent:
    """Everything printed on one badge, already chosen and formatted (no rules left to apply)."""

    registration_id: int
    badge_version: int
    badge_name: str
    native_name: str
    organisation: str
    country: str
    category_code: str
    category_label: str
    category_colour: str  # "#RRGGBB"
    qr_text: str  # the credential, digits only
    event_title: str
    event_dates: str  # e.g. "30 May - 3 June 2022"
    photo_path: str = ""  # absolute path or empty
    is_sample: bool = False


class Media(enum.Enum):
    """How the badge stock is fed."""

    ROLL = "roll"  # continuous: length follows the content
    LABEL = "label"  # die-cut labels
    SHEET = "sheet"  # cut sheets and cards


@dataclass(frozen=True, slots=True)
class BadgeSize:
    """A badge stock: printable width and height in millimetres."""

    name: str
    width_mm: float
    height_mm: float
    media: Media


BADGE_SIZES: dict[str, BadgeSize] = {
    s.name: s
    for s in (
        BadgeSize("thermal-80", 72.0, 110.0, Media.ROLL),  # 80 mm roll, 72 mm printable
        BadgeSize("thermal-58", 48.0, 80.0, Media.ROLL),
        BadgeSize("brother-62", 62.0, 100.0, Media.ROLL),
        BadgeSize("label-4x3", 101.6, 76.2, Media.LABEL),
        BadgeSize("label-4x6", 101.6, 152.4, Media.LABEL),
        BadgeSize("a6", 105.0, 148.0, Media.SHEET),
        BadgeSize("cr80", 53.98, 85.6, Media.SHEET),
    )
}
DEFAULT_SIZE = "a6"
