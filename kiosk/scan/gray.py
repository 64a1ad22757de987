"""A grayscale picture as plain bytes: what the camera path hands from frame to decoder to preview.

No numpy (the bundle ships without it, docs/deployment.md). The sink handler copies a frame's
plane as it is (one memcpy) and says where the gray bytes are in it (row stride, pixel stride,
offset): zxing-cpp reads them in place on the worker thread. The preview's smaller picture is
made by Pillow, in C (its raw unpackers pick the luma byte, an affine transform every n-th pixel).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, cast

from PIL import Image


class PixelArray(Protocol):
    """A (height, width) array of 8-bit gray levels, such as a numpy uint8 array in tests."""

    @property
    def shape(self) -> tuple[int, ...]: ...

    def tobytes(self) -> bytes: ...


@dataclass(frozen=True, slots=True, eq=False)
class Gray:
    """``height`` rows of ``width`` gray levels (0 black, 255 white).

    Pixel (x, y) is byte ``offset + y * row_stride + x * pixel_stride`` of ``data``: a camera
    plane as it came (line padding, the luma byte among chroma or colour bytes) or packed rows.
    ``data`` is a memoryview only inside the function that mapped a frame (``shrink`` copies).
    """

    width: int
    height: int
    data: bytes | memoryview
    row_stride: int = 0  # 0: width * pixel_stride, the rows follow each other
    pixel_stride: int = 1
    offset: int = 0

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"a {self.width}x{self.height} picture has no pixels")
        if self.pixel_stride not in (1, 2, 4) or not 0 <= self.offset < self.pixel_stride:
            raise ValueError(
                f"the gray byte {self.offset} of pixels {self.pixel_stride} bytes wide is not "
                "one this picture can hold (pixels of 1, 2 or 4 bytes)"
            )
        if self.row_stride == 0:
            object.__setattr__(self, "row_stride", self.width * self.pixel_stride)
        if self.row_stride < self.width * self.pixel_stride:
            raise ValueError(f"rows of {self.row_stride} bytes cannot hold {self.width} pixels")
        needed = (self.height - 1) * self.row_stride + self.width * self.pixel_stride
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
        """Row ``index`` (0 is the top): its ``width`` gray levels."""
        if not 0 <= index < self.height:
            raise IndexError(f"row {index} of a picture {self.height} rows high")
        start = self.offset + index * self.row_stride
        return bytes(self.data[start : start + self.width * self.pixel_stride : self.pixel_stride])

    def compact(self) -> bytes:
        """The gray levels row after row, ``width * height`` bytes."""
        if self.pixel_stride == 1 and self.row_stride == self.width:
            return bytes(self.data[: self.width * self.height])
        return bytes(shrink(self, 1).data) if self.pixel_stride > 1 else self._rows()

    def _rows(self) -> bytes:
        return b"".join(self.row(index) for index in range(self.height))


def shrink(gray: Gray, step: int) -> Gray:
    """Every ``step``-th pixel of every ``step``-th row (from the top left), copied and packed."""
    if step < 1:
        raise ValueError(f"a step of {step} pixels")
    size, stride = (gray.width, gray.height), gray.row_stride
    data = cast(bytes, gray.data)  # Pillow reads any buffer; its stub names bytes only
    if gray.pixel_stride == 1:
        image = Image.frombuffer("L", size, data, "raw", "L", stride, 1)
    elif gray.pixel_stride == 2:  # "L;16B" keeps a pair's first byte, "L;16" its second
        mode = ("L;16B", "L;16")[gray.offset]
        image = Image.frombuffer("L", size, data, "raw", mode, stride, 1)
    else:
        pixels = Image.frombuffer("RGBA", size, data, "raw", "RGBA", stride, 1)
        image = pixels.getchannel(gray.offset)
    if step > 1:
        # Output pixel x samples x * step (the centre of the output pixel, moved back by half a
        # step less one): nearest neighbour, no blending.
        out = (len(range(0, gray.width, step)), len(range(0, gray.height, step)))
        shift = -(step - 1) / 2
        image = image.transform(
            out,
            Image.Transform.AFFINE,
            (step, 0, shift, 0, step, shift),
            Image.Resampling.NEAREST,
        )
    return Gray(image.width, image.height, image.tobytes())
