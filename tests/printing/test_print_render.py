"""Badges render on every stock, in every script, with a QR code that scans back."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from badge_samples import NAMES, Content, Pixels
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kiosk.core.badge_layout import BADGE_SIZES, BadgeSize, Box, layout_badge
from kiosk.core.credentials import Credential, new_signing_key, sign_credential
from kiosk.printing.render import (
    pdf_bytes,
    render_image,
    render_pdf,
    render_png,
    render_preview,
)

SIZES = list(BADGE_SIZES.values())
INK = 128  # a pixel darker than this would print on a thermal printer


def _crop(image: np.ndarray, box: Box, dpi: float) -> np.ndarray:
    scale = dpi / 25.4
    top, left = round(box.y * scale), round(box.x * scale)
    return image[top : round(box.bottom * scale), left : round(box.right * scale)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: s.name)
@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_every_name_prints_on_every_stock(
    content: Content, pixels: Pixels, size: BadgeSize, name: str
) -> None:
    image = render_image(content(badge_name=name), size, dpi=203)

    assert image.format() == QImage.Format.Format_Grayscale8
    assert (image.width(), image.height()) == (
        round(size.width_mm / 25.4 * 203),
        round(size.height_mm / 25.4 * 203),
    )
    gray = pixels(image)
    assert (gray < INK).mean() > 0.05
    layout = layout_badge(size, has_photo=False, has_native_name=False)
    assert (_crop(gray, layout.name.box, 203) < INK).any(), "nothing in the name box"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: s.name)
def test_qr_code_scans_back_at_203_dpi(content: Content, pixels: Pixels, size: BadgeSize) -> None:
    badge = content(qr_text=_signed_credential())

    # QR only, as every reader of the kiosk asks (scan/camera_decoder.py): with all formats on,
    # zxing-cpp now and then reads a few digits of 1D barcode in the badge's text or photo.
    image = pixels(render_image(badge, size, dpi=203))
    results = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )

    assert [r.text for r in results] == [badge.qr_text]


def test_qr_modules_are_whole_printer_dots(content: Content, pixels: Pixels) -> None:
    gray = pixels(render_image(content(), BADGE_SIZES["thermal-80"], dpi=203))
    layout = layout_badge(BADGE_SIZES["thermal-80"], has_photo=False, has_native_name=False)
    qr = _crop(gray, layout.qr, 203)

    assert set(np.unique(qr)) <= {0, 255}, "QR edges are blurred, not on the dot grid"
    dark_rows = np.flatnonzero((qr == 0).any(axis=1))
    runs = np.diff(np.flatnonzero(np.diff(qr[dark_rows[0]] == 0)))
    assert runs.min() >= 2
    assert all(run % runs.min() == 0 for run in runs)


def test_badge_with_a_photo_shows_it(content: Content, pixels: Pixels, tmp_path: Path) -> None:
    photo = QImage(300, 400, QImage.Format.Format_RGB32)
    photo.fill(Qt.GlobalColor.black)
    photo.save(str(tmp_path / "photo.png"))
    size = BADGE_SIZES["a6"]

    with_photo = pixels(render_image(content(photo_path=str(tmp_path / "photo.png")), size, 300))
    without = pixels(render_image(content(), size, dpi=300))

    added = (with_photo == 0).sum() - (without == 0).sum()
    assert added > 0.6 * _photo_area_px(size, 300)


@pytest.mark.parametrize("photo", ["missing.jpg", "corrupt.jpg"])
def test_unreadable_photo_draws_a_placeholder(
    content: Content, pixels: Pixels, tmp_path: Path, photo: str
) -> None:
    (tmp_path / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    size = BADGE_SIZES["thermal-80"]

    with_frame = pixels(render_image(content(photo_path=str(tmp_path / photo)), size, dpi=203))
    without = pixels(render_image(content(), size, dpi=203))

    # A grey frame, not a blank hole (as tall as the printed QR, which at 4 dots a module is
    # well short of its box); its outline survives thresholding for a thermal head.
    assert (with_frame < 255).sum() - (without < 255).sum() > 0.35 * _photo_area_px(size, 203)
    assert (with_frame < INK).sum() > (without < INK).sum() + 500
    assert zxingcpp.read_barcodes(with_frame)[0].text == content().qr_text


def _photo_area_px(size: BadgeSize, dpi: float) -> float:
    photo = layout_badge(size, has_photo=True, has_native_name=False).photo
    assert photo is not None
    return photo.width * photo.height * (dpi / 25.4) ** 2


def test_sample_badges_say_so(content: Content, pixels: Pixels) -> None:
    size = BADGE_SIZES["a6"]
    footer = layout_badge(size, has_photo=False, has_native_name=False).sample.box

    real = _crop(pixels(render_image(content(), size, dpi=150)), footer, 150)
    sample = _crop(pixels(render_image(content(is_sample=True), size, dpi=150)), footer, 150)

    assert (sample < INK).sum() > (real < INK).sum() + 500


def test_native_name_is_printed_when_it_differs(content: Content, pixels: Pixels) -> None:
    size = BADGE_SIZES["a6"]
    box = layout_badge(size, has_photo=False, has_native_name=True).native_name
    assert box is not None

    image = render_image(content(badge_name="Wang Xiaoming", native_name="王小明"), size, 150)

    assert (_crop(pixels(image), box.box, 150) < INK).any()


def test_preview_is_in_colour_at_the_requested_width(content: Content) -> None:
    size = BADGE_SIZES["a6"]

    image = render_preview(content(category_colour="#C00000"), size, width_px=420)

    assert image.width() == 420
    assert image.height() == round(420 * size.height_mm / size.width_mm)
    band = layout_badge(size, has_photo=False, has_native_name=False).band
    colour = image.pixelColor(5, round((band.y + band.height * 0.05) * 420 / size.width_mm))
    assert (colour.red(), colour.green(), colour.blue()) == (0xC0, 0, 0)


def test_png_file_is_written_at_the_requested_dpi(content: Content, tmp_path: Path) -> None:
    render_png(content(), BADGE_SIZES["a6"], tmp_path / "badge.png", dpi=300)

    image = QImage(str(tmp_path / "badge.png"))
    assert (image.width(), image.height()) == (1240, 1748)
    assert round(image.dotsPerMeterX() * 0.0254) == 300


@pytest.mark.parametrize("size", SIZES, ids=lambda s: s.name)
def test_pdf_page_is_the_badge_size_with_fonts_embedded(content: Content, size: BadgeSize) -> None:
    data = pdf_bytes(content(badge_name="محمد بن عبد الله", native_name="王小明"), size)

    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data or b"/FontFile3" in data
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None
    width_pt, height_pt = (float(v) for v in box.groups())
    assert width_pt == pytest.approx(size.width_mm / 25.4 * 72, abs=1)
    assert height_pt == pytest.approx(size.height_mm / 25.4 * 72, abs=1)


def test_pdf_file_is_written(content: Content, tmp_path: Path) -> None:
    render_pdf(content(), BADGE_SIZES["cr80"], tmp_path / "badge.pdf")

    assert (tmp_path / "badge.pdf").read_bytes().startswith(b"%PDF")


def test_rendering_works_off_the_gui_thread(content: Content, pixels: Pixels) -> None:
    images: list[QImage] = []
    worker = threading.Thread(
        target=lambda: images.append(render_image(content(), BADGE_SIZES["thermal-58"]))
    )
    worker.start()
    worker.join(timeout=30)

    assert len(images) == 1
    assert zxingcpp.read_barcodes(pixels(images[0]))[0].text == content().qr_text


def _signed_credential() -> str:
    from datetime import UTC, datetime

    private, _public = new_signing_key()
    credential = Credential(
        key_id=7,
        event_id=2022,
        registration_id=104233,
        category=3,
        reissue=1,
        issued_at=datetime(2022, 5, 1, 9, 0, tzinfo=UTC),
    )
    return sign_credential(credential, private)


def test_countries_print_by_name() -> None:
    from kiosk.core.countries import country_name

    assert [country_name(c) for c in ("CH", "ET", "TR", "Geneva", "ZZ", "", "ch")] == [
        "Switzerland",
        "Ethiopia",
        "Türkiye",
        "Geneva",
        "ZZ",
        "",
        "ch",
    ]


def test_country_names_in_each_un_language() -> None:
    from kiosk.core.countries import country_name

    assert [country_name("CH", lang) for lang in ("en", "fr", "es", "ru", "zh", "ar")] == [
        "Switzerland",
        "Suisse",
        "Suiza",
        "Швейцария",
        "瑞士",
        "سويسرا",
    ]
    assert country_name("SN", "de") == "Senegal"  # not a UN language: English


def test_file_png_keeps_the_category_colour(content: Content, tmp_path: Path) -> None:
    from kiosk.printing.render import png_bytes

    size = BADGE_SIZES["a6"]
    (tmp_path / "c.png").write_bytes(png_bytes(content(category_colour="#C00000"), size, dpi=100))
    image = QImage(str(tmp_path / "c.png"))
    band = layout_badge(size, has_photo=False, has_native_name=False).band
    colour = image.pixelColor(5, round((band.y + band.height * 0.05) * 100 / 25.4))
    assert (colour.red(), colour.green(), colour.blue()) == (0xC0, 0, 0)
