"""Composition of `kiosk doctor` and of the checks the kiosk and the desk run at start.

Like syncing.py, this is where settings.toml meets the service: it turns the settings into a
``DoctorPlan`` (docs/doctor.md). At start the quick checks run on a thread of their own, and
only their failures reach the window, for staff.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.paths import Home
from kiosk.services.doctor import CheckResult, DoctorPlan, problems, run_checks
from kiosk.services.doctor_checks import environ_snapshot
from kiosk.settings import Settings, SettingsError, load_settings
from kiosk.ui.background import ServiceRunner

log = logging.getLogger(__name__)


def doctor_plan(home: Home, *, quick: bool = False, platform: str | None = None) -> DoctorPlan:
    """The checks settings.toml asks for; a bad settings file is a failure, checked on defaults."""
    problem, keys = "", 0
    try:
        settings = load_settings(home.settings)
        keys = settings_key_count(home.settings)
    except SettingsError as exc:
        settings, problem = Settings(), str(exc)
    return DoctorPlan(
        home,
        printer_uris=(settings.printer_uri, *settings.printer_fallback),
        serial_port=settings.serial_port,
        keyboard_wedge=settings.scanner_keyboard,
        camera_device=settings.camera_device,
        registry_url=settings.registry_url.strip(),
        settings_problem=problem,
        settings_keys=keys,
        quick=quick,
        platform=platform,
        environ=environ_snapshot(),
    )


def settings_key_count(path: Path) -> int:
    """How many keys a valid settings.toml sets (a table such as location_translations is one);
    0 when there is no file."""
    import tomllib

    if not path.exists():
        return 0
    raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    return sum(len(table) for table in raw.values() if isinstance(table, dict))


def run_doctor(home: Home) -> list[CheckResult]:
    """`kiosk doctor`: every check, with this process's display settings."""
    from PySide6.QtCore import QCoreApplication

    plan = doctor_plan(home)
    # Qt Multimedia names every optional library it misses (VA-API, PipeWire): not our findings.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    if QCoreApplication.instance() is None:  # Qt Multimedia lists cameras; no window is opened
        QCoreApplication([os.environ.get("KIOSK_PROGRAM", "kiosk")])
    return run_checks(plan)


def start_up_checks(
    home: Home, platform: str, report: Callable[[list[CheckResult]], None]
) -> ServiceRunner[DoctorPlan]:
    """Run the quick checks on a thread of their own; ``report`` gets the failures (maybe none)
    on the GUI thread, and each is logged once. Keep the runner; stop it when the window closes."""
    plan = doctor_plan(home, quick=True, platform=platform)
    runner: ServiceRunner[DoctorPlan] = ServiceRunner(lambda: plan, name="start-up checks")

    def done(results: list[CheckResult]) -> None:
        runner.stop()
        found = problems(results)
        for result in found:
            log.error("start-up check %s: %s", result.check, result.finding)
        report(found)

    def went_wrong(text: str) -> None:
        runner.stop()
        log.error("start-up checks failed: %s", text)

    runner.run(run_checks, done, went_wrong)
    return runner
