"""Staff credentials and their audit: `kiosk staff add`, `kiosk staff log` (docs/kiosk-mode.md)."""

from __future__ import annotations

import argparse
import getpass
import json
import secrets
import sys
from pathlib import Path
from typing import Any

from kiosk.cli.common import CommandError, command, positive, require_home, write_qr_png
from kiosk.paths import Home


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    staff = commands.add_parser(
        "staff",
        help="staff PINs and staff QR codes for the kiosk's staff menu, and their audit",
        description="Staff PINs and staff QR codes (hashed) and the staff audit log.",
    )
    actions = staff.add_subparsers(title="actions", required=True, metavar="ACTION")
    add = command(actions, "add", _add, "hash a staff PIN (or make a staff QR) for settings.toml")
    add.add_argument("staff_id", metavar="STAFF_ID", help="an id such as desk-3 (not a name)")
    add.add_argument(
        "--role", choices=("desk", "supervisor"), default="desk", help="supervisors can void badges"
    )
    add.add_argument(
        "--qr", metavar="PNG", help="make a staff QR code instead of a PIN and write it here"
    )
    add.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from standard input (scripts)"
    )
    log = command(actions, "log", _log, "the latest staff sign-ins and staff actions")
    log.add_argument("--limit", type=positive, default=50, help="the latest N (default 50)")
    log.add_argument("--json", action="store_true", help="print the log as JSON")


def _add(home: Home, args: argparse.Namespace) -> int:
    from kiosk.core.staff import Method, Role, StaffCredentialError, make_credential

    method = Method.QR if args.qr else Method.PIN
    secret = secrets.token_urlsafe(24) if args.qr else _read_pin(args.pin_stdin)
    try:
        credential = make_credential(
            args.staff_id, Role(args.role), method, secret, secrets.token_bytes(16)
        )
    except StaffCredentialError as exc:
        raise CommandError(str(exc)) from exc
    if args.qr:
        from kiosk.core.staff import QR_PREFIX

        write_qr_png(QR_PREFIX + secret, Path(args.qr))
        print(f"staff QR code written to {args.qr}: keep it like a key", file=sys.stderr)
    print("# add this line to [staff] credentials in settings.toml:", file=sys.stderr)
    print(json.dumps(credential.line()))
    return 0


def _read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass("staff PIN (4 to 12 digits): ")
    if getpass.getpass("the same PIN again: ") != first:
        raise CommandError("the two PINs differ; nothing was made")
    return first


def _log(home: Home, args: argparse.Namespace) -> int:
    from kiosk.store import open_database
    from kiosk.store.staff import recent_events

    require_home(home)
    db = open_database(home.database)
    try:
        events = recent_events(db, args.limit)
    finally:
        db.close()
    rows = [
        {
            "at": event.at.isoformat(),
            "kiosk": event.kiosk_id,
            "staff": event.staff_id,
            "action": event.action,
            "outcome": event.outcome,
            "how": event.source,
            "reason": event.reason,
        }
        for event in events
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for row in rows:
        who = row["staff"] or "-"
        print(f"{row['at']}  {row['kiosk']}  {who:<12}  {row['action']:<18}  {row['outcome']}")
    return 0
