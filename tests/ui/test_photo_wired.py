"""The photo step on a demo home as app.py wires it: the real check-in service on its worker
thread, the fake camera; the photo is stored, printed on the badge and queued for upload."""

from __future__ import annotations

import stat
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_reading import current_screen, shows, taps_taken

from kiosk.app import check_in_service_factory, clock_for, read_settings, ui_options
from kiosk.core.model import ScanSource
from kiosk.paths import Home
from kiosk.scan.camera import CameraChoice, CameraFeed
from kiosk.scan.camera_fake import FakeCamera
from kiosk.scan.gray import Gray
from kiosk.services.demo import init_demo, issue_demo_code
from kiosk.store import open_database, participants
from kiosk.store.photos import pending_uploads
from kiosk.ui.background import CheckInRunner
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.photo import PhotoPage, PhotoScreen
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.main_window import MainWindow

REGISTRATION = 22_000_005


@pytest.fixture
def home(tmp_path_factory: pytest.TempPathFactory) -> Home:
    home = Home(tmp_path_factory.mktemp("photo-demo"))
    init_demo(home, count=20)
    with home.settings.open("a", encoding="utf-8") as settings:
        settings.write("\n[camera]\nphoto_capture = true\n")
    return home


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, home: Home) -> Iterator[tuple[MainWindow, FakeCamera]]:
    settings = read_settings(home)
    runner = CheckInRunner(check_in_service_factory(home, settings))
    feed = CameraFeed(CameraChoice())
    camera = FakeCamera()
    feed.use_frame_input(camera.frame_input)
    options = ui_options(home, settings)
    try:
        made = MainWindow(runner, options, camera=feed)
        qtbot.addWidget(made)
        made.resize(1280, 800)
        made.show()
        qtbot.waitExposed(made)
        yield made, camera
    finally:
        feed.stop()
        assert runner.stop()


def test_a_demo_delegate_gets_a_badge_with_the_photo_just_taken(
    qtbot: QtBot, window: tuple[MainWindow, FakeCamera], home: Home
) -> None:
    kiosk, camera = window
    code = issue_demo_code(home, REGISTRATION, clock_for(read_settings(home))())
    kiosk.on_scanned(code, ScanSource.SCANNER)
    qtbot.waitUntil(lambda: not isinstance(current_screen(kiosk), CheckingScreen), timeout=20_000)
    screen = current_screen(kiosk)
    assert isinstance(screen, PhotoScreen)
    gray = np.full((720, 1280), 128, np.uint8)

    def filmed() -> bool:
        camera.show(Gray.from_array(gray))
        return screen.viewfinder.last_frame is not None

    qtbot.waitUntil(filmed)
    taps_taken(qtbot, kiosk)  # the person reads the new screen before touching it
    qtbot.mouseClick(screen.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.page is PhotoPage.PREVIEW, timeout=20_000)
    assert list(home.prints.iterdir()) == []  # nothing printed before the photo is used
    qtbot.mouseClick(screen.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(current_screen(kiosk), WelcomeScreen), timeout=20_000)
    assert shows(kiosk, "Your badge is printing")
    assert any(p.name.startswith(f"{REGISTRATION}-v1") for p in home.prints.iterdir())

    db = open_database(home.database)
    try:
        person = participants.get_participant(db, REGISTRATION)
        assert person is not None
        assert person.photo
        assert stat.S_IMODE((home.photos / person.photo).stat().st_mode) == 0o600
        assert [u.registration_id for u in pending_uploads(db)] == [REGISTRATION]
    finally:
        db.close()
