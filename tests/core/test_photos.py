"""The photo rules: which check-ins need one, the centred crop, the file name, the limits."""

from __future__ import annotations

import pytest

from kiosk.core.badge_layout import PHOTO_ASPECT
from kiosk.core.model import BadgeCategory, Participant
from kiosk.core.photos import (
    MAX_PHOTO_BYTES,
    Crop,
    PhotoPolicy,
    PhotoStep,
    centre_crop,
    photo_file_name,
    photo_problem,
    step_for,
)

NEEDS = BadgeCategory("DEL", 1, "Delegate", "#1f4e9c", needs_photo=True)
NO_NEED = BadgeCategory("VIP", 6, "VIP", "#7a1f5c")
BARE = Participant(101, 22, "Amina", "Diallo", "Amina Diallo")


@pytest.mark.parametrize(
    ("size", "crop"),
    [
        ((1280, 720), Crop(359, 0, 562, 720)),  # landscape: full height, centred columns
        ((600, 1200), Crop(0, 215, 600, 769)),  # portrait: full width, centred rows
        ((78, 100), Crop(0, 0, 78, 100)),  # already the photo's shape
    ],
)
def test_the_crop_is_the_largest_photo_shape_centred_in_the_frame(
    size: tuple[int, int], crop: Crop
) -> None:
    found = centre_crop(*size)
    assert found == crop
    assert found.width / found.height == pytest.approx(PHOTO_ASPECT, abs=0.01)


def test_an_empty_frame_has_no_crop() -> None:
    with pytest.raises(ValueError, match="no crop"):
        centre_crop(0, 720)


@pytest.mark.parametrize(
    ("policy", "category", "person", "step"),
    [
        (PhotoPolicy.CAPTURE, NEEDS, BARE, PhotoStep.CAPTURE),
        (PhotoPolicy.CAPTURE, NEEDS, None, PhotoStep.CAPTURE),  # a walk-in code, not synced
        (PhotoPolicy.AT_DESK, NEEDS, BARE, PhotoStep.AT_DESK),
        (PhotoPolicy.OFF, NEEDS, BARE, PhotoStep.NONE),
        (PhotoPolicy.CAPTURE, NO_NEED, BARE, PhotoStep.NONE),
        (PhotoPolicy.CAPTURE, None, BARE, PhotoStep.NONE),
        (
            PhotoPolicy.CAPTURE,
            NEEDS,
            Participant(1, 22, "A", "B", "A B", photo="1.jpg"),
            PhotoStep.NONE,
        ),
    ],
)
def test_only_a_category_that_needs_a_photo_with_none_on_file_asks_for_one(
    policy: PhotoPolicy,
    category: BadgeCategory | None,
    person: Participant | None,
    step: PhotoStep,
) -> None:
    assert step_for(policy, category, person) is step


def test_a_retake_gets_its_own_file_name() -> None:
    first = photo_file_name(101, b"\xff\xd8\xff one")
    assert first.startswith("101-")
    assert first.endswith(".jpg")
    assert first != photo_file_name(101, b"\xff\xd8\xff two")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\xff\xd8\xff" + bytes(1000), ""),
        (b"\x89PNG" + bytes(1000), "not a JPEG"),
        (b"\xff\xd8\xff", "not a JPEG"),
        (b"\xff\xd8\xff" + bytes(MAX_PHOTO_BYTES), "at most"),
    ],
)
def test_what_a_photo_must_be(data: bytes, problem: str) -> None:
    assert (problem in photo_problem(data)) if problem else photo_problem(data) == ""
