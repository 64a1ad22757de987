"""Look at the kiosk session's screen: grab a virtual X screen and say whether the kiosk fills it.

scripts/check-kiosk-session runs cage with its output as a window on Xvfb, so the X screen holds
what cage composited: what the kiosk's monitor would show. This grabs it to a PNG and checks that
one full-screen window is on it: the screen's size, no black left by cage around a smaller window
(cage's background is black and the kiosk draws none), a header band of one colour across the
whole width, and more than a few colours (text is drawn, the frame is not blank). On success it
prints the header's colour, which tells the kiosk's screens apart (blue: scan your code; green:
welcome); otherwise it says what is wrong and exits 1.

Usage: python packaging/session_screen.py DISPLAY PNG WIDTHxHEIGHT
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageGrab

BLACK_AT_MOST = 0.01  # share of pure black pixels: text's dark strokes are not pure black
COLOURS_AT_LEAST = 100  # anti-aliased text gives hundreds; a blank or one-colour frame a few
HEADER_ROW = 8  # pixels from the top: inside the kiosk's header band on every screen


def look(picture: Image.Image, width: int, height: int) -> str:
    """The header's colour as "r,g,b" when the picture is a full-screen kiosk frame."""
    rgb = picture.convert("RGB")
    if rgb.size != (width, height):
        raise ValueError(f"the screen is {rgb.size[0]}x{rgb.size[1]}, not {width}x{height}")
    counts = rgb.getcolors(width * height) or []
    black = sum(n for n, colour in counts if colour == (0, 0, 0)) / (width * height)
    if black > BLACK_AT_MOST:
        raise ValueError(f"{black:.0%} of the screen is black: the kiosk does not cover it")
    if len(counts) < COLOURS_AT_LEAST:
        raise ValueError(f"only {len(counts)} colours: nothing is drawn")
    left = rgb.getpixel((HEADER_ROW, HEADER_ROW))
    right = rgb.getpixel((width - 1 - HEADER_ROW, HEADER_ROW))
    if left != right:
        raise ValueError(f"the top corners differ ({left} and {right}): no full-width header")
    assert isinstance(left, tuple)
    return ",".join(str(c) for c in left)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    display, png, size = argv
    width, height = (int(n) for n in size.split("x"))
    picture = ImageGrab.grab(xdisplay=display)
    Path(png).parent.mkdir(parents=True, exist_ok=True)
    picture.save(png)
    try:
        print(look(picture, width, height))
    except ValueError as problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
