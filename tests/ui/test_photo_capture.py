"""The photo step at the kiosk, driven with the fake camera in English, Arabic and Chinese:
consent, countdown, preview, retake, use; no thanks, timeout, camera gone, no camera."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pytest
from conftest import FakeClock
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, EVENT_TITLE, FakeService, current_screen, elapse, shows

from kiosk.core.model import ScanSource
from kiosk.core.photos import JPEG_MAGIC, PhotoStep
from kiosk.scan.camera import CameraChoice, CameraFeed
from kiosk.scan.camera_fake import FakeCamera
from kiosk.scan.gray import Gray
from kiosk.services.check_in import ScanResult
from kiosk.ui.background import CheckInRunner
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.photo import PhotoPage, PhotoScreen
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.messages import LANGUAGE_NAMES
from kiosk.ui.options import UiOptions

LONG = 60.0
NEEDS_PHOTO = replace(AMINA, photo_step=PhotoStep.CAPTURE)
LANGUAGES = ["en", "ar", "zh"]
READING_MS = 2_000  # a person reads a new screen (or page) before touching it


def tr(text: str, context: str = "PhotoScreen") -> str:
    return QCoreApplication.translate(context, text)


def desk_text() -> str:
    return tr(
        "You are checked in. Your badge needs a photo, which is taken at the desk.", "messages"
    )


class PhotoService(FakeService):
    """The fake check-in service, which also keeps photos and records skipped ones."""

    def __init__(self) -> None:
        super().__init__()
        self.photos: list[bytes] = []
        self.skipped: list[tuple[PhotoStep, str]] = []

    def attach_photo(self, result: ScanResult, jpeg: bytes) -> ScanResult:
        self.photos.append(jpeg)
        return replace(result, photo_step=PhotoStep.NONE, printed=("badge.png",))

    def skip_photo(self, result: ScanResult, step: PhotoStep, reason: str) -> ScanResult:
        self.skipped.append((step, reason))
        return replace(result, photo_step=step)


@pytest.fixture
def service() -> PhotoService:
    return PhotoService()


@pytest.fixture
def feed(qapp: QApplication) -> Iterator[CameraFeed]:
    feed = CameraFeed(CameraChoice())
    yield feed
    feed.stop()


@pytest.fixture
def camera(feed: CameraFeed) -> FakeCamera:
    camera = FakeCamera()
    feed.use_frame_input(camera.frame_input)
    return camera


def make(
    qtbot: QtBot, runner: CheckInRunner, feed: CameraFeed | None, **options: object
) -> MainWindow:
    values: dict[str, object] = {"result_timeout_s": LONG, "photo_countdown_ms": 60}
    values.update(options)
    window = MainWindow(runner, UiOptions(EVENT_TITLE, **values), camera=feed)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose_language(qtbot: QtBot, window: MainWindow, code: str) -> None:
    for button in current_screen(window).findChildren(QPushButton):
        if button.text() == LANGUAGE_NAMES[code]:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(f"no button for {code}")


def scan(qtbot: QtBot, window: MainWindow, text: str = "101") -> None:
    window.on_scanned(text, ScanSource.SCANNER)
    qtbot.waitUntil(lambda: not isinstance(current_screen(window), CheckingScreen))


def photo_screen(window: MainWindow) -> PhotoScreen:
    screen = current_screen(window)
    assert isinstance(screen, PhotoScreen)
    return screen


def portrait_frame() -> np.ndarray:
    """A 1280x720 frame: dark on the person's right (image left), light on their left."""
    gray = np.full((720, 1280), 40, np.uint8)
    gray[:, 640:] = 220
    return gray


def film(qtbot: QtBot, camera: FakeCamera, screen: PhotoScreen) -> None:
    """Send frames until the viewfinder holds one (frames arrive asynchronously)."""

    def has_frame() -> bool:
        camera.show(Gray.from_array(portrait_frame()))
        return screen.viewfinder.last_frame is not None

    qtbot.waitUntil(has_frame)


