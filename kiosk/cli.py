"""The `kiosk` command: a thin layer over the services; `kiosk --help` lists the commands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.paths import Home, default_home

EXIT_REFUSED = 1  # the command ran and the answer is "no" (a refused scan, nothing found)
EXIT_SETUP = 3  # the home, settings or database are missing or broken


class CommandError(Exception):
    """A problem the user can fix; printed as one line, exit status EXIT_SETUP."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    home = Home(Path(args.home).expanduser().resolve() if args.home else default_home())
    from kiosk.app import configure_logging

    configure_logging(home, verbose=args.verbose)
    handler: Callable[[Home, argparse.Namespace], int] = args.handler
    try:
        return handler(home, args)
    except CommandError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_SETUP
    except Exception as exc:  # the known error types of each layer, one message each
        message = _known_error(exc)
        if message is None:
            raise
        print(f"kiosk: {message}", file=sys.stderr)
        return EXIT_SETUP


def _known_error(exc: Exception) -> str | None:
    from kiosk.printing.base import PrinterError
    from kiosk.services.demo import DemoError
    from kiosk.settings import SettingsError
    from kiosk.store import StoreError

    if isinstance(exc, SettingsError | StoreError | DemoError | PrinterError):
        return str(exc)
    return None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Check-in kiosk and badge printing for UN conferences."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument(
        "--home", metavar="DIR", help="kiosk home (settings, database, prints); env KIOSK_HOME"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    for add in (_add_init_demo, _add_demo, _add_run, _add_code, _add_scan, _add_search):
        add(commands)
    for add in (_add_import_roster, _add_bench):
        add(commands)
    return parser


def _command(
    commands: Any, name: str, handler: Callable[[Home, argparse.Namespace], int], help_text: str
) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


# --- init-demo, demo, run -------------------------------------------------------------------


def _add_init_demo(commands: Any) -> None:
    sub = _command(commands, "init-demo", _init_demo, "create a demo home (WSIS Forum 2022)")
    sub.add_argument("--participants", type=_positive, default=1500, metavar="N")
    sub.add_argument("--seed", type=int, default=2022, metavar="S")


