"""Printer bytes back to images, for tests: ESC/POS GS v 0 raster and ZPL ^GF graphic fields
(hexadecimal, ASCII-compressed and :Z64:/:B64:). Strict: anything the kiosk should not send
raises ValueError, so the decoder also guards the encoders."""

from __future__ import annotations

import base64
import binascii
import re
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import zxingcpp
from PIL import Image
from PySide6.QtGui import QImage

from kiosk.core.badge_layout import BadgeContent, BadgeSize
from kiosk.printing.render import render_image

# --- ESC/POS --------------------------------------------------------------------------------


@dataclass
class EscposPrint:
    image: np.ndarray  # (rows, dots) of bool, True = black
    cuts: int = 0
    queries: list[bytes] = field(default_factory=list)  # DLE EOT n and GS r n, in order


def decode_escpos(data: bytes) -> EscposPrint:
    bands: list[np.ndarray] = []
    result = EscposPrint(image=np.zeros((0, 0), dtype=bool))
    at = 0
    while at < len(data):
        head = data[at : at + 3]
        if head == b"\x1dv0":
            band, at = _raster_band(data, at)
            bands.append(band)
            continue
        if head[:2] in (b"\x10\x04", b"\x1dr"):
            result.queries.append(head)
        elif head[:2] == b"\x1dV":
            result.cuts += 1
        elif head[:2] not in _SKIPPED:
            raise ValueError(f"unexpected ESC/POS byte 0x{data[at]:02x} at offset {at}")
        at += _SIZES.get(head, _SIZES.get(head[:2], 3))
    if bands:
        if len({band.shape[1] for band in bands}) != 1:
            raise ValueError("raster bands of different widths")
        result.image = np.vstack(bands)
    return result


_SKIPPED = (b"\x1b@", b"\x1ba")  # initialise, align
_SIZES = {b"\x1b@": 2, b"\x1dVA": 4, b"\x1dVB": 4}  # the rest are 3 bytes long


def _raster_band(data: bytes, at: int) -> tuple[np.ndarray, int]:
    if data[at + 3] != 0:
        raise ValueError(f"GS v 0 with scaling mode {data[at + 3]} at offset {at}")
    per_row, rows = struct.unpack_from("<HH", data, at + 4)
    end = at + 8 + per_row * rows
    if end > len(data):
        raise ValueError(f"GS v 0 at offset {at} declares {per_row * rows} bytes; fewer follow")
    packed = np.frombuffer(data[at + 8 : end], dtype=np.uint8).reshape(rows, per_row)
    return np.unpackbits(packed, axis=1).astype(bool), end


# --- ZPL ------------------------------------------------------------------------------------


@dataclass
class ZplLabel:
    width: int  # ^PW
    length: int  # ^LL
    image: np.ndarray  # (length, width) of bool, True = black
    encoding: str  # "z64", "b64", "acs" (hexadecimal with or without compression)
    copies: int = 1


_COMMAND = re.compile(r"\^([A-Z]{2})([^^]*)")


def decode_zpl(data: bytes) -> ZplLabel:
    text = data.decode("ascii").replace("~HS", "").strip()
    if not (text.startswith("^XA") and text.endswith("^XZ")):
        raise ValueError("not one ^XA ... ^XZ label format")
    fields: dict[str, str] = {}
    for name, value in _COMMAND.findall(text[3:-3]):
        if name not in ("PW", "LL", "LH", "FO", "GF", "FS", "PQ"):
            raise ValueError(f"unexpected ZPL command ^{name}")
        fields[name] = value
    width, length = int(fields["PW"]), int(fields["LL"])
    x, y = (int(v) for v in fields["FO"].split(","))
    graphic, encoding = _graphic_field(fields["GF"])
    image = np.zeros((length, width), dtype=bool)
    graphic = graphic[: length - y, : width - x]  # dots beyond ^PW and ^LL are not printed
    image[y : y + graphic.shape[0], x : x + graphic.shape[1]] = graphic
    return ZplLabel(width, length, image, encoding, int(fields.get("PQ", "1")))


