"""Synthetic camera frames: a phone showing a QR code in a cluttered scene, for tests and benches.

Made with numpy (no OpenCV), which only tests and benches have: the bundle ships without it
(docs/deployment.md), so `kiosk bench` run from the bundle leaves the camera figures out. The
perspective warp, blur, motion blur, glare, low contrast, sensor noise and dark-mode inversion are
done here, and every frame is fully determined by its seed, so a frame set is the same on every
machine. Frames are grayscale, like the luminance plane a camera delivers.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import qrcode
from numpy.typing import NDArray

from kiosk.core.credentials import Credential, sign_credential
from kiosk.scan.gray import Gray

Pixels = NDArray[np.uint8]
Image = NDArray[np.float32]

# A fixed key for sample codes: real in form (188 digits, signed), valid for no event.
SAMPLE_KEY = bytes(range(32))
SAMPLE_KEY_ID = 1
SAMPLE_EVENT_ID = 2022

HD720 = (1280, 720)
HD1080 = (1920, 1080)
QUIET_ZONE = 4  # modules of screen around the code, as the QR standard asks
_EC_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}


class Difficulty(enum.Enum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"  # deliberately extreme: a good decoder reads some of these, not all


@dataclass(frozen=True, slots=True)
class Bucket:
    """The ranges one difficulty draws from; sizes are fractions of the frame height."""

    code_height: tuple[float, float]  # side of the code (without quiet zone) / frame height
    tilt: float  # largest corner shift, as a fraction of the phone's size (perspective)
    rotation_deg: float
    blur_sigma: tuple[float, float]  # Gaussian blur, in pixels
    contrast: tuple[float, float]  # 1.0 keeps the contrast, 0.25 squeezes it around mid-grey
    glare_chance: float
    motion_chance: float
    motion_px: tuple[int, int]
    noise: tuple[float, float]  # sensor noise standard deviation, in grey levels


BUCKETS = {
    Difficulty.EASY: Bucket(
        (0.30, 0.60), 0.04, 15, (0.0, 0.8), (0.8, 1.0), 0.15, 0.0, (1, 1), (1, 4)
    ),
    Difficulty.MEDIUM: Bucket(
        (0.30, 0.60), 0.10, 15, (0.8, 1.5), (0.45, 0.8), 0.5, 0.0, (1, 1), (3, 8)
    ),
    Difficulty.HARD: Bucket(
        (0.25, 0.50), 0.18, 40, (1.2, 2.2), (0.25, 0.55), 0.8, 0.4, (5, 11), (6, 14)
    ),
}


@dataclass(frozen=True, slots=True, eq=False)
class SyntheticFrame:
    """One generated frame and what it shows."""

    pixels: Pixels  # (height, width) grayscale
    text: str  # what the code says; "" when the frame holds no code
    difficulty: Difficulty | None
    inverted: bool  # light modules on a dark screen (a phone in dark mode)
    module_px: float  # camera pixels per QR module (0 without a code)
    seed: int

    @property
    def gray(self) -> Gray:
        """The picture as the camera path carries it (camera_fake.video_frame, decode_luma)."""
        return Gray.from_array(self.pixels)


def sample_code(registration_id: int = 22_000_150) -> str:
    """A signed credential as a registry issues it (SAMPLE_KEY), to put on generated frames."""
    issued = datetime(2022, 5, 2, 9, 0, tzinfo=UTC)
    credential = Credential(SAMPLE_KEY_ID, SAMPLE_EVENT_ID, registration_id, 3, 0, issued)
    return sign_credential(credential, SAMPLE_KEY)


def qr_modules(text: str, error_correction: str = "Q") -> NDArray[np.bool_]:
    """The QR modules of ``text`` without quiet zone; True is a dark module."""
    code = qrcode.QRCode(error_correction=_EC_LEVELS[error_correction], border=0)
    code.add_data(text)
    code.make(fit=True)
    return np.array(code.get_matrix(), dtype=bool)


def code_frame(
    text: str,
    size: tuple[int, int] = HD720,
    difficulty: Difficulty = Difficulty.EASY,
    *,
    inverted: bool = False,
    seed: int = 0,
) -> SyntheticFrame:
    """A frame of ``size`` (width, height) with a phone showing ``text`` as a QR code."""
    return _code_frame(text, qr_modules(text), _Shot(size, difficulty, inverted, seed))


def empty_frame(size: tuple[int, int] = HD720, *, seed: int = 0) -> SyntheticFrame:
    """A frame with no code: clutter, and every other time a phone showing only text."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = _background(rng, width, height)
    if seed % 2:
        screen = _phone_texture(rng, None, 6, inverted=bool(rng.random() < 0.3))
        scale = rng.uniform(0.3, 0.6) * height / screen.shape[0]
        corners = _placement(rng, screen.shape, scale, 0, _Shot(size, Difficulty.EASY))
        _paste_warped(image, screen, corners)
    image = _degrade(rng, image, BUCKETS[Difficulty.EASY], corners=None)
    return SyntheticFrame(_to_gray(image), "", None, False, 0.0, seed)