def _init_demo(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.demo import init_demo

    if args.participants > 100_000:
        raise CommandError("--participants: at most 100000")
    summary = init_demo(home, args.participants, args.seed)
    print(
        f"Demo home {summary.home}: {summary.event_title} (sample data), "
        f"{summary.participants} participants, {summary.sessions} sessions."
    )
    return 0


def _add_demo(commands: Any) -> None:
    _command(commands, "demo", _demo, "create the demo home if needed, then open the kiosk")


def _demo(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import run_kiosk
    from kiosk.services.demo import init_demo

    if home.is_empty():
        summary = init_demo(home)
        print(f"Demo home {summary.home} created ({summary.participants} participants).")
    return run_kiosk(home)


def _add_run(commands: Any) -> None:
    _command(commands, "run", _run, "open the kiosk window on this home's settings")


def _run(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import run_kiosk

    _require_home(home)
    return run_kiosk(home)


def _require_home(home: Home) -> None:
    if home.is_empty():
        raise CommandError(
            f"no kiosk database in {home.root}; run `kiosk init-demo` or pass --home DIR"
        )


# --- code, scan, search -----------------------------------------------------------------------


def _add_code(commands: Any) -> None:
    sub = _command(commands, "code", _code, "print a demo credential for a registration")
    sub.add_argument("registration_id", type=_positive, metavar="REGISTRATION_ID")
    sub.add_argument("--png", metavar="FILE", help="also write the QR code as a PNG image")


def _code(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import clock_for, read_settings
    from kiosk.services.demo import issue_demo_code

    _require_home(home)
    now = clock_for(read_settings(home))()
    code = issue_demo_code(home, args.registration_id, now)
    if args.png:
        _write_qr_png(code, Path(args.png))
    print(code)
    return 0


def _write_qr_png(text: str, path: Path) -> None:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_Q

    image = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, box_size=8, border=4)
    image.add_data(text)
    try:
        image.make_image().save(str(path))
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _add_scan(commands: Any) -> None:
    sub = _command(commands, "scan", _scan, "check a code in, as the kiosk window would")
    sub.add_argument("code", metavar="CODE")
    sub.add_argument("--json", action="store_true", help="print the outcome as JSON")


def _scan(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import scan_headless

    _require_home(home)
    result = scan_headless(home, args.code)
    if args.json:
        print(json.dumps(_scan_json(result), ensure_ascii=False))
    else:
        print(_scan_text(result))
    return 0 if result.is_success else EXIT_REFUSED


def _scan_json(result: Any) -> dict[str, Any]:
    return {
        "outcome": result.outcome.value,
        "registration_id": result.registration_id,
        "badge_version": result.badge_version,
        "badge_name": result.badge_name,
        "category": result.category_code,
        "printed": result.printed[0] if result.printed else None,
        "printed_files": list(result.printed),
        "print_error": result.print_error or None,
    }


def _scan_text(result: Any) -> str:
    line = f"{result.outcome.value}"
    if result.registration_id is not None:
        line += f": registration {result.registration_id}"
    if result.printed:
        line += f", badge v{result.badge_version} printed to {', '.join(result.printed)}"
    if result.print_error:
        line += f", badge NOT printed: {result.print_error}"
    return line


def _add_search(commands: Any) -> None:
    sub = _command(commands, "search", _search, "find participants by name, organisation or id")
    sub.add_argument("text", metavar="TEXT")
    sub.add_argument("--limit", type=_positive, default=20)
    sub.add_argument("--json", action="store_true", help="print the matches as JSON")


def _search(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.search import find_participants
    from kiosk.store import open_database

    _require_home(home)
    db = open_database(home.database)
    try:
        found = find_participants(db, args.text, args.limit)
    finally:
        db.close()
    rows = [_person_json(p) for p in found]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    for row in [] if args.json else rows:
        print(
            f"{row['registration_id']}  {row['badge_name']}  [{row['category']}]  "
            f"{row['organisation']}  {row['status']}"
        )
    return 0 if rows else EXIT_REFUSED


def _person_json(person: Any) -> dict[str, Any]:
    return {
        "registration_id": person.registration_id,
        "badge_name": person.badge_name,
        "latin_name": person.latin_name,
        "native_name": person.native_name,
        "organisation": person.organisation,
        "country": person.country,
        "category": person.category,
        "status": person.status.value,
        "collected": person.collected_at is not None,
    }


# --- import-roster, bench ---------------------------------------------------------------------


def _add_import_roster(commands: Any) -> None:
    sub = _command(commands, "import-roster", _import_roster, "import participants from CSV")
    sub.add_argument("file", metavar="FILE", help="CSV as described in docs/roster-csv.md")


def _import_roster(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.roster import import_roster
    from kiosk.store import events, open_database

    _require_home(home)
    db = open_database(home.database)
    try:
        event = events.load_event(db)
        if event is None:
            raise CommandError("the database holds no event to import into")
        report = import_roster(db, Path(args.file), event.id)
    finally:
        db.close()
    for error in report.errors:
        print(f"{args.file}:{error}" if error.line else f"{args.file}: {error}", file=sys.stderr)
    print(f"{report.imported} participants imported, {report.skipped} rows refused.")
    # Warnings alone (an unknown column) still import every row: only refused rows are a failure.
    return EXIT_REFUSED if report.skipped or not report.imported else 0


def _add_bench(commands: Any) -> None:
    sub = _command(commands, "bench", _bench, "measure scan, search and rendering speed")
    sub.add_argument("--json", action="store_true", help="print the figures as JSON")
    sub.add_argument("--quick", action="store_true", help="fewer rounds, 10,000 participants")


def _bench(home: Home, args: argparse.Namespace) -> int:
    from kiosk.bench import run_benchmarks

    figures = run_benchmarks(quick=args.quick)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for name, value in figures.items():
            print(f"{name:48} {value}")
    return 0
