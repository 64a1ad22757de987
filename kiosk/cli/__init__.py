"""The `kiosk` command: a thin layer over the services; `kiosk --help` lists the commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.cli import (
    badges,
    config,
    desk,
    doctor,
    doors,
    homes,
    lifecycle,
    logs,
    photos,
    programme,
    reports,
    scans,
    screens,
    selftest,
    soak,
    staff,
    sync,
)
from kiosk.cli.common import EXIT_REFUSED, EXIT_SETUP, CommandError
from kiosk.paths import Home, default_home, protect_home

__all__ = ["EXIT_REFUSED", "EXIT_SETUP", "CommandError", "build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    home = Home(Path(args.home).expanduser().resolve() if args.home else default_home())
    from kiosk.app import configure_logging

    configure_logging(home, verbose=args.verbose)
    protect_home(home)  # personal data owner-only, whatever made the files (data-lifecycle.md)
    handler: Callable[[Home, argparse.Namespace], int] = args.handler
    try:
        return handler(home, args)
    except CommandError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_SETUP
    except Exception as exc:  # the known error types of each layer, one message each
        message = _known_error(exc, home)
        if message is None:
            raise
        print(f"kiosk: {message}", file=sys.stderr)
        return EXIT_SETUP


def _known_error(exc: Exception, home: Home) -> str | None:
    from kiosk.core.schedule_file import ScheduleFileError
    from kiosk.core.templates import TemplateError
    from kiosk.printing.base import PrinterError
    from kiosk.services.arrivals import ArrivalsError
    from kiosk.services.badges import BadgeError
    from kiosk.services.demo import DemoError
    from kiosk.services.device_key import DeviceKeyError
    from kiosk.services.door_check import DoorCheckError
    from kiosk.services.export_all import ExportError
    from kiosk.services.printing import PrintJobError
    from kiosk.settings import SettingsError
    from kiosk.store import DatabaseFailure, StoreError, describe_failure
    from kiosk.sync.client import SyncError

    if isinstance(exc, DatabaseFailure):  # a damaged file or a failing disk, met while reading
        return describe_failure(home.database, exc)

    known = (SettingsError, StoreError, DemoError, PrinterError, PrintJobError, BadgeError)
    more = (TemplateError, DeviceKeyError, DoorCheckError, SyncError, ScheduleFileError)
    reports = (ArrivalsError, ExportError)
    if isinstance(exc, (*known, *more, *reports)):
        return str(exc)
    return None


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; the man page (scripts/build-deb) is generated from it."""
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Check-in kiosk and badge printing for UN conferences."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument(
        "--home", metavar="DIR", help="kiosk home (settings, database, prints); env KIOSK_HOME"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    modules = (homes, scans, badges, photos, doors, soak, sync, programme, screens, staff)
    for module in (*modules, desk, reports, doctor, config, logs, lifecycle, selftest):
        module.register(commands)
    return parser
