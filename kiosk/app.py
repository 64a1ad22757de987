"""Composition root: reads settings, builds the real (or fake) adapters and wires the UI."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.clock import make_clock
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.model import Event
from kiosk.core.photos import PhotoPolicy, PhotoStep
from kiosk.core.templates import BadgeTemplate
from kiosk.paths import Home
from kiosk.printing.uri import open_printer
from kiosk.services.badges import (
    designer_for,
    load_template,
)
from kiosk.services.check_in import CheckInService, ScanResult
from kiosk.services.device_key import signing_device_key
from kiosk.services.printing import (
    PrinterSet,
    PrintJobs,
    PrintSetup,
    recover_interrupted,
)
from kiosk.settings import Settings, load_settings
from kiosk.store import open_database

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtWidgets import QApplication

    from kiosk.scan.camera import CameraFeed
    from kiosk.scan.camera_decoder import CameraDecoder
    from kiosk.scan.debounce import ScanDebouncer
    from kiosk.scan.keyboard import KeyboardCollector
    from kiosk.scan.serial import SerialScanner
    from kiosk.ui.admin.scan_test import ScanTestEntry, ScanTestWindow
    from kiosk.ui.background import CheckInRunner
    from kiosk.ui.feedback import Feedback
    from kiosk.ui.options import DeskLocation, UiOptions
    from kiosk.ui.printer_monitor import PrinterMonitor

log = logging.getLogger(__name__)


def configure_logging(home: Home, verbose: bool = False) -> None:
    """Rotating JSON lines in the home's logs/ (kiosk/logfile.py) plus a short line on stderr;
    registration ids only, never names."""
    from kiosk.logfile import drop_library_handlers, json_log_handler, kiosk_id_for_logs

    root = logging.getLogger()
    if any(getattr(h, "kiosk_handler", False) for h in root.handlers):
        return
    drop_library_handlers(root)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.INFO if verbose else logging.WARNING)
    stderr.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handlers: list[logging.Handler] = [stderr]
    if home.root.exists():
        try:  # a read-only or full home still gets its one-line message, on stderr
            file_handler = json_log_handler(home, kiosk_id_for_logs(home))
        except OSError as exc:
            print(f"kiosk: no log file in {home.logs}: {exc.strerror or exc}", file=sys.stderr)
        else:
            file_handler.setLevel(logging.INFO)
            handlers.append(file_handler)
    for handler in handlers:
        handler.kiosk_handler = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def read_settings(home: Home) -> Settings:
    """settings.toml, with the kiosk id the registry enrolled this kiosk under (registry.json)."""
    from kiosk.syncing import enrolled_settings

    return enrolled_settings(home, load_settings(home.settings))


def clock_for(settings: Settings) -> Callable[[], datetime]:
    return make_clock(settings.simulated_time)


def check_in_service_factory(home: Home, settings: Settings) -> Callable[[], CheckInService]:
    """A factory that builds the service on the thread that will use it (SQLite is per thread)."""
    clock = clock_for(settings)
    template = load_template(settings.badge_template, home.root)  # a bad template stops the start
    signing_device_key(home)  # so does a damaged device key file (DeviceKeyError names it)

    policy = photo_policy(settings)

    def build() -> CheckInService:
        setup = print_setup(home, settings, template)
        db = open_database(home.database)
        return CheckInService(db, setup, settings.kiosk_id, clock, photo_policy=policy)

    return build


def photo_policy(settings: Settings) -> PhotoPolicy:
    """[camera] photo_capture: take the photo here, or (camera "none") at the desk; else off."""
    from kiosk.scan.camera import NO_CAMERA

    if not settings.photo_capture:
        return PhotoPolicy.OFF
    no_camera = settings.camera_device.strip().casefold() == NO_CAMERA
    return PhotoPolicy.AT_DESK if no_camera else PhotoPolicy.CAPTURE


def print_setup(home: Home, settings: Settings, template: BadgeTemplate) -> PrintSetup:
    """The printers, stock, template and retries of [printer]; printers open on first use."""
    return PrintSetup(
        printer_set(home, settings),
        BADGE_SIZES[settings.badge_size],
        template,
        home.photos,
        settings.printer_retries,
        signing_device_key(home),
    )


def printer_set(home: Home, settings: Settings) -> PrinterSet:
    """The configured printers: [printer] uri first, then [printer] fallback in order."""
    return PrinterSet(
        (settings.printer_uri, *settings.printer_fallback),
        lambda uri: open_printer(uri, base_dir=home.root),
    )


@contextmanager
def print_jobs(home: Home) -> Iterator[PrintJobs]:
    """The print-job use cases on this home, for staff commands (`kiosk jobs`, `kiosk reprint`)."""

    settings = read_settings(home)
    template = load_template(settings.badge_template, home.root)
    ensure_gui_application()
    setup = print_setup(home, settings, template)
    db = open_database(home.database)
    try:
        yield PrintJobs(
            db,
            setup,
            designer_for(db, template, home.photos, settings.event_id, setup.device_key),
            settings.kiosk_id,
            clock_for(settings),
        )
    finally:
        db.close()


def recover_print_jobs(home: Home, settings: Settings) -> int:
    """At kiosk start: jobs cut off by the last stop wait for staff; returns how many."""
    db = open_database(home.database)
    try:
        return len(recover_interrupted(db, clock_for(settings)(), settings.kiosk_id))
    finally:
        db.close()


def widget_application() -> QApplication:
    """The windows' application (kiosk, desk, scanner test), with the shipped fonts loaded."""
    from PySide6.QtWidgets import QApplication

    from kiosk.printing.fonts import load_fonts

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    load_fonts()
    return app


