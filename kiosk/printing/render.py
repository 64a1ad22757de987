"""One drawing function for every badge output: printer raster, PNG, vector PDF, screen preview.

``draw_badge`` works in millimetres; the entry points below scale the painter for their device and
render at the device's own resolution (a finished bitmap is never rescaled: QR modules would warp).
QImage and QPdfWriter may be used off the GUI thread once a QGuiApplication exists.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from kiosk.core.badge_layout import (
    PHOTO_ASPECT,
    Align,
    BadgeContent,
    BadgeLayout,
    BadgeSize,
    Box,
    band_colours,
    layout_for,
)
from kiosk.core.countries import country_name  # English on the badge, for every reader
from kiosk.printing.qr import QrPlacement, draw_qr, qr_matrix
from kiosk.printing.text import MM_PER_INCH, draw_text, fit_text

PDF_DPI = 1200
SAMPLE_MARK = "SAMPLE"
_BLACK = QColor(Qt.GlobalColor.black)
_WHITE = QColor(Qt.GlobalColor.white)
_PLACEHOLDER_FILL = QColor("#EEEEEE")
_PLACEHOLDER_INK = QColor("#707070")  # dark enough to survive a 1-bit threshold


def draw_badge(
    painter: QPainter, content: BadgeContent, size: BadgeSize, *, monochrome: bool = False
) -> None:
    """Draw one badge with (0, 0) at its top-left corner; the painter's unit is the millimetre.

    ``monochrome`` is for printers without colour: the band becomes black (or a frame, for light
    colours) so the category label keeps its contrast once the raster is thresholded.
    """
    layout = layout_for(content, size)
    painter.save()
    hints = QPainter.RenderHint
    painter.setRenderHints(
        hints.Antialiasing | hints.TextAntialiasing | hints.SmoothPixmapTransform
    )
    painter.fillRect(QRectF(0, 0, size.width_mm, size.height_mm), _WHITE)
    _draw_band(painter, content, layout, monochrome)
    _draw_texts(painter, content, layout)
    qr = draw_qr(painter, qr_matrix(content.qr_text), layout.qr) if content.qr_text else None
    if layout.photo is not None:
        _draw_photo(painter, content.photo_path, _photo_box(layout.photo, layout, qr))
    if content.is_sample:
        _draw_sample_mark(painter, layout)
    painter.restore()


def render_image(content: BadgeContent, size: BadgeSize, dpi: float = 203) -> QImage:
    """The badge as a grayscale raster drawn at the printer's own resolution (white background)."""
    image = _blank_image(size, dpi, QImage.Format.Format_Grayscale8)
    _paint(image, content, size, dpi / MM_PER_INCH, monochrome=True)
    return image


def render_preview(content: BadgeContent, size: BadgeSize, width_px: int) -> QImage:
    """The badge in colour for the screen, ``width_px`` wide."""
    dpi = width_px / size.width_mm * MM_PER_INCH
    image = _blank_image(size, dpi, QImage.Format.Format_ARGB32_Premultiplied)
    _paint(image, content, size, dpi / MM_PER_INCH, monochrome=False)
    return image


def render_colour(content: BadgeContent, size: BadgeSize, dpi: float = 300) -> QImage:
    """The badge in colour at ``dpi`` (RGB), for colour printers and files."""
    image = _blank_image(size, dpi, QImage.Format.Format_RGB32)
    _paint(image, content, size, dpi / MM_PER_INCH, monochrome=False)
    return image


