"""The 1-bit raster, made with Pillow since the bundle has no numpy, against the numpy reference it
replaced (kept here, where numpy is): the same dots, bit for bit, in threshold and dither modes."""

from __future__ import annotations

import numpy as np
import pytest
from badge_samples import Content, Pixels
from PySide6.QtGui import QImage

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.printing.profiles import PROFILES
from kiosk.printing.raster import THRESHOLD, Halftone, fit_to_head, to_bitmap
from kiosk.printing.render import render_image


def reference_dots(gray: np.ndarray, halftone: Halftone) -> bytes:
    """The numpy implementation the kiosk shipped until the bundle dropped numpy."""
    black = gray < THRESHOLD
    if halftone is Halftone.DITHER:
        mid = ((gray > 24) & (gray < 232)).astype(np.float32)
        photo = _box_mean((_box_mean(mid, 9) > 0.5).astype(np.float32), 9) > 0
        bayer = np.array([[0]], dtype=np.int32)
        while bayer.shape[0] < 8:
            bayer = np.block([[4 * bayer, 4 * bayer + 2], [4 * bayer + 3, 4 * bayer + 1]])
        levels = (bayer + 0.5) * (255 / 64)
        height, width = gray.shape
        thresholds = np.tile(levels, (height // 8 + 1, width // 8 + 1))[:height, :width]
        black[photo] = gray[photo] < thresholds[photo]
    return np.packbits(black, axis=1).tobytes()


def _box_mean(values: np.ndarray, size: int) -> np.ndarray:
    half = size // 2
    total = np.pad(values, ((half + 1, half), (half + 1, half))).cumsum(axis=0).cumsum(axis=1)
    window = (
        total[size:, size:] - total[:-size, size:] - total[size:, :-size] + total[:-size, :-size]
    )
    return np.asarray(window / (size * size), dtype=np.float32)


def gray_image(gray: np.ndarray) -> QImage:
    height, width = gray.shape
    return QImage(gray.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()


def smooth_field(width: int, height: int, seed: int) -> np.ndarray:
    """Photo-like tones up to every edge: coarse noise, enlarged smoothly."""
    coarse = np.random.default_rng(seed).uniform(0, 255, (height // 40 + 2, width // 40 + 2))
    rows = np.linspace(0, coarse.shape[0] - 1.001, height)
    cols = np.linspace(0, coarse.shape[1] - 1.001, width)
    r0, c0 = rows.astype(int), cols.astype(int)
    fr, fc = (rows - r0)[:, None], (cols - c0)[None, :]
    top = coarse[r0][:, c0] * (1 - fc) + coarse[r0][:, c0 + 1] * fc
    bottom = coarse[r0 + 1][:, c0] * (1 - fc) + coarse[r0 + 1][:, c0 + 1] * fc
    return np.asarray(top * (1 - fr) + bottom * fr, dtype=np.uint8)


@pytest.mark.parametrize("halftone", list(Halftone))
@pytest.mark.parametrize(
    "gray",
    [
        smooth_field(640, 900, 1),
        smooth_field(77, 123, 2),  # width not a multiple of 8
        np.random.default_rng(3).integers(0, 256, (50, 61), dtype=np.uint8),
        np.tile(np.linspace(0, 255, 512).astype(np.uint8), (300, 1)),  # full-bleed gradient
        np.full((40, 40), 100, np.uint8),  # mid-gray up to every edge
    ],
    ids=["field", "odd-width", "noise", "gradient", "flat-mid-gray"],
)
def test_the_dots_are_the_numpy_reference_dots(gray: np.ndarray, halftone: Halftone) -> None:
    bitmap = to_bitmap(gray_image(gray), halftone)

    assert (bitmap.width, bitmap.height) == (gray.shape[1], gray.shape[0])
    assert bitmap.data == reference_dots(gray, halftone)


@pytest.mark.parametrize("halftone", list(Halftone))
@pytest.mark.parametrize("name", ["محمد بن عبد الله", "王秀英", "Ana María Pérez-Rodríguez"])
def test_a_badge_with_a_photo_prints_the_reference_dots(
    content: Content, pixels: Pixels, tmp_path: object, name: str, halftone: Halftone
) -> None:
    from pathlib import Path

    photo = Path(str(tmp_path)) / "photo.png"
    gray_image(smooth_field(300, 400, 4)).save(str(photo))
    profile = PROFILES["tm-t88vii"]
    badge = content(badge_name=name, photo_path=str(photo))
    image = render_image(badge, fit_to_head(BADGE_SIZES["thermal-80"], profile), profile.dpi)

    assert to_bitmap(image, halftone).data == reference_dots(pixels(image), halftone)