def ensure_gui_application() -> None:
    """Rendering needs a QGuiApplication and the shipped fonts; headless commands get one on the
    offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.printing.fonts import load_fonts

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([sys.argv[0]])
    load_fonts()


def scan_headless(home: Home, text: str) -> ScanResult:
    """`kiosk scan`: the same check-in service as the window, without a window."""
    from kiosk.core.model import ScanSource

    settings = read_settings(home)
    ensure_gui_application()
    service = check_in_service_factory(home, settings)()
    result = service.scan(text, ScanSource.CLI)
    if result.photo_step is PhotoStep.CAPTURE:  # no camera here: the desk takes the photo
        result = service.skip_photo(result, PhotoStep.AT_DESK, "no-camera")
    return result


def add_desk_photo(home: Home, registration_id: int, source: Path) -> tuple[int, str | None]:
    """`kiosk photo`: a photo taken at the desk (any JPEG or PNG, turned as its EXIF says) is
    cropped like a kiosk photo, stored, queued for upload and put on the person's waiting badge.
    Returns the JPEG's size and the waiting badge job's id (None when there is none)."""
    from PySide6.QtGui import QImageReader

    from kiosk.scan.photo import PhotoError, photo_from_image

    settings = read_settings(home)
    ensure_gui_application()
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)  # phone photos are often stored sideways with an EXIF turn
    image = reader.read()
    if image.isNull():
        raise PhotoError(f"cannot read {source} as an image: {reader.errorString()}")
    jpeg = photo_from_image(image).jpeg
    service = check_in_service_factory(home, settings)()
    job = service.keep_photo(registration_id, jpeg, "desk")
    return len(jpeg), job.id if job is not None else None


def run_kiosk(home: Home) -> int:
    """Open the kiosk window on the home's settings and run until it is closed."""
    from kiosk.doctoring import start_up_checks
    from kiosk.syncing import background_sync
    from kiosk.ui.background import CheckInRunner
    from kiosk.ui.main_window import MainWindow

    settings = read_settings(home)
    app = widget_application()
    recover_print_jobs(home, settings)
    runner = CheckInRunner(check_in_service_factory(home, settings))
    camera, decoder = open_camera(settings)
    options = ui_options(home, settings)
    sync = background_sync(home, runner)  # None until the home is enrolled with a registry
    corner = sync.corner if sync else None
    monitor = printer_monitor(home, settings)
    scanners = open_scanners(app, settings)
    window = MainWindow(
        runner,
        options,
        camera=camera,
        feedback=kiosk_feedback(),
        status_corner=corner,
        printer_monitor=monitor,
        open_scan_test=scan_test_opener(scanners, runner, settings),
    )
    decoder.scanned.connect(scanners.debouncer.submit)
    scanners.debouncer.scanned.connect(window.on_scanned)
    window.show_for_kiosk()
    _report_first_window(app, window)
    checks = start_up_checks(home, app.platformName(), window.show_start_up_problems)
    camera.start()
    scanners.start()
    if sync:
        sync.runner.sync_now()
    monitor.check_now()
    code = app.exec()
    checks.stop()
    monitor.stop()
    if sync:
        sync.runner.stop()
    scanners.stop()
    camera.stop()
    decoder.stop()
    runner.stop()
    return int(code)


