"""The camera picture on the attract screen: mirrored, with a target, or a clear "no camera"."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.printing.fonts import load_fonts
from kiosk.scan.camera import CameraChoice, CameraFeed
from kiosk.scan.camera_fake import FakeCamera
from kiosk.scan.frames import sample_code
from kiosk.scan.gray import Gray
from kiosk.ui import theme
from kiosk.ui.background import CheckInRunner
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.camera_preview import CameraPreview
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UN_LANGUAGES, UiOptions

CODE = sample_code()
MISSING = "Camera not available. Please use the scanner."


@pytest.fixture
def feed(qapp: QApplication) -> CameraFeed:
    return CameraFeed(CameraChoice())


@pytest.fixture
def preview(qtbot: QtBot, feed: CameraFeed) -> CameraPreview:
    load_fonts()
    preview = CameraPreview(feed)
    qtbot.addWidget(preview)
    preview.resize(460, 420)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


@pytest.fixture
def idle_runner(qapp: QApplication) -> Iterator[CheckInRunner]:
    """A runner that is never asked to check anything."""
    runner = CheckInRunner(lambda: None)  # type: ignore[arg-type, return-value]
    yield runner
    assert runner.stop()


def half_white_frame() -> np.ndarray:
    """A camera frame whose left half is white and right half black."""
    gray = np.zeros((720, 1280), np.uint8)
    gray[:, :640] = 255
    return gray


def brightness(image: QImage, x: int, y: int) -> int:
    return QColor(image.pixel(x, y)).lightness()


def test_the_picture_is_mirrored_like_a_selfie(
    qtbot: QtBot, feed: CameraFeed, preview: CameraPreview
) -> None:
    camera = FakeCamera()
    feed.use_frame_input(camera.frame_input)

    camera.show(Gray.from_array(half_white_frame()))
    qtbot.waitUntil(preview.is_showing_video)
    image = preview.grab().toImage()

    # Outside the target (top band) the picture is shaded, but white stays well above black.
    assert brightness(image, 440, 25) > 100  # the camera's left half shows on the right
    assert brightness(image, 20, 25) < 60
    assert preview.accessibleName() == "Hold your code here"


def test_the_target_is_a_bright_rounded_square_in_the_middle(
    qtbot: QtBot, feed: CameraFeed, preview: CameraPreview
) -> None:
    camera = FakeCamera()
    feed.use_frame_input(camera.frame_input)

    camera.show(Gray.filled(1280, 720, 0))
    qtbot.waitUntil(preview.is_showing_video)
    image = preview.grab().toImage()
    middle_row = [brightness(image, x, 200) for x in range(460)]

    bright = [x for x, value in enumerate(middle_row) if value > 200]
    assert bright  # the target's white edges cross the middle row ...
    assert 60 < min(bright) < 110  # ... left of centre ...
    assert 350 < max(bright) < 400  # ... and right of it


def test_without_a_camera_the_panel_says_to_use_the_scanner(
    feed: CameraFeed, preview: CameraPreview
) -> None:
    feed.start()  # no camera on this machine
    image = preview.grab().toImage()

    assert preview.accessibleName() == MISSING
    assert not preview.is_showing_video()
    assert QColor(image.pixel(30, 390)) == QColor(theme.WHERE_TINT)


def test_a_camera_lost_mid_run_turns_the_picture_into_the_notice(
    qtbot: QtBot, feed: CameraFeed, preview: CameraPreview
) -> None:
    camera = FakeCamera()
    feed.use_frame_input(camera.frame_input)
    camera.show(Gray.from_array(half_white_frame()))
    qtbot.waitUntil(preview.is_showing_video)

    feed.stop()
    camera.show(Gray.from_array(half_white_frame()))  # a late frame must not bring the picture back

    assert preview.accessibleName() == MISSING
    assert not preview.is_showing_video()


@pytest.mark.parametrize("language", ["en", "ar", "ru"])
def test_the_attract_screen_with_the_picture_fits_a_1280x800_kiosk(
    qtbot: QtBot, idle_runner: CheckInRunner, feed: CameraFeed, language: str
) -> None:
    load_fonts()
    languages = (language, *(code for code in UN_LANGUAGES if code != language))  # all six
    window = MainWindow(idle_runner, UiOptions("WSIS Forum 2022", languages=languages), camera=feed)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):  # deliver the language change, then the layout requests it causes
        QApplication.sendPostedEvents()
    preview = window.findChild(CameraPreview)

    assert window.minimumSizeHint().height() <= 800  # nothing forces the window taller
    assert window.size() == QSize(1280, 800)
    assert preview is not None
    assert preview.width() >= 400
    assert preview.height() >= 360


def test_the_panel_speaks_the_kiosk_language(
    qtbot: QtBot, qapp: QApplication, preview: CameraPreview
) -> None:
    install_language(qapp, "fr")

    qtbot.waitUntil(
        lambda: preview.accessibleName() == "Caméra indisponible. Veuillez utiliser le lecteur."
    )
