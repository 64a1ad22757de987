"""`kiosk doctor`: is this machine ready? Each check gives a verdict, a one-line finding and,
for a warning or a failure, a hint saying what to do (docs/doctor.md).

The checks run side by side on a few threads, each with its own deadline, so a dead printer or
an unreachable registry costs seconds, not minutes. The camera is asked on the calling thread
(Qt Multimedia). ``DoctorPlan.quick`` is the kiosk's start-up run: nothing that a running kiosk
already owns (USB and serial printers, the serial scanner's port, the camera) is opened.
"""

from __future__ import annotations

import enum
import logging
import shutil
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from kiosk.paths import Home

log = logging.getLogger(__name__)

GIB = 1024**3
MIB = 1024**2
DISK_WARN_BYTES = 2 * GIB  # photos, badge files and logs of an event week fit well in this
DISK_FAIL_BYTES = 200 * MIB  # below this the database may soon refuse a check-in
SKEW_WARN_S = 30.0
SKEW_FAIL_S = 300.0


class Verdict(enum.Enum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check's answer. ``finding`` and ``hint`` are English lines for IT (no personal data)."""

    check: str
    verdict: Verdict
    finding: str
    hint: str = ""

    def as_json(self) -> dict[str, str]:
        return {
            "check": self.check,
            "verdict": self.verdict.value,
            "finding": self.finding,
            "hint": self.hint,
        }


def passed(check: str, finding: str) -> CheckResult:
    return CheckResult(check, Verdict.PASS, finding)


def warned(check: str, finding: str, hint: str) -> CheckResult:
    return CheckResult(check, Verdict.WARN, finding, hint)


def failed(check: str, finding: str, hint: str) -> CheckResult:
    return CheckResult(check, Verdict.FAIL, finding, hint)


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


@dataclass(frozen=True, slots=True)
class DoctorPlan:
    """What to check on this machine: the home and what settings.toml configures."""

    home: Home
    printer_uris: tuple[str, ...] = ()
    serial_port: str = ""
    keyboard_wedge: bool = True
    camera_device: str = ""
    registry_url: str = ""  # [registry] url: the registry this kiosk is meant to sync with
    settings_problem: str = ""  # settings.toml's error, when it has one (the defaults are used)
    settings_keys: int = 0
    quick: bool = False  # the start-up run (see the module's docstring)
    platform: str | None = None  # the running application's Qt platform; None: from environ
    environ: Mapping[str, str] = field(default_factory=dict)
    fonts_dir: Path | None = None  # None: the bundled assets/fonts
    disk_warn_bytes: int = DISK_WARN_BYTES
    disk_fail_bytes: int = DISK_FAIL_BYTES
    free_bytes: Callable[[Path], int] = _free_bytes
    timeout_s: float = 3.0  # each network step: printer connect, registry answer
    registry_transport: httpx.BaseTransport | None = None  # tests: httpx.MockTransport


Check = Callable[[], Sequence[CheckResult]]


def run_checks(plan: DoctorPlan) -> list[CheckResult]:
    """Every check of ``plan``, in a fixed order; a check that crashes is itself a failure."""
    from kiosk.services import doctor_checks as checks
    from kiosk.services import doctor_devices as devices

    jobs: list[tuple[str, Check]] = [
        ("settings", lambda: [checks.check_settings(plan)]),
        ("display", lambda: [checks.check_display(plan)]),
        ("fonts", lambda: [checks.check_fonts(plan)]),
        ("database", lambda: [checks.check_database(plan)]),
        ("disk", lambda: [checks.check_disk(plan)]),
        *(("printer", check) for check in devices.printer_checks(plan)),
        ("scanners", lambda: devices.check_scanners(plan)),
    ]
    with ThreadPoolExecutor(max_workers=8, thread_name_prefix="doctor") as pool:
        registry = pool.submit(_guarded, "registry", lambda: devices.check_registry(plan))
        futures = [pool.submit(_guarded, name, job) for name, job in jobs]
        camera = [] if plan.quick else _guarded("camera", lambda: [devices.check_camera(plan)])
        answers = [result for future in futures for result in future.result()]
    return [*answers, *camera, *registry.result()]


def _guarded(name: str, job: Check) -> list[CheckResult]:
    try:
        return list(job())
    except Exception as exc:  # a check must never stop the others: it is a failure of its own
        log.exception("doctor: the %s check crashed", name)
        return [failed(name, f"the check itself failed ({type(exc).__name__})", "see the log")]


def exit_status(results: Sequence[CheckResult]) -> int:
    """0 when nothing failed (warnings alone are 0), 1 on any failure."""
    return 1 if any(result.verdict is Verdict.FAIL for result in results) else 0


def problems(results: Sequence[CheckResult]) -> list[CheckResult]:
    """The failures, for the staff at start-up (warnings are for IT's `kiosk doctor`)."""
    return [result for result in results if result.verdict is Verdict.FAIL]
