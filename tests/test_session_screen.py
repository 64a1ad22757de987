"""packaging/session_screen.py, the eye of scripts/check-kiosk-session: it passes a kiosk frame
that fills the screen and names its header colour, and says what is wrong with a frame that is
not one (the window smaller than the screen on cage's black, nothing drawn, no header band).
The script itself runs on the real session in CI, after scripts/build-deb."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "assets/fonts/NotoSans-Regular.ttf"
BLUE = (0, 85, 140)


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "session_screen", ROOT / "packaging/session_screen.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["session_screen"] = module
    spec.loader.exec_module(module)
    return module


session_screen = load()


def kiosk_frame(width: int, height: int, header: tuple[int, int, int] = BLUE) -> Image.Image:
    """A frame like the kiosk's: a header band across the top, anti-aliased text on white."""
    frame = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(frame)
    draw.rectangle((0, 0, width, height // 12), fill=header)
    font = ImageFont.truetype(str(FONT), 40)
    for line, text in enumerate(("Scan your code", "Scannez votre code", "Escanee su código")):
        draw.text((width // 8, height // 5 + 60 * line), text, fill=(26, 26, 26), font=font)
    draw.text((40, 10), "WSIS Forum 2022", fill="white", font=font)
    return frame


def test_a_kiosk_frame_filling_the_screen_passes_and_names_its_header_colour() -> None:
    assert session_screen.look(kiosk_frame(1920, 1080), 1920, 1080) == "0,85,140"
    green = kiosk_frame(1280, 720, header=(20, 108, 46))
    assert session_screen.look(green, 1280, 720) == "20,108,46"


def test_a_window_smaller_than_the_screen_on_cages_black_fails() -> None:
    screen = Image.new("RGB", (1920, 1080), "black")
    screen.paste(kiosk_frame(1280, 720), (0, 0))
    with pytest.raises(ValueError, match="56% of the screen is black"):
        session_screen.look(screen, 1920, 1080)


def test_a_blank_frame_fails() -> None:
    with pytest.raises(ValueError, match="black"):
        session_screen.look(Image.new("RGB", (1280, 720), "black"), 1280, 720)
    with pytest.raises(ValueError, match="only 1 colours: nothing is drawn"):
        session_screen.look(Image.new("RGB", (1280, 720), "white"), 1280, 720)


def test_a_screen_of_another_size_fails() -> None:
    with pytest.raises(ValueError, match="the screen is 1280x720, not 1920x1080"):
        session_screen.look(kiosk_frame(1280, 720), 1920, 1080)


def test_a_frame_without_a_full_width_header_fails() -> None:
    frame = kiosk_frame(1280, 720)
    ImageDraw.Draw(frame).rectangle((1000, 0, 1280, 40), fill="white")
    with pytest.raises(ValueError, match="the top corners differ"):
        session_screen.look(frame, 1280, 720)
