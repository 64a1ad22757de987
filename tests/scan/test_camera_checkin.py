"""From a camera frame to a checked-in attendee, on a real demo home and its signed codes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.credentials import parse_credential
from kiosk.core.model import ScanSource
from kiosk.paths import Home
from kiosk.printing.fake import FakePrinter
from kiosk.printing.fonts import load_fonts
from kiosk.scan.camera import CameraChoice, CameraFeed
from kiosk.scan.camera_decoder import CameraDecoder
from kiosk.scan.camera_fake import FakeCamera, video_frame
from kiosk.scan.frames import Difficulty, code_frame
from kiosk.services.check_in import CheckInService, ScanResult
from kiosk.services.demo import DEMO_START, init_demo, issue_demo_code
from kiosk.services.printing import PrintSetup
from kiosk.store import open_database
from kiosk.ui.background import CheckInRunner
from kiosk.ui.kiosk.camera_preview import CameraPreview
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UiOptions

NOW = datetime.fromisoformat(DEMO_START).astimezone(UTC)


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Home:
    home = Home(tmp_path_factory.mktemp("camera") / "home")
    init_demo(home, 300)
    return home


def attendee_code(home: Home) -> str:
    """A signed code for someone who may collect a badge at the kiosk, not yet checked in."""
    db = open_database(home.database)
    service = CheckInService(db, PrintSetup.of(FakePrinter(), BADGE_SIZES["a6"]), "probe", clock)
    try:
        for registration in range(22_000_001, 22_000_300):
            code = issue_demo_code(home, registration, NOW)
            if service.check(code, NOW).outcome is Outcome.CHECKED_IN:
                return code
    finally:
        db.close()
    raise AssertionError("no collectable attendee in the demo home")


def service_factory(home: Home, printer: FakePrinter) -> CheckInService:
    return CheckInService(
        open_database(home.database), PrintSetup.of(printer, BADGE_SIZES["a6"]), "kiosk-7", clock
    )


@pytest.fixture
def decoder(qapp: QApplication) -> Iterator[CameraDecoder]:
    decoder = CameraDecoder()
    yield decoder
    assert decoder.stop()


def test_a_code_filmed_on_a_phone_checks_the_attendee_in(
    qtbot: QtBot, home: Home, decoder: CameraDecoder
) -> None:
    code = attendee_code(home)
    printer = FakePrinter()
    service = service_factory(home, printer)
    results: list[ScanResult] = []
    decoder.scanned.connect(lambda text, source: results.append(service.scan(text, source)))
    frame = code_frame(code, difficulty=Difficulty.MEDIUM, seed=21)

    decoder.on_frame(video_frame(frame.gray))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)

    assert results[0].outcome is Outcome.CHECKED_IN
    assert results[0].registration_id == parse_credential(code)[0].registration_id
    assert len(printer.printed) == 1
    assert service.check(code, NOW).outcome is Outcome.ALREADY_COLLECTED


@pytest.fixture
def window_parts(
    qtbot: QtBot, qapp: QApplication, home: Home, decoder: CameraDecoder
) -> Iterator[tuple[MainWindow, CameraFeed]]:
    load_fonts()
    printer = FakePrinter()
    runner = CheckInRunner(lambda: service_factory(home, printer))
    feed = CameraFeed(CameraChoice())
    window = MainWindow(
        runner, UiOptions("WSIS Forum 2022", idle_timeout_s=60, result_timeout_s=60), camera=feed
    )
    decoder.scanned.connect(window.on_scanned)
    feed.video_sink.videoFrameChanged.connect(decoder.on_frame)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window, feed
    assert runner.stop()


def current_screen(window: MainWindow) -> QWidget:
    stack = window.findChild(QStackedWidget)
    assert stack is not None
    screen = stack.currentWidget()
    assert screen is not None
    return screen


def test_the_kiosk_welcomes_an_attendee_whose_phone_the_camera_sees(
    qtbot: QtBot, home: Home, window_parts: tuple[MainWindow, CameraFeed]
) -> None:
    window, feed = window_parts
    camera = FakeCamera()
    feed.use_frame_input(camera.frame_input)
    frame = code_frame(attendee_code(home), difficulty=Difficulty.EASY, inverted=True, seed=22)

    camera.show(frame.gray)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen), timeout=10000)

    assert window.findChild(CameraPreview) is not None


def test_without_a_camera_the_kiosk_shows_so_and_checks_in_by_scanner(
    qtbot: QtBot, home: Home, window_parts: tuple[MainWindow, CameraFeed]
) -> None:
    window, feed = window_parts
    feed.start()  # this machine has no camera
    preview = window.findChild(CameraPreview)
    assert preview is not None
    assert preview.accessibleName() == "Camera not available. Please use the scanner."

    window.on_scanned(attendee_code(home), ScanSource.SCANNER)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen), timeout=10000)


def test_a_kiosk_set_to_no_camera_shows_no_camera_panel(qtbot: QtBot, qapp: QApplication) -> None:
    runner = CheckInRunner(lambda: None)  # type: ignore[arg-type, return-value]
    window = MainWindow(
        runner, UiOptions("WSIS Forum 2022"), camera=CameraFeed(CameraChoice("none"))
    )
    qtbot.addWidget(window)

    preview = window.findChild(CameraPreview)
    assert runner.stop()
    assert preview is None
