"""Composition root of the staff desk window (`kiosk desk`): the same home, database, printers,
scanners and sync as the kiosk, with the desk's backend on its own worker thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.app import (
    check_in_service_factory,
    clock_for,
    open_scanners,
    printer_monitor,
    read_settings,
    recover_print_jobs,
    widget_application,
)
from kiosk.core.staff import parse_credentials
from kiosk.paths import Home
from kiosk.services.desk_backend import DeskBackend, desk_backend
from kiosk.settings import Settings
from kiosk.store import events, open_database

if TYPE_CHECKING:
    from kiosk.scan.camera import CameraFeed
    from kiosk.services.doctor import CheckResult
    from kiosk.ui.desk.context import DeskContext, DeskOptions


def desk_backend_factory(home: Home, settings: Settings) -> Callable[[], DeskBackend]:
    """Builds the backend on the thread that will use it (SQLite connections are per thread)."""
    build_service = check_in_service_factory(home, settings)
    clock = clock_for(settings)
    credentials = parse_credentials(settings.staff_credentials)

    def build() -> DeskBackend:
        return desk_backend(build_service(), settings.kiosk_id, clock, credentials)

    return build


def desk_options(home: Home, settings: Settings) -> DeskOptions:
    """The desk window's options from settings.toml and the event in the database."""
    from kiosk.ui.desk.context import DeskOptions

    db = open_database(home.database)
    try:
        event = events.load_event(db, settings.event_id)
    finally:
        db.close()
    return DeskOptions(
        kiosk_id=settings.kiosk_id,
        languages=settings.languages,
        idle_sign_out_s=settings.desk_idle_sign_out_s,
        timezone=event.timezone if event else "UTC",
        event_title=event.title if event else "",
        event_title_translations=event.title_translations if event else {},
        photos_dir=str(home.photos),
    )


def desk_camera(settings: Settings) -> CameraFeed | None:
    """The webcam of [camera] device for a person's photo, not started (the capture dialog
    starts it while it is open); None when the device is "none". A camera that is missing
    now gives a feed all the same: the dialog says so, and it may be plugged in later."""
    from kiosk.scan.camera import CameraChoice, CameraFeed
    from kiosk.settings import camera_size

    choice = CameraChoice(settings.camera_device, *camera_size(settings.camera_resolution))
    return None if choice.is_off else CameraFeed(choice)


def staff_notice(context: DeskContext) -> Callable[[list[CheckResult]], None]:
    """Keeps the start-up checks' failures and puts them in the message bar at each sign-in
    (the bar is on the signed-in pages only: staff see them, visitors at the desk do not)."""
    from kiosk.ui.start_up import problem_lines

    found: list[CheckResult] = []

    def tell() -> None:
        if found and context.staff is not None:
            context.message.emit("\n".join(problem_lines(found)))

    def report(problems: list[CheckResult]) -> None:
        found[:] = problems
        tell()

    context.staff_changed.connect(tell)
    return report


def run_desk(home: Home) -> int:
    """Open the desk window on the home's settings and run until it is closed."""
    from kiosk.doctoring import start_up_checks
    from kiosk.syncing import background_sync
    from kiosk.ui.background import ServiceRunner
    from kiosk.ui.desk.context import DeskContext
    from kiosk.ui.desk.window import DeskWindow

    settings = read_settings(home)
    app = widget_application()
    recover_print_jobs(home, settings)
    runner = ServiceRunner(desk_backend_factory(home, settings), name="desk worker")
    context = DeskContext(runner, desk_options(home, settings))
    sync = background_sync(home, runner)  # None until the home is enrolled with a registry
    context.sync = sync.runner if sync is not None else None
    monitor = printer_monitor(home, settings)  # network printers, asked on its own thread
    context.printer_monitor = monitor
    context.camera = desk_camera(settings)  # no QR decoding here: the scanners do that
    scanners = open_scanners(app, settings)
    window = DeskWindow(context)
    scanners.debouncer.scanned.connect(lambda text, _source: window.on_scanned(text))
    if sync is not None:
        context.data_changed.connect(sync.runner.sync_now)
    window.resize(1280, 800)
    window.show()
    checks = start_up_checks(home, app.platformName(), staff_notice(context))
    scanners.start()
    if sync is not None:
        sync.runner.sync_now()
    monitor.check_now()
    code = app.exec()
    checks.stop()
    monitor.stop()
    if sync is not None:
        sync.runner.stop()
    scanners.stop()
    if context.camera is not None:
        context.camera.stop()
    runner.stop()
    return int(code)
