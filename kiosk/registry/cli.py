"""The ``kiosk-registry`` command: set up, fill and serve the reference registry.

Every command takes ``--db URL`` (``sqlite:///PATH`` or ``postgresql://...``; default the
KIOSK_REGISTRY_DB environment variable, else ``sqlite:///registry.db``). Problems are one line on
stderr and exit status 3.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from kiosk.core.model import Event
from kiosk.core.schedule import ProblemKind
from kiosk.core.schedule_entries import ScheduleFileError
from kiosk.registry import fleet, operations
from kiosk.registry.database import Database
from kiosk.registry.errors import RegistryError

EXIT_PROBLEM = 3
DEFAULT_DB = "sqlite:///registry.db"
Handler = Callable[[Database, argparse.Namespace], int]


def _now() -> datetime:
    return datetime.now(UTC)


def _say(text: str) -> None:
    print(text, flush=True)


def cmd_init(db: Database, _args: argparse.Namespace) -> int:
    token = operations.init(db, _now())
    _say("registry ready")
    if token:
        _say(f"admin token (shown once, keep it safe): {token}")
    return 0


def cmd_admin_token(db: Database, _args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    _say(operations.admin_token(db, _now()))
    return 0


def cmd_init_demo(db: Database, args: argparse.Namespace) -> int:
    cmd_init(db, args)
    total = args.participants

    def progress(done: int) -> None:
        print(f"\rparticipants: {done}/{total}", end="", file=sys.stderr, flush=True)

    count = operations.init_demo(db, _now(), total, progress if total > 10_000 else None)
    if total > 10_000:
        print(file=sys.stderr)
    _say(f"WSIS Forum 2022 sample event loaded with {count} participants (sample data)")
    return 0


def cmd_add_event(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    event = Event(
        id=args.id,
        code=args.code,
        title=args.title,
        venue=args.venue,
        timezone=args.timezone,
        start=args.start,
        end=args.end,
        pickup_from=args.pickup_from or args.start,
    )
    operations.add_event(db, event)
    _say(f"event {event.id} ({event.code}) added with the standard badge categories")
    return 0


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    result = operations.import_roster(db, Path(args.file), args.event)
    for error in result.errors:
        print(f"{args.file}:{error}", file=sys.stderr)
    _say(f"imported {result.imported} participants; {result.skipped} rows refused")
    return 0 if not result.skipped and result.imported else 1


def cmd_import_schedule(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)

    def progress(done: int, total: int) -> None:
        if total >= 1000:  # a line on stderr for a big programme only
            end = "\n" if done >= total else ""
            print(f"\rschedule: {done}/{total} entries read", end=end, file=sys.stderr)

    try:
        result = operations.import_schedule(db, Path(args.file), args.event, progress)
    except ScheduleFileError as exc:
        print(f"kiosk-registry: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    schedule = result.schedule
    for problem in schedule.problems:
        print(f"{args.file}: {problem.position}: {problem.message}", file=sys.stderr)
    if not schedule.sessions:
        _say(f"{args.file}: no session could be imported; the programme is unchanged")
        return EXIT_PROBLEM
    skipped = sum(p.kind is ProblemKind.SKIPPED for p in schedule.problems)
    no_room = sum(p.kind is ProblemKind.NO_ROOM for p in schedule.problems)
    _say(
        f"event {result.event_id}: {len(schedule.sessions)} sessions from {schedule.format} "
        f"({len(schedule.rooms)} rooms, {len(schedule.tracks)} tracks); {skipped} entries "
        f"skipped, {no_room} with room to be announced; "
        f"{result.withdrawn} sessions no longer in the file withdrawn. "
        "Kiosks show it after their next sync."
    )
    return 0


def cmd_code(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    return _show_code(operations.credential_for(db, args.registration_id, _now()), args.png)


def cmd_reissue_code(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    return _show_code(
        operations.reissue_code(db, args.registration_id, args.reason, _now()), args.png
    )


def _show_code(text: str, png: str | None) -> int:
    """Prints a code's text, and writes its QR to ``png`` when asked."""
    if png:
        operations.write_png(text, Path(png))
    _say(text)
    return 0


def cmd_export_codes(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)

    def progress(done: int, total: int) -> None:
        if done == total or done % 500 == 0:
            print(f"\rcodes: {done}/{total}", end="\n" if done == total else "", file=sys.stderr)

    count = operations.export_codes(db, Path(args.out), _now(), progress)
    _say(f"wrote {count} codes to {Path(args.out) / 'codes.csv'} with one QR PNG each")
    return 0


