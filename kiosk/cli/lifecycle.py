"""After the event: `kiosk export all` (every local record) and `kiosk purge` (personal data).

docs/data-lifecycle.md is the guide: what the export holds, what the purge removes and keeps.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli.common import EXIT_REFUSED, CommandError, command, require_home
from kiosk.paths import Home

if TYPE_CHECKING:
    from kiosk.services.purge import PurgePlan, PurgeResult

PROGRESS_FROM = 20_000  # rows: smaller exports finish before a progress line would help
CONFIRM_WORD = "purge"


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser (`export all` is parsed in reports)."""
    purge = command(
        commands,
        "purge",
        _purge,
        "after the event: remove participants' names, photos and badge contents from this "
        "kiosk, keep the counts (docs/data-lifecycle.md)",
    )
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    purge.add_argument(
        "--force",
        action="store_true",
        help="purge even though the registry has not got every record (they are lost)",
    )


def export_all(home: Home, args: argparse.Namespace) -> int:
    """`kiosk export all --out DIR|FILE.zip`."""
    from kiosk import __version__
    from kiosk.app import clock_for, read_settings
    from kiosk.services.export_all import ExportHeader, export_all, is_zip
    from kiosk.store import open_database

    if args.day is not None:
        raise CommandError("`kiosk export all` takes every day; leave out --day")
    out = _new_place(args.out)
    require_home(home)
    settings = read_settings(home)
    header = ExportHeader(settings.kiosk_id, clock_for(settings)(), __version__)
    db = open_database(home.database)
    try:
        summary = export_all(db, out, header, _progress)
    finally:
        db.close()
    what = "a zip file" if is_zip(out) else "a folder"
    print(
        f"{out}: {summary.rows:,} records in {len(summary.files)} tables ({what}, with "
        "manifest.json); it holds names: keep it like the kiosk's database"
    )
    return 0


def _purge(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import clock_for, read_settings
    from kiosk.services.purge import plan_purge, purge, refusal
    from kiosk.store import open_database

    require_home(home)
    settings = read_settings(home)
    db = open_database(home.database)
    try:
        plan = plan_purge(db, home)
        problem = refusal(plan)
        if problem and not args.force:
            print(f"kiosk: {problem}; nothing was removed", file=sys.stderr)
            return EXIT_REFUSED
        nothing_left = not plan.rows.total and not plan.files
        if not nothing_left:
            _describe(home, plan)
        if not (args.yes or nothing_left or _confirmed(plan.event_code)):
            print("kiosk: not confirmed; nothing was removed", file=sys.stderr)
            return EXIT_REFUSED
        result = purge(db, home, plan, (clock_for(settings)(), settings.kiosk_id), _step)
    finally:
        db.close()
    return _report(result)


def _describe(home: Home, plan: PurgePlan) -> None:
    rows = plan.rows
    lines = [
        f"This removes from {home.root}, for good:",
        f"  the names, organisation and photo of {rows.people:,} people",
        f"  {rows.name_corrections:,} name corrections and {rows.vip_pickups:,} VIP collectors'"
        " names",
        f"  the badge contents of {rows.badge_contents:,} print jobs",
        f"  {len(plan.files):,} photo and badge files",
        "Check-ins, prints, reprints and every count stay. Export first if you need the "
        "records: kiosk export all --out FOLDER",
    ]
    if plan.unsent.total:
        lines.append(f"--force: {plan.unsent.total} records the registry never got are lost.")
    print("\n".join(lines), file=sys.stderr)


def _confirmed(event_code: str) -> bool:
    code = f"the event's code ({event_code}) or " if event_code else ""
    print(f'Type {code}"{CONFIRM_WORD}" to go on: ', end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().casefold()
    if not sys.stdin.isatty():
        print(file=sys.stderr)  # the piped answer was not echoed: end the prompt's line
    accepted = {CONFIRM_WORD, event_code.casefold()} - {""}
    return answer in accepted


def _step(text: str) -> None:
    print(f"purge: {text}...", file=sys.stderr, flush=True)


def _report(result: PurgeResult) -> int:
    rows = result.rows
    print(
        f"purged: {rows.people:,} people, {rows.name_corrections:,} name corrections, "
        f"{rows.vip_pickups:,} VIP pick-ups, {rows.badge_contents:,} badge contents, "
        f"{result.files_removed:,} files; database {_mb(result.bytes_before)} -> "
        f"{_mb(result.bytes_after)}; counts kept"
    )
    status = 0
    if result.files_left:
        shown = ", ".join(str(p) for p in result.files_left[:3])
        more = " ..." if len(result.files_left) > 3 else ""
        print(
            f"kiosk: could not delete {len(result.files_left)} files ({shown}{more}); delete "
            "them by hand",
            file=sys.stderr,
        )
        status = EXIT_REFUSED
    if not result.compacted:
        print(
            "kiosk: another program holds the database (a kiosk still running?), so removed "
            "text may remain in the file; stop it and run `kiosk purge` again",
            file=sys.stderr,
        )
        status = EXIT_REFUSED
    return status


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _progress(written: int, total: int) -> None:
    if total >= PROGRESS_FROM:
        end = "\n" if written >= total else ""
        print(f"\rexported {written:,} of {total:,} records", end=end, file=sys.stderr, flush=True)


def _new_place(text: str) -> Path:
    """A new folder, an empty one, or a new .zip file; refused before any work otherwise."""
    out = Path(text).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"--out {text}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise CommandError(f"--out {text}: cannot write there (permission denied)")
    if out.suffix.lower() == ".zip":
        if out.exists():
            raise CommandError(f"--out {text} already exists; name a new file")
    elif out.is_dir():
        if any(out.iterdir()):
            raise CommandError(f"--out {text} already holds files; name a new or empty folder")
    elif out.exists():
        raise CommandError(f"--out {text} is a file; name a folder, or a file ending in .zip")
    return out