def _report_first_window(app: QCoreApplication, window: QObject) -> None:
    """For benchmarks/cold_start.py: with KIOSK_FIRST_WINDOW_BENCH set, print the wall-clock time
    once the event loop has drawn the first window, then quit."""
    if not os.environ.get("KIOSK_FIRST_WINDOW_BENCH"):
        return
    import time

    from PySide6.QtCore import QTimer

    def report() -> None:
        print(f"first-window {time.time():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, window, report)


def printer_monitor(home: Home, settings: Settings) -> PrinterMonitor:
    """Asks the configured printers their state on its own thread ([printer] check_interval_s);
    it opens its own connections, so a status query never waits behind a badge being printed."""
    from kiosk.services.printer_check import check_printers
    from kiosk.ui.printer_monitor import PrinterMonitor

    printers = printer_set(home, settings)
    return PrinterMonitor(lambda: check_printers(printers), settings.printer_check_interval_s)


def scan_test_opener(
    scanners: ScanInputs, runner: CheckInRunner, settings: Settings
) -> Callable[[], None]:
    """Opens the scanner test window from the staff menu, above the kiosk window."""
    from PySide6.QtCore import Qt

    from kiosk.ui.admin.scan_test import ScanTestWindow

    windows: list[ScanTestWindow] = []

    def open_window() -> None:
        if not windows:
            windows.append(
                ScanTestWindow(
                    scanners.keyboard, scanners.serial, runner, settings.scanner_debounce_s
                )
            )
            windows[0].setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            windows[0].setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # quit ends it too
        windows[0].resize(1100, 700)
        windows[0].show()
        windows[0].raise_()

    return open_window


def open_camera(settings: Settings) -> tuple[CameraFeed, CameraDecoder]:
    """The webcam chosen in [camera] and its QR decoder, connected; start the feed to run it."""
    from kiosk.scan.camera import CameraChoice, CameraFeed
    from kiosk.scan.camera_decoder import CameraDecoder
    from kiosk.settings import camera_size

    width, height = camera_size(settings.camera_resolution)
    camera = CameraFeed(CameraChoice(settings.camera_device, width, height))
    decoder = CameraDecoder()
    camera.video_sink.videoFrameChanged.connect(decoder.on_frame)
    return camera, decoder


@dataclass(frozen=True, slots=True)
class ScanInputs:
    """The scanners of [scanner]; every input, the camera too, goes through ``debouncer``."""

    debouncer: ScanDebouncer
    keyboard: KeyboardCollector | None
    serial: SerialScanner | None

    def start(self) -> None:
        if self.serial is not None:
            self.serial.start()

    def stop(self) -> None:
        if self.serial is not None:
            self.serial.stop()


def open_scanners(app: QCoreApplication, settings: Settings) -> ScanInputs:
    """The keyboard wedge (an application-wide event filter) and the serial scanner, both
    feeding one debouncer; connect ``debouncer.scanned`` to the window (docs/scanning.md)."""
    from kiosk.scan.burst import BurstRules, Suffix
    from kiosk.scan.debounce import ScanDebouncer
    from kiosk.scan.keyboard import KeyboardCollector
    from kiosk.scan.serial import SerialOptions, SerialScanner

    debouncer = ScanDebouncer(settings.scanner_debounce_s, app)
    keyboard = serial = None
    if settings.scanner_keyboard:
        suffix = Suffix(settings.scanner_suffix)
        rules = BurstRules(settings.scanner_max_gap_ms / 1000, settings.scanner_min_length, suffix)
        keyboard = KeyboardCollector(app, rules=rules)
        app.installEventFilter(keyboard)
        keyboard.scanned.connect(debouncer.submit)
    if settings.serial_port:
        suffix = Suffix(settings.serial_suffix)
        serial = SerialScanner(SerialOptions(settings.serial_port, settings.serial_baud, suffix))
        serial.setParent(app)
        serial.scanned.connect(debouncer.submit)
    return ScanInputs(debouncer, keyboard, serial)


def kiosk_feedback() -> Feedback:
    """The sounds and flashes of the kiosk window (assets/sounds)."""
    from kiosk.paths import sounds_dir
    from kiosk.ui.feedback import Feedback, SoundPlayer

    return Feedback(SoundPlayer(sounds_dir()))


def run_scan_test(
    home: Home,
    report: Callable[[dict[str, object]], None],
    *,
    once: bool = False,
    timeout_s: float | None = None,
) -> int:
    """`kiosk scan-test`: the window showing each input, ``report`` called with each entry's
    JSON. With ``once`` it quits after the first scan: 0 if that scan would check someone in."""
    from PySide6.QtCore import QTimer

    from kiosk.ui.admin.scan_test import ScanTestWindow
    from kiosk.ui.background import CheckInRunner

    settings = read_settings(home)
    app = widget_application()
    scanners = open_scanners(app, settings)
    runner = None if home.is_empty() else CheckInRunner(check_in_service_factory(home, settings))
    window = ScanTestWindow(scanners.keyboard, scanners.serial, runner, settings.scanner_debounce_s)
    scans = _report_entries(window, report, app.quit if once else None)
    if timeout_s:
        QTimer.singleShot(round(timeout_s * 1000), window, app.quit)
    window.show()
    scanners.start()
    app.exec()
    scanners.stop()
    if runner is not None:
        runner.stop()
    return 0 if scans and scans[0].result and scans[0].result.is_success else 1


def _report_entries(
    window: ScanTestWindow,
    report: Callable[[dict[str, object]], None],
    quit_on_scan: Callable[[], None] | None,
) -> list[ScanTestEntry]:
    """Report each entry; with ``quit_on_scan``, quit after the first scan (returned in a list)."""
    from kiosk.scan.burst import Verdict
    from kiosk.ui.admin.scan_test import entry_json

    scans: list[ScanTestEntry] = []

    def on_analysed(entry: ScanTestEntry) -> None:
        report(entry_json(entry))
        if quit_on_scan is not None and entry.verdict is Verdict.SCAN:
            scans.append(entry)
            quit_on_scan()

    window.analysed.connect(on_analysed)
    return scans


def scan_test_text(home: Home, text: str) -> dict[str, object]:
    """`kiosk scan-test --text`: how the kiosk reads ``text``, with no window and no check-in."""
    from kiosk.core.model import ScanSource
    from kiosk.scan.burst import Verdict
    from kiosk.scan.layouts import digit_candidates
    from kiosk.ui.admin.scan_test import ScanTestEntry, entry_json

    settings = read_settings(home)
    ensure_gui_application()
    service = check_in_service_factory(home, settings)()
    entry = ScanTestEntry(
        clock_for(settings)(),
        ScanSource.CLI,
        Verdict.SCAN,
        text,
        readings=digit_candidates(text.strip()),
        result=service.preview(text),
    )
    return entry_json(entry)


def ui_options(home: Home, settings: Settings) -> UiOptions:
    from kiosk.core.staff import parse_credentials
    from kiosk.services.printer_check import WhenUnavailable
    from kiosk.store import events
    from kiosk.ui.options import UiOptions

    db = open_database(home.database)
    try:
        event = events.load_event(db, settings.event_id)
    finally:
        db.close()
    return UiOptions(
        event_title=event.title if event else "",
        languages=settings.languages,
        idle_timeout_s=settings.idle_timeout_s,
        result_timeout_s=settings.result_timeout_s,
        full_screen=settings.full_screen,
        timezone=event.timezone if event else "UTC",
        event_title_translations=event.title_translations if event else {},
        desk=desk_location(settings, event),
        when_unavailable=WhenUnavailable(settings.printer_when_unavailable),
        staff_credentials=parse_credentials(settings.staff_credentials),
        screen_dpi=settings.screen_dpi,
    )


def desk_location(settings: Settings, event: Event | None) -> DeskLocation:
    """Where the accreditation desk is: this kiosk's [desk] settings, else the event's (the
    registry's), else nowhere named."""
    from kiosk.ui.options import DeskLocation

    if settings.desk_location.strip():
        return DeskLocation(settings.desk_location, settings.desk_location_translations)
    if event is not None and event.desk_location.strip():
        return DeskLocation(event.desk_location, event.desk_location_translations)
    return DeskLocation()
