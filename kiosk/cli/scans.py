"""Commands around codes and people: code, scan, scan-test, search."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kiosk.cli.common import (
    EXIT_REFUSED,
    command,
    positive,
    require_home,
    write_qr_png,
)
from kiosk.paths import Home


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    for add in (
        _add_code,
        _add_scan,
        _add_scan_test,
        _add_search,
    ):
        add(commands)


def _add_code(commands: Any) -> None:
    sub = command(commands, "code", _code, "print a demo credential for a registration")
    sub.add_argument(
        "registration_id", type=positive, metavar="REGISTRATION_ID", help="in the demo"
    )
    sub.add_argument("--png", metavar="FILE", help="also write the QR code as a PNG image")


def _code(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import clock_for, read_settings
    from kiosk.services.demo import issue_demo_code

    require_home(home)
    now = clock_for(read_settings(home))()
    code = issue_demo_code(home, args.registration_id, now)
    if args.png:
        write_qr_png(code, Path(args.png))
    print(code)
    return 0


def _add_scan(commands: Any) -> None:
    sub = command(commands, "scan", _scan, "check a code in, as the kiosk window would")
    sub.add_argument("code", metavar="CODE", help="the QR code's text, as a scanner types it")
    sub.add_argument("--json", action="store_true", help="print the outcome as JSON")


def _scan(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import scan_headless

    require_home(home)
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
        "photo": result.photo_step.value,  # "none", or why the badge waits (docs/photos.md)
    }


def _scan_text(result: Any) -> str:
    line = f"{result.outcome.value}"
    if result.registration_id is not None:
        line += f": registration {result.registration_id}"
    if result.printed:
        line += f", badge v{result.badge_version} printed to {', '.join(result.printed)}"
    if result.print_error:
        line += f", badge NOT printed: {result.print_error}"
    if result.photo_step.value != "none":
        line += ", badge waits for a photo taken at the desk"
    return line


def _add_scan_test(commands: Any) -> None:
    sub = command(commands, "scan-test", _scan_test, "show what scanners deliver; no check-in")
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
    require_home(home)
    entry = scan_test_text(home, args.text)
    report(entry)
    return 0 if entry["outcome"] == "checked-in" else EXIT_REFUSED


def _add_search(commands: Any) -> None:
    sub = command(
        commands,
        "search",
        _search,
        "find participants by name (any script), organisation, country, e-mail or id",
    )
    sub.add_argument("text", metavar="TEXT", help="part of a name, organisation, e-mail or id")
    sub.add_argument("--limit", type=positive, default=20, help="at most this many (default 20)")
    sub.add_argument("--json", action="store_true", help="print the matches as JSON")


def _search(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.search import find_participants
    from kiosk.store import open_database

    require_home(home)
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