def png_bytes(
    content: BadgeContent, size: BadgeSize, dpi: float = 300, colour: bool = True
) -> bytes:
    """The badge as a PNG file's bytes at ``dpi``: colour, or the printer's grayscale raster."""
    image = render_colour(content, size, dpi) if colour else render_image(content, size, dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"PNG encoding failed: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def pdf_bytes(content: BadgeContent, size: BadgeSize) -> bytes:
    """The badge as a one-page vector PDF the size of the badge, fonts embedded."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    page = QPageSize(QSizeF(size.width_mm, size.height_mm), QPageSize.Unit.Millimeter, size.name)
    writer.setPageSize(page)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"Badge {content.registration_id} v{content.badge_version}")
    writer.setCreator("UN conference kiosk")
    _paint(writer, content, size, PDF_DPI / MM_PER_INCH, monochrome=False)
    buffer.close()
    return bytes(data.data())


def render_png(content: BadgeContent, size: BadgeSize, path: Path, dpi: float = 300) -> None:
    """Write the badge to ``path`` as a PNG at ``dpi``."""
    Path(path).write_bytes(png_bytes(content, size, dpi))


def render_pdf(content: BadgeContent, size: BadgeSize, path: Path) -> None:
    """Write the badge to ``path`` as a vector PDF."""
    Path(path).write_bytes(pdf_bytes(content, size))


def _blank_image(size: BadgeSize, dpi: float, image_format: QImage.Format) -> QImage:
    width = max(1, round(size.width_mm / MM_PER_INCH * dpi))
    height = max(1, round(size.height_mm / MM_PER_INCH * dpi))
    image = QImage(width, height, image_format)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(_WHITE)
    return image


def _paint(
    device: QPaintDevice, content: BadgeContent, size: BadgeSize, px_per_mm: float, monochrome: bool
) -> None:
    painter = QPainter(device)
    try:
        painter.scale(px_per_mm, px_per_mm)
        draw_badge(painter, content, size, monochrome=monochrome)
    finally:
        painter.end()


def _draw_band(
    painter: QPainter, content: BadgeContent, layout: BadgeLayout, monochrome: bool
) -> None:
    band_hex, text_hex = band_colours(content.category_colour)
    band, ink = QColor(band_hex), QColor(text_hex)
    rect = _rect(layout.band)
    if monochrome:
        band = _BLACK if ink == _WHITE else _WHITE
    painter.fillRect(rect, band)
    if band == _WHITE:
        # A white band needs an edge, or the label floats without a category cue.
        border = layout.band.height * 0.06
        painter.fillRect(QRectF(rect.x(), rect.y(), rect.width(), border), _BLACK)
    draw_text(painter, content.category_label, layout.category, ink)


def _draw_texts(painter: QPainter, content: BadgeContent, layout: BadgeLayout) -> None:
    draw_text(painter, content.event_title, layout.title, _BLACK)
    draw_text(painter, content.event_dates, layout.dates, _BLACK)
    _draw_name(painter, content, layout)
    if layout.native_name is not None:
        draw_text(painter, content.native_name, layout.native_name, _BLACK)
    draw_text(painter, content.organisation, layout.organisation, _BLACK)
    draw_text(painter, country_name(content.country), layout.country, _BLACK)
    reference = f"{content.registration_id} \N{MIDDLE DOT} v{content.badge_version}"
    draw_text(painter, reference, layout.reference, _BLACK)


def _photo_box(photo: Box, layout: BadgeLayout, qr: QrPlacement | None) -> Box:
    """Beside a drawn QR, the photo matches the code's printed height (modules are whole device
    pixels, so the code may not fill its box) and stays out of the quiet zone."""
    if qr is None or not layout.photo_beside_qr:
        return photo
    code = qr.code
    width = code.height * PHOTO_ASPECT
    gap = layout.qr.x - photo.right
    right = min(qr.outer.x, code.x - gap)
    return Box(right - width, code.y, width, code.height)


def _draw_name(painter: QPainter, content: BadgeContent, layout: BadgeLayout) -> None:
    """The badge name; without one (a blank temporary badge), a line to write the name on."""
    name = content.badge_name.strip() or content.native_name.strip()
    if name:
        draw_text(painter, name, layout.name, _BLACK)
        return
    box = layout.name.box
    y = box.y + box.height * 0.75
    painter.fillRect(QRectF(box.x + box.width * 0.1, y, box.width * 0.8, 0.4), _BLACK)


def _draw_photo(painter: QPainter, photo_path: str, box: Box) -> None:
    if not photo_path:  # a required photo the person does not have yet
        _draw_photo_placeholder(painter, box)
        return
    reader = QImageReader(photo_path)
    reader.setAutoTransform(True)  # phone photos are often stored sideways with an EXIF turn
    photo = reader.read()  # a missing or corrupt file gives a null image, not an exception
    if photo.isNull():
        _draw_photo_placeholder(painter, box)
        return
    painter.drawImage(_rect(box), photo, _cover(photo.width(), photo.height(), box))


def _cover(width: int, height: int, box: Box) -> QRectF:
    """The centred part of a width x height photo with the box's proportions (crop, no stretch)."""
    scale = min(width / box.width, height / box.height)
    crop_w, crop_h = box.width * scale, box.height * scale
    return QRectF((width - crop_w) / 2, (height - crop_h) / 2, crop_w, crop_h)


def _draw_photo_placeholder(painter: QPainter, box: Box) -> None:
    """A neutral frame with a head-and-shoulders outline where the photo would be."""
    painter.save()
    painter.fillRect(_rect(box), _PLACEHOLDER_FILL)
    painter.setPen(QPen(_PLACEHOLDER_INK, box.width * 0.03))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(_rect(box))
    head = box.width * 0.36
    painter.drawEllipse(
        QRectF(box.x + (box.width - head) / 2, box.y + box.height * 0.2, head, head)
    )
    shoulders = QRectF(
        box.x + box.width * 0.15, box.y + box.height * 0.62, box.width * 0.7, box.height * 0.6
    )
    painter.drawArc(shoulders, 0, 180 * 16)
    painter.restore()


def _draw_sample_mark(painter: QPainter, layout: BadgeLayout) -> None:
    """SAMPLE, white on black in the footer, so demo badges cannot pass for real ones."""
    fitted = fit_text(painter.device(), SAMPLE_MARK, layout.sample)
    box = layout.sample.box
    pad = box.height * 0.15
    width = max((line.width for line in fitted.lines), default=0.0) + 2 * pad
    painter.fillRect(QRectF(box.right - width, box.y, width, box.height), _BLACK)
    inner_box = Box(box.right - width + pad, box.y, width - 2 * pad, box.height)
    inner = replace(layout.sample, box=inner_box, align=Align.CENTER)
    draw_text(painter, SAMPLE_MARK, inner, _WHITE)


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)