def cmd_enroll_code(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    valid = timedelta(hours=args.valid_hours)
    return _show_code(operations.enrollment_code(db, args.kiosk_id, _now(), valid), args.png)


def cmd_revoke_device(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    operations.revoke_device(db, args.kiosk_id, _now())
    _say(f"kiosk {args.kiosk_id} revoked")
    return 0


def cmd_rotate_key(db: Database, _args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    key_id = operations.rotate_key(db, _now())
    _say(f"new signing key {key_id}; older keys still verify until revoked")
    return 0


def cmd_revoke_key(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    operations.revoke_key(db, args.key_id)
    _say(f"signing key {args.key_id} revoked")
    return 0


def cmd_status(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    with db.read() as conn:
        counts = asdict(fleet.counts(conn))
    if args.json:
        _say(json.dumps(counts))
    else:
        for name, value in counts.items():
            _say(f"{name.replace('_', ' ')}: {value}")
    return 0


def cmd_serve(db: Database, args: argparse.Namespace) -> int:
    operations.require_initialised(db)
    from kiosk.registry.serve import serve  # uvicorn only for this command

    serve(db.url, args.host, args.port, args.workers)
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def _add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    help_text: str,
) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def _setup_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _add(commands, "init", cmd_init, "create or update the schema, a signing key, an admin token")
    _add(commands, "admin-token", cmd_admin_token, "print a new admin token")
    demo = _add(commands, "init-demo", cmd_init_demo, "load the WSIS Forum 2022 sample event")
    demo.add_argument("--participants", type=_positive, default=1500, metavar="N")
    event = _add(commands, "add-event", cmd_add_event, "add a real event (standard categories)")
    event.add_argument("--id", type=int, required=True, help="0-65535, carried in every code")
    event.add_argument("--code", required=True, help="short code, such as WSIS23")
    event.add_argument("--title", required=True)
    event.add_argument("--venue", default="")
    event.add_argument("--timezone", required=True, help="IANA zone, such as Europe/Zurich")
    event.add_argument("--start", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    event.add_argument("--end", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    event.add_argument(
        "--pickup-from",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="first day badges may be collected (default: --start)",
    )
    roster = _add(commands, "import", cmd_import, "import a roster CSV (docs/roster-csv.md)")
    roster.add_argument("file", metavar="FILE.csv")
    roster.add_argument("--event", type=int, help="event id (default: the registry's only event)")
    schedule = _add(
        commands,
        "import-schedule",
        cmd_import_schedule,
        "make a pretalx/frab schedule.json or iCalendar file the programme every kiosk shows",
    )
    schedule.add_argument("file", metavar="FILE")
    schedule.add_argument("--event", type=int, help="event id (default: the registry's only event)")
    serve = _add(commands, "serve", cmd_serve, "serve the HTTP API and the fleet page")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=_positive, default=8470)
    serve.add_argument("--workers", type=_positive, default=1)


def _code_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    code = _add(commands, "code", cmd_code, "print a registration's signed credential")
    code.add_argument("registration_id", type=_positive, metavar="REGISTRATION_ID")
    code.add_argument("--png", metavar="FILE", help="also write the QR code as a PNG")
    again = _add(commands, "reissue-code", cmd_reissue_code, "revoke a code and sign a new one")
    again.add_argument("registration_id", type=_positive, metavar="REGISTRATION_ID")
    again.add_argument("--reason", default="reissued", help="why (kiosks show it to staff)")
    again.add_argument("--png", metavar="FILE", help="also write the new QR code as a PNG")
    export = _add(commands, "export-codes", cmd_export_codes, "codes.csv and one QR PNG each")
    export.add_argument("--out", required=True, metavar="DIR")
    enroll = _add(commands, "enroll-code", cmd_enroll_code, "a one-time kiosk enrollment code")
    enroll.add_argument("--kiosk-id", required=True, metavar="ID")
    enroll.add_argument("--png", metavar="FILE", help="also write the code as a QR PNG")
    enroll.add_argument("--valid-hours", type=_positive, default=24, metavar="H")
    revoke = _add(commands, "revoke-device", cmd_revoke_device, "end an enrolled kiosk")
    revoke.add_argument("kiosk_id", metavar="ID")
    _add(commands, "rotate-key", cmd_rotate_key, "make a new signing key")
    revoke_key = _add(commands, "revoke-key", cmd_revoke_key, "stop a signing key verifying")
    revoke_key.add_argument("key_id", type=_positive, metavar="KEY_ID")
    status = _add(commands, "status", cmd_status, "counts: participants, check-ins, kiosks ...")
    status.add_argument("--json", action="store_true")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-registry", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        default=os.environ.get("KIOSK_REGISTRY_DB", DEFAULT_DB),
        metavar="URL",
        help="sqlite:///PATH or postgresql://USER@HOST:PORT/NAME",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _setup_commands(commands)
    _code_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    db: Database | None = None
    try:
        db = Database(args.db)
        handler: Handler = args.handler
        return handler(db, args)
    except RegistryError as exc:
        print(f"kiosk-registry: {exc.message}", file=sys.stderr)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        print(f"kiosk-registry: database problem: {reason}", file=sys.stderr)
    finally:
        if db is not None:
            db.close()
    return EXIT_PROBLEM
