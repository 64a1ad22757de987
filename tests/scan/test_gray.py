"""Gray, the camera path's picture without numpy: what it accepts, refuses and copies."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk.scan.gray import Gray, strided_copy


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


@pytest.mark.parametrize("stride", [12, 13, 16])  # one slice when it divides, row by row if not
@pytest.mark.parametrize(("offset", "size", "step"), [(0, 1, 1), (1, 2, 1), (2, 4, 2), (0, 1, 3)])
def test_a_strided_copy_keeps_the_pixels_numpy_would(
    stride: int, offset: int, size: int, step: int
) -> None:
    width, height = 12 // size, 7
    source = np.random.default_rng(stride).integers(0, 256, (height, stride), np.uint8)

    gray = strided_copy(memoryview(source.tobytes()), width, height, (stride, offset, size), step)

    expected = source[::step, offset : offset + size * width : size * step]
    assert gray is not None
    assert np.frombuffer(gray.compact(), np.uint8).reshape(gray.height, gray.width).tolist() == (
        expected.tolist()
    )


def test_a_buffer_shorter_than_its_rows_gives_no_picture() -> None:
    assert strided_copy(memoryview(bytes(10)), 4, 3, (4, 0, 1)) is None  # 12 bytes needed
    assert strided_copy(memoryview(bytes(100)), 8, 3, (4, 0, 1)) is None  # rows wider than stride
