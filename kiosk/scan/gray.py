"""A grayscale picture as plain bytes: what the camera path hands from frame to decoder to preview.

No numpy (the bundle ships without it, docs/deployment.md): a camera frame's brightness is copied
with memoryview slices, which run at C speed, and zxing-cpp, QImage and Pillow all read the bytes
as they are, row stride included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class PixelArray(Protocol):
    """A (height, width) array of 8-bit gray levels, such as a numpy uint8 array in tests."""

    @property
    def shape(self) -> tuple[int, ...]: ...

    def tobytes(self) -> bytes: ...


@dataclass(frozen=True, slots=True, eq=False)
class Gray:
    """``height`` rows of ``width`` gray levels (0 black, 255 white), one byte per pixel.

    Row ``r`` starts at byte ``r * row_stride`` of ``data``; the bytes between a row's end and
    the next row's start are padding (a camera's line padding, or rows a smaller picture skips).
    """

    width: int
    height: int
    data: bytes
    row_stride: int = 0  # 0: the rows follow each other with no padding

    def __post_init__(self) -> None:
        if self.row_stride == 0:
            object.__setattr__(self, "row_stride", self.width)
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"a {self.width}x{self.height} picture has no pixels")
        if self.row_stride < self.width:
            raise ValueError(f"rows of {self.row_stride} bytes cannot hold {self.width} pixels")
        needed = (self.height - 1) * self.row_stride + self.width
        if len(self.data) < needed:
            raise ValueError(
                f"a {self.width}x{self.height} picture needs {needed} bytes, not {len(self.data)}"
            )

    @classmethod
    def filled(cls, width: int, height: int, level: int) -> Gray:
        """A picture of one gray level."""
        return cls(width, height, bytes([level]) * (width * height))

    @classmethod
    def from_array(cls, pixels: PixelArray) -> Gray:
        """A (height, width) array of uint8 (numpy's, in tests and the frame generator)."""
        if len(pixels.shape) != 2:
            raise ValueError(f"a gray picture has two dimensions, not {len(pixels.shape)}")
        height, width = pixels.shape
        return cls(width, height, pixels.tobytes())

    def row(self, index: int) -> bytes:
        """Row ``index`` (0 is the top), without padding."""
        if not 0 <= index < self.height:
            raise IndexError(f"row {index} of a picture {self.height} rows high")
        start = index * self.row_stride
        return self.data[start : start + self.width]

    def compact(self) -> bytes:
        """The pixels row after row with no padding (``width * height`` bytes)."""
        if self.row_stride == self.width:
            return self.data[: self.width * self.height]
        return b"".join(self.row(r) for r in range(self.height))


def strided_copy(
    source: memoryview, width: int, height: int, layout: tuple[int, int, int], step: int = 1
) -> Gray | None:
    """Every ``step``-th pixel of every ``step``-th row of a picture in ``source``, copied.

    ``layout`` is (bytes per row, offset of a pixel's gray byte, bytes per pixel): (stride, 0, 1)
    for a luminance plane, (stride, 1, 2) for the luma of UYVY ... None when ``source`` is too
    short for the picture it is said to hold.
    """
    stride, offset, size = layout
    if step < 1 or stride < offset + size * (width - 1) + 1 or len(source) < stride * height:
        return None
    picked = size * step
    out_width, out_height = len(range(0, width, step)), len(range(0, height, step))
    if stride % picked == 0:
        # One slice over the whole buffer: each source row becomes stride/picked bytes; the rows
        # a smaller picture skips stay in ``data`` as padding (row_stride jumps over them).
        data = source[offset : stride * height : picked].tobytes()
        return Gray(out_width, out_height, data, (stride // picked) * step)
    rows = [
        source[r * stride + offset : r * stride + offset + size * width : picked].tobytes()
        for r in range(0, height, step)
    ]
    return Gray(out_width, out_height, b"".join(rows))
