"""Every kiosk screen as a scene: a name and a function putting a fresh window into that state.

`kiosk screenshots` renders each scene in each language and size to PNG; the language and fit
tests walk the same scenes. A new screen is one more entry in ``SCENES``. Scenes use the WSIS 2022
sample data and no hardware: the window's runner checks no code by itself, the scene tells the
window what a scan found (through the runner's own signals, as the worker thread would). Other
background work (today's programme, making a photo from a frame) runs at once on the GUI thread,
against a service that knows only the sample programme at the sample clock. A scene with a camera
has the fake one (kiosk/scan/camera_fake.py) filming a still picture.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.core.checkin import Outcome
from kiosk.core.model import BadgeCategory, ScanSource
from kiosk.core.photos import PhotoStep
from kiosk.core.registry_address import RegistryKind, RegistryName
from kiosk.core.staff import Role
from kiosk.core.translations import frozen
from kiosk.printing.base import PrinterState, PrinterStatus
from kiosk.sample.wsis2022 import (
    DESK_LOCATION,
    DESK_LOCATION_TRANSLATIONS,
    sample_categories,
    sample_event,
)
from kiosk.scan.camera import CameraChoice, CameraFeed
from kiosk.scan.camera_fake import FakeCamera
from kiosk.services.check_in import ScanResult
from kiosk.services.printer_check import PrinterReport, WhenUnavailable
from kiosk.ui.feedback import Feedback
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.photo import PhotoPage, PhotoScreen
from kiosk.ui.kiosk.sessions import MAX_CARDS, SessionsBoard
from kiosk.ui.kiosk.sync_status import SyncStatusCorner
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UN_LANGUAGES, DeskLocation, UiOptions
from kiosk.ui.scene_kit import (
    CLOCK,
    DEFAULT_SIZE,
    LONG_CATEGORY,
    LONG_NAME,
    NAMES,
    REFERENCE,
    REGISTRATION,
    SIZES,
    STAFF_ID,
    Scene,
    SceneKit,
    StillRunner,
    pick_by_name,
)
from kiosk.ui.staff.menu import StaffMenuScreen
from kiosk.ui.staff.pin_pad import PinPadScreen

# What tests and `kiosk screenshots` use; the stage itself is in scene_kit.py.
__all__ = [
    "LONG_CATEGORY",
    "SCENES",
    "SIZES",
    "Scene",
    "ShotPlan",
    "ensure_offscreen_application",
    "find_scenes",
    "render",
    "render_all",
    "scene_names",
    "scene_options",
    "scene_window",
]

# The corner names the registry the kiosk serves: a pretix one, the longest line a corner shows.
SCENE_REGISTRY = RegistryName(RegistryKind.PRETIX, "tickets.wsis-forum.example · itu/wsis22")


def _category(code: str) -> BadgeCategory:
    return next(c for c in sample_categories() if c.code == code)


def _welcome(category: BadgeCategory, name: str, **changes: object) -> ScanResult:
    result = ScanResult(
        Outcome.CHECKED_IN,
        registration_id=REGISTRATION,
        badge_version=1,
        badge_name=name,
        category_code=category.code,
        category_label=category.label,
        category_label_translations=category.label_translations,
        category_colour=category.colour,
    )
    return replace(result, **changes)  # type: ignore[arg-type]


def _refusal(outcome: Outcome) -> ScanResult:
    if outcome is Outcome.WRONG_EVENT:  # says nothing about anyone (services/check_in.py)
        return ScanResult(outcome)
    category = _category("VIP" if outcome is Outcome.COLLECT_AT_DESK else "PAR")
    collected = CLOCK - timedelta(hours=20, minutes=12)
    return replace(
        _welcome(category, NAMES[0]),
        outcome=outcome,
        collected_at=collected if outcome is Outcome.ALREADY_COLLECTED else None,
    )


def _welcome_scenes() -> list[Scene]:
    scenes = []
    for index, category in enumerate(sample_categories()):
        name = NAMES[index % len(NAMES)]
        result = _welcome(category, name)
        scenes.append(Scene(f"welcome-{category.code.lower()}", _answering(result), (name,)))
    long = _welcome(LONG_CATEGORY, LONG_NAME)
    scenes.append(Scene("welcome-long", _answering(long), (LONG_NAME,)))
    for state in (PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE):
        failed = _welcome(
            _category("DEL"),
            NAMES[1],
            print_error=f"The printer reports: {state.value}.",
            printer_state=state,
        )
        scenes.append(Scene(f"welcome-printer-{state.value}", _answering(failed), (NAMES[1],)))
    unconfirmed = _welcome(
        _category("SPK"),
        NAMES[3],
        print_error="Your badge may already have been printed.",
        print_unconfirmed=True,
    )
    scenes.append(Scene("welcome-print-unconfirmed", _answering(unconfirmed), (NAMES[3],)))
    return scenes


def _refusal_scenes() -> list[Scene]:
    return [
        Scene(f"refusal-{outcome.name.lower().replace('_', '-')}", _answering(_refusal(outcome)))
        for outcome in Outcome
        if not outcome.is_success
    ]


def _answering(result: ScanResult) -> Callable[[SceneKit], None]:
    def show(kit: SceneKit) -> None:
        kit.answer(result)

    return show


def _attract(kit: SceneKit) -> None:
    """Just opened: the corner is still connecting to the registry."""


def _attract_online(kit: SceneKit) -> None:
    kit.sync(online=True, minutes_old=3)


def _attract_offline(kit: SceneKit) -> None:
    kit.sync(online=False, minutes_old=185)


def _flash(kit: SceneKit) -> None:
    """The moment a welcome is answered: the full-window flash, before it fades."""
    kit.answer(_welcome(_category("PAR"), NAMES[0]), flash=True)


def _checking(kit: SceneKit) -> None:
    kit.window.on_scanned("scene", ScanSource.SCANNER)


def _failure(kit: SceneKit) -> None:
    kit.fail()


def _printer_notice(notice: WhenUnavailable) -> Callable[[SceneKit], None]:
    def show(kit: SceneKit) -> None:
        kit.find(AttractScreen).show_printer_notice(notice)

    return show


def _large_text(kit: SceneKit) -> None:
    kit.find(AttractScreen).large_text_asked.emit(True)


def _sessions(kit: SceneKit) -> None:
    """The visitor pressed "Today's sessions": the sample programme at the sample clock."""
    button = kit.find(AttractScreen).findChild(QPushButton, "sessions")
    assert button is not None
    button.click()
    board = kit.find(SessionsBoard)
    wanted = min(len(board.shown_entries()), MAX_CARDS)
    kit.settle(lambda: len(board.findChildren(QLabel, "sessionTitle")) == wanted)


def _welcome_now_next(kit: SceneKit) -> None:
    """A welcome with the strip of what is on now and next along its bottom edge."""
    kit.answer(_welcome(_category("PAR"), NAMES[0]))


def _staff_pin(kit: SceneKit) -> None:
    pad = kit.find(PinPadScreen)
    pad.reset()
    for key in "1234":
        button = pad.findChild(QPushButton, f"key-{key}")
        assert button is not None
        button.click()
    kit.switch_to(pad)


def _staff_menu(kit: SceneKit) -> None:
    menu = kit.find(StaffMenuScreen)
    menu.open_for(STAFF_ID, Role.DESK)
    menu.show_printers(
        PrinterReport(
            (
                ("escpos+tcp://10.0.0.21:9100", PrinterStatus(PrinterState.PAPER_OUT)),
                ("cups://Desk-A6", PrinterStatus(PrinterState.OFFLINE)),
            )
        )
    )
    kit.switch_to(menu)


def _photo_consent(kit: SceneKit) -> None:
    kit.answer(_welcome(_category("PAR"), NAMES[0], photo_step=PhotoStep.CAPTURE))
    screen = kit.find(PhotoScreen)
    kit.film(lambda: screen.viewfinder.last_frame is not None)


def _photo_countdown(kit: SceneKit) -> None:
    _photo_consent(kit)
    kit.find(PhotoScreen).accept_button.click()


def _photo_preview(kit: SceneKit) -> None:
    _photo_countdown(kit)
    screen = kit.find(PhotoScreen)
    kit.film(lambda: screen.page is PhotoPage.PREVIEW)


SCENES: tuple[Scene, ...] = (
    Scene("attract", _attract),
    Scene("attract-online", _attract_online),
    Scene("attract-offline", _attract_offline),
    Scene("attract-large-text", _large_text),
    Scene("attract-printer-out", _printer_notice(WhenUnavailable.CHECK_IN)),
    Scene("attract-printer-stop", _printer_notice(WhenUnavailable.STOP)),
    Scene("attract-camera", _attract, camera=True),
    Scene("attract-printer-out-camera", _printer_notice(WhenUnavailable.CHECK_IN), camera=True),
    Scene("sessions-board", _sessions),
    Scene("welcome-now-next", _welcome_now_next, (NAMES[0],)),
    Scene("staff-pin", _staff_pin),
    Scene("staff-menu", _staff_menu, (STAFF_ID,)),  # a staff sign-in name: as it is
    Scene("photo-consent", _photo_consent, camera=True),
    Scene("photo-countdown", _photo_countdown, camera=True),
    Scene("photo-preview", _photo_preview, camera=True, countdown_ms=1),
    Scene("checking", _checking),
    Scene("flash-welcome", _flash, (NAMES[0],)),
    *_welcome_scenes(),
    *_refusal_scenes(),
    Scene("failure", _failure, (REFERENCE,)),  # a staff reference: marked as such
)


def scene_options(language: str, countdown_ms: int = 1000) -> UiOptions:
    """The demo kiosk's options, speaking ``language`` at home."""
    event = sample_event()
    return UiOptions(
        event.title,
        languages=(language, *(code for code in UN_LANGUAGES if code != language)),
        timezone=event.timezone,
        event_title_translations=event.title_translations,
        desk=DeskLocation(DESK_LOCATION, frozen(DESK_LOCATION_TRANSLATIONS)),
        photo_countdown_ms=countdown_ms,
    )