def click(qtbot: QtBot, clock: FakeClock, button: QPushButton) -> None:
    """A deliberate tap, a moment after the screen appeared (the tap guard takes it)."""
    assert button.isVisible()
    clock.advance(READING_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def take_photo(qtbot: QtBot, clock: FakeClock, camera: FakeCamera, screen: PhotoScreen) -> None:
    """From the consent page (or a preview's retake): film, count down, wait for the preview."""
    film(qtbot, camera, screen)
    button = screen.accept_button if screen.page is PhotoPage.CONSENT else screen.refuse_button
    click(qtbot, clock, button)
    if screen.page is PhotoPage.COUNTDOWN:
        film(qtbot, camera, screen)  # a retake starts again from a live picture
    qtbot.waitUntil(lambda: screen.page is PhotoPage.PREVIEW, timeout=10_000)


@pytest.mark.parametrize("language", LANGUAGES)
def test_consent_countdown_preview_and_use_prints_the_badge_with_the_photo(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
    tap_clock: FakeClock,
    language: str,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed)
    choose_language(qtbot, window, language)
    scan(qtbot, window)
    screen = photo_screen(window)
    assert screen.page is PhotoPage.CONSENT
    assert shows(window, tr("A photo for your badge"))
    assert screen.accept_button.text() == tr("Take my photo")
    assert screen.refuse_button.text() == tr("No thanks")
    terms = tr(
        "The photo is printed on your badge and sent to the event's registration "
        "system. It is kept until the event's data is deleted after the event."
    )
    assert shows(window, terms)
    picture_at = screen.viewfinder.mapTo(window, QPoint(0, 0)).x()
    assert (picture_at > 640) == (language == "ar")  # Arabic: the picture on the right
    if language != "en":
        assert tr("A photo for your badge") != "A photo for your badge"  # really translated

    counts: list[str] = []
    film(qtbot, camera, screen)
    click(qtbot, tap_clock, screen.accept_button)
    assert screen.page is PhotoPage.COUNTDOWN
    assert not screen.accept_button.isVisible()
    counts.append(screen.viewfinder.count)
    qtbot.waitUntil(lambda: screen.page is PhotoPage.PREVIEW, timeout=10_000)
    assert counts == ["3"]
    assert screen.accept_button.text() == tr("Use this photo")
    assert screen.refuse_button.text() == tr("Retake")

    click(qtbot, tap_clock, screen.accept_button)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen))
    assert shows(window, "Amina Diallo")
    assert len(service.photos) == 1
    assert service.photos[0].startswith(JPEG_MAGIC)
    assert service.skipped == []


def test_the_countdown_goes_three_two_one(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
    tap_clock: FakeClock,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed, photo_countdown_ms=150)
    scan(qtbot, window)
    screen = photo_screen(window)
    seen: list[str] = []
    set_count = screen.viewfinder.set_count

    def record(text: str) -> None:
        seen.append(text)
        set_count(text)

    screen.viewfinder.set_count = record  # type: ignore[method-assign]
    film(qtbot, camera, screen)
    click(qtbot, tap_clock, screen.accept_button)
    qtbot.waitUntil(lambda: screen.page is PhotoPage.PREVIEW, timeout=10_000)
    assert seen == ["3", "2", "1", ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_retake_shows_a_new_preview_and_only_the_used_photo_is_kept(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
    tap_clock: FakeClock,
    language: str,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed)
    choose_language(qtbot, window, language)
    scan(qtbot, window)
    screen = photo_screen(window)
    take_photo(qtbot, tap_clock, camera, screen)
    assert shows(window, tr("Is this photo all right?"))
    take_photo(qtbot, tap_clock, camera, screen)  # Retake
    assert screen.page is PhotoPage.PREVIEW
    assert service.photos == []  # nothing kept before "Use this photo"
    click(qtbot, tap_clock, screen.accept_button)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen))
    assert len(service.photos) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_thanks_checks_in_and_sends_to_the_desk(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
    tap_clock: FakeClock,
    language: str,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed)
    choose_language(qtbot, window, language)
    scan(qtbot, window)
    click(qtbot, tap_clock, photo_screen(window).refuse_button)
    assert isinstance(current_screen(window), WelcomeScreen)
    assert shows(window, "Amina Diallo")
    desk = QCoreApplication.translate(
        "messages", "You are checked in. Your badge needs a photo, which is taken at the desk."
    )
    assert shows(window, desk)
    assert not shows(window, QCoreApplication.translate("messages", "Your badge is printing"))
    qtbot.waitUntil(lambda: service.skipped == [(PhotoStep.AT_DESK, "declined")])
    assert service.photos == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", [PhotoPage.CONSENT, PhotoPage.PREVIEW])
def test_a_person_who_walks_away_is_timed_out_to_attract_and_the_check_in_stands(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
    tap_clock: FakeClock,
    language: str,
    page: PhotoPage,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed, idle_timeout_s=LONG)
    choose_language(qtbot, window, language)
    # The person leaves now: a short idle timeout from here on (the window reads it each time).
    window._options = replace(window._options, idle_timeout_s=0.3)
    scan(qtbot, window)
    screen = photo_screen(window)
    if page is PhotoPage.PREVIEW:
        take_photo(qtbot, tap_clock, camera, screen)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen), timeout=10_000)
    qtbot.waitUntil(lambda: service.skipped == [(PhotoStep.AT_DESK, "timeout")])
    assert service.photos == []
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight  # home language


