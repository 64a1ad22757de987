"""The camera's live picture on the attract screen: mirrored like a selfie, with a target to aim at.

The picture is the frame's brightness at about the panel's size (every n-th pixel, picked by
Pillow's C code from the mapped frame: kiosk/scan/gray.py), drawn without smoothing under a
cached overlay, not a colour conversion (4 ms at 720p and 8 ms at 1080p on the GUI thread,
measured): `kiosk bench` reports the preview's GUI-thread time.
Without a camera it says so and points to the scanner.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.scan.camera import CameraFeed
from kiosk.scan.camera_decoder import luma_plane
from kiosk.scan.gray import Gray, shrink
from kiosk.ui import theme
from kiosk.ui.messages import Tone

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

PANEL_RADIUS = 18.0
GUIDE_SHARE = 0.62  # the target's side as a share of the panel's shorter side
HINT_PX = 26
# Darkens the picture outside the target: white hint text on it reads at 4.5:1 even over a white
# scene (docs/accessibility.md; 115 gave 3.4:1).
SHADE_ALPHA = 140
_SHADE = QColor(0, 0, 0, SHADE_ALPHA)
_VIDEO_BACKGROUND = QColor("#202020")


@dataclass(frozen=True, slots=True, eq=False)
class PreviewPicture:
    """A frame's brightness, small, as an image; ``pixels`` owns the memory ``image`` shows."""

    pixels: Gray
    image: QImage


def preview_picture(frame: QVideoFrame, panel: QSize) -> PreviewPicture | None:
    """About as many of the frame's pixels as ``panel`` shows (every n-th row and column)."""
    step = max(
        1,
        round(min(frame.width() / max(panel.width(), 1), frame.height() / max(panel.height(), 1))),
    )
    pixels = luma_plane(frame, step)
    if pixels is None:
        return None
    if pixels.pixel_stride != 1:  # step 1 of a packed format: QImage wants one byte a pixel
        pixels = shrink(pixels, 1)
    image = QImage(
        pixels.data, pixels.width, pixels.height, pixels.row_stride, QImage.Format.Format_Grayscale8
    )
    return PreviewPicture(pixels, image)


def paint_video(
    painter: QPainter, panel: QRectF, picture: PreviewPicture | None, overlay: QImage
) -> None:
    """The picture mirrored and covering ``panel``, under the (cached) target overlay."""
    painter.fillRect(panel, _VIDEO_BACKGROUND)
    if picture is not None:
        painter.save()
        # Mirrored, like a mirror: the phone moves on screen the way the hand moves.
        painter.translate(panel.right() + panel.left(), 0)
        painter.scale(-1, 1)
        painter.drawImage(_cover(panel, picture.image.size()), picture.image)
        painter.restore()
    painter.drawImage(panel.topLeft(), overlay)


def video_overlay(size: QSize, hint: str, font: QFont, pixel_ratio: float = 1.0) -> QImage:
    """What lies over the picture: shade outside the target, the target, and the hint below it."""
    overlay = QImage(size * pixel_ratio, QImage.Format.Format_ARGB32_Premultiplied)
    overlay.setDevicePixelRatio(pixel_ratio)
    overlay.fill(Qt.GlobalColor.transparent)
    panel = QRectF(0, 0, size.width(), size.height())
    painter = QPainter(overlay)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    guide = _guide_rect(panel)
    radius = guide.width() * 0.08
    outside = QPainterPath()
    outside.addRect(panel)
    target = QPainterPath()
    target.addRoundedRect(guide, radius, radius)
    painter.fillPath(outside.subtracted(target), _SHADE)
    painter.setPen(QPen(QColor(theme.PAPER), 6))
    painter.drawRoundedRect(guide, radius, radius)
    hint_font = QFont(font)
    hint_font.setPixelSize(HINT_PX)
    hint_font.setBold(True)
    painter.setFont(hint_font)
    area = QRectF(panel.left(), guide.bottom(), panel.width(), panel.bottom() - guide.bottom())
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(area.adjusted(12, 4, -12, -4), int(flags), hint)
    painter.end()
    return overlay


