"""The desk's photo from its webcam, with the fake camera, in English, Arabic and Chinese:
the choice (webcam or file), take -> use keeps it like a chosen file, retake keeps only the
photo used, cancel writes nothing, no camera gives the file chooser only, a camera without a
picture says so and still offers the file; the webcam runs only while the dialog is open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from desk_actions_support import DESK_PIN, Desk, open_desks
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.core.photos import JPEG_MAGIC
from kiosk.desk_app import desk_camera
from kiosk.scan.camera import CameraChoice, CameraFeed
from kiosk.scan.camera_fake import FakeCamera
from kiosk.scan.gray import Gray
from kiosk.settings import Settings
from kiosk.store import journal, photos
from kiosk.ui.desk import photo_replace
from kiosk.ui.desk.photo_capture import PhotoCaptureDialog, Step
from kiosk.ui.desk.photo_source import PhotoSourceDialog
from kiosk.ui.i18n import install_language

AMINA = 22000003  # Aoife Wilson in the demo home
LANGUAGES = ["en", "ar", "zh"]
MakeDesk = Callable[[str], Desk]
DARK, LIGHT = 40, 220


@pytest.fixture(autouse=True)
def english_first(qapp: QApplication) -> None:
    install_language(qapp, "en")


@pytest.fixture
def make_desk(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeDesk]:
    yield from open_desks(qtbot, tmp_path)


@pytest.fixture
def feed(qapp: QApplication) -> Iterator[CameraFeed]:
    feed = CameraFeed(CameraChoice("the desk's test camera"))  # no real camera matches
    yield feed
    feed.stop()


@pytest.fixture
def camera(feed: CameraFeed) -> FakeCamera:
    camera = FakeCamera()
    feed.use_frame_input(camera.frame_input)
    return camera


def tr(text: str, context: str = "PhotoCaptureDialog", language: str = "en") -> str:
    translated = QCoreApplication.translate(context, text)
    if language != "en":
        assert translated != text, f"not translated into {language}: {text}"
    return translated


def desk_with(
    make_desk: MakeDesk, qapp: QApplication, language: str, feed: CameraFeed | None
) -> Desk:
    install_language(qapp, language)
    desk = make_desk(DESK_PIN)
    desk.context.camera = feed
    desk.actions.photo.no_frame_ms = 400
    desk.show(AMINA)
    return desk


def click(desk: Desk, button: QPushButton) -> None:
    assert button.isVisible(), button.text()
    assert button.isEnabled(), button.text()
    desk.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_capture(desk: Desk, language: str = "en") -> PhotoCaptureDialog:
    click(desk, desk.actions.photo_button)
    choice = desk.actions.photo.dialog
    assert isinstance(choice, PhotoSourceDialog)
    assert choice.webcam_button.text() == tr("Take with the webcam", "PhotoSourceDialog", language)
    assert choice.file_button.text() == tr("Choose a file…", "PhotoSourceDialog", language)
    click(desk, choice.webcam_button)
    capture = desk.actions.photo.dialog
    assert isinstance(capture, PhotoCaptureDialog)
    desk.qtbot.waitExposed(capture)
    return capture


def frame(level: int) -> np.ndarray:
    return np.full((720, 1280), level, np.uint8)


def film(desk: Desk, camera: FakeCamera, capture: PhotoCaptureDialog, level: int) -> None:
    """Send frames until Take photo is offered (frames arrive asynchronously)."""

    def live() -> bool:
        camera.show(Gray.from_array(frame(level)))
        return capture.step is Step.LIVE

    desk.qtbot.waitUntil(live, timeout=10_000)


def take(desk: Desk, camera: FakeCamera, capture: PhotoCaptureDialog, level: int) -> None:
    film(desk, camera, capture, level)
    click(desk, capture.take_button)
    desk.qtbot.waitUntil(lambda: capture.step is Step.PREVIEW, timeout=20_000)


def kept_photo(desk: Desk) -> tuple[photos.PhotoUpload | None, list[journal.AuditEntry]]:
    def read(b: object) -> tuple[photos.PhotoUpload | None, list[journal.AuditEntry]]:
        db = b.db  # type: ignore[attr-defined]
        lines = [
            e
            for e in journal.recent_audit(db, 1000)
            if e.action == "photo" and e.registration_id == AMINA
        ]
        return photos.get_upload(db, AMINA), lines

    return desk.on_worker(read)


def closed(dialog: PhotoCaptureDialog) -> bool:
    """Closed (and perhaps deleted already, as PersonActions lets go of it)."""
    return not Shiboken.isValid(dialog) or not dialog.isVisible()


def brightness(jpeg: bytes) -> int:
    image = QImage.fromData(jpeg)
    assert not image.isNull()
    return QColor(image.pixel(image.width() // 2, image.height() // 2)).value()


@pytest.mark.parametrize("language", LANGUAGES)
def test_take_then_use_keeps_the_photo_like_a_chosen_file(
    make_desk: MakeDesk, qapp: QApplication, feed: CameraFeed, camera: FakeCamera, language: str
) -> None:
    desk = desk_with(make_desk, qapp, language, feed)
    capture = open_capture(desk, language)
    assert capture.take_button.text() == tr("Take photo", language=language)
    picture_at = capture.viewfinder.mapTo(capture, capture.viewfinder.rect().center()).x()
    assert (picture_at > capture.width() / 2) == (language == "ar")  # Arabic: from the right
    take(desk, camera, capture, LIGHT)
    assert capture.use_button.text() == tr("Use this photo", language=language)
    assert capture.retake_button.isVisible()
    assert kept_photo(desk) == (None, [])  # nothing kept before "Use this photo"

    click(desk, capture.use_button)
    desk.qtbot.waitUntil(lambda: bool(desk.messages), timeout=20_000)
    upload, lines = kept_photo(desk)
    assert upload is not None
    assert upload.uploaded_at is None
    stored = (Path(desk.context.options.photos_dir) / upload.file).read_bytes()
    assert stored.startswith(JPEG_MAGIC)
    assert brightness(stored) > 180
    assert [(e.outcome, e.kiosk_id) for e in lines] == [("desk", desk.context.options.kiosk_id)]
    text = QCoreApplication.translate(
        "PersonActions",
        "The photo of {name} is replaced. Reprint the badge (reason: photo replaced) to show it.",
    ).replace("{name}", "Aoife Wilson")
    assert desk.messages == [f"\u200f{text}" if language == "ar" else text]
    assert desk.changed == [AMINA]
    assert desk.actions.photo.dialog is None
    assert closed(capture)
    assert not feed.is_available()  # the webcam is off once the dialog closed


@pytest.mark.parametrize("language", LANGUAGES)
def test_retake_keeps_only_the_photo_used(
    make_desk: MakeDesk, qapp: QApplication, feed: CameraFeed, camera: FakeCamera, language: str
) -> None:
    desk = desk_with(make_desk, qapp, language, feed)
    capture = open_capture(desk, language)
    take(desk, camera, capture, DARK)
    assert capture.retake_button.text() == tr("Retake", language=language)
    click(desk, capture.retake_button)
    assert capture.step is Step.STARTING  # Take photo waits for a new picture
    take(desk, camera, capture, LIGHT)
    assert kept_photo(desk) == (None, [])
    click(desk, capture.use_button)
    desk.qtbot.waitUntil(lambda: bool(desk.messages), timeout=20_000)
    upload, lines = kept_photo(desk)
    assert upload is not None
    assert len(lines) == 1
    stored = (Path(desk.context.options.photos_dir) / upload.file).read_bytes()
    assert brightness(stored) > 180  # the second photo, not the dark first one


@pytest.mark.parametrize("language", LANGUAGES)
def test_cancel_writes_nothing_and_stops_the_webcam(
    make_desk: MakeDesk, qapp: QApplication, feed: CameraFeed, camera: FakeCamera, language: str
) -> None:
    desk = desk_with(make_desk, qapp, language, feed)
    capture = open_capture(desk, language)
    take(desk, camera, capture, LIGHT)
    assert capture.cancel_button.text() == tr("Cancel", language=language)
    click(desk, capture.cancel_button)
    desk.idle()
    assert kept_photo(desk) == (None, [])
    assert desk.messages == []
    assert desk.changed == []
    assert desk.actions.photo.dialog is None
    assert not feed.is_available()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_camera_gives_the_file_chooser_only_saying_why(
    make_desk: MakeDesk, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    desk = desk_with(make_desk, qapp, language, None)
    asked: list[str] = []

    def chooser(_parent: object) -> str:
        asked.append(desk.actions.photo.file_title())
        return ""

    desk.actions.choose_photo = chooser
    click(desk, desk.actions.photo_button)
    desk.idle()
    assert desk.actions.photo.dialog is None  # no choice: there is no webcam
    no_webcam = "No webcam is set up at this desk: choose the person's photo"
    assert asked == [tr(no_webcam, "PersonActions", language)]
    assert kept_photo(desk) == (None, [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_camera_without_pictures_says_so_and_the_file_still_works(
    make_desk: MakeDesk,
    qapp: QApplication,
    feed: CameraFeed,
    camera: FakeCamera,
    tmp_path: Path,
    language: str,
) -> None:
    desk = desk_with(make_desk, qapp, language, feed)
    chosen = tmp_path / "phone.png"
    image = QImage(600, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#6699cc"))
    assert image.save(str(chosen), "PNG")
    desk.actions.choose_photo = lambda _parent: str(chosen)
    capture = open_capture(desk, language)  # no frame is ever sent
    desk.qtbot.waitUntil(lambda: capture.step is Step.NO_CAMERA, timeout=10_000)
    silent = "The webcam gives no picture. Check its cable, or choose a file instead."
    assert capture.problem.isVisible()
    assert capture.problem.text() == tr(silent, language=language)
    assert not capture.take_button.isEnabled()
    assert kept_photo(desk) == (None, [])
    click(desk, capture.file_button)
    desk.qtbot.waitUntil(lambda: bool(desk.messages), timeout=20_000)
    upload, lines = kept_photo(desk)
    assert upload is not None
    assert len(lines) == 1
    assert desk.changed == [AMINA]
    assert not feed.is_available()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_camera_says_so_and_a_camera_that_vanishes_keeps_the_photo_taken(
    make_desk: MakeDesk, qapp: QApplication, feed: CameraFeed, camera: FakeCamera, language: str
) -> None:
    desk = desk_with(make_desk, qapp, language, CameraFeed(CameraChoice("no such camera")))
    capture = open_capture(desk, language)
    assert capture.step is Step.NO_CAMERA
    missing = "No webcam was found at this desk. Choose a file instead."
    assert capture.problem.text() == tr(missing, language=language)
    assert capture.file_button.isVisible()
    click(desk, capture.cancel_button)

    desk.context.camera = feed
    capture = open_capture(desk, language)
    take(desk, camera, capture, LIGHT)
    feed.availability_changed.emit(False)  # unplugged after the shot
    stopped = "The webcam stopped. Check its cable, or choose a file instead."
    assert capture.problem.text() == tr(stopped, language=language)
    assert not capture.retake_button.isVisible()
    assert capture.file_button.isVisible()  # the other way on
    click(desk, capture.use_button)  # the photo taken is still good
    desk.qtbot.waitUntil(lambda: bool(desk.messages), timeout=20_000)
    assert kept_photo(desk)[0] is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_signing_out_closes_the_capture_and_stops_the_webcam(
    make_desk: MakeDesk, qapp: QApplication, feed: CameraFeed, camera: FakeCamera, language: str
) -> None:
    desk = desk_with(make_desk, qapp, language, feed)
    capture = open_capture(desk, language)
    film(desk, camera, capture, LIGHT)
    assert feed.is_available()
    desk.context.set_staff(None)
    assert desk.actions.photo.dialog is None
    assert closed(capture)
    assert not feed.is_available()
    assert kept_photo(desk) == (None, [])


@pytest.mark.parametrize(("device", "has_camera"), [("none", False), (" None ", False), ("", True)])
def test_the_desk_opens_the_webcam_of_the_settings_without_starting_it(
    qapp: QApplication, device: str, has_camera: bool
) -> None:
    camera = desk_camera(Settings(camera_device=device))
    assert (camera is not None) == has_camera
    if camera is not None:
        assert camera.is_wanted
        assert not camera.is_available()  # off until the capture dialog starts it
        camera.stop()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_photo_that_cannot_be_stored_is_said_in_the_dialog_which_stays_open(
    make_desk: MakeDesk,
    qapp: QApplication,
    feed: CameraFeed,
    camera: FakeCamera,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    desk = desk_with(make_desk, qapp, language, feed)
    monkeypatch.setattr(photo_replace, "keep_photo_jpeg", lambda _b, _id, _jpeg: None)  # disk full
    capture = open_capture(desk, language)
    take(desk, camera, capture, LIGHT)
    click(desk, capture.use_button)
    desk.qtbot.waitUntil(lambda: capture.problem.isVisible(), timeout=20_000)
    full = "The photo could not be stored. Try again; if it fails again, tell IT."
    assert capture.problem.text() == tr(full, "PersonActions", language)
    assert capture.step is Step.PREVIEW
    assert capture.use_button.isEnabled()  # try again
    assert desk.messages == []
    assert desk.changed == []
