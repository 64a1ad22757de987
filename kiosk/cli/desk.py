"""The staff desk: `kiosk desk` opens its window; `kiosk void` is for IT (docs/desk.md)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from kiosk.cli.common import EXIT_REFUSED, CommandError, command, positive, require_home
from kiosk.paths import Home


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    command(
        commands,
        "desk",
        _desk,
        "open the staff desk window (search, badges, exceptions, arrivals; staff PIN)",
    )
    void = command(
        commands, "void", _void, "void someone's valid badge (a supervisor's PIN; audited)"
    )
    void.add_argument(
        "registration_id",
        type=positive,
        metavar="REGISTRATION_ID",
        help="the person's registration id",
    )
    void.add_argument("--reason", required=True, help="why: stolen, reported lost ...")
    void.add_argument(
        "--pin-stdin", action="store_true", help="read the supervisor's PIN from standard input"
    )


def _desk(home: Home, args: argparse.Namespace) -> int:
    from kiosk.desk_app import run_desk

    require_home(home)
    return run_desk(home)


def _void(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import clock_for, read_settings
    from kiosk.core.staff import Attempt, parse_credentials
    from kiosk.services.desk import DeskError, DeskService, DeskStaff
    from kiosk.services.staff import sign_in
    from kiosk.store import open_database

    require_home(home)
    settings = read_settings(home)
    pin = sys.stdin.readline().strip() if args.pin_stdin else getpass.getpass("staff PIN: ")
    clock = clock_for(settings)
    db = open_database(home.database)
    try:
        answer = sign_in(
            db, parse_credentials(settings.staff_credentials), pin, settings.kiosk_id, clock()
        )
        if answer.attempt is not Attempt.OK or answer.role is None:
            wait = f"; locked for {answer.locked_for_s} s" if answer.locked_for_s else ""
            raise CommandError(f"the PIN was not accepted{wait}")
        desk = DeskService(db, None, settings.kiosk_id, clock)
        try:
            voided = desk.void(
                DeskStaff(answer.staff_id, answer.role), args.registration_id, args.reason
            )
        except DeskError as exc:
            print(f"kiosk: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    finally:
        db.close()
    print(
        f"badge {voided[:8]} of {args.registration_id} voided; the registry learns at the next sync"
    )
    return 0
