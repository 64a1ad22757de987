"""`kiosk screenshots`: every kiosk screen in every language, rendered offscreen to PNG."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from kiosk.cli.common import CommandError, command
from kiosk.paths import Home

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


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
        320 <= int(width) <= 7680 and 320 <= int(height) <= 7680
    ):
        raise argparse.ArgumentTypeError(f"'{text}' is not a size such as 1280x800")
    return int(width), int(height)


def _screenshots(home: Home, args: argparse.Namespace) -> int:
    from kiosk.ui.scenes import ShotPlan, find_scenes, render_all, scene_names

    if args.list:
        print("\n".join(scene_names()))
        return 0
    try:
        scenes = find_scenes(args.scene or [])
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    plan = ShotPlan(args.size or [(1280, 800)], args.language or list(UN_LANGUAGES), scenes)
    started = time.monotonic()

    tty = sys.stdout.isatty()

    def progress(done: int, total: int, path: Path) -> None:
        """One line that counts up on a terminal; a line per folder in a log (CI)."""
        if tty:
            end = "\n" if done == total else ""
            print(f"\r{done}/{total} {path.relative_to(args.out)}".ljust(72), end=end, flush=True)
        elif done % len(scenes) == 0:
            print(f"{done}/{total} {path.parent.relative_to(args.out)}", flush=True)

    previous = _quiet_offscreen_warnings()
    try:
        written = render_all(args.out, plan, progress)
    except OSError as exc:
        raise CommandError(f"cannot write the screenshots: {exc}") from None
    finally:
        _restore_handler(previous)
    seconds = time.monotonic() - started
    print(f"{len(written)} screenshots in {args.out} ({seconds:.0f} s)")
    return 0


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