@contextmanager
def scene_window(
    scene: Scene, language: str, size: tuple[int, int] = DEFAULT_SIZE
) -> Iterator[SceneKit]:
    """A shown window of ``size`` in ``scene``'s state, speaking ``language``; closed after."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    install_language(app, language)
    runner = StillRunner()
    corner = SyncStatusCorner(lambda: CLOCK, registry=SCENE_REGISTRY)
    feedback = Feedback()  # silent: no sound player
    feed = CameraFeed(CameraChoice()) if scene.camera else None
    camera = FakeCamera() if feed is not None else None
    if feed is not None and camera is not None:
        feed.use_frame_input(camera.frame_input)
    options = scene_options(language, scene.countdown_ms)
    window = MainWindow(runner, options, feedback=feedback, status_corner=corner, camera=feed)
    kit = SceneKit(window, runner, corner, feedback, camera)
    try:
        window.resize(*size)
        window.show()
        scene.show(kit)
        QCoreApplication.processEvents()
        window.resize(*size)  # a screen may not make the window grow
        QCoreApplication.processEvents()
        yield kit
    finally:
        window.close()
        if feed is not None:
            feed.stop()
        runner.stop()
        window.deleteLater()
        runner.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def render(scene: Scene, language: str, size: tuple[int, int] = DEFAULT_SIZE) -> QImage:
    with scene_window(scene, language, size) as kit:
        return kit.window.grab().toImage()


@dataclass(frozen=True, slots=True)
class ShotPlan:
    """Which scenes, languages and sizes to render."""

    sizes: Sequence[tuple[int, int]] = (DEFAULT_SIZE,)
    languages: Sequence[str] = UN_LANGUAGES
    scenes: Sequence[Scene] = SCENES


def render_all(
    out: Path, plan: ShotPlan, progress: Callable[[int, int, Path], None] | None = None
) -> list[Path]:
    """Write ``out/WxH/<language>/<scene>.png`` for the plan; ``progress(done, total, path)``."""
    ensure_offscreen_application()
    written: list[Path] = []
    total = len(plan.sizes) * len(plan.languages) * len(plan.scenes)
    for width, height in plan.sizes:
        for language in plan.languages:
            folder = out / f"{width}x{height}" / language
            folder.mkdir(parents=True, exist_ok=True)
            for scene in plan.scenes:
                path = folder / f"{scene.name}.png"
                if not render(scene, language, (width, height)).save(str(path)):
                    raise OSError(f"cannot write {path}")
                written.append(path)
                if progress is not None:
                    progress(len(written), total, path)
    return written


def ensure_offscreen_application() -> QApplication:
    """The QApplication, created on the offscreen platform (no display needed) if there is none."""
    from kiosk.printing.fonts import load_fonts

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    load_fonts()
    return app


def scene_names() -> list[str]:
    return [scene.name for scene in SCENES]


def find_scenes(names: Sequence[str]) -> list[Scene]:
    """The scenes named (all when none); an unknown name raises ValueError listing the names."""
    return pick_by_name(SCENES, names, "scene")
