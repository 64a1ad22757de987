"""A camera frame becomes a badge photo: the centred crop, scaled, as a JPEG of sensible size.

Runs on a worker thread (the colour conversion, scaling and encoding take 10-40 ms at 720p).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame

from kiosk.core.photos import (
    JPEG_QUALITY,
    MAX_PHOTO_BYTES,
    PHOTO_HEIGHT_PX,
    PHOTO_WIDTH_PX,
    centre_crop,
)


class PhotoError(Exception):
    """A frame that gives no photo (empty, unreadable); the message says which."""


@dataclass(frozen=True, slots=True, eq=False)
class CapturedPhoto:
    """The JPEG that is stored, printed and uploaded, and the image it decodes to (for preview)."""

    jpeg: bytes
    image: QImage


def photo_from_frame(frame: QVideoFrame) -> CapturedPhoto:
    """The badge photo in ``frame`` (not mirrored: as others see the person)."""
    image = frame.toImage()
    if image.isNull():
        raise PhotoError("the camera frame could not be read")
    return photo_from_image(image)


def photo_from_image(image: QImage) -> CapturedPhoto:
    """The centred photo-box crop of ``image``, scaled to the badge photo size, as JPEG."""
    if image.isNull() or image.width() < 2 or image.height() < 2:
        raise PhotoError("the camera gave an empty picture")
    crop = centre_crop(image.width(), image.height())
    part = image.copy(crop.x, crop.y, crop.width, crop.height)
    scaled = part.scaled(
        PHOTO_WIDTH_PX,
        PHOTO_HEIGHT_PX,
        Qt.AspectRatioMode.IgnoreAspectRatio,  # the crop has the photo's proportions already
        Qt.TransformationMode.SmoothTransformation,
    ).convertToFormat(QImage.Format.Format_RGB888)
    for quality in (JPEG_QUALITY, 70, 50):
        jpeg = _jpeg(scaled, quality)
        if len(jpeg) <= MAX_PHOTO_BYTES:
            return CapturedPhoto(jpeg, scaled)
    raise PhotoError("the photo does not compress to a sensible size")


def _jpeg(image: QImage, quality: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time; its type stubs say bytes.
    if not image.save(buffer, "JPEG", quality):  # type: ignore[call-overload]
        raise PhotoError("the photo could not be encoded as JPEG")
    buffer.close()
    return bytes(data.data())
