"""Badges as 1-bit rasters at a printer's own resolution and head width.

The badge is drawn at the profile's dpi (render_image) and only then reduced to one bit per dot:
a fixed threshold keeps text edges and QR modules crisp; ordered dithering, applied only to broad
mid-gray areas (photos), gives them their shading and leaves pure black and white as drawn.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np
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
    black = gray < THRESHOLD
    if halftone is Halftone.DITHER:
        photo = _smooth_areas(gray)
        black[photo] = gray[photo] < _bayer_thresholds(*gray.shape)[photo]
    packed = np.packbits(black, axis=1)
    return Bitmap(width=image.width(), height=image.height(), data=packed.tobytes())


def gray_pixels(image: QImage) -> np.ndarray:
    """The image as a (height, width) array of gray levels, row padding removed."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(gray.constBits(), dtype=np.uint8, count=gray.sizeInBytes())
    # A copy: the buffer belongs to ``gray``, which is freed when this function returns.
    return rows.reshape(gray.height(), gray.bytesPerLine())[:, : gray.width()].copy()


def _smooth_areas(gray: np.ndarray) -> np.ndarray:
    """Where the badge has broad areas of mid-gray (a photo), widened by a few dots.

    Text and line edges are gray only in a band a dot or two wide, so they stay thresholded and
    crisp; only photographs are dithered.
    """
    mid = ((gray > _MID_LOW) & (gray < _MID_HIGH)).astype(np.float32)
    inside = _box_mean(mid, _WINDOW) > 0.5
    return _box_mean(inside.astype(np.float32), _WINDOW) > 0


def _box_mean(values: np.ndarray, size: int) -> np.ndarray:
    """The mean over a size x size window around each dot (zero beyond the edges)."""
    half = size // 2
    padded = np.pad(values, ((half + 1, half), (half + 1, half)))
    total = padded.cumsum(axis=0).cumsum(axis=1)
    window = (
        total[size:, size:] - total[:-size, size:] - total[size:, :-size] + total[:-size, :-size]
    )
    return np.asarray(window / (size * size), dtype=np.float32)


def _bayer_thresholds(height: int, width: int) -> np.ndarray:
    """Per-dot thresholds from an 8x8 Bayer matrix, all strictly between 0 and 255."""
    bayer = np.array([[0]], dtype=np.int32)
    while bayer.shape[0] < 8:
        bayer = np.block([[4 * bayer, 4 * bayer + 2], [4 * bayer + 3, 4 * bayer + 1]])
    levels = (bayer + 0.5) * (255 / 64)
    tiles = np.tile(levels, (height // 8 + 1, width // 8 + 1))
    return tiles[:height, :width]
