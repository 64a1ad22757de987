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
    from kiosk.core.templates import TemplateError
    from kiosk.printing.base import PrinterError
    from kiosk.services.badges import BadgeError
    from kiosk.services.demo import DemoError
    from kiosk.services.printing import PrintJobError
    from kiosk.settings import SettingsError
    from kiosk.store import StoreError

    known = (SettingsError, StoreError, DemoError, PrinterError, PrintJobError, BadgeError)
    if isinstance(exc, (*known, TemplateError)):
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
    for add in (_add_init_demo, _add_demo, _add_run, _add_code, _add_scan, _add_scan_test):
        add(commands)
    _add_search(commands)
    for add in (_add_import_roster, _add_bench):
        add(commands)
    for add in (_add_badge, _add_badge_sheet, _add_reprint, _add_jobs, _add_printers):
        add(commands)
    _add_print_test(commands)
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


def _add_scan_test(commands: Any) -> None:
    sub = _command(commands, "scan-test", _scan_test, "show what scanners deliver; no check-in")
    sub.add_argument("--text", metavar="TEXT", help="read TEXT as if scanned; no window")
    sub.add_argument("--once", action="store_true", help="quit after the first scan")
    sub.add_argument("--timeout", type=float, metavar="S", help="quit after S seconds")
    sub.add_argument("--json", action="store_true", help="print each input as a JSON line")


