"""What the `kiosk-registry` commands do, without argparse: each takes the database and a clock."""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import Connection

from kiosk.core.credentials import Credential
from kiosk.core.model import Event
from kiosk.core.roster import RowError, parse_roster
from kiosk.core.schedule import Schedule
from kiosk.core.schedule_file import read_schedule
from kiosk.registry import catalog, devices, migrate, signing
from kiosk.registry.database import Database
from kiosk.registry.errors import RegistryError
from kiosk.registry.qr_png import write_qr_png
from kiosk.registry.tokens import Role, issue
from kiosk.sample.people import sample_participants
from kiosk.sample.wsis2022 import (
    sample_categories,
    sample_event,
    sample_rooms,
    sample_sessions,
    sample_tracks,
)

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
MAX_EVENT_ID = 2**16 - 1  # the credential carries the event id in two bytes


@dataclass(frozen=True, slots=True)
class ImportResult:
    imported: int
    errors: tuple[RowError, ...]
    skipped: int


def init(db: Database, now: datetime) -> str | None:
    """Build or update the schema, make a signing key if there is none; returns a new admin
    token when the registry had none (shown once), else None."""
    migrate.upgrade(db)
    with db.write() as conn:
        if not signing.public_keys(conn):
            signing.create_key(conn, now)
            return issue(conn, Role.ADMIN, now)
    return None


def require_initialised(db: Database) -> None:
    if not migrate.is_current(db):
        raise RegistryError("not-found", "this registry database is not set up: run `init` first")


def admin_token(db: Database, now: datetime) -> str:
    with db.write() as conn:
        return issue(conn, Role.ADMIN, now)


def init_demo(
    db: Database, now: datetime, count: int, progress: Callable[[int], None] | None = None
) -> int:
    """Load the WSIS Forum 2022 sample event, programme and ``count`` fictional participants."""
    event = sample_event()
    with db.write() as conn:
        if catalog.event_ids(conn):
            raise RegistryError("conflict", "this registry already holds an event")
        catalog.save_event(conn, event, sample_categories())
        catalog.save_tracks(conn, sample_tracks(event))
        catalog.save_rooms(conn, sample_rooms(event))
        catalog.save_sessions(conn, sample_sessions(event))
        people = sample_participants(event.id, count)
        return catalog.save_participants(conn, people, progress=progress)


def add_event(db: Database, event: Event) -> None:
    """A real event, with the eleven standard badge categories (kiosk/sample/wsis2022.py)."""
    if not 0 <= event.id <= MAX_EVENT_ID:
        raise RegistryError("validation-failed", f"an event id is 0 to {MAX_EVENT_ID}")
    if event.end < event.start or event.pickup_from > event.start:
        raise RegistryError("validation-failed", "the dates must run pickup <= start <= end")
    try:
        ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise RegistryError("validation-failed", f"unknown time zone {event.timezone!r}") from exc
    with db.write() as conn:
        if event.id in catalog.event_ids(conn):
            raise RegistryError("conflict", f"event {event.id} already exists")
        catalog.save_event(conn, event, sample_categories())


