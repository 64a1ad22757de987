"""Commands for badges and printers: badge, badge-sheet, reprint, jobs, printers, print-test."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli.common import EXIT_REFUSED, CommandError, command, positive, require_home
from kiosk.paths import Home

if TYPE_CHECKING:
    from kiosk.printing.base import PrinterStatus


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    for add in (
        _add_badge,
        _add_badge_sheet,
        _add_reprint,
        _add_jobs,
        _add_printers,
        _add_print_test,
        _add_check_names,
    ):
        add(commands)


def _add_badge(commands: Any) -> None:
    sub = command(commands, "badge", _badge, "write a person's badge to a PNG or PDF (preview)")
    sub.add_argument(
        "registration_id",
        type=positive,
        metavar="REGISTRATION_ID",
        help="the person's registration id",
    )
    sub.add_argument(
        "--out",
        required=True,
        metavar="FILE.png|FILE.pdf",
        help="the file to write (by its suffix)",
    )
    sub.add_argument("--size", metavar="NAME", help="badge stock (default: [printer] badge_size)")
    sub.add_argument("--template", metavar="NAME|FILE", help="badge template (default: settings)")


def _badge(home: Home, args: argparse.Namespace) -> int:
    from kiosk.badge_files import write_badge_file

    require_home(home)
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
    sub = command(
        commands, "badge-sheet", _badge_sheet, "A4 sheets of a category's badges to pre-print"
    )
    sub.add_argument("--category", required=True, metavar="CODE", help="badge category, e.g. VIP")
    sub.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    sub.add_argument("--size", metavar="NAME", help="badge stock (default: a6)", default="a6")
    sub.add_argument("--limit", type=positive, default=10_000, metavar="N", help="at most N badges")


def _badge_sheet(home: Home, args: argparse.Namespace) -> int:
    from kiosk.badge_files import write_badge_sheet

    require_home(home)
    out = _output(args.out, (".pdf",))
    issue, pages = write_badge_sheet(home, args.category, out, args.size, args.limit)
    print(f"{len(issue.issued)} badges on {pages} pages in {out}, journalled as issued.")
    if issue.skipped:
        print(f"left off (a print job is open): {', '.join(map(str, issue.skipped))}")
    return 0


def _add_reprint(commands: Any) -> None:
    sub = command(commands, "reprint", _reprint, "print a new badge version (old one deactivated)")
    sub.add_argument(
        "registration_id",
        type=positive,
        metavar="REGISTRATION_ID",
        help="the person's registration id",
    )
    sub.add_argument("--reason", required=True, help="why: lost, damaged, name corrected ...")


def _reprint(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import print_jobs

    require_home(home)
    with print_jobs(home) as jobs:
        outcome = jobs.reprint(args.registration_id, args.reason)
    print(_job_line(outcome.job) + (f": {outcome.error}" if outcome.error else ""))
    return 0 if outcome.printed else EXIT_REFUSED


def _add_jobs(commands: Any) -> None:
    sub = command(commands, "jobs", _jobs, "list print jobs; retry, reroute, cancel, answer")
    sub.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=("list", "retry", "reroute", "cancel", "answer", "recover"),
        help="what to do (default: list the jobs not done)",
    )
    sub.add_argument("job", nargs="?", metavar="JOB", help="job id or its first characters")
    sub.add_argument("value", nargs="?", metavar="PRINTER|yes|no", help="reroute / answer")
    sub.add_argument("--all", action="store_true", help="list done and cancelled jobs too")
    sub.add_argument("--note", default="", help="cancel: why (kept in the journal)")
    sub.add_argument("--json", action="store_true", help="print the jobs as JSON")


def _jobs(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import print_jobs, read_settings, recover_print_jobs

    require_home(home)
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
    fallback = _name_fallback(job)
    mark = f"  LATIN NAME: no font for {fallback}" if fallback else ""
    return (
        f"{job.id[:8]}  {job.state.value:<11}  {job.registration_id} v{job.badge_version}  "
        f"{job.attempts} tries  {job.printer}  [{job.reason}]{mark}"
    )


def _job_json(job: Any) -> dict[str, Any]:
    keys = ("id", "registration_id", "badge_version", "printer", "attempts", "reason", "error")
    return {key: getattr(job, key) for key in keys} | {
        "state": job.state.value,
        "name_fallback": _name_fallback(job),
    }


def _name_fallback(job: Any) -> str:
    """The characters no font drew, as code points, when the badge shows the Latin name."""
    text = job.content.name_fallback if job.content is not None else ""
    return " ".join(f"U+{ord(ch):04X}" for ch in text)


def _add_printers(commands: Any) -> None:
    sub = command(commands, "printers", _printers, "configured printers and their status")
    sub.add_argument("--json", action="store_true", help="print the printers as JSON")


def _printers(home: Home, args: argparse.Namespace) -> int:
    from kiosk.badge_files import printer_statuses

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
    if not args.json:
        print(_printing_verdict(home, answers))
    usable = rows[0]["state"] in ("online", "paper-near-end", "unknown")
    return 0 if usable else EXIT_REFUSED


def _printing_verdict(home: Home, answers: list[tuple[str, PrinterStatus]]) -> str:
    """What the kiosk window does with these answers ([printer] when_unavailable)."""
    from kiosk.app import read_settings
    from kiosk.services.printer_check import PrinterReport

    if PrinterReport(tuple(answers)).can_print:
        return "badges: the kiosk prints them"
    if read_settings(home).printer_when_unavailable == "stop":
        return "badges: no printer can print; the kiosk takes no scans ([printer] when_unavailable)"
    return "badges: no printer can print; the kiosk checks people in, badges wait for the desk"


def _add_print_test(commands: Any) -> None:
    sub = command(commands, "print-test", _print_test, "print a test page (every script, a QR)")
    sub.add_argument("--printer", required=True, metavar="URI", help="any printer URI")
    sub.add_argument("--size", metavar="NAME", help="badge stock (default: [printer] badge_size)")


def _print_test(home: Home, args: argparse.Namespace) -> int:
    from kiosk.badge_files import send_test_page

    result = send_test_page(home, args.printer, args.size)
    where = f": {', '.join(result.outputs)}" if result.outputs else ""
    print(f"test page sent to {result.printer}{where}")
    return 0


def _add_check_names(commands: Any) -> None:
    sub = command(
        commands, "check-names", _check_names, "list names with characters no shipped font draws"
    )
    sub.add_argument("--json", action="store_true", help="print the list as JSON")


def _check_names(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.names import check_names
    from kiosk.store import open_database

    require_home(home)
    db = open_database(home.database)
    try:
        problems = list(check_names(db))
    finally:
        db.close()
    if args.json:
        print(json.dumps([_problem_json(p) for p in problems], ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(_problem_line(problem))
        print(f"{len(problems)} names with characters no shipped font draws.")
    return EXIT_REFUSED if problems else 0


def _problem_line(problem: Any) -> str:
    instead = f'prints "{problem.prints_instead}"' if problem.prints_instead else "left out"
    if not problem.prints_instead and problem.field == "badge_name":
        instead = "prints a line to write the name on"
    characters = " ".join(f"{ch} ({f'U+{ord(ch):04X}'})" for ch in problem.characters)
    return f"{problem.registration_id}  {problem.field}: no font for {characters}; {instead}"


def _problem_json(problem: Any) -> dict[str, Any]:
    return {
        "registration_id": problem.registration_id,
        "field": problem.field,
        "characters": list(problem.characters),
        "code_points": problem.code_points.split(),
        "positions": list(problem.positions),
        "prints_instead": problem.prints_instead,
    }
