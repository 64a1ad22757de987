"""Text size and touch targets: the large-text mode, and buttons at least 15 mm at the screen's dpi.

The theme's sizes are for a 1280x800 screen read from a metre away. Large text multiplies every
``font-size`` of the stylesheet (and the window's font) by ``LARGE_TEXT_SCALE``; the screens are
laid out to fit 1280x800 either way. Every button is at least ``TOUCH_MM`` on each side at the
screen's physical dpi: the OS's figure, or the ``[kiosk] screen_dpi`` setting where the OS
reports nonsense (docs/accessibility.md).
"""

from __future__ import annotations

import logging
import math
import re

from PySide6.QtCore import QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QIcon,
    QPainter,
    QPixmap,
    QScreen,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.ui import tap_guard, theme
from kiosk.ui.options import MAX_DPI, MIN_DPI

log = logging.getLogger(__name__)

TOUCH_MM = 15.0  # the smallest side of anything a finger presses
MM_PER_INCH = 25.4
FALLBACK_DPI = 96.0
LARGE_TEXT_SCALE = 1.25
LARGE_TEXT_CAP_PX = 36  # text already this large (prompts, titles) keeps its size
# A result screen keeps its bottom band clear of controls: the attract screen's language buttons
# (a touch target high, 36 px above the bottom; the result screen's margin there is 24 px).
KEEP_CLEAR_EXTRA_PX = 12
_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")
_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
# Larger text takes its room from the padding of the boxes around it, so the longest name,
# a printer problem and the way to the desk still fit one 1280x800 screen.
_LARGE_TEXT_ROOM = "#band { padding: 8px 40px; }\n#where { padding: 8px 24px; }\n"
_KEEP_SIZE = ("QPushButton", "#small")  # buttons, and the staff's small print (see styled)


def touch_px(dpi: float) -> int:
    """The smallest button side in pixels: ``TOUCH_MM`` at ``dpi``, never under the theme's."""
    return max(theme.TOUCH_PX, math.ceil(TOUCH_MM / MM_PER_INCH * dpi))


def is_plausible_dpi(dpi: float) -> bool:
    return MIN_DPI <= dpi <= MAX_DPI


def physical_dpi(screen: QScreen | None, configured: float = 0.0) -> float:
    """``configured`` when set (non-zero), else the screen's, else ``FALLBACK_DPI``."""
    if configured:
        return configured
    reported = screen.physicalDotsPerInch() if screen is not None else 0.0
    if is_plausible_dpi(reported):
        return reported
    log.warning(
        "the screen reports %.0f dpi; assuming %.0f (set [kiosk] screen_dpi)",
        reported,
        FALLBACK_DPI,
    )
    return FALLBACK_DPI


def styled(stylesheet: str, scale: float, touch: int) -> str:
    """``stylesheet`` with its text times ``scale`` and buttons at least ``touch`` px.

    Text is scaled up to ``LARGE_TEXT_CAP_PX``: the scan prompts and titles are larger already.
    Buttons keep their size of text: at 28 px they read from a metre already, and six language
    names a quarter larger would no longer fit side by side on a 1280 px screen. So does the
    small print for staff (registration number, printer detail), which is not the visitor's.
    """

    def scale_rule(rule: re.Match[str]) -> str:
        selector, body = rule[1], rule[2]
        if not any(kept in selector for kept in _KEEP_SIZE):
            body = _FONT_SIZE.sub(lambda m: f"font-size: {_scaled_px(int(m[1]), scale)}px", body)
        return f"{selector}{{{body}}}"

    scaled = _RULE.sub(scale_rule, stylesheet)
    return (
        f"{scaled}\nQPushButton {{ min-height: {touch}px; }}\n"
        # Only the icon button needs a width: a text button is wider than a touch target by its
        # padding, and a stylesheet min-width would become its minimum width, below its text's,
        # letting a crowded layout cut the text.
        f"QPushButton#largeText {{ min-width: {touch}px; }}\n"
        f'*[keepClear="true"] {{ min-height: {touch + KEEP_CLEAR_EXTRA_PX}px; }}\n'
        f"{_LARGE_TEXT_ROOM if scale > 1 else ''}"
    )


def _scaled_px(size: int, scale: float) -> int:
    return max(size, min(round(size * scale), LARGE_TEXT_CAP_PX))


class TextSize(QObject):
    """Applies the theme to ``window`` at normal or large text size; ``changed`` on a switch.

    A switch asked for within the double-tap interval of the last one is ignored: a double tap on
    the "larger text" button turns it on, not on and off again.
    """

    changed = Signal(bool)

    def __init__(self, window: QWidget, configured_dpi: float = 0.0) -> None:
        super().__init__(window)
        self._window = window
        screen = window.screen() or QGuiApplication.primaryScreen()
        self.dpi = physical_dpi(screen, configured_dpi)
        self.touch_px = touch_px(self.dpi)
        self._large = False
        self._last_switch_ms: int | None = None
        self._apply()

    @property
    def large(self) -> bool:
        return self._large

    def ask(self, large: bool) -> bool:
        """A person asked for ``large`` text; False if it was the second tap of a double tap."""
        now_ms = tap_guard.monotonic_ms()
        interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
        last = self._last_switch_ms
        if last is not None and 0 <= now_ms - last < interval:
            self.changed.emit(self._large)  # puts the button back the way the text is
            return False
        self._last_switch_ms = now_ms
        self.set_large(large)
        return True

    def reset(self) -> None:
        """Normal text for the next visitor, whose first tap on the button always counts."""
        self._last_switch_ms = None
        self.set_large(False)

    def set_large(self, large: bool) -> None:
        if large == self._large:
            return
        self._large = large
        self._apply()
        self.changed.emit(large)

    def _apply(self) -> None:
        scale = LARGE_TEXT_SCALE if self._large else 1.0
        font = theme.ui_font()
        font.setPixelSize(_scaled_px(font.pixelSize(), scale))
        self._window.setFont(QFont(font))
        self._window.setStyleSheet(styled(theme.STYLESHEET, scale, self.touch_px))


class LargeTextButton(QPushButton):
    """The attract screen's "A A" button: a small and a large letter A, checked while text is large.

    The screen sets its accessible name ("Larger text") in the visitor's language.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("largeText")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must not press it
        icon = QIcon()
        icon.addPixmap(_two_letters(theme.UN_BLUE), QIcon.Mode.Normal, QIcon.State.Off)
        icon.addPixmap(_two_letters(theme.PAPER), QIcon.Mode.Normal, QIcon.State.On)
        self.setIcon(icon)
        self.setIconSize(_ICON)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


_ICON = QSize(64, 44)


def _two_letters(colour: str) -> QPixmap:
    pixmap = QPixmap(_ICON)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour))
    font = theme.ui_font()
    font.setBold(True)
    baseline = _ICON.height() - 6  # both letters stand on one line
    for centre, size in ((12, 24), (44, 44)):
        font.setPixelSize(size)
        painter.setFont(font)
        half = QFontMetricsF(font).horizontalAdvance("A") / 2
        painter.drawText(QPointF(centre - half, baseline), "A")
    painter.end()
    return pixmap