def test_the_countdown_is_not_cut_short_by_the_idle_timer(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
    tap_clock: FakeClock,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed, idle_timeout_s=0.2, photo_countdown_ms=200)
    scan(qtbot, window)
    screen = photo_screen(window)
    film(qtbot, camera, screen)
    click(qtbot, tap_clock, screen.accept_button)
    qtbot.waitUntil(lambda: screen.page is PhotoPage.PREVIEW, timeout=10_000)
    assert current_screen(window) is screen


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", [PhotoPage.CONSENT, PhotoPage.COUNTDOWN])
def test_the_camera_vanishing_mid_capture_sends_to_the_desk_and_loses_nothing(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
    tap_clock: FakeClock,
    language: str,
    page: PhotoPage,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed, photo_countdown_ms=5_000)
    choose_language(qtbot, window, language)
    scan(qtbot, window)
    screen = photo_screen(window)
    if page is PhotoPage.COUNTDOWN:
        film(qtbot, camera, screen)
        click(qtbot, tap_clock, screen.accept_button)
    assert screen.page is page
    feed.stop()  # unplugged: the feed reports the camera gone
    assert isinstance(current_screen(window), WelcomeScreen)
    lost = QCoreApplication.translate(
        "messages",
        "You are checked in, but the camera stopped working before your photo was taken.",
    )
    assert shows(window, lost)
    assert shows(window, "Amina Diallo")
    qtbot.waitUntil(lambda: service.skipped == [(PhotoStep.CAMERA_LOST, "camera-lost")])
    done = current_screen(window).findChild(QPushButton, "done")
    assert done is not None
    click(qtbot, tap_clock, done)
    assert isinstance(current_screen(window), AttractScreen)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_camera_vanishing_on_the_preview_keeps_the_photo_but_not_retake(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
    tap_clock: FakeClock,
    language: str,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed)
    choose_language(qtbot, window, language)
    scan(qtbot, window)
    screen = photo_screen(window)
    take_photo(qtbot, tap_clock, camera, screen)
    feed.stop()
    assert screen.page is PhotoPage.PREVIEW
    assert not screen.refuse_button.isVisible()
    click(qtbot, tap_clock, screen.accept_button)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen))
    assert len(service.photos) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_a_camera_the_person_is_checked_in_and_sent_to_the_desk(
    qtbot: QtBot, runner: CheckInRunner, service: PhotoService, language: str
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, CameraFeed(CameraChoice("none")))
    choose_language(qtbot, window, language)
    scan(qtbot, window)
    assert isinstance(current_screen(window), WelcomeScreen)
    desk = QCoreApplication.translate(
        "messages", "You are checked in. Your badge needs a photo, which is taken at the desk."
    )
    assert shows(window, desk)
    qtbot.waitUntil(lambda: service.skipped == [(PhotoStep.AT_DESK, "no-camera")])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_kiosk_set_to_send_photos_to_the_desk_says_so(
    qtbot: QtBot, runner: CheckInRunner, service: PhotoService, language: str
) -> None:
    service.answers["101"] = replace(AMINA, photo_step=PhotoStep.AT_DESK)
    window = make(qtbot, runner, None)
    choose_language(qtbot, window, language)
    scan(qtbot, window)
    assert isinstance(current_screen(window), WelcomeScreen)
    assert shows(window, desk_text())


def test_scans_during_the_photo_step_are_ignored(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed)
    scan(qtbot, window)
    window.on_scanned("202", ScanSource.CAMERA)  # the camera reads a code in the picture
    elapse(qtbot, 100)
    assert current_screen(window) is photo_screen(window)
    assert [text for text, _ in service.calls] == ["101"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_photo_that_cannot_be_kept_still_leaves_the_person_checked_in(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
    tap_clock: FakeClock,
    language: str,
) -> None:
    def refuse(result: ScanResult, jpeg: bytes) -> ScanResult:
        raise OSError("disk full")

    service.attach_photo = refuse  # type: ignore[method-assign]
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed)
    choose_language(qtbot, window, language)
    scan(qtbot, window)
    screen = photo_screen(window)
    take_photo(qtbot, tap_clock, camera, screen)
    click(qtbot, tap_clock, screen.accept_button)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen))
    assert shows(window, desk_text())
    qtbot.waitUntil(lambda: service.skipped == [(PhotoStep.AT_DESK, "failed")])


def test_on_a_portrait_screen_the_picture_is_above_the_words(
    qtbot: QtBot,
    runner: CheckInRunner,
    service: PhotoService,
    camera: FakeCamera,
    feed: CameraFeed,
) -> None:
    service.answers["101"] = NEEDS_PHOTO
    window = make(qtbot, runner, feed)
    scan(qtbot, window)
    screen = photo_screen(window)
    window.resize(1080, 1920)

    def picture_above_words() -> bool:
        bottom = screen.viewfinder.mapTo(window, QPoint(0, screen.viewfinder.height())).y()
        return bottom <= screen.accept_button.mapTo(window, QPoint(0, 0)).y()

    qtbot.waitUntil(picture_above_words)  # laid out again once the window is resized
    assert screen.accept_button.width() > 300  # the words get the whole width
