"""Composition root: reads settings, builds the real (or fake) adapters and wires the UI."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.clock import make_clock
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.paths import Home
from kiosk.printing.uri import open_printer
from kiosk.services.check_in import CheckInService, ScanResult
from kiosk.settings import Settings, load_settings
from kiosk.store import open_database

if TYPE_CHECKING:
    from kiosk.ui.options import UiOptions

log = logging.getLogger(__name__)


def configure_logging(home: Home, verbose: bool = False) -> None:
    """Rotating file in the home's logs/ plus stderr; registration ids only, never names."""
    root = logging.getLogger()
    if any(getattr(h, "kiosk_handler", False) for h in root.handlers):
        return
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    handlers[0].setLevel(logging.INFO if verbose else logging.WARNING)
    if home.root.exists():
        home.logs.mkdir(exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            home.logs / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setLevel(logging.INFO)
        handlers.append(file_handler)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.kiosk_handler = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def read_settings(home: Home) -> Settings:
    return load_settings(home.settings)


def clock_for(settings: Settings) -> Callable[[], datetime]:
    return make_clock(settings.simulated_time)


def check_in_service_factory(home: Home, settings: Settings) -> Callable[[], CheckInService]:
    """A factory that builds the service on the thread that will use it (SQLite is per thread)."""
    clock = clock_for(settings)

    def build() -> CheckInService:
        return CheckInService(
            db=open_database(home.database),
            printer=open_printer(settings.printer_uri, base_dir=home.root),
            badge_size=BADGE_SIZES[settings.badge_size],
            kiosk_id=settings.kiosk_id,
            clock=clock,
            photos_dir=home.photos,
        )

    return build


def ensure_gui_application() -> None:
    """Rendering needs a QGuiApplication; headless commands get one on the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([sys.argv[0]])


def scan_headless(home: Home, text: str) -> ScanResult:
    """`kiosk scan`: the same check-in service as the window, without a window."""
    from kiosk.core.model import ScanSource
    from kiosk.printing.fonts import load_fonts

    settings = read_settings(home)
    ensure_gui_application()
    load_fonts()
    service = check_in_service_factory(home, settings)()
    return service.scan(text, ScanSource.CLI)


def run_kiosk(home: Home) -> int:
    """Open the kiosk window on the home's settings and run until it is closed."""
    from PySide6.QtWidgets import QApplication

    from kiosk.printing.fonts import load_fonts
    from kiosk.scan.keyboard import KeyboardCollector
    from kiosk.ui.background import CheckInRunner
    from kiosk.ui.main_window import MainWindow

    settings = read_settings(home)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    load_fonts()
    runner = CheckInRunner(check_in_service_factory(home, settings))
    window = MainWindow(runner, ui_options(home, settings))
    collector = KeyboardCollector(app)
    app.installEventFilter(collector)
    collector.scanned.connect(window.on_scanned)
    window.show_for_kiosk()
    code = app.exec()
    runner.stop()
    return int(code)


def ui_options(home: Home, settings: Settings) -> UiOptions:
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
    )
