"""The synthetic camera frames: what benches and camera tests decode must be real and repeatable."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp

from kiosk.core.credentials import KeyStatus, PublicKey, public_from_private, verify_credential
from kiosk.scan.camera_decoder import decode_luma
from kiosk.scan.frames import (
    HD720,
    HD1080,
    SAMPLE_KEY,
    SAMPLE_KEY_ID,
    Difficulty,
    code_frame,
    empty_frame,
    frame_set,
    qr_modules,
    sample_code,
)

CODE = sample_code()


def test_the_sample_code_is_a_signed_188_digit_credential() -> None:
    key = PublicKey(SAMPLE_KEY_ID, public_from_private(SAMPLE_KEY), KeyStatus.ACTIVE, True, "")

    credential = verify_credential(CODE, {SAMPLE_KEY_ID: key})

    assert len(CODE) == 188
    assert CODE.isdigit()
    assert credential.registration_id == 22_000_150


def test_the_code_is_a_version_7_qr_at_error_correction_q() -> None:
    assert qr_modules(CODE).shape == (45, 45)  # version 7: 17 + 4 * 7 modules a side


@pytest.mark.parametrize(("size", "shape"), [(HD720, (720, 1280)), (HD1080, (1080, 1920))])
def test_frames_have_the_camera_size_in_grey(size: tuple[int, int], shape: tuple[int, int]) -> None:
    frame = code_frame(CODE, size, seed=1)

    assert frame.pixels.shape == shape
    assert frame.pixels.dtype == np.uint8
    assert frame.pixels.std() > 20  # a scene, not a flat grey


def test_the_same_seed_gives_the_same_frame_and_another_seed_another() -> None:
    first = code_frame(CODE, difficulty=Difficulty.MEDIUM, seed=7)
    again = code_frame(CODE, difficulty=Difficulty.MEDIUM, seed=7)
    other = code_frame(CODE, difficulty=Difficulty.MEDIUM, seed=8)

    assert np.array_equal(first.pixels, again.pixels)
    assert not np.array_equal(first.pixels, other.pixels)
    assert np.array_equal(empty_frame(seed=3).pixels, empty_frame(seed=3).pixels)


def test_easy_frames_decode_to_the_code() -> None:
    frames = [code_frame(CODE, difficulty=Difficulty.EASY, seed=seed) for seed in range(4)]

    assert [decode_luma(frame.gray) for frame in frames] == [(CODE,)] * 4
    assert all(frame.text == CODE and frame.module_px >= 4 for frame in frames)


def test_inverted_frames_show_light_modules_on_a_dark_screen() -> None:
    frame = code_frame(CODE, difficulty=Difficulty.EASY, inverted=True, seed=2)
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)

    normal_reading = zxingcpp.read_barcodes(frame.pixels, formats=qr_only, try_invert=False)

    assert frame.inverted
    assert normal_reading == []  # a decoder that does not try inversion sees nothing
    assert decode_luma(frame.gray) == (CODE,)


def test_empty_frames_hold_no_code() -> None:
    frames = [empty_frame(HD720, seed=seed) for seed in range(4)]

    assert all(decode_luma(frame.gray) == () for frame in frames)
    assert all(frame.text == "" and frame.difficulty is None for frame in frames)


def test_a_frame_set_rotates_easy_medium_hard_with_one_seed_per_frame() -> None:
    frames = frame_set(CODE, HD720, 4, seed=10)

    assert [f.difficulty for f in frames] == [
        Difficulty.EASY,
        Difficulty.MEDIUM,
        Difficulty.HARD,
        Difficulty.EASY,
    ]
    assert [f.seed for f in frames] == [10, 11, 12, 13]
    assert np.array_equal(
        frames[1].pixels, code_frame(CODE, HD720, Difficulty.MEDIUM, seed=11).pixels
    )


def test_hard_frames_are_harder_than_easy_ones() -> None:
    easy = [code_frame(CODE, difficulty=Difficulty.EASY, seed=s) for s in range(6)]
    hard = [code_frame(CODE, difficulty=Difficulty.HARD, seed=s) for s in range(6)]

    read_easy = sum(decode_luma(f.gray) == (CODE,) for f in easy)
    read_hard = sum(decode_luma(f.gray) == (CODE,) for f in hard)

    assert read_easy == 6
    assert read_hard < read_easy
