"""Badge photos taken at the kiosk: when one is needed, the crop, the file name and the limits.

The photo is a centred crop of the camera frame to the badge's photo box (passport proportions,
``PHOTO_ASPECT``); there is no face detector: the live picture shows the person exactly the part
that is kept, so they place themselves in it (docs/photos.md).
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.badge_layout import PHOTO_ASPECT
from kiosk.core.model import BadgeCategory, Participant

PHOTO_HEIGHT_PX = 600  # 45 mm at about 340 dpi: sharper than any badge printer prints it
PHOTO_WIDTH_PX = round(PHOTO_HEIGHT_PX * PHOTO_ASPECT)
JPEG_QUALITY = 85
MAX_PHOTO_BYTES = 512 * 1024  # a 468x600 JPEG is 30-80 kB; the registry refuses more than this
MIN_PHOTO_BYTES = 128  # smaller is not a photo
JPEG_MAGIC = b"\xff\xd8\xff"


class PhotoStep(enum.Enum):
    """What a check-in needs before its badge prints."""

    NONE = "none"  # no photo needed, or one is on file: print
    CAPTURE = "capture"  # the kiosk takes the photo now, then prints
    AT_DESK = "at-desk"  # needed, but taken at the accreditation desk (declined, no camera)
    CAMERA_LOST = "camera-lost"  # the camera went away during the capture: the desk takes it


class PhotoPolicy(enum.Enum):
    """What this kiosk does for a person whose badge needs a photo they do not have."""

    OFF = "off"  # the kiosk prints as it always did (a placeholder where the photo goes)
    CAPTURE = "capture"  # a camera is configured: take it here
    AT_DESK = "at-desk"  # no camera ("none"): check in, print at the desk after the photo


@dataclass(frozen=True, slots=True)
class Crop:
    x: int
    y: int
    width: int
    height: int


def centre_crop(width: int, height: int, aspect: float = PHOTO_ASPECT) -> Crop:
    """The largest ``aspect`` (width / height) rectangle centred in a width x height frame."""
    if width <= 0 or height <= 0 or aspect <= 0:
        raise ValueError(f"no crop of a {width}x{height} frame at aspect {aspect}")
    crop_width = min(width, round(height * aspect))
    crop_height = min(height, round(crop_width / aspect))
    return Crop((width - crop_width) // 2, (height - crop_height) // 2, crop_width, crop_height)


def step_for(
    policy: PhotoPolicy, category: BadgeCategory | None, person: Participant | None
) -> PhotoStep:
    """The photo step of a check-in: only a category that needs a photo, with none on file."""
    if policy is PhotoPolicy.OFF or category is None or not category.needs_photo:
        return PhotoStep.NONE
    if person is not None and person.photo:
        return PhotoStep.NONE
    return PhotoStep.CAPTURE if policy is PhotoPolicy.CAPTURE else PhotoStep.AT_DESK


def photo_file_name(registration_id: int, jpeg: bytes) -> str:
    """``<registration>-<12 hex of its SHA-256>.jpg``: a retake never overwrites a printed one."""
    return f"{registration_id}-{photo_digest(jpeg)[:12]}.jpg"


def photo_digest(jpeg: bytes) -> str:
    return hashlib.sha256(jpeg).hexdigest()


def photo_problem(jpeg: bytes) -> str:
    """Why ``jpeg`` is not an acceptable badge photo, or "" when it is."""
    if len(jpeg) > MAX_PHOTO_BYTES:
        return f"the photo is {len(jpeg)} bytes; at most {MAX_PHOTO_BYTES} are accepted"
    if len(jpeg) < MIN_PHOTO_BYTES or not jpeg.startswith(JPEG_MAGIC):
        return "the photo is not a JPEG image"
    return ""


@dataclass(frozen=True, slots=True)
class OutgoingPhoto:
    """A badge photo on its way to the registry (docs/registry-protocol.md, photos)."""

    registration_id: int
    jpeg: bytes
    sha256: str
    taken_at: datetime
