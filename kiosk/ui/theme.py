"""How the kiosk looks: WCAG AA colours, type read from a metre away, big touch targets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from kiosk.printing.fonts import FONT_STACK
from kiosk.ui.messages import Tone

INK = "#1A1A1A"  # body text; 17:1 on white
PAPER = "#FFFFFF"
MUTED = "#4A4A4A"  # secondary text; 8.9:1 on white
UN_BLUE = "#00558C"  # header and buttons; white on it is 7.8:1
NEUTRAL = "#555555"  # a category band whose colour is unknown; white on it is 7.5:1
WHERE_TINT = "#E6EEF5"  # behind "where to go"; ink on it is 14.9:1

TONE_COLOURS = {
    Tone.SUCCESS: "#146C2E",  # green; white on it 6.5:1
    Tone.INFO: UN_BLUE,
    Tone.NOTICE: "#F2A900",  # amber; ink on it 8.7:1
    Tone.REFUSAL: "#B3261E",  # red; white on it 6.5:1
}

# Pixel sizes for a 1280x800 kiosk screen read from about 1 m. FitLabels (titles, names, the
# prompts, the category band) size themselves: no rule below may give them a font size.
# Weights are regular (400) or bold (700), nothing between: the CJK faces have no bold, and Qt
# emboldens them only for 700, so a 600 would set the Latin words of a Chinese sentence in bold
# and its Chinese characters in regular.
PROMPT_PX = 50
PROMPT_MIN_PX = 30
TITLE_PX = 52
HEADER_PX = 30  # the attract screen's header: the event title and the subtitle
HEADER_MIN_PX = 20
HEADER_HEIGHT = 88  # the same in every language: the tallest script's line (Arabic) fits
CATEGORY_PX = 34
CATEGORY_MIN_PX = 22
NAME_PX = 80
NAME_MIN_PX = 40
BODY_PX = 32
WHERE_PX = 28
SMALL_PX = 22
TOUCH_PX = 80  # minimum height of anything a finger presses
BUTTON_PX = 28
# Naskh Arabic letters are small for their pixel size (the ink of "العربية" is 24 px high at 28 px,
# "English" 28 px): a language button in Arabic script is set this much larger to look the same.
LANGUAGE_BUTTON_SCALE = {"ar": 1.2}

STYLESHEET = f"""
QMainWindow, QStackedWidget > QWidget {{ background: {PAPER}; color: {INK}; }}
QLabel {{ color: {INK}; }}
#band {{ padding: 16px 40px; }}
#category {{ padding: 8px 24px; border-radius: 12px; }}
#header, #title {{ background: {UN_BLUE}; color: {PAPER}; padding: 0 32px; }}
#header {{ font-size: {HEADER_PX}px; font-weight: 700; }}
#prompt {{ padding: 6px; }}
#prompt[current="true"] {{ color: {UN_BLUE}; }}
#hint {{ font-size: 30px; color: {MUTED}; }}
#checking {{ font-size: 64px; font-weight: 700; }}
#body {{ font-size: {BODY_PX}px; }}
#where {{ background: {WHERE_TINT}; border-radius: 12px; padding: 14px 24px;
          font-size: {WHERE_PX}px; font-weight: 700; }}
#small {{ font-size: {SMALL_PX}px; color: {MUTED}; }}
QPushButton {{ min-height: {TOUCH_PX}px; font-size: {BUTTON_PX}px; padding: 0 24px;
               border-radius: 14px; border: 3px solid {UN_BLUE}; background: {PAPER};
               color: {UN_BLUE}; }}
QPushButton:checked {{ background: {UN_BLUE}; color: {PAPER}; }}
QPushButton:pressed {{ background: {WHERE_TINT}; }}
QPushButton#language {{ padding: 0 14px; }}  /* six names side by side on a 1080 px portrait */
QPushButton#done {{ background: {UN_BLUE}; color: {PAPER}; min-width: 260px; }}
#bandRow QPushButton#done {{ background: {PAPER}; color: {UN_BLUE}; border-color: {PAPER};
                             min-width: 200px; }}  /* leaves the title room on 1080 px */
QProgressBar {{ min-height: 24px; max-height: 24px; border: 2px solid {UN_BLUE};
                border-radius: 12px; background: {WHERE_TINT}; }}
QProgressBar::chunk {{ background: {UN_BLUE}; border-radius: 10px; }}
"""


def ui_font() -> QFont:
    """The screens' font: the shipped Noto families (the badge's stack), so every script renders."""
    font = QFont()
    font.setFamilies(list(FONT_STACK))
    font.setPixelSize(BODY_PX)
    return font


def band_style(background: str) -> str:
    """Style for a coloured band with whichever of ink or paper text reads best on it.

    ``background`` is any colour Qt understands ("#RRGGBB" from the registry); an empty or
    unreadable one gives a neutral grey band.
    """
    colour = QColor(background)
    name = colour.name() if background and colour.isValid() else NEUTRAL
    return f"background: {name}; color: {text_colour_on(name)};"


def text_colour_on(background: str) -> str:
    """INK or PAPER, whichever contrasts more with ``background``."""
    ink = contrast_ratio(INK, background)
    paper = contrast_ratio(PAPER, background)
    return INK if ink >= paper else PAPER


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    rgb = QColor(colour)
    channels = (rgb.redF(), rgb.greenF(), rgb.blueF())
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
