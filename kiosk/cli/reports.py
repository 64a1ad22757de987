"""`kiosk report` (the daily accreditation PDF) and `kiosk export` (CSV); docs/reports.md."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.cli.common import CommandError, command, require_home
from kiosk.paths import Home

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
PROGRESS_FROM = 20_000  # rows: smaller exports finish before a progress line would help


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    report = command(commands, "report", _report, "the daily accreditation report as a PDF")
    report.add_argument("--day", required=True, metavar="YYYY-MM-DD", help="a day of the event")
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    report.add_argument(
        "--language", default="en", metavar="LANG", help="en, fr, es, ru, zh or ar (default en)"
    )
    export = command(
        commands,
        "export",
        _export,
        "a day's check-ins or badge prints as CSV (UTF-8, for Excel); `all`: every local "
        "record for audit (docs/data-lifecycle.md)",
    )
    export.add_argument("kind", metavar="KIND", help="checkins, prints or all")
    export.add_argument(
        "--day", metavar="YYYY-MM-DD", help="a day of the event (checkins and prints)"
    )
    export.add_argument(
        "--out", required=True, metavar="FILE.csv|DIR|FILE.zip", help="all: a folder or a .zip"
    )


def _report(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import ensure_gui_application
    from kiosk.printing.report import write_report_pdf
    from kiosk.services.arrivals import arrivals_day, load_event_for_report
    from kiosk.store import open_database

    language = args.language.strip().lower()
    if language not in LANGUAGES:
        raise CommandError(f"--language {args.language!r} is not one of {', '.join(LANGUAGES)}")
    day = _day(args.day)
    out = _writable(args.out)
    require_home(home)
    db = open_database(home.database)
    try:
        figures = arrivals_day(db, day)
        is_sample = load_event_for_report(db).is_sample
    finally:
        db.close()
    ensure_gui_application()
    partial = out.with_name(out.name + ".partial")
    write_report_pdf(figures, partial, language, is_sample=is_sample)
    os.replace(partial, out)
    print(f"{out}: the report of {day.isoformat()} ({figures.check_ins} check-ins)")
    return 0


def _export(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.exports import ExportKind, export_csv
    from kiosk.store import open_database

    kinds = {k.value: k for k in ExportKind}
    if args.kind.strip().lower() == "all":
        from kiosk.cli.lifecycle import export_all

        return export_all(home, args)
    kind = kinds.get(args.kind.strip().lower())
    if kind is None:
        raise CommandError(f"KIND {args.kind!r} is not one of {', '.join(kinds)}, all")
    if args.day is None:
        raise CommandError(f"`kiosk export {kind.value}` needs --day YYYY-MM-DD")
    day = _day(args.day)
    out = _writable(args.out)
    require_home(home)
    db = open_database(home.database)
    try:
        rows = export_csv(db, kind, day, out, _progress)
    finally:
        db.close()
    print(f"{out}: {rows} {kind.value} on {day.isoformat()}")
    return 0


def _progress(written: int, total: int) -> None:
    if total >= PROGRESS_FROM:
        end = "\n" if written >= total else ""
        print(f"\rexported {written:,} of {total:,} rows", end=end, file=sys.stderr, flush=True)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(f"--day {text!r} is not a date like 2022-05-30") from None


def _writable(text: str) -> Path:
    """The output path, refused before any work when its folder is missing or read-only."""
    out = Path(text).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise CommandError(f"--out {text} is a folder; name a file")
    if not folder.is_dir():
        raise CommandError(f"--out {text}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CommandError(f"--out {text}: cannot write there (permission denied)")
    return out
