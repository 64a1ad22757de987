"""Commands that link a kiosk to the central registry: enroll, sync."""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from typing import TYPE_CHECKING, Any

from kiosk.cli.common import EXIT_REFUSED, CommandError, command, require_home
from kiosk.paths import Home

if TYPE_CHECKING:
    from kiosk.services.sync import SyncReport
    from kiosk.syncing import SyncSetup


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    sub = command(commands, "enroll", _enroll, "enroll this kiosk with a registry (one-time code)")
    sub.add_argument(
        "url",
        metavar="URL",
        help="the registry, such as http://10.0.0.2:8700, a pretix event: "
        "pretix+https://HOST/ORGANIZER/EVENT/ (docs/pretix.md), or an Indico event: "
        "indico+https://HOST/event/1234/ (docs/indico.md)",
    )
    sub.add_argument(
        "code",
        metavar="CODE",
        help="the code from `kiosk-registry enroll-code`, a pretix device's token "
        "(or its setup QR code's text), or the Indico API token",
    )
    sub.add_argument(
        "--fleet",
        action="store_true",
        help="enroll with a kiosk registry for heartbeats only, so its fleet page shows a kiosk "
        "that serves pretix or Indico (fleet.json; docs/fleet.md)",
    )
    sub = command(commands, "sync", _sync, "push what this kiosk did, pull what changed")
    sub.add_argument("--once", action="store_true", help="one round, then exit (0 if it went well)")
    sub.add_argument("--json", action="store_true", help="print the round's report as JSON")


def _enroll(home: Home, args: argparse.Namespace) -> int:
    from kiosk.services.device_key import ensure_device_key
    from kiosk.sync.registries import describe, parse_registry_url
    from kiosk.syncing import enroll, enroll_fleet

    url = str(args.url).strip()
    try:
        parse_registry_url(url)
    except ValueError as exc:
        raise CommandError(f"URL: {exc}") from None
    key = ensure_device_key(home)
    if args.fleet:
        link = enroll_fleet(home, url, str(args.code), (key.key_id, key.public_key))
        print(f"Enrolled for fleet reports as kiosk {link.kiosk_id} with {link.url}.")
        print("Heartbeats go there while this kiosk serves pretix or Indico.")
        return 0
    link = enroll(home, url, str(args.code), (key.key_id, key.public_key))
    key_text = f"device key {link.device_key_id}"
    print(f"Enrolled as kiosk {link.kiosk_id} with {describe(link)} ({key_text}).")
    print("Run `kiosk sync --once` to download the event.")
    return 0


def _sync(home: Home, args: argparse.Namespace) -> int:
    from kiosk.syncing import sync_setup

    require_home(home)
    setup = sync_setup(home)  # refuses a home that is not enrolled, before any network
    if args.once:
        return _round(home, args.json)
    return _forever(home, args.json, setup.settings.registry_interval_s)


def _round(home: Home, as_json: bool) -> int:
    return 0 if _run_round(home, as_json).ok else EXIT_REFUSED


def _run_round(home: Home, as_json: bool) -> SyncReport:
    """One round with its output (progress on a first sync, the report); the report back."""
    from kiosk.store import open_database, sync_state
    from kiosk.syncing import sync_home_once, sync_setup

    db = open_database(home.database)
    first = sync_state.load_state(db).watermark == 0
    db.close()
    if not as_json:
        print(_serving(sync_setup(home)), flush=True)
    report = sync_home_once(home, _progress if first and not as_json else None)
    if first and not as_json and sys.stderr.isatty():
        print(file=sys.stderr)
    if as_json:
        print(json.dumps(report.as_json(), indent=2))
    else:
        _print_report(report)
    return report


def _serving(setup: SyncSetup) -> str:
    """The first line of a round: "sync with pretix · tickets.example.org · itu/wsis22"."""
    from kiosk.sync.registries import describe

    line = f"sync with {describe(setup.link)} as kiosk {setup.link.kiosk_id}"
    if setup.fleet is not None and setup.reports_to_fleet:
        line += f"; heartbeats to the fleet registry {describe(setup.fleet)}"
    return line


def _progress(pulled: int, watermark: int) -> None:
    """One line rewritten in place on a terminal; a line per page in a log or a pipe."""
    line = f"first sync: {pulled:,} changes applied (watermark {watermark})"
    if sys.stderr.isatty():
        print(f"\r{line}", end="", file=sys.stderr, flush=True)
    else:
        print(line, file=sys.stderr, flush=True)


def _print_report(report: Any) -> None:
    print(
        f"pushed {report.pushed} ({report.duplicates} already there, {report.rejected} refused), "
        f"pulled {report.pulled} changes, watermark {report.watermark}, "
        f"{report.outbox_left} waiting to send, {report.open_conflicts} open conflicts"
    )
    if report.error:
        print(f"kiosk: sync failed: {report.error}", file=sys.stderr)


def _forever(home: Home, as_json: bool, interval_s: float) -> int:
    """Rounds every ``interval_s``; after failures, back off (2 s doubling to 5 min, jittered),
    never sooner than a registry that answered 429 asked (Retry-After, up to 5 min)."""
    from kiosk.services.sync import retry_delay

    failures, rng = 0, random.Random()
    try:
        while True:
            report = _run_round(home, as_json)
            failures = 0 if report.ok else failures + 1
            if failures:
                delay = retry_delay(failures, rng, report.retry_after_s)
                if not as_json:
                    print(f"next round in {delay:.0f} s", file=sys.stderr, flush=True)
                time.sleep(delay)
            else:
                time.sleep(interval_s)
    except KeyboardInterrupt:
        return 0
