"""`kiosk screenshots`: every kiosk screen in every language, rendered offscreen to PNG; with
``--desk``, the staff desk's pages on a demo home with a morning of arrivals."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli.common import CommandError, command
from kiosk.paths import Home

if TYPE_CHECKING:
    from kiosk.ui.desk.scenes import DeskSetup

UN_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    sub = command(
        commands,
        "screenshots",
        _screenshots,
        "render every kiosk screen in every language to PNG (offscreen, sample data)",
    )
    sub.add_argument("--out", type=Path, required=True, metavar="DIR", help="written DIR/WxH/LANG/")
    sub.add_argument(
        "--size",
        action="append",
        type=_size,
        metavar="WxH",
        help="screen size, repeatable (default 1280x800)",
    )
    sub.add_argument(
        "--language",
        action="append",
        choices=UN_LANGUAGES,
        metavar="LANG",
        help=f"repeatable: {', '.join(UN_LANGUAGES)} (default all)",
    )
    sub.add_argument("--scene", action="append", metavar="NAME", help="repeatable (default all)")
    sub.add_argument("--list", action="store_true", help="list the scenes and exit")
    sub.add_argument(
        "--desk",
        action="store_true",
        help="the staff desk's pages instead (default en and ar), from a demo home with a "
        "morning of arrivals made in a temporary folder, plus the Arrivals page's PNG export",
    )


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
        320 <= int(width) <= 7680 and 320 <= int(height) <= 7680
    ):
        raise argparse.ArgumentTypeError(f"'{text}' is not a size such as 1280x800")
    return int(width), int(height)


def _screenshots(home: Home, args: argparse.Namespace) -> int:
    from kiosk.ui.scenes import ShotPlan, find_scenes, render_all, scene_names

    if args.desk:
        return _desk_screenshots(args)
    if args.list:
        print("\n".join(scene_names()))
        return 0
    try:
        scenes = find_scenes(args.scene or [])
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    plan = ShotPlan(args.size or [(1280, 800)], args.language or list(UN_LANGUAGES), scenes)
    started = time.monotonic()
    previous = _quiet_offscreen_warnings()
    try:
        written = render_all(args.out, plan, _progress(args.out, len(scenes)))
    except OSError as exc:
        raise CommandError(f"cannot write the screenshots: {exc}") from None
    finally:
        _restore_handler(previous)
    seconds = time.monotonic() - started
    print(f"{len(written)} screenshots in {args.out} ({seconds:.0f} s)")
    return 0


def _progress(out: Path, per_folder: int) -> Callable[[int, int, Path], None]:
    tty = sys.stdout.isatty()

    def progress(done: int, total: int, path: Path) -> None:
        """One line that counts up on a terminal; a line per folder in a log (CI)."""
        if tty:
            end = "\n" if done == total else ""
            print(f"\r{done}/{total} {path.relative_to(out)}".ljust(72), end=end, flush=True)
        elif done % per_folder == 0:
            print(f"{done}/{total} {path.parent.relative_to(out)}", flush=True)

    return progress


def _desk_screenshots(args: argparse.Namespace) -> int:
    """The desk's pages on a fresh demo home (its own temporary folder: --home is not touched)."""
    from kiosk.ui.desk.scenes import (
        DESK_LANGUAGES,
        DeskShotPlan,
        desk_scene_names,
        find_desk_scenes,
        render_desk_all,
    )
    from kiosk.ui.scenes import ensure_offscreen_application

    if args.list:
        print("\n".join(desk_scene_names()))
        return 0
    try:
        scenes = find_desk_scenes(args.scene or [])
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    languages = args.language or list(DESK_LANGUAGES)
    plan = DeskShotPlan(languages, args.size or [(1280, 800)], scenes, export=not args.scene)
    started = time.monotonic()
    ensure_offscreen_application()
    previous = _quiet_offscreen_warnings()
    try:
        with tempfile.TemporaryDirectory(prefix="kiosk-desk-scenes-") as folder:
            setup = _desk_demo(Home(Path(folder)))
            per_folder = len(scenes) + plan.export
            written = render_desk_all(args.out, setup, plan, _progress(args.out, per_folder))
    except OSError as exc:
        raise CommandError(f"cannot write the screenshots: {exc}") from None
    finally:
        _restore_handler(previous)
    seconds = time.monotonic() - started
    print(f"{len(written)} desk screenshots in {args.out} ({seconds:.0f} s)")
    return 0


def _desk_demo(home: Home) -> DeskSetup:
    """A demo home with a morning of arrivals; the desk's clock a quarter of an hour after."""
    from zoneinfo import ZoneInfo

    from kiosk.app import read_settings
    from kiosk.desk_app import desk_backend_factory, desk_options
    from kiosk.services.demo import DEMO_SUPERVISOR_PIN, init_demo
    from kiosk.services.demo_arrivals import make_demo_arrivals
    from kiosk.ui.desk.scenes import DeskSetup

    init_demo(home)
    demo = make_demo_arrivals(home)
    settings = read_settings(home)
    options = desk_options(home, settings)
    now = (demo.until + timedelta(minutes=15)).astimezone(ZoneInfo(options.timezone))
    settings = replace(settings, simulated_time=now.isoformat(timespec="seconds"))
    factory = desk_backend_factory(home, settings)
    return DeskSetup(factory, options, demo.reprinted[0], DEMO_SUPERVISOR_PIN)


def _quiet_offscreen_warnings() -> Any:
    """The offscreen platform says for every window that it cannot propagate size hints; returns
    the message handler it replaced."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    return qInstallMessageHandler(handler)


def _restore_handler(previous: Any) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(previous)
