"""The doctor's checks of this machine: settings, display, fonts, database and free disk."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont, TTLibError

from kiosk import paths
from kiosk.printing.coverage import CLAIMED_SCRIPTS, FONT_SUFFIXES, needs_glyph
from kiosk.services.doctor import CheckResult, DoctorPlan, failed, passed, warned
from kiosk.store import StoreError
from kiosk.store.health import database_health

# Qt platforms that draw nowhere a visitor can see.
_HEADLESS = frozenset({"offscreen", "minimal", "vnc", "vkkmsdummy"})
# Platforms that draw straight on the hardware, with no display server to find.
_DIRECT = frozenset({"eglfs", "linuxfb", "vkkhrdisplay", "windows", "cocoa", "direct2d"})
# One name per script in the six UN languages: each must draw with the bundled fonts.
_UN_SAMPLE = "Ana María Müller · Жанна Иванова · مريم الحسيني · 王小明"
_UN_FONTS = ("NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "NotoSansCJK-Regular.ttc")
_REINSTALL = "reinstall the kiosk package: the badge fonts ship in assets/fonts"


def check_settings(plan: DoctorPlan) -> CheckResult:
    if plan.settings_problem:
        return failed(
            "settings",
            plan.settings_problem,
            "fix the key named (docs/configuration.md; `kiosk config check FILE`); "
            "the other checks used the defaults",
        )
    if not plan.home.settings.exists():
        return warned(
            "settings",
            f"no {plan.home.settings}: every setting has its default",
            "write settings.toml (docs/configuration.md) or run `kiosk init-demo` for a demo",
        )
    return passed("settings", f"{plan.home.settings}: ok ({plan.settings_keys} keys)")


def check_display(plan: DoctorPlan) -> CheckResult:
    """A Qt platform that can open a window a visitor sees (offscreen is a warning)."""
    platform = plan.platform
    if platform is None:
        platform = plan.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    platform = platform.strip().lower()
    if platform in _HEADLESS:
        return warned(
            "display",
            f'Qt platform "{platform}": the window is drawn nowhere a visitor can see',
            "unset QT_QPA_PLATFORM and start the kiosk in its session (docs/kiosk-mode.md)",
        )
    if platform in _DIRECT or not sys.platform.startswith("linux"):
        return passed("display", f'Qt platform "{platform or "native"}"')
    return _linux_display(plan, platform)


def _linux_display(plan: DoctorPlan, platform: str) -> CheckResult:
    wayland = plan.environ.get("WAYLAND_DISPLAY", "")
    x_display = plan.environ.get("DISPLAY", "")
    if platform.startswith("wayland") or (not platform and wayland):
        runtime = plan.environ.get("XDG_RUNTIME_DIR", "")
        socket = Path(wayland) if wayland.startswith("/") else Path(runtime) / (wayland or "x")
        if wayland and socket.exists():
            return passed("display", f"Wayland display {wayland}")
        return failed(
            "display",
            f"no Wayland display at {socket}" if wayland else "WAYLAND_DISPLAY is not set",
            "start the kiosk inside its Wayland session (cage; docs/kiosk-mode.md)",
        )
    if x_display:
        return _x_display(x_display)
    return failed(
        "display",
        "no display: neither DISPLAY nor WAYLAND_DISPLAY is set",
        "start the kiosk from its graphical session (the systemd unit does; docs/kiosk-mode.md)",
    )


def _x_display(name: str) -> CheckResult:
    host, _, rest = name.partition(":")
    number = rest.split(".")[0]
    if host or not number.isdigit():
        return passed("display", f"X display {name} (remote: not checked)")
    if Path(f"/tmp/.X11-unix/X{number}").exists():
        return passed("display", f"X display {name}")
    return failed(
        "display",
        f"X display {name} has no server (/tmp/.X11-unix/X{number} is missing)",
        "start the X session first, or set DISPLAY to the running one",
    )


def expected_font_files() -> tuple[str, ...]:
    """The regular faces the badge font stack needs (printing/fonts.py, printing/coverage.py)."""
    names = {
        "NotoSansCJK-Regular.ttc" if "CJK" in family else family.replace(" ", "") + "-Regular.ttf"
        for family in CLAIMED_SCRIPTS.values()
    }
    return tuple(sorted(names | {"NotoSansArabic-Regular.ttf", "NotoEmoji-Regular.ttf"}))


def check_fonts(plan: DoctorPlan) -> CheckResult:
    """The bundled Noto set is all there and (not quick) the six UN languages' scripts draw."""
    folder = (plan.fonts_dir or paths.fonts_dir()).resolve()
    if not folder.is_dir():
        return failed("fonts", f"the badge fonts folder {folder} is missing", _REINSTALL)
    present = {p.name for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES}
    missing = [name for name in expected_font_files() if name not in present]
    if missing:
        shown = ", ".join(missing[:3]) + (
            f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        )
        return failed(
            "fonts", f"{len(missing)} badge fonts missing in {folder}: {shown}", _REINSTALL
        )
    problem = "" if plan.quick else _un_scripts_problem(folder)
    if problem:
        return failed("fonts", problem, _REINSTALL)
    return passed("fonts", f"{len(present)} font files in {folder}")


