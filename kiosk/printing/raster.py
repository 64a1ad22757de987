"""Badges as 1-bit rasters at a printer's own resolution and head width.

The badge is drawn at the profile's dpi (render_image) and only then reduced to one bit per dot:
a fixed threshold keeps text edges and QR modules crisp; ordered dithering, applied only to broad
mid-gray areas (photos), gives them their shading and leaves pure black and white as drawn.
Pillow does the pixel work (look-up tables, box blur, composite), in C: no numpy in the bundle.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from PIL import Image, ImageChops, ImageFilter, ImageOps
from PySide6.QtGui import QImage

from kiosk.core.badge_layout import BadgeContent, BadgeSize, Media
from kiosk.printing.base import PrinterError
from kiosk.printing.profiles import PrinterProfile
from kiosk.printing.render import render_image

THRESHOLD = 128  # gray levels below this print as black dots
_MID_LOW, _MID_HIGH = 24, 232  # gray levels counted as photo mid-tones
_WINDOW = 9  # dots: wider than any anti-aliased edge, narrower than a photo
ROLL_FILL_MM = 3.0  # a roll up to this much narrower than the head is printed across the whole head


class Halftone(enum.Enum):
    """How gray becomes black or white dots."""

    THRESHOLD = "threshold"  # crisp text and QR; photos turn into silhouettes
    DITHER = "dither"  # photos as ordered (Bayer 8x8) dots; text and QR still thresholded


@dataclass(frozen=True, slots=True)
class Bitmap:
    """A 1-bit image: rows of ``bytes_per_row`` bytes, leftmost dot in the high bit, 1 = black."""

    width: int
    height: int
    data: bytes

    @property
    def bytes_per_row(self) -> int:
        return (self.width + 7) // 8


def fit_to_head(size: BadgeSize, profile: PrinterProfile) -> BadgeSize:
    """The stock as this printer prints it: a roll that about fills the head is laid out across
    exactly the head's dots; anything wider than the head is refused."""
    half_dot_mm = profile.width_mm / profile.dots / 2
    if size.width_mm > profile.width_mm + half_dot_mm:
        raise PrinterError(
            f"Badges of size '{size.name}' are {size.width_mm:g} mm wide, but the "
            f"{profile.model} prints only {profile.width_mm:.1f} mm: choose a narrower badge size."
        )
    if size.media is Media.ROLL and profile.width_mm - size.width_mm <= ROLL_FILL_MM:
        return replace(size, width_mm=profile.width_mm)
    return size


def widest_fitting(sizes: Iterable[BadgeSize], profile: PrinterProfile) -> BadgeSize | None:
    """The widest of ``sizes`` this printer's head can print (for a test page on a new printer)."""
    half_dot_mm = profile.width_mm / profile.dots / 2
    fitting = [s for s in sizes if s.width_mm <= profile.width_mm + half_dot_mm]
    return max(fitting, key=lambda s: (s.width_mm, s.height_mm), default=None)


def badge_bitmap(
    content: BadgeContent,
    size: BadgeSize,
    profile: PrinterProfile,
    halftone: Halftone = Halftone.THRESHOLD,
) -> Bitmap:
    """The badge drawn at the printer's resolution and reduced to one bit per dot."""
    image = render_image(content, fit_to_head(size, profile), profile.dpi)
    return to_bitmap(image, halftone)


def to_bitmap(image: QImage, halftone: Halftone = Halftone.THRESHOLD) -> Bitmap:
    """Reduce ``image`` to black and white dots, with no scaling."""
    gray = gray_pixels(image)
    # Mode "1" packs eight dots a byte, leftmost in the high bit, each row padded to a byte; a
    # dot is 1 where the image is 255 here, black on paper.
    if halftone is Halftone.DITHER:
        black = gray.point(_BLACK_BELOW_THRESHOLD)
        dots = ImageChops.subtract(_bayer_thresholds(*gray.size), gray).point(_ABOVE_ZERO)
        dots = Image.composite(dots, black, _smooth_areas(gray))
        packed = dots.convert("1", dither=Image.Dither.NONE).tobytes()
    else:
        packed = gray.point(_BLACK_BELOW_THRESHOLD, "1").tobytes()
    return Bitmap(width=image.width(), height=image.height(), data=packed)


def gray_pixels(image: QImage) -> Image.Image:
    """The image as an 8-bit gray Pillow image ("L"), row padding removed."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    # frombytes copies: the buffer belongs to ``gray``, which is freed when this function returns.
    return Image.frombytes(
        "L", (gray.width(), gray.height()), gray.constBits(), "raw", "L", gray.bytesPerLine()
    )


def _table(keep: Callable[[int], bool]) -> list[int]:
    """A point() table: 255 for the gray levels ``keep`` says, 0 for the others."""
    return [255 if keep(level) else 0 for level in range(256)]


_BLACK_BELOW_THRESHOLD = _table(lambda level: level < THRESHOLD)
_MID_TONE = _table(lambda level: _MID_LOW < level < _MID_HIGH)
_ABOVE_HALF = _table(lambda level: level > 127)  # a box mean over half the window
_ABOVE_ZERO = _table(lambda level: level > 0)


def _smooth_areas(gray: Image.Image) -> Image.Image:
    """Where the badge has broad areas of mid-gray (a photo), widened by a few dots (255).

    Text and line edges are gray only in a band a dot or two wide, so they stay thresholded and
    crisp; only photographs are dithered. A box blur over the window is its mean: a dot is inside
    a photo when most of its window is mid-tone, and near one when any dot of its window is
    inside (one dot of 81 still blurs to 3 of 255).
    """
    window, edge = ImageFilter.BoxBlur(_WINDOW // 2), _WINDOW // 2 + 1
    box = (edge, edge, edge + gray.width, edge + gray.height)
    # Beyond the badge's edges counts as white: a zero frame, which the blur would otherwise
    # take from the edge dots (a coloured band along the edge would then count as a photo).
    mid = ImageOps.expand(gray.point(_MID_TONE), edge, 0)
    inside = ImageOps.expand(mid.filter(window).point(_ABOVE_HALF).crop(box), edge, 0)
    return inside.filter(window).point(_ABOVE_ZERO).crop(box)


@lru_cache(maxsize=8)
def _bayer_thresholds(width: int, height: int) -> Image.Image:
    """Per-dot thresholds from an 8x8 Bayer matrix: a dot is black when its gray level is below.

    The exact thresholds ((n + 0.5) * 255 / 64) are never whole, so gray < threshold is the same
    as gray < its ceiling, and a saturated subtraction (threshold - gray > 0) tells it.
    """
    bayer = [[0]]
    while len(bayer) < 8:
        bayer = [[4 * v for v in row] + [4 * v + 2 for v in row] for row in bayer] + [
            [4 * v + 3 for v in row] + [4 * v + 1 for v in row] for row in bayer
        ]
    tiles = [
        bytes(math.ceil((v + 0.5) * 255 / 64) for v in row) * (width // 8 + 1) for row in bayer
    ]
    data = b"".join(tiles[y % 8][:width] for y in range(height))
    return Image.frombytes("L", (width, height), data)