def frame_set(
    text: str,
    size: tuple[int, int] = HD720,
    count: int = 30,
    *,
    inverted: bool = False,
    seed: int = 0,
) -> list[SyntheticFrame]:
    """``count`` frames whose difficulty rotates easy, medium, hard; frame i uses seed+i."""
    modules = qr_modules(text)
    order = list(Difficulty)
    return [
        _code_frame(text, modules, _Shot(size, order[i % 3], inverted, seed + i))
        for i in range(count)
    ]


@dataclass(frozen=True, slots=True)
class _Shot:
    """How one frame is taken."""

    size: tuple[int, int]  # (width, height)
    difficulty: Difficulty
    inverted: bool = False
    seed: int = 0

    @property
    def bucket(self) -> Bucket:
        return BUCKETS[self.difficulty]


def _code_frame(text: str, modules: NDArray[np.bool_], shot: _Shot) -> SyntheticFrame:
    rng = np.random.default_rng(shot.seed)
    bucket = shot.bucket
    width, height = shot.size
    code_side = rng.uniform(*bucket.code_height) * height
    module_px = code_side / len(modules)
    texture_module = int(np.clip(round(module_px), 3, 12))
    image = _background(rng, width, height)
    screen = _phone_texture(rng, modules, texture_module, inverted=shot.inverted)
    scale = module_px / texture_module
    # Half the diagonal of the code with its quiet zone, plus room for the tilt.
    reach = (len(modules) + 2 * QUIET_ZONE) * module_px * (0.71 + bucket.tilt)
    corners = _placement(rng, screen.shape, scale, reach, shot)
    _paste_warped(image, screen, corners)
    image = _degrade(rng, image, bucket, corners)
    pixels = _to_gray(image)
    return SyntheticFrame(pixels, text, shot.difficulty, shot.inverted, module_px, shot.seed)


# --- the scene ----------------------------------------------------------------------------------