def _un_scripts_problem(folder: Path) -> str:
    """Read the fonts of the six UN languages' scripts: each must load and draw its sample."""
    drawn: set[int] = set()
    for name in _UN_FONTS:
        try:
            with (folder / name).open("rb") as file:
                if name.endswith(".ttc"):
                    with TTCollection(file, lazy=True) as collection:
                        drawn.update(collection.fonts[0].getBestCmap())
                else:
                    with TTFont(file, lazy=True) as font:
                        drawn.update(font.getBestCmap())
        except (TTLibError, OSError, AssertionError, struct.error) as exc:
            return f"the badge font {name} cannot be read ({type(exc).__name__})"
    missing = [ch for ch in dict.fromkeys(_UN_SAMPLE) if needs_glyph(ch) and ord(ch) not in drawn]
    if missing:
        return "the bundled fonts do not draw " + " ".join(f"U+{ord(ch):04X}" for ch in missing)
    return ""


def check_database(plan: DoctorPlan) -> CheckResult:
    path = plan.home.database
    pragma = "quick_check" if plan.quick else "integrity_check"
    try:
        health = database_health(path, thorough=not plan.quick, timeout_s=max(10.0, plan.timeout_s))
    except StoreError as exc:
        hint = (
            "run `kiosk init-demo`, or enroll and sync this kiosk (docs/sync.md)"
            if not path.exists()
            else "keep the file, restore the last backup or sync a fresh database"
        )
        return failed("database", str(exc), hint)
    if not health.is_intact:
        return failed(
            "database",
            f"{path}: {pragma} found: {health.integrity[:200]}",
            "stop the kiosk, keep the file for inspection and restore the last backup",
        )
    if health.schema > health.known_schema:
        return failed(
            "database",
            f"schema {health.schema} is newer than this kiosk knows ({health.known_schema})",
            "install the kiosk version that wrote this database",
        )
    if health.schema < health.known_schema:
        return warned(
            "database",
            f"schema {health.schema}; this kiosk brings it to {health.known_schema} at start",
            "start the kiosk once (it migrates the database) before the event",
        )
    return passed("database", f"{path.name}: {pragma} ok, schema {health.schema}")


def check_disk(plan: DoctorPlan) -> CheckResult:
    folder = plan.home.root if plan.home.root.exists() else _existing_parent(plan.home.root)
    try:
        free = plan.free_bytes(folder)
    except OSError as exc:
        return failed("disk", f"cannot read the free space of {folder}: {exc}", "check the disk")
    finding = f"{_size(free)} free in {folder}"
    hint = "free some space (old badge files in prints/, logs/) or give the home a bigger disk"
    if free < plan.disk_fail_bytes:
        return failed("disk", f"{finding} (under {_size(plan.disk_fail_bytes)})", hint)
    if free < plan.disk_warn_bytes:
        return warned("disk", f"{finding} (under {_size(plan.disk_warn_bytes)})", hint)
    return passed("disk", finding)


def _existing_parent(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _size(count: int) -> str:
    if count >= 1024**3:
        return f"{count / 1024**3:.1f} GB"
    return f"{count / 1024**2:.0f} MB"


def environ_snapshot() -> dict[str, str]:
    """The environment variables the display check reads."""
    names = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR")
    return {name: os.environ[name] for name in names if name in os.environ}