def _scan_test(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import run_scan_test, scan_test_text

    def report(entry: dict[str, Any]) -> None:
        shown = [f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in entry.items() if v]
        print(json.dumps(entry, ensure_ascii=False) if args.json else " ".join(shown), flush=True)

    if args.text is None:
        return run_scan_test(home, report, once=args.once, timeout_s=args.timeout)
    _require_home(home)
    entry = scan_test_text(home, args.text)
    report(entry)
    return 0 if entry["outcome"] == "checked-in" else EXIT_REFUSED


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


# --- badges, sheets, reprints, print jobs, printers (docs/badges.md, docs/print-journal.md) ----


def _add_badge(commands: Any) -> None:
    sub = _command(commands, "badge", _badge, "write a person's badge to a PNG or PDF (preview)")
    sub.add_argument("registration_id", type=_positive, metavar="REGISTRATION_ID")
    sub.add_argument("--out", required=True, metavar="FILE.png|FILE.pdf")
    sub.add_argument("--size", metavar="NAME", help="badge stock (default: [printer] badge_size)")
    sub.add_argument("--template", metavar="NAME|FILE", help="badge template (default: settings)")


def _badge(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import write_badge_file

    _require_home(home)
    out = _output(args.out, (".png", ".pdf"))
    content = write_badge_file(home, args.registration_id, out, args.size, args.template)
    print(f"badge v{content.badge_version} of {content.registration_id} written to {out}")
    return 0


def _output(text: str, suffixes: tuple[str, ...]) -> Path:
    out = Path(text).expanduser()
    if out.suffix.lower() not in suffixes:
        raise CommandError(f"--out must end in {' or '.join(suffixes)}: {text}")
    if not out.parent.is_dir():
        raise CommandError(f"--out: the folder {out.parent} does not exist")
    return out


def _add_badge_sheet(commands: Any) -> None:
    sub = _command(
        commands, "badge-sheet", _badge_sheet, "A4 sheets of a category's badges to pre-print"
    )
    sub.add_argument("--category", required=True, metavar="CODE", help="badge category, e.g. VIP")
    sub.add_argument("--out", required=True, metavar="FILE.pdf")
    sub.add_argument("--size", metavar="NAME", help="badge stock (default: a6)", default="a6")
    sub.add_argument("--limit", type=_positive, default=10_000, metavar="N")


def _badge_sheet(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import write_badge_sheet

    _require_home(home)
    out = _output(args.out, (".pdf",))
    issue, pages = write_badge_sheet(home, args.category, out, args.size, args.limit)
    print(f"{len(issue.issued)} badges on {pages} pages in {out}, journalled as issued.")
    if issue.skipped:
        print(f"left off (a print job is open): {', '.join(map(str, issue.skipped))}")
    return 0


def _add_reprint(commands: Any) -> None:
    sub = _command(commands, "reprint", _reprint, "print a new badge version (old one deactivated)")
    sub.add_argument("registration_id", type=_positive, metavar="REGISTRATION_ID")
    sub.add_argument("--reason", required=True, help="why: lost, damaged, name corrected ...")


def _reprint(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import print_jobs

    _require_home(home)
    with print_jobs(home) as jobs:
        outcome = jobs.reprint(args.registration_id, args.reason)
    print(_job_line(outcome.job) + (f": {outcome.error}" if outcome.error else ""))
    return 0 if outcome.printed else EXIT_REFUSED


def _add_jobs(commands: Any) -> None:
    sub = _command(commands, "jobs", _jobs, "list print jobs; retry, reroute, cancel, answer")
    sub.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=("list", "retry", "reroute", "cancel", "answer", "recover"),
    )
    sub.add_argument("job", nargs="?", metavar="JOB", help="job id or its first characters")
    sub.add_argument("value", nargs="?", metavar="PRINTER|yes|no", help="reroute / answer")
    sub.add_argument("--all", action="store_true", help="list done and cancelled jobs too")
    sub.add_argument("--note", default="", help="cancel: why (kept in the journal)")
    sub.add_argument("--json", action="store_true")


def _jobs(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import print_jobs, read_settings, recover_print_jobs

    _require_home(home)
    if args.action == "recover":  # only while no kiosk window runs on this home
        stuck = recover_print_jobs(home, read_settings(home))
        print(f"{stuck} jobs cut off by a stop now wait for an answer (`kiosk jobs answer`).")
        return 0
    if args.action != "list" and not args.job:
        raise CommandError(f"jobs {args.action}: which job? give its id (see `kiosk jobs`)")
    with print_jobs(home) as jobs:
        return _job_action(jobs, args)


def _job_action(jobs: Any, args: argparse.Namespace) -> int:
    from kiosk.store import journal

    if args.action == "list":
        return _list_jobs(
            journal.recent_jobs(jobs.db, 200) if args.all else journal.open_jobs(jobs.db), args.json
        )
    if args.action == "cancel":
        print(_job_line(jobs.cancel(args.job, args.note)))
        return 0
    outcome = _retry_or_reroute(jobs, args)
    print(_job_line(outcome.job) + (f": {outcome.error}" if outcome.error else ""))
    return 0 if outcome.printed or outcome.job.state.value == "done" else EXIT_REFUSED


def _retry_or_reroute(jobs: Any, args: argparse.Namespace) -> Any:
    from kiosk.services.printing import PrintOutcome

    if args.action == "retry":
        return jobs.retry(args.job)
    if args.action == "reroute":
        if not args.value:
            raise CommandError("jobs reroute JOB PRINTER: give a printer URI or its number")
        return jobs.reroute(args.job, args.value)
    if args.value not in ("yes", "no"):
        raise CommandError("jobs answer JOB yes|no: did the badge come out of the printer?")
    answered = jobs.answer(args.job, came_out=args.value == "yes")
    return jobs.retry(answered.id) if args.value == "no" else PrintOutcome(answered)


def _list_jobs(found: list[Any], as_json: bool) -> int:
    if as_json:
        print(json.dumps([_job_json(job) for job in found], ensure_ascii=False))
        return 0
    for job in found:
        print(_job_line(job) + (f"  ({job.error})" if job.error else ""))
    if not found:
        print("no open print jobs")
    return 0


def _job_line(job: Any) -> str:
    return (
        f"{job.id[:8]}  {job.state.value:<11}  {job.registration_id} v{job.badge_version}  "
        f"{job.attempts} tries  {job.printer}  [{job.reason}]"
    )


def _job_json(job: Any) -> dict[str, Any]:
    keys = ("id", "registration_id", "badge_version", "printer", "attempts", "reason", "error")
    return {key: getattr(job, key) for key in keys} | {"state": job.state.value}


def _add_printers(commands: Any) -> None:
    sub = _command(commands, "printers", _printers, "configured printers and their status")
    sub.add_argument("--json", action="store_true")


def _printers(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import printer_statuses

    answers = printer_statuses(home)
    rows = [
        {"number": n, "uri": uri, "role": "primary" if n == 1 else "fallback",
         "state": status.state.value, "detail": status.detail}
        for n, (uri, status) in enumerate(answers, start=1)
    ]  # fmt: skip
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    for row in [] if args.json else rows:
        detail = f"  {row['detail']}" if row["detail"] else ""
        print(f"{row['number']}  {row['role']:<8}  {row['state']:<15}  {row['uri']}{detail}")
    usable = rows[0]["state"] in ("online", "paper-near-end", "unknown")
    return 0 if usable else EXIT_REFUSED


def _add_print_test(commands: Any) -> None:
    sub = _command(commands, "print-test", _print_test, "print a test page (every script, a QR)")
    sub.add_argument("--printer", required=True, metavar="URI", help="any printer URI")
    sub.add_argument("--size", metavar="NAME", help="badge stock (default: [printer] badge_size)")


def _print_test(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import send_test_page

    result = send_test_page(home, args.printer, args.size)
    where = f": {', '.join(result.outputs)}" if result.outputs else ""
    print(f"test page sent to {result.printer}{where}")
    return 0