def _graphic_field(value: str) -> tuple[np.ndarray, str]:
    kind, total, field_count, per_row, data = value.split(",", 4)
    if kind != "A" or total != field_count:
        raise ValueError(f"unexpected ^GF parameters {kind},{total},{field_count}")
    total_bytes, bytes_per_row = int(total), int(per_row)
    if data.startswith((":Z64:", ":B64:")):
        raw, encoding = _base64_field(data), data[1:4].lower()
        if encoding == "z64":
            raw = zlib.decompress(raw)
    else:
        raw, encoding = _ascii_field(data, bytes_per_row), "acs"
    if len(raw) != total_bytes:
        raise ValueError(f"^GF declares {total_bytes} bytes, data holds {len(raw)}")
    packed = np.frombuffer(raw, dtype=np.uint8).reshape(-1, bytes_per_row)
    return np.unpackbits(packed, axis=1).astype(bool), encoding


def _base64_field(data: str) -> bytes:
    body, crc = data[5:].rsplit(":", 1)
    expected = binascii.crc_hqx(body.encode("ascii"), 0)
    if int(crc, 16) != expected:
        raise ValueError(f"^GF CRC {crc} does not match the data ({expected:04X})")
    return base64.b64decode(body, validate=True)


def _ascii_field(data: str, bytes_per_row: int) -> bytes:
    """Hexadecimal with Zebra's ASCII compression (G-Y, g-z counts; , ! : row marks)."""
    width = 2 * bytes_per_row
    rows: list[str] = []
    row, count = "", 0
    for char in data:
        if "G" <= char <= "Y" or "g" <= char <= "z":
            count += _repeat_value(char)
            continue
        row = _extend_row(row, char, count, width, rows)
        count = 0
        if len(row) > width:
            raise ValueError("a ^GF row is longer than its bytes per row")
        if len(row) == width:
            rows.append(row)
            row = ""
    if row:
        raise ValueError("the ^GF data ends inside a row")
    return bytes.fromhex("".join(rows))


def _repeat_value(char: str) -> int:
    if char <= "Y":
        return ord(char) - ord("G") + 1
    return (ord(char) - ord("g") + 1) * 20


def _extend_row(row: str, char: str, count: int, width: int, rows: list[str]) -> str:
    if char in ",!":
        return row + ("0" if char == "," else "F") * (width - len(row))
    if char == ":":
        if row or not rows:
            raise ValueError("':' must follow a complete row")
        return rows[-1]
    if char in "0123456789ABCDEF":
        return row + char * max(count, 1)
    raise ValueError(f"unexpected character {char!r} in ^GF data")


# --- images -----------------------------------------------------------------------------------


def save_png(image: np.ndarray, path: Path) -> None:
    """Write a black-and-white array as a PNG (black dots black)."""
    Image.fromarray(np.where(image, 0, 255).astype(np.uint8)).save(path)


def read_qr(image: np.ndarray) -> list[str]:
    """The text of every QR code in a black-and-white array."""
    gray = np.ascontiguousarray(np.where(image, 0, 255).astype(np.uint8))
    return [code.text for code in zxingcpp.read_barcodes(gray)]


def rendered_dots(content: BadgeContent, size: BadgeSize, dpi: int) -> np.ndarray:
    """What the printer should print: the badge rendered at ``dpi``, black below gray 128."""
    image = render_image(content, size, dpi).convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    gray = rows.reshape(image.height(), image.bytesPerLine())[:, : image.width()]
    return gray < 128  # a new array: it outlives ``image``


AWKWARD = ("300-character name", "empty name", "missing photo", "corrupt photo")


def awkward_input(case: str, folder: Path) -> dict[str, object]:
    """Changes to the base badge that must still give a sane badge (one of ``AWKWARD``)."""
    corrupt = folder / "corrupt.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0 this is not really a JPEG" * 20)
    return {
        "300-character name": {"badge_name": "Maria-Fernanda " * 20},
        "empty name": {"badge_name": "", "native_name": ""},
        "missing photo": {"photo_path": str(folder / "no-such-photo.jpg")},
        "corrupt photo": {"photo_path": str(corrupt)},
    }[case]
