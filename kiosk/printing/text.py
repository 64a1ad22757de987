"""Text in a box, in any script: shrink to fit, wrap to a few lines, elide only as a last resort.

Sizes are in points; the painter draws in millimetres (see render.py), so fonts are converted to
millimetre user units for the device they are measured on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QTextLayout,
    QTextOption,
)

from kiosk.core.badge_layout import Align, TextBox, is_right_to_left, keep_particles
from kiosk.printing.fonts import badge_font

MM_PER_INCH = 25.4
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
SHRINK_STEP = 0.95  # each try is 5% smaller than the last
_EPSILON = 1e-6
_UNLIMITED = 1e6
_WORD = re.compile("[^ ]+")  # a no-break space (after a particle) does not end a word


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    start: int  # index of the line's first character in the original text
    width: float  # mm
    height: float  # mm, from ascent and descent of every font the line uses


@dataclass(frozen=True, slots=True)
class FittedText:
    """The size and line breaks that make a text fit its box."""

    font: QFont
    lines: tuple[TextLine, ...]
    right_to_left: bool
    elided: bool = False

    @property
    def height(self) -> float:
        return sum(line.height for line in self.lines)


def device_font(device: QPaintDevice, size_pt: float, bold: bool, text: str = "") -> QFont:
    """The badge font at ``size_pt`` for a painter that draws in millimetres on ``device``."""
    # A font of p points is p * dpi / 72 user units tall; we want size_pt * 25.4 / 72 (mm).
    return badge_font(size_pt * MM_PER_INCH / device.logicalDpiY(), bold, text)


def fit_text(device: QPaintDevice, text: str, spec: TextBox) -> FittedText:
    """The largest size at which ``text`` fits ``spec``, broken only between words; at the
    minimum size what does not fit is elided.

    At the size found, particles ("van", "bin") stay on the line of the name they introduce
    where that still fits; otherwise the text breaks at any space.
    """
    rtl = is_right_to_left(text)
    text = " ".join(text.split())
    if not text:
        return FittedText(device_font(device, spec.min_pt, spec.bold), (), rtl)
    option = _option(rtl)
    for size_pt in _sizes(spec.max_pt, spec.min_pt):
        font = device_font(device, size_pt, spec.bold, text)
        lines = _wrap(text, font, device, spec.box.width, option)
        if _fits(lines, spec):
            return FittedText(font, tuple(_with_particles(text, font, device, spec, lines)), rtl)
    return _elided(text, device, spec, rtl)


def _with_particles(
    text: str, font: QFont, device: QPaintDevice, spec: TextBox, lines: list[TextLine]
) -> list[TextLine]:
    """At the size found, the same text with each particle kept on its name's line, if that
    still fits (and breaks differently); else ``lines`` as they are."""
    glued = keep_particles(text)
    if glued == text or len(lines) < 2:
        return lines
    kept = _wrap(glued, font, device, spec.box.width, _option(is_right_to_left(text)))
    return kept if _fits(kept, spec) else lines


def draw_text(painter: QPainter, text: str, spec: TextBox, colour: QColor) -> FittedText:
    """Draw ``text`` fitted into ``spec``, centred vertically; returns what was drawn."""
    fitted = fit_text(painter.device(), text, spec)
    box = spec.box
    y = box.y + (box.height - fitted.height) / 2
    painter.save()
    painter.setPen(colour)
    option = _option(fitted.right_to_left)
    for line in fitted.lines:
        layout = _layout(line.text, fitted.font, painter.device(), option, _UNLIMITED)
        layout.draw(painter, QPointF(_line_x(spec, line.width, fitted.right_to_left), y))
        y += line.height
    painter.restore()
    return fitted


def _sizes(max_pt: float, min_pt: float) -> Iterator[float]:
    size = max_pt
    while size > min_pt:
        yield size
        size *= SHRINK_STEP
    yield min_pt


def _fits(lines: list[TextLine], spec: TextBox) -> bool:
    return (
        len(lines) <= spec.max_lines
        and all(line.width <= spec.box.width + _EPSILON for line in lines)
        and sum(line.height for line in lines) <= spec.box.height + _EPSILON
    )


def _elided(text: str, device: QPaintDevice, spec: TextBox, rtl: bool) -> FittedText:
    """At the minimum size: break between words, keep the lines that fit, and end a line with
    '…' where a word is wider than the box or where text remains after the last line."""
    font = device_font(device, spec.min_pt, spec.bold, text)
    width = spec.box.width
    lines = _wrap(text, font, device, width, _option(rtl))
    room = max(1, min(spec.max_lines, int(spec.box.height / lines[0].height)))
    kept: list[TextLine] = []
    for index, line in enumerate(lines[:room]):
        rest_follows = index == room - 1 and len(lines) > room
        if rest_follows:
            kept.append(_elide(text[line.start :], font, device, width, rtl))
        elif line.width > width + _EPSILON:
            kept.append(_elide(line.text, font, device, width, rtl))
        else:
            kept.append(line)
    return FittedText(font, tuple(kept), rtl, elided=tuple(kept) != tuple(lines))


def _elide(text: str, font: QFont, device: QPaintDevice, width: float, rtl: bool) -> TextLine:
    """``text`` cut to one line ending in '…' that is no wider than ``width``."""
    metrics = QFontMetricsF(font, device)
    option = _option(rtl)
    target = width
    while True:
        # Font metrics and the shaped layout can disagree by a fraction: measure, then retry.
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, target) or ELLIPSIS
        line = _wrap(elided, font, device, _UNLIMITED, option)[0]
        if line.width <= width + _EPSILON or elided == ELLIPSIS:
            return line
        target -= line.width - width + metrics.averageCharWidth() / 4


def _wrap(
    text: str, font: QFont, device: QPaintDevice, width: float, option: QTextOption
) -> list[TextLine]:
    """Break ``text`` between words into lines no wider than ``width``; a word longer than the
    line overflows it (the caller elides it).

    Text with spaces breaks only at its spaces: Qt would also break Burmese, Thai or Khmer
    inside a name at syllable boundaries. Text without a space (a Chinese organisation name)
    breaks where Unicode's line breaking allows.
    """
    ruler = _Ruler(font, device, option)
    lines = ruler.lines(text, width)
    if " " not in text or all(text[line.start - 1 : line.start] in ("", " ") for line in lines):
        return lines  # Qt broke only at spaces (most names): one layout, no search
    words = [(match.start(), match.end()) for match in _WORD.finditer(text)]
    lines = []
    start, end = words[0]
    line: TextLine | None = None  # text[start:end], once measured
    for word_start, word_end in words[1:]:
        trial = ruler.line(text, start, word_end)
        if trial.width <= width:
            end, line = word_end, trial
            continue
        lines.append(line or ruler.line(text, start, end))
        start, end, line = word_start, word_end, None
    lines.append(line or ruler.line(text, start, end))
    return lines


class _Ruler:
    """Measures text laid out in one font on one device."""

    def __init__(self, font: QFont, device: QPaintDevice, option: QTextOption) -> None:
        self.font, self.device, self.option = font, device, option
        metrics = QFontMetricsF(font, device)
        # No line is lower than the font's own, whatever fonts its characters fall back to.
        self.floor = metrics.ascent() + metrics.descent()

    def line(self, text: str, start: int, end: int) -> TextLine:
        """``text[start:end]`` on one line."""
        line = self.lines(text[start:end], _UNLIMITED)[0]
        return TextLine(line.text, start, line.width, line.height)

    def lines(self, text: str, width: float) -> list[TextLine]:
        """``text`` broken by Qt into lines no wider than ``width``."""
        layout = _layout(text, self.font, self.device, self.option, width)
        lines = []
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            start, length = line.textStart(), line.textLength()
            # height() rounds up to whole user units (millimetres here): use ascent and descent.
            height = max(line.ascent() + line.descent(), self.floor)
            piece = text[start : start + length].strip()
            if piece:
                lines.append(TextLine(piece, start, line.naturalTextWidth(), height))
        return lines


def _option(rtl: bool) -> QTextOption:
    option = QTextOption()
    # Breaks only where Unicode's line breaking allows (between words; between CJK characters).
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    # Lines are placed by hand (see _line_x), so lay them out from the left edge in any direction.
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    direction = Qt.LayoutDirection
    option.setTextDirection(direction.RightToLeft if rtl else direction.LeftToRight)
    return option


def _layout(
    text: str, font: QFont, device: QPaintDevice, option: QTextOption, width: float
) -> QTextLayout:
    layout = QTextLayout(text, font, device)
    layout.setTextOption(option)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
    layout.endLayout()
    return layout


def _line_x(spec: TextBox, width: float, rtl: bool) -> float:
    box = spec.box
    if spec.align is Align.CENTER:
        return box.x + (box.width - width) / 2
    at_left = (spec.align is Align.START) != rtl
    return box.x if at_left else box.right - width
