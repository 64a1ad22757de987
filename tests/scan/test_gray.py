"""Gray, the camera path's picture without numpy: what it accepts, refuses and copies."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk.scan.gray import Gray, shrink


@pytest.mark.parametrize(
    ("width", "height", "data", "stride", "message"),
    [
        (0, 4, b"", 0, "a 0x4 picture has no pixels"),
        (4, -1, b"", 0, "a 4x-1 picture has no pixels"),
        (4, 2, bytes(8), 3, "rows of 3 bytes cannot hold 4 pixels"),
        (4, 2, bytes(7), 0, "a 4x2 picture needs 8 bytes, not 7"),
        (4, 3, bytes(13), 6, "a 4x3 picture needs 16 bytes, not 13"),
    ],
)
def test_a_picture_its_bytes_cannot_hold_is_refused(
    width: int, height: int, data: bytes, stride: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Gray(width, height, data, stride)


@pytest.mark.parametrize(("pixel_stride", "offset"), [(3, 0), (2, 2), (1, 1), (4, -1)])
def test_a_gray_byte_outside_its_pixel_is_refused(pixel_stride: int, offset: int) -> None:
    with pytest.raises(ValueError, match=f"the gray byte {offset} of pixels {pixel_stride} bytes"):
        Gray(2, 2, bytes(64), 0, pixel_stride, offset)


def test_rows_skip_the_padding() -> None:
    gray = Gray(3, 2, b"abcXXdef", 5)  # the last row needs no padding after it

    assert gray.row(0) == b"abc"
    assert gray.row(1) == b"def"
    assert gray.compact() == b"abcdef"
    with pytest.raises(IndexError, match="row 2 of a picture 2 rows high"):
        gray.row(2)


def test_an_array_of_three_dimensions_is_refused() -> None:
    with pytest.raises(ValueError, match="two dimensions, not 3"):
        Gray.from_array(np.zeros((2, 2, 3), np.uint8))


@pytest.mark.parametrize("stride", [16, 19])  # rows with and without padding after them
@pytest.mark.parametrize(("offset", "size"), [(0, 1), (0, 2), (1, 2), (1, 4), (2, 4)])
@pytest.mark.parametrize("step", [1, 2, 3])
def test_a_smaller_picture_keeps_the_pixels_numpy_would(
    stride: int, offset: int, size: int, step: int
) -> None:
    width, height = 16 // size, 7
    source = np.random.default_rng(stride).integers(0, 256, (height, stride), np.uint8)
    gray = Gray(width, height, source.tobytes(), stride, size, offset)

    small = shrink(gray, step)

    expected = source[::step, offset : offset + size * width : size * step]
    assert (small.pixel_stride, small.row_stride) == (1, small.width)
    assert np.frombuffer(small.data, np.uint8).reshape(small.height, small.width).tolist() == (
        expected.tolist()
    )
    assert gray.compact() == source[:, offset : offset + size * width : size].tobytes()


def test_a_step_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="a step of 0 pixels"):
        shrink(Gray.filled(4, 4, 9), 0)
