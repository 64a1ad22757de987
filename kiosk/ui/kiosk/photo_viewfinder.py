"""The photo booth's picture: the live camera cropped to the badge photo, or the photo just taken.

Live, it shows exactly the part of the frame the photo keeps (the centred crop), mirrored like a
mirror, with an oval to place the face in and the countdown's number. The live picture is the
frame's brightness at about the widget's size (the attract preview's strided copy, about 0.1 ms
on the GUI thread); the colour photo is made from the full frame on the worker thread.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.badge_layout import PHOTO_ASPECT
from kiosk.core.photos import centre_crop
from kiosk.scan.camera import CameraFeed
from kiosk.ui import theme
from kiosk.ui.kiosk.camera_preview import PreviewPicture, preview_picture

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

RADIUS = 18.0
COUNT_PX = 180
_BACKGROUND = QColor("#202020")
_SHADE = QColor(0, 0, 0, 90)  # outside the face oval


class PhotoViewfinder(QWidget):
    """Live frames from ``feed`` while ``live``; else the still photo given to ``show_still``."""

    def __init__(self, feed: CameraFeed | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_viewfinder")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._live = False
        self._picture: PreviewPicture | None = None
        self._still: QImage | None = None
        self._count = ""
        self.last_frame: QVideoFrame | None = None  # the newest frame while live: the photo's
        if feed is not None:
            feed.video_sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)

    def show_live(self) -> None:
        self._live, self._still, self._picture, self.last_frame = True, None, None, None
        self.update()

    def freeze(self) -> None:
        """Hold the picture on screen (the shot is taken): no more frames, no face oval."""
        self._live = False
        self.update()

    def show_still(self, image: QImage) -> None:
        self._live, self._still, self._count = False, image, ""
        self.update()

    def set_count(self, text: str) -> None:
        """The countdown's number over the picture ("" for none)."""
        self._count = text
        self.update()

    @property
    def count(self) -> str:
        return self._count

    @override
    def sizeHint(self) -> QSize:
        return QSize(round(440 * PHOTO_ASPECT), 440)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(round(240 * PHOTO_ASPECT), 240)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = photo_rect(QRectF(self.rect()))
        clip = QPainterPath()
        clip.addRoundedRect(frame, RADIUS, RADIUS)
        painter.setClipPath(clip)
        painter.fillRect(frame, _BACKGROUND)
        if self._still is not None:
            painter.drawImage(frame, self._still)
        elif self._picture is not None:
            _paint_mirrored(painter, frame, self._picture.image)
        if self._live:
            _paint_guide(painter, frame)
        if self._count:
            self._paint_count(painter, frame)
        painter.end()

    @Slot(QVideoFrame)
    def _on_sink_video_frame_changed(self, frame: QVideoFrame) -> None:
        if not self._live or not self.isVisible():
            return
        self.last_frame = frame  # shared, not copied: the photo is made from it off this thread
        picture = preview_picture(frame, self.size())
        if picture is not None:
            self._picture = picture
            self.update()

    def _paint_count(self, painter: QPainter, frame: QRectF) -> None:
        """The number, white with a dark outline, readable on any picture."""
        font = QFont(self.font())
        font.setPixelSize(COUNT_PX)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        x = frame.center().x() - metrics.horizontalAdvance(self._count) / 2
        y = frame.center().y() + (metrics.ascent() - metrics.descent()) / 2
        outline = QPainterPath()
        outline.addText(x, y, font, self._count)
        painter.setPen(QPen(QColor(theme.INK), 8))
        painter.drawPath(outline)
        painter.fillPath(outline, QColor(theme.PAPER))


def photo_rect(panel: QRectF) -> QRectF:
    """The largest photo-shaped rectangle centred in ``panel``."""
    crop = centre_crop(max(1, round(panel.width())), max(1, round(panel.height())))
    return QRectF(panel.left() + crop.x, panel.top() + crop.y, crop.width, crop.height)


def _paint_mirrored(painter: QPainter, frame: QRectF, image: QImage) -> None:
    """The centred crop of ``image`` (the part the photo keeps), mirrored, filling ``frame``."""
    crop = centre_crop(image.width(), image.height())
    painter.save()
    painter.translate(frame.right() + frame.left(), 0)
    painter.scale(-1, 1)
    painter.drawImage(frame, image, QRectF(crop.x, crop.y, crop.width, crop.height))
    painter.restore()


def _paint_guide(painter: QPainter, frame: QRectF) -> None:
    """An oval where the face goes, the rest a little darker."""
    face = QRectF(0, 0, frame.width() * 0.62, frame.height() * 0.6)
    face.moveCenter(frame.center())
    face.moveTop(frame.top() + frame.height() * 0.12)
    outside = QPainterPath()
    outside.addRect(frame)
    oval = QPainterPath()
    oval.addEllipse(face)
    painter.fillPath(outside.subtracted(oval), _SHADE)
    pen = QPen(QColor(theme.PAPER), 5)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawEllipse(face)
