"""The doctor's checks of what the kiosk talks to: printers, scanners, camera, the registry."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from kiosk.printing.base import PrinterError, PrinterState, PrinterStatus
from kiosk.printing.uri import open_printer
from kiosk.services.doctor import (
    SKEW_FAIL_S,
    SKEW_WARN_S,
    CheckResult,
    DoctorPlan,
    failed,
    passed,
    warned,
)
from kiosk.services.printer_check import ONE_OWNER
from kiosk.sync.client import SyncError
from kiosk.sync.enrollment import RegistryLink, load_link
from kiosk.sync.probe import RegistryProbe, probe_registry
from kiosk.sync.registries import describe, probe_target

_PRINTER_HINTS: dict[PrinterState, str] = {
    PrinterState.PAPER_NEAR_END: "load a new roll (or free disk space for a file printer) soon",
    PrinterState.PAPER_OUT: "load paper, then `kiosk print-test URI`",
    PrinterState.COVER_OPEN: "close the printer's cover",
    PrinterState.OFFLINE: "check the printer's power, cable or network and the address in "
    "[printer] uri / fallback (README, Printers)",
    PrinterState.UNKNOWN: "this printer cannot report paper or errors: `kiosk print-test URI` "
    "and look at the badge",
}
_NTP_HINT = "set this machine's clock right: turn on time sync (timedatectl set-ntp true)"


def printer_checks(plan: DoctorPlan) -> list[Callable[[], list[CheckResult]]]:
    """One check per configured printer, primary first, to run side by side: can it be opened,
    and what state it reports."""
    checks: list[Callable[[], list[CheckResult]]] = []
    for number, uri in enumerate(plan.printer_uris, start=1):
        name = f"printer {number}" + (" (primary)" if number == 1 else " (fallback)")
        if plan.quick and uri.lower().startswith(ONE_OWNER):
            continue  # the check-in thread owns USB and serial printers at start
        checks.append(partial(lambda n, u: [_check_printer(n, u, plan.home.root)], name, uri))
    if not plan.printer_uris:
        checks.append(lambda: [failed("printer", "no printer configured", "set [printer] uri")])
    return checks


def _check_printer(name: str, uri: str, base_dir: Path) -> CheckResult:
    try:
        status = open_printer(uri, base_dir=base_dir).status()
    except PrinterError as exc:
        status = PrinterStatus(PrinterState.OFFLINE, str(exc))
    finding = f"{uri}: {status.state.value}" + (f" ({status.detail})" if status.detail else "")
    if status.state is PrinterState.ONLINE:
        return passed(name, finding)
    hint = _PRINTER_HINTS[status.state]
    if status.state in (PrinterState.PAPER_NEAR_END, PrinterState.UNKNOWN):
        return warned(name, finding, hint)
    return failed(name, finding, hint)


def check_scanners(plan: DoctorPlan) -> list[CheckResult]:
    results = []
    if plan.keyboard_wedge:
        results.append(passed("scanner (keyboard)", "keyboard-wedge scanners are recognised"))
    if plan.serial_port:
        results.append(_check_serial(plan.serial_port, plan.quick))
    no_camera = plan.camera_device.strip().casefold() == "none"
    if not results and no_camera:
        results.append(
            failed(
                "scanner",
                "no way to read a code: keyboard wedge off, no serial port, camera none",
                "turn on [scanner] keyboard or set [scanner] serial_port (docs/scanning.md)",
            )
        )
    elif not plan.keyboard_wedge:
        results.insert(0, passed("scanner (keyboard)", "keyboard wedge turned off"))
    return results


def _check_serial(port: str, quick: bool) -> CheckResult:
    name = "scanner (serial)"
    path = port if port.startswith("/") or os.name != "nt" else rf"\\.\{port}"
    if os.name != "nt" and not Path(path).exists():
        return failed(
            name,
            f"{port} does not exist",
            "plug the scanner in (USB CDC mode) and check [scanner] serial_port (ls /dev/ttyACM*)",
        )
    if quick:
        return passed(name, f"{port} exists")
    flags = os.O_RDWR | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        os.close(os.open(path, flags))
    except OSError as exc:
        return _serial_refused(name, port, exc)
    return passed(name, f"{port} opens")


def _serial_refused(name: str, port: str, exc: OSError) -> CheckResult:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return failed(
            name,
            f"{port}: permission denied",
            "add the kiosk's user to the dialout group (sudo usermod -aG dialout USER)",
        )
    if exc.errno == errno.EBUSY:
        return warned(name, f"{port} is busy", "another program holds the port (a running kiosk?)")
    return failed(name, f"{port} does not open: {exc.strerror or exc}", "check the scanner")


def check_camera(plan: DoctorPlan) -> CheckResult:
    """A camera matching [camera] device, or "none"; asked through Qt Multimedia."""
    wanted = plan.camera_device.strip()
    if wanted.casefold() == "none":
        return passed("camera", 'none configured ([camera] device = "none")')
    try:
        from PySide6.QtMultimedia import QMediaDevices

        from kiosk.scan.camera import choose_device, device_info
    except ImportError as exc:
        return failed(
            "camera",
            f"Qt Multimedia does not load ({exc})",
            'install libpulse0 (scripts/setup does), or set [camera] device = "none"',
        )
    devices = [device_info(device) for device in QMediaDevices.videoInputs()]
    index = choose_device(devices, wanted)
    if index is not None:
        return passed("camera", f"{devices[index].description} ({devices[index].id})")
    if wanted:
        return failed(
            "camera",
            f'no camera matches [camera] device = "{wanted}" ({len(devices)} cameras found)',
            'plug that camera in, or name one `kiosk doctor` can see, or "none"',
        )
    return warned(
        "camera",
        "no camera found: codes are read by the scanners only",
        'plug a camera in, or set [camera] device = "none" to say there is none',
    )


def check_registry(plan: DoctorPlan) -> list[CheckResult]:
    """The enrollment, one request to the registry with the device token, and the clock skew."""
    try:
        link = load_link(plan.home.registry_link)
        target = probe_target(link) if link is not None else None
        named = describe(link) if link is not None else ""  # refuses a kind it does not know
    except SyncError as exc:
        return [
            failed("registry", str(exc), "enroll the kiosk again: `kiosk enroll URL CODE`"),
            warned("clock", "not measured: no registry to compare with", _NTP_HINT),
        ]
    if (link is None or target is None) and plan.registry_url:
        return [
            failed(
                "registry",
                f"not enrolled, although [registry] url names {plan.registry_url}: "
                "this kiosk syncs nothing",
                f"enroll it: `kiosk enroll {plan.registry_url} CODE` (docs/sync.md), "
                "or empty [registry] url for a kiosk that works alone",
            ),
            warned("clock", "not measured: no registry to compare with", _NTP_HINT),
        ]
    if link is None or target is None:
        return [
            warned(
                "registry",
                "not enrolled: this kiosk works alone and syncs nothing",
                "enroll it: `kiosk enroll URL CODE` (docs/sync.md)",
            ),
            warned("clock", "not measured: no registry to compare with", _NTP_HINT),
        ]
    probe = probe_registry(
        target.root,
        link.token,
        plan.timeout_s,
        transport=plan.registry_transport,
        path=target.path,
        scheme=target.scheme,
    )
    return [_registry_verdict(link, named, probe), _clock_verdict(probe)]


def _registry_verdict(link: RegistryLink, named: str, probe: RegistryProbe) -> CheckResult:
    """``named``: "pretix · tickets.example.org · itu/wsis22", so a finding says whose."""
    url = link.url
    if probe.accepted:
        return passed("registry", f"{named}: {url} answers; enrolled as {link.kiosk_id}")
    if not probe.reachable:
        return failed(
            "registry",
            f"{named}: {url} is unreachable ({probe.problem})",
            "check the network, the registry's address and firewall; check-ins go on offline",
        )
    if probe.status in (401, 403):
        return failed(
            "registry",
            f"{named}: {url} refuses this kiosk's token ({probe.problem})",
            "the device was revoked or the registry rebuilt: enroll again (`kiosk enroll`)",
        )
    if probe.status >= 500:
        return failed(
            "registry", f"{named}: {url} answers {probe.problem}", "look at the registry's log"
        )
    return failed(
        "registry",
        f"{named}: {url} answers {probe.problem}: not as a kiosk registry",
        "check the URL in registry.json (the registry's root) and what answers there; "
        "enroll again if the registry moved",
    )


def _clock_verdict(probe: RegistryProbe) -> CheckResult:
    # Only the registry's own answers count (a proxy's error page has a Date of its own).
    skew = probe.skew_s if probe.accepted or probe.status in (401, 403) else None
    if skew is None:
        reason = "no Date header" if probe.accepted else "the registry did not answer"
        return warned("clock", f"not measured: {reason}", _NTP_HINT)
    side = "ahead of" if skew > 0 else "behind"
    finding = f"{abs(skew):.0f} s {side} the registry"
    if abs(skew) > SKEW_FAIL_S:
        return failed("clock", f"{finding} (over {SKEW_FAIL_S:.0f} s)", _NTP_HINT)
    if abs(skew) > SKEW_WARN_S:
        return warned("clock", f"{finding} (over {SKEW_WARN_S:.0f} s)", _NTP_HINT)
    return passed("clock", finding)