class CameraPreview(QWidget):
    """Shows ``feed``'s frames, or a "camera not available" panel while there is no camera."""

    def __init__(self, feed: CameraFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("camera_preview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._available = feed.is_available()
        self._picture: PreviewPicture | None = None
        self._overlay: QImage | None = None  # drawn again only when size or language change
        self._hint = ""
        self._missing_title = ""
        self._missing_body = ""
        self.retranslate()
        feed.video_sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)
        feed.availability_changed.connect(self._on_feed_availability_changed)

    def is_showing_video(self) -> bool:
        """True while a camera picture is on screen (rather than the "not available" panel)."""
        return self._available and self._picture is not None

    def retranslate(self) -> None:
        self._hint = self.tr("Hold your code here")
        self._missing_title = self.tr("Camera not available")
        self._missing_body = self.tr("Please use the scanner.")
        self._overlay = None
        self._describe()

    @override
    def sizeHint(self) -> QSize:
        return QSize(460, 420)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(280, 260)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._overlay = None
        super().resizeEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        panel = QRectF(self.rect())
        clip = QPainterPath()
        clip.addRoundedRect(panel, PANEL_RADIUS, PANEL_RADIUS)
        painter.setClipPath(clip)
        if self._available:
            if self._overlay is None:
                self._overlay = video_overlay(
                    self.size(), self._hint, self.font(), self.devicePixelRatioF()
                )
            paint_video(painter, panel, self._picture, self._overlay)
        else:
            self._paint_missing(painter, panel)
        painter.end()

    def _describe(self) -> None:
        """What the panel says, for screen readers (and tests): its texts are painted."""
        if self._available:
            self.setAccessibleName(self._hint)
        else:
            self.setAccessibleName(f"{self._missing_title}. {self._missing_body}")
        self.update()

    @Slot(QVideoFrame)
    def _on_sink_video_frame_changed(self, frame: QVideoFrame) -> None:
        if not self._available or not self.isVisible():
            return  # no work for a picture nobody sees
        picture = preview_picture(frame, self.size())
        if picture is not None:
            self._picture = picture
            self.update()

    @Slot(bool)
    def _on_feed_availability_changed(self, available: bool) -> None:
        self._available = available
        self._picture = None
        self._describe()

    def _paint_missing(self, painter: QPainter, panel: QRectF) -> None:
        painter.fillRect(panel, QColor(theme.WHERE_TINT))
        icon = QRectF(0, 0, 96, 72)
        icon.moveCenter(panel.center())
        icon.moveTop(panel.top() + panel.height() * 0.18)
        _paint_camera_off(painter, icon)
        text = QRectF(
            panel.left() + 24,
            icon.bottom() + 24,
            panel.width() - 48,
            panel.bottom() - icon.bottom() - 48,
        )
        font = QFont(self.font())
        font.setPixelSize(theme.WHERE_PX + 2)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(theme.INK))
        flags = int(
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        title = painter.boundingRect(text, flags, self._missing_title)
        painter.drawText(text, flags, self._missing_title)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(text.adjusted(0, title.height() + 8, 0, 0), flags, self._missing_body)


def _cover(panel: QRectF, picture: QSize) -> QRectF:
    """The picture scaled to cover the whole panel, centred; the overflow is clipped."""
    scale = max(panel.width() / picture.width(), panel.height() / picture.height())
    target = QRectF(0, 0, picture.width() * scale, picture.height() * scale)
    target.moveCenter(panel.center())
    return target


def _guide_rect(panel: QRectF) -> QRectF:
    """The target square, centred a little above the middle to leave room for the hint."""
    side = min(panel.width(), panel.height()) * GUIDE_SHARE
    guide = QRectF(0, 0, side, side)
    guide.moveCenter(panel.center())
    guide.moveTop(guide.top() - panel.height() * 0.05)
    return guide


def _paint_camera_off(painter: QPainter, box: QRectF) -> None:
    """A camera with a line through it."""
    painter.save()
    pen = QPen(QColor(theme.MUTED), 6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    body = QRectF(
        box.left(), box.top() + box.height() * 0.2, box.width() * 0.68, box.height() * 0.7
    )
    painter.drawRoundedRect(body, 10, 10)
    lens = QPainterPath()
    lens.moveTo(body.right() + 4, body.center().y() - 6)
    lens.lineTo(box.right(), body.top() + 4)
    lens.lineTo(box.right(), body.bottom() - 4)
    lens.lineTo(body.right() + 4, body.center().y() + 6)
    painter.drawPath(lens)
    pen.setColor(QColor(theme.TONE_COLOURS[Tone.REFUSAL]))
    pen.setWidth(7)
    painter.setPen(pen)
    painter.drawLine(box.topLeft(), box.bottomRight())
    painter.restore()
