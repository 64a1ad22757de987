"""The programme's command: import-schedule (pretalx/frab schedule JSON or iCalendar)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli.common import EXIT_REFUSED, CommandError, command, require_home
from kiosk.paths import Home

if TYPE_CHECKING:
    from kiosk.services.programme import ImportReport

BIG_FILE = 1000  # entries from which a progress line is shown on stderr


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    sub = command(
        commands,
        "import-schedule",
        _import_schedule,
        "import the programme from a pretalx/frab schedule.json or an iCalendar (.ics) file",
    )
    sub.add_argument("file", metavar="FILE", help="schedule.json (pretalx, frab) or .ics")
    sub.add_argument("--event", type=int, metavar="ID", help="event id (default: the home's)")
    sub.add_argument("--json", action="store_true", help="print the report as JSON")


def _import_schedule(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.programme import import_schedule
    from kiosk.store import events, open_database

    require_home(home)
    db = open_database(home.database)
    try:
        event = events.load_event(db, args.event)
        if event is None:
            wanted = f"event {args.event}" if args.event is not None else "an event"
            raise CommandError(f"the database holds no {wanted} to import into")
        report = import_schedule(db, Path(args.file), event, _progress)
    finally:
        db.close()
    _print_report(report, args.json)
    return 0 if report.imported else EXIT_REFUSED


def _progress(done: int, total: int) -> None:
    if total < BIG_FILE:
        return
    end = "\n" if done >= total else ""
    print(f"\rimport-schedule: {done}/{total} entries read", end=end, file=sys.stderr, flush=True)


def _print_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        print(json.dumps(_report_json(report), ensure_ascii=False, indent=2))
        return
    for problem in report.problems:
        print(f"{report.path}: {problem.position}: {problem.message}", file=sys.stderr)
    print(
        f"{report.imported} sessions imported from {report.file_format} "
        f"({report.rooms} rooms, {report.tracks} tracks); {report.skipped} entries skipped, "
        f"{report.without_room} with room to be announced."
    )
    if not report.imported:
        print(f"{report.path}: no session could be imported; the programme is unchanged.")


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "file": str(report.path),
        "format": report.file_format,
        "entries": report.entries,
        "imported": report.imported,
        "skipped": report.skipped,
        "without_room": report.without_room,
        "rooms": report.rooms,
        "tracks": report.tracks,
        "problems": [
            {"position": p.position, "kind": p.kind.value, "message": p.message}
            for p in report.problems
        ],
    }