def _background(rng: np.random.Generator, width: int, height: int) -> Image:
    """Smooth light and shade, with boxes and lines: a hall, a desk, a sleeve."""
    coarse = rng.uniform(40, 200, (height // 64 + 2, width // 64 + 2)).astype(np.float32)
    image = _resize(coarse, height, width)
    for _ in range(int(rng.integers(6, 16))):
        x0, y0 = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(20, width // 3)), int(rng.integers(10, height // 3))
        image[y0 : y0 + h, x0 : x0 + w] = rng.uniform(20, 235)
    for _ in range(int(rng.integers(4, 12))):
        _line(image, rng, float(rng.uniform(10, 240)))
    return image


def _line(image: Image, rng: np.random.Generator, value: float) -> None:
    height, width = image.shape
    x0, x1 = rng.uniform(0, width, 2)
    y0, y1 = rng.uniform(0, height, 2)
    thickness = rng.uniform(1, 5)
    steps = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
    xs = np.linspace(x0, x1, steps).astype(int)
    ys = np.linspace(y0, y1, steps).astype(int)
    half = int(thickness // 2)
    for offset in range(-half, half + 1):
        image[np.clip(ys + offset, 0, height - 1), np.clip(xs, 0, width - 1)] = value


def _phone_texture(
    rng: np.random.Generator, modules: NDArray[np.bool_] | None, module: int, *, inverted: bool
) -> Image:
    """A phone seen face on, ``module`` pixels per QR module: bezel, screen, text lines, code."""
    count = 25 if modules is None else len(modules)
    code_px = count * module
    side = code_px + 2 * (QUIET_ZONE + 2) * module
    top, bottom = 10 * module, 12 * module
    if inverted:
        paper, ink = rng.uniform(10, 45), rng.uniform(190, 250)
    else:
        paper, ink = rng.uniform(215, 255), rng.uniform(0, 45)
    screen = np.full((top + side + bottom, side), paper, np.float32)
    _text_lines(rng, screen[: top - module], module, paper, ink)
    _text_lines(rng, screen[top + side + module :], module, paper, ink)
    if modules is not None:
        at = top + (QUIET_ZONE + 2) * module
        left = (QUIET_ZONE + 2) * module
        cells = np.kron(modules, np.ones((module, module), dtype=bool))
        screen[at : at + code_px, left : left + code_px] = np.where(cells, ink, paper)
    bezel = int(2.5 * module)
    phone = np.full(
        (screen.shape[0] + 2 * bezel, screen.shape[1] + 2 * bezel), rng.uniform(10, 50), np.float32
    )
    phone[bezel:-bezel, bezel:-bezel] = screen
    return phone


def _text_lines(
    rng: np.random.Generator, area: Image, module: int, paper: float, ink: float
) -> None:
    """Grey bars where a confirmation page has its text."""
    height, width = area.shape
    shade = paper + (ink - paper) * 0.6
    for y in range(module, height - module, 2 * module):
        length = int(rng.uniform(0.3, 0.9) * (width - 4 * module))
        area[y : y + module, 2 * module : 2 * module + length] = shade


def _placement(
    rng: np.random.Generator,
    texture_shape: tuple[int, ...],
    scale: float,
    keep_in_view: float,
    shot: _Shot,
) -> NDArray[np.float64]:
    """Where the texture's corners land in the frame: scaled, rotated, tilted, shifted.

    A circle of radius ``keep_in_view`` (frame pixels) round the phone's centre stays in the
    frame: the code and its quiet zone; the phone's ends may leave it.
    """
    tex_h, tex_w = texture_shape
    bucket = shot.bucket
    angle = math.radians(rng.uniform(-bucket.rotation_deg, bucket.rotation_deg))
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    local = np.array([[0, 0], [tex_w, 0], [tex_w, tex_h], [0, tex_h]]) - (tex_w / 2, tex_h / 2)
    corners = (local * scale) @ rotation.T
    corners += rng.uniform(-bucket.tilt, bucket.tilt, (4, 2)) * max(tex_w, tex_h) * scale
    width, height = shot.size
    centre_x = rng.uniform(min(keep_in_view, width / 2), max(width - keep_in_view, width / 2))
    centre_y = rng.uniform(min(keep_in_view, height / 2), max(height - keep_in_view, height / 2))
    result: NDArray[np.float64] = corners + np.array([centre_x, centre_y])
    return result


def _paste_warped(image: Image, texture: Image, corners: NDArray[np.float64]) -> None:
    """Draw ``texture`` into ``image`` so its corners land on ``corners`` (a homography)."""
    tex_h, tex_w = texture.shape
    source = np.array([[0, 0], [tex_w, 0], [tex_w, tex_h], [0, tex_h]], dtype=np.float64)
    inverse = _homography(corners, source)
    height, width = image.shape
    x0, y0 = np.floor(corners.min(axis=0)).astype(int).clip(0, (width, height))
    x1, y1 = np.ceil(corners.max(axis=0)).astype(int).clip(0, (width, height))
    if x1 <= x0 or y1 <= y0:
        return
    xs, ys = np.meshgrid(np.arange(x0, x1) + 0.5, np.arange(y0, y1) + 0.5)
    w = inverse[2, 0] * xs + inverse[2, 1] * ys + inverse[2, 2]
    u = (inverse[0, 0] * xs + inverse[0, 1] * ys + inverse[0, 2]) / w - 0.5
    v = (inverse[1, 0] * xs + inverse[1, 1] * ys + inverse[1, 2]) / w - 0.5
    inside = (u >= 0) & (u <= tex_w - 1) & (v >= 0) & (v <= tex_h - 1)
    region = image[y0:y1, x0:x1]
    region[inside] = _bilinear(texture, u[inside], v[inside])


def _homography(source: NDArray[np.float64], target: NDArray[np.float64]) -> NDArray[np.float64]:
    """The 3x3 projective map taking the four ``source`` points onto the four ``target`` points."""
    rows: list[list[float]] = []
    values: list[float] = []
    for (x, y), (u, v) in zip(source, target, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values.extend((u, v))
    solution = np.linalg.solve(np.array(rows), np.array(values))
    return np.append(solution, 1.0).reshape(3, 3)


def _bilinear(texture: Image, u: NDArray[np.float64], v: NDArray[np.float64]) -> Image:
    u0 = np.minimum(u.astype(int), texture.shape[1] - 2)
    v0 = np.minimum(v.astype(int), texture.shape[0] - 2)
    fu = (u - u0).astype(np.float32)
    fv = (v - v0).astype(np.float32)
    top = texture[v0, u0] * (1 - fu) + texture[v0, u0 + 1] * fu
    bottom = texture[v0 + 1, u0] * (1 - fu) + texture[v0 + 1, u0 + 1] * fu
    result: Image = top * (1 - fv) + bottom * fv
    return result


# --- what the camera does to it -----------------------------------------------------------------


def _degrade(
    rng: np.random.Generator,
    image: Image,
    bucket: Bucket,
    corners: NDArray[np.float64] | None,
) -> Image:
    """Glare on the screen, lens blur, hand shake, exposure (contrast) and sensor noise."""
    if corners is not None and rng.random() < bucket.glare_chance:
        _glare(rng, image, corners)
    image = _gaussian_blur(image, rng.uniform(*bucket.blur_sigma))
    if rng.random() < bucket.motion_chance:
        length = int(rng.integers(bucket.motion_px[0], bucket.motion_px[1] + 1))
        image = _motion_blur(image, length, rng.uniform(0, math.pi))
    contrast = rng.uniform(*bucket.contrast)
    image = 128 + contrast * (image - 128) + rng.uniform(-20, 20)
    noise = rng.standard_normal(image.shape, dtype=np.float32)
    result: Image = image + noise * np.float32(rng.uniform(*bucket.noise))
    return result


def _glare(rng: np.random.Generator, image: Image, corners: NDArray[np.float64]) -> None:
    """A bright elliptical reflection somewhere on the phone."""
    weights = rng.dirichlet(np.ones(4))
    cx, cy = weights @ corners
    span = float(np.ptp(corners[:, 0]) + np.ptp(corners[:, 1])) / 2
    rx, ry = rng.uniform(0.08, 0.3, 2) * span
    strength = rng.uniform(80, 220)
    height, width = image.shape
    x0, x1 = int(max(cx - 3 * rx, 0)), int(min(cx + 3 * rx, width))
    y0, y1 = int(max(cy - 3 * ry, 0)), int(min(cy + 3 * ry, height))
    if x1 <= x0 or y1 <= y0:
        return
    xs = ((np.arange(x0, x1) - cx) / rx).astype(np.float32) ** 2
    ys = ((np.arange(y0, y1) - cy) / ry).astype(np.float32) ** 2
    image[y0:y1, x0:x1] += strength * np.exp(-0.5 * (ys[:, None] + xs[None, :]))


def _gaussian_blur(image: Image, sigma: float) -> Image:
    if sigma < 0.3:
        return image
    radius = math.ceil(3 * sigma)
    taps = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2).astype(np.float32)
    taps /= taps.sum()
    return _convolve_columns(_convolve_columns(image, taps).T, taps).T


def _convolve_columns(image: Image, taps: NDArray[np.float32]) -> Image:
    """Convolve every row with ``taps`` (edges repeat)."""
    radius = len(taps) // 2
    padded = np.pad(image, ((0, 0), (radius, radius)), mode="edge")
    width = image.shape[1]
    out = np.zeros_like(image)
    for index, weight in enumerate(taps):
        out += weight * padded[:, index : index + width]
    return out


def _motion_blur(image: Image, length: int, angle: float) -> Image:
    """The average of ``length`` copies shifted along ``angle``: a hand moving during exposure."""
    pad = length
    padded = np.pad(image, pad, mode="edge")
    height, width = image.shape
    out = np.zeros_like(image)
    for step in np.linspace(-(length - 1) / 2, (length - 1) / 2, length):
        dx, dy = round(step * math.cos(angle)), round(step * math.sin(angle))
        out += padded[pad + dy : pad + dy + height, pad + dx : pad + dx + width]
    result: Image = out / np.float32(length)
    return result


def _resize(image: Image, height: int, width: int) -> Image:
    """Bilinear resize of a small image (the background's light and shade)."""
    rows = np.linspace(0, image.shape[0] - 1, height, dtype=np.float32)
    cols = np.linspace(0, image.shape[1] - 1, width, dtype=np.float32)
    c0 = np.minimum(cols.astype(int), image.shape[1] - 2)
    fc = cols - c0
    across = image[:, c0] * (1 - fc) + image[:, c0 + 1] * fc
    r0 = np.minimum(rows.astype(int), image.shape[0] - 2)
    fr = (rows - r0)[:, None]
    result: Image = across[r0] * (1 - fr) + across[r0 + 1] * fr
    return result


def _to_gray(image: Image) -> Pixels:
    return np.clip(np.rint(image), 0, 255).astype(np.uint8)