def import_roster(db: Database, path: Path, event_id: int | None) -> ImportResult:
    """Import a roster CSV: good rows are stored, bad rows come back with line and column."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        error = RowError(0, "", "The file is not UTF-8: save it as CSV UTF-8 and import it again.")
        return ImportResult(0, (error,), 0)
    except OSError as exc:
        raise RegistryError("not-found", f"cannot read {path}: {exc.strerror}") from exc
    with db.write() as conn:
        event = event_id if event_id is not None else catalog.only_event(conn)
        kinds = catalog.category_numbers(conn, event)
        parsed = parse_roster(text, event, kinds)
        hashes = {s.registration_id: s.secret_hash for s in parsed.secrets}
        count = catalog.save_participants(conn, parsed.participants, hashes)
    return ImportResult(count, parsed.errors, parsed.skipped)


@dataclass(frozen=True, slots=True)
class ScheduleImport:
    """What `kiosk-registry import-schedule` did."""

    event_id: int
    schedule: Schedule
    withdrawn: int  # sessions of the event the file no longer holds, taken off every kiosk


def import_schedule(
    db: Database, path: Path, event_id: int | None, progress: Progress | None = None
) -> ScheduleImport:
    """Make a pretalx/frab JSON or iCalendar file the event's programme, for every kiosk: read
    whole first (ScheduleFileError names the file), then one transaction. A file without a single
    usable session changes nothing (it would empty every kiosk's board)."""
    with db.read() as conn:
        event = event_id if event_id is not None else catalog.only_event(conn)
        zone = catalog.event_timezone(conn, event)
    schedule = read_schedule(path, event, zone, progress)
    if not schedule.sessions:
        return ScheduleImport(event, schedule, 0)
    with db.write() as conn:
        withdrawn = catalog.replace_programme(
            conn, event, schedule.sessions, schedule.rooms, schedule.tracks
        )
    return ScheduleImport(event, schedule, withdrawn)


def credential_for(db: Database, registration_id: int, now: datetime) -> str:
    """A signed credential (the QR text) for one registration."""
    with db.read() as conn:
        found = catalog.registration(conn, registration_id)
        if found is None:
            raise RegistryError("not-found", f"no registration {registration_id}")
        numbers = catalog.category_numbers(conn, found.event_id)
        key = signing.current_key(conn)
        issued = issuing_time(conn, now)
    return signing.sign(key, _credential(key.key_id, found, numbers, issued))


def issuing_time(conn: Connection, now: datetime) -> datetime:
    """When a code is dated: now, or the sample's first morning for a sample of a past event
    (a kiosk refuses a code dated after its own clock)."""
    clock = catalog.sample_clock(conn)
    return now if clock is None else min(now, datetime.fromisoformat(clock))


def _credential(
    key_id: int, found: catalog.Registration, numbers: dict[str, int], now: datetime
) -> Credential:
    return Credential(
        key_id=key_id,
        event_id=found.event_id,
        registration_id=found.registration_id,
        category=numbers.get(found.category, 0),
        reissue=found.reissue,
        issued_at=now,
    )


def reissue_code(db: Database, registration_id: int, reason: str, now: datetime) -> str:
    """Revoke a registration's code and sign a new one (the reissue counter goes up by one)."""
    with db.write() as conn:
        found = catalog.reissue(conn, registration_id, reason)
        numbers = catalog.category_numbers(conn, found.event_id)
        key = signing.current_key(conn)
        issued = issuing_time(conn, now)
    log.info("registration %d reissued (%d)", registration_id, found.reissue)
    return signing.sign(key, _credential(key.key_id, found, numbers, issued))


def export_codes(db: Database, out: Path, now: datetime, progress: Progress) -> int:
    """codes.csv and one QR PNG per participant in ``out``, for the confirmation e-mails."""
    out.mkdir(parents=True, exist_ok=True)
    with db.read() as conn:
        key = signing.current_key(conn)
        people = list(catalog.all_participants(conn))
        numbers = {e: catalog.category_numbers(conn, e) for e in catalog.event_ids(conn)}
        now = issuing_time(conn, now)
    with (out / "codes.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["registration_id", "code", "qr_png"])
        for done, person in enumerate(people, start=1):
            credential = _credential(key.key_id, person, numbers.get(person.event_id, {}), now)
            text = signing.sign(key, credential)
            png = f"{person.registration_id}.png"
            write_qr_png(text, out / png)
            writer.writerow([person.registration_id, text, png])
            progress(done, len(people))
    return len(people)


def enrollment_code(db: Database, kiosk_id: str, now: datetime, valid: timedelta) -> str:
    if not kiosk_id or len(kiosk_id) > 64 or not kiosk_id.isprintable():
        raise RegistryError("validation-failed", "a kiosk id is 1 to 64 printable characters")
    with db.write() as conn:
        return devices.make_enrollment_code(conn, kiosk_id, now, valid)


def revoke_device(db: Database, kiosk_id: str, now: datetime) -> None:
    with db.write() as conn:
        devices.revoke(conn, kiosk_id, now)
    log.info("kiosk %s revoked", kiosk_id)


def rotate_key(db: Database, now: datetime) -> int:
    with db.write() as conn:
        return signing.create_key(conn, now)


def revoke_key(db: Database, key_id: int) -> None:
    with db.write() as conn:
        signing.revoke_key(conn, key_id)


def write_png(text: str, path: Path) -> None:
    try:
        write_qr_png(text, path)
    except OSError as exc:
        raise RegistryError("not-found", f"cannot write {path}: {exc.strerror}") from exc
