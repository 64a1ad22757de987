"""A camera frame becomes the badge photo: the centred crop, not mirrored, a small JPEG."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtMultimedia import QVideoFrame

from kiosk.core.photos import MAX_PHOTO_BYTES, PHOTO_HEIGHT_PX, PHOTO_WIDTH_PX, centre_crop
from kiosk.scan.camera_fake import video_frame
from kiosk.scan.gray import Gray
from kiosk.scan.photo import PhotoError, photo_from_frame, photo_from_image


def lightness(image: QImage, x: int, y: int) -> int:
    return QColor(image.pixel(x, y)).lightness()


def test_only_the_centred_crop_is_kept_and_left_stays_left(qapp: QGuiApplication) -> None:
    gray = np.zeros((720, 1280), np.uint8)  # black outside the crop
    crop = centre_crop(1280, 720)
    gray[:, crop.x : crop.x + crop.width // 2] = 90  # the crop's left half darker
    gray[:, crop.x + crop.width // 2 : crop.x + crop.width] = 230
    photo = photo_from_frame(video_frame(Gray.from_array(gray)))
    image = QImage.fromData(photo.jpeg, "JPEG")
    assert (image.width(), image.height()) == (PHOTO_WIDTH_PX, PHOTO_HEIGHT_PX)
    # Video levels are stretched to full range, so compare, not match: the left edge is the
    # crop's darker half (no black border from outside the crop), the right edge its light one.
    assert 50 < lightness(image, 4, 300) < 140
    assert lightness(image, PHOTO_WIDTH_PX - 5, 300) > 200  # not mirrored
    assert len(photo.jpeg) < MAX_PHOTO_BYTES
    assert photo.image.size() == image.size()


def test_colour_survives(qapp: QGuiApplication) -> None:
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    image.fill(QColor("#c03020"))
    decoded = QImage.fromData(photo_from_image(image).jpeg, "JPEG")
    colour = QColor(decoded.pixel(200, 300))
    assert colour.red() > 150
    assert colour.blue() < 80


def test_a_noisy_frame_still_gives_a_photo_of_sensible_size(qapp: QGuiApplication) -> None:
    noise = np.random.default_rng(7).integers(0, 256, (1080, 1920), np.uint8)
    photo = photo_from_frame(video_frame(Gray.from_array(noise)))
    assert 10_000 < len(photo.jpeg) <= MAX_PHOTO_BYTES


def test_an_empty_frame_is_refused(qapp: QGuiApplication) -> None:
    with pytest.raises(PhotoError, match="could not be read"):
        photo_from_frame(QVideoFrame())
    with pytest.raises(PhotoError, match="empty picture"):
        photo_from_image(QImage())
