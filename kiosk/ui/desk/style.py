"""How the desk looks: the kiosk's colours (WCAG AA, see ui/contrast.py) at desk sizes, for a
mouse and a keyboard on a 1280x800 or larger screen read from half a metre."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel

from kiosk.printing.fonts import FONT_STACK
from kiosk.ui.messages import Tone
from kiosk.ui.theme import INK, MUTED, PAPER, TONE_COLOURS, UN_BLUE, WHERE_TINT

BODY_PX = 16
HEADER_PX = 20
BUTTON_HEIGHT_PX = 34
REFUSAL = TONE_COLOURS[Tone.REFUSAL]

DESK_STYLESHEET = f"""
QMainWindow, QStackedWidget > QWidget {{ background: {PAPER}; color: {INK}; }}
QLabel {{ color: {INK}; }}
#header {{ background: {UN_BLUE}; color: {PAPER}; font-size: {HEADER_PX}px; font-weight: 700;
           padding: 8px 16px; }}
#deskBar {{ background: {UN_BLUE}; }}
#deskBar QLabel {{ color: {PAPER}; font-size: {HEADER_PX}px; }}
#deskBar QLabel#deskStaff {{ font-size: {BODY_PX}px; }}
#hint, #small {{ color: {MUTED}; }}
#title {{ font-size: {HEADER_PX}px; font-weight: 700; }}
#warning {{ color: {REFUSAL}; font-weight: 700; }}
#deskMessage {{ background: {WHERE_TINT}; padding: 6px 12px; }}
QPushButton {{ min-height: {BUTTON_HEIGHT_PX}px; padding: 0 14px; border-radius: 6px;
               border: 2px solid {UN_BLUE}; background: {PAPER}; color: {UN_BLUE}; }}
QPushButton:default, QPushButton#primary {{ background: {UN_BLUE}; color: {PAPER}; }}
QPushButton:disabled {{ border-color: {MUTED}; color: {MUTED}; }}
QPushButton:pressed {{ background: {WHERE_TINT}; }}
#deskBar QPushButton {{ border-color: {PAPER}; background: {UN_BLUE}; color: {PAPER}; }}
QTabBar::tab {{ padding: 8px 18px; }}
QTabBar::tab:selected {{ color: {UN_BLUE}; font-weight: 700; }}
"""


def desk_font() -> QFont:
    """The shipped Noto families at desk size, so a name in any script renders."""
    font = QFont()
    font.setFamilies(list(FONT_STACK))
    font.setPixelSize(BODY_PX)
    return font


def align_to_layout(
    widget: QLabel, vertical: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter
) -> None:
    """Start a label at the layout's leading edge whatever the script of its text: a Latin name
    or staff id on an Arabic page starts at the right like the Arabic words around it (a label
    left alone aligns by its own text's direction). Call again when the language changes."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | vertical)
