"""Commands that make, open and measure a kiosk home: init-demo, demo, run, import-roster, bench."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.cli.common import EXIT_REFUSED, CommandError, command, positive, require_home
from kiosk.paths import Home


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    for add in (
        _add_init_demo,
        _add_demo,
        _add_run,
        _add_import_roster,
        _add_bench,
    ):
        add(commands)


def _add_init_demo(commands: Any) -> None:
    sub = command(commands, "init-demo", _init_demo, "create a demo home (WSIS Forum 2022)")
    sub.add_argument(
        "--participants", type=positive, default=1500, metavar="N", help="how many (default 1500)"
    )
    sub.add_argument(
        "--seed", type=int, default=2022, metavar="S", help="the same seed makes the same people"
    )


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
    command(commands, "demo", _demo, "create the demo home if needed, then open the kiosk")


def _demo(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import run_kiosk
    from kiosk.services.demo import init_demo

    if home.is_empty():
        summary = init_demo(home)
        print(f"Demo home {summary.home} created ({summary.participants} participants).")
    return run_kiosk(home)


def _add_run(commands: Any) -> None:
    command(commands, "run", _run, "open the kiosk window on this home's settings")


def _run(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import run_kiosk

    require_home(home)
    return run_kiosk(home)


def _add_import_roster(commands: Any) -> None:
    sub = command(commands, "import-roster", _import_roster, "import participants from CSV")
    sub.add_argument("file", metavar="FILE", help="CSV as described in docs/roster-csv.md")


def _import_roster(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.roster import import_roster
    from kiosk.store import events, open_database

    require_home(home)
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
    for warning in report.warnings:
        print(f"{args.file}:{warning.line}: warning: {warning.column}: {warning.message}",
              file=sys.stderr)  # fmt: skip
    print(f"{report.imported} participants imported, {report.skipped} rows refused.")
    if report.warnings:
        print(f"{len(report.warnings)} names print in Latin script: see `kiosk check-names`.")
    # Warnings alone (an unknown column) still import every row: only refused rows are a failure.
    return EXIT_REFUSED if report.skipped or not report.imported else 0


def _add_bench(commands: Any) -> None:
    sub = command(commands, "bench", _bench, "measure scan, search and rendering speed")
    sub.add_argument("--json", action="store_true", help="print the figures as JSON")
    sub.add_argument("--quick", action="store_true", help="fewer rounds, 10,000 participants")
    sub.add_argument(
        "--pretix",
        action="store_true",
        help="compare with a real pretix server on 127.0.0.1 (a source checkout's test peer)",
    )
    sub.add_argument(
        "--pretix-people",
        type=positive,
        default=None,
        metavar="N",
        help="tickets on each side with --pretix (default 20000, at most 100000)",
    )
    sub.add_argument(
        "--cold-start",
        action="store_true",
        help="time `kiosk --version` and the first window of the frozen bundle, fresh processes, "
        "against `python -m kiosk` from a source checkout (goal: first window under 2 s)",
    )
    sub.add_argument(
        "--bundle",
        type=Path,
        default=None,
        metavar="PATH",
        help="with --cold-start: the bundle's kiosk program (default: this bundle, or "
        "dist/kiosk/kiosk of the source checkout)",
    )
    sub.add_argument(
        "--runs", type=positive, default=5, metavar="N", help="with --cold-start: runs of each"
    )


def _bench(home: Home, args: argparse.Namespace) -> int:
    if args.cold_start:
        figures = _bench_cold_start(args)
    elif args.pretix or args.pretix_people is not None:
        figures = _bench_pretix(args)
    else:
        from kiosk.bench import run_benchmarks

        figures = run_benchmarks(quick=args.quick)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for name, value in figures.items():
            print(f"{name:48} {value}")
    return 0


def _bench_cold_start(args: argparse.Namespace) -> dict[str, Any]:
    from kiosk.bench_cold_start import ColdStartError, default_bundle, measure

    try:
        return measure(args.bundle or default_bundle(), args.runs)
    except ColdStartError as error:
        raise CommandError(f"bench --cold-start: {error}") from error


def _bench_pretix(args: argparse.Namespace) -> dict[str, Any]:
    from kiosk.bench_pretix import DEFAULT_PEOPLE, MAX_PEOPLE, PretixBenchError, run_pretix_bench

    if not args.pretix:
        raise CommandError("--pretix-people: only with --pretix")
    people = args.pretix_people or DEFAULT_PEOPLE
    if people > MAX_PEOPLE:
        raise CommandError(f"--pretix-people: at most {MAX_PEOPLE}")
    try:
        return run_pretix_bench(people, quick=args.quick)
    except PretixBenchError as error:
        raise CommandError(f"bench --pretix: {error}") from error
