"""What this kiosk did: check-ins, badge prints, print jobs and the audit trail (append-only).

A print job is written before any byte goes to a printer and moves through these states:

    queued --send--> sent --printed--> done
       ^               |--error------> failed --retry/reroute--> sent ...
       |               '--kiosk stopped mid-print--> unconfirmed --"it came out"--> done
       '------------------------------------------------ "it did not" -----'
    queued | failed | unconfirmed --staff--> cancelled

Every change is a compare-and-set on the current state, so two processes (the kiosk window and a
staff command) can never both send one job.
"""

from __future__ import annotations

import enum
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

import sqlite_utils

from kiosk.core.badge_layout import BadgeContent
from kiosk.core.model import BadgeIssue, CheckIn, Participant
from kiosk.store.database import immediate
from kiosk.store.participants import add_provisional, mark_badge_printed, mark_checked_in
from kiosk.store.rows import iso, to_datetime


class JobState(enum.Enum):
    QUEUED = "queued"  # the intent is stored; nothing was sent yet
    SENT = "sent"  # bytes are going to the printer now
    DONE = "done"
    FAILED = "failed"  # the printer refused or broke off; staff may retry or reroute
    CANCELLED = "cancelled"
    UNCONFIRMED = "unconfirmed"  # the kiosk stopped while sending: staff must say if it came out


OPEN_STATES = (JobState.QUEUED, JobState.SENT, JobState.FAILED, JobState.UNCONFIRMED)


@dataclass(frozen=True, slots=True)
class PrintJob:
    id: str
    registration_id: int
    badge_version: int
    printer: str  # the configured URI the job goes (or went) to
    state: JobState
    attempts: int = 0  # how many times bytes were sent
    error: str = ""
    output: str = ""
    reason: str = "first"  # "first", or the reason staff gave for a reprint
    kiosk_id: str = ""
    content: BadgeContent | None = None  # exactly what the badge shows, fixed when queued
    created_at: datetime | None = None
    updated_at: datetime | None = None
    sent_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


@dataclass(frozen=True, slots=True)
class BadgeRecord:
    """One printed badge and whether a later one (or staff) has deactivated it."""

    issue: BadgeIssue
    job_id: str
    deactivated_at: datetime | None

    @property
    def is_active(self) -> bool:
        return self.deactivated_at is None


@dataclass(frozen=True, slots=True)
class Collection:
    """What the journal says about a person's badge; the authority for "already collected"."""

    registration_id: int
    collected_at: datetime | None = None  # the first badge printed, on any kiosk
    badge_version: int = 0  # the highest version printed or in an open job
    open_job: PrintJob | None = None

    @property
    def blocks_check_in(self) -> bool:
        """A badge came out already, or one is on its way: a scan must not start another."""
        return self.collected_at is not None or self.open_job is not None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the audit trail; never holds a name."""

    at: datetime
    kiosk_id: str
    action: str
    outcome: str
    registration_id: int | None = None
    source: str = ""
    detail: str = ""


_JOB_COLUMNS = (
    "id, registration_id, badge_version, printer, state, attempts, error, output, reason, "
    "kiosk_id, content, created_at, updated_at, sent_at"
)


# --- writing --------------------------------------------------------------------------------


def record_check_in(
    db: sqlite_utils.Database,
    check_in: CheckIn,
    job: PrintJob,
    walk_in: Participant | None = None,
) -> Collection | None:
    """Journal the check-in and the intent to print, in one transaction, before any byte is sent.

    The journal is asked again under the write lock: if a badge was printed or a job opened for
    the person meanwhile (another process, another kiosk's print synced in), nothing is written
    and that collection is returned instead. ``walk_in`` (a code with an embedded name and no
    roster entry) becomes a provisional participant in the same transaction.
    """
    with immediate(db):
        found = collection(db, check_in.registration_id)
        if found.blocks_check_in:
            return found
        if walk_in is not None:
            add_provisional(db, walk_in)
        _insert_check_in(db, check_in)
        mark_checked_in(db, check_in.registration_id, check_in.at)
        _insert_job(db, job, check_in.at)
    return None


def _insert_check_in(db: sqlite_utils.Database, check_in: CheckIn) -> None:
    db.table("checkins").insert(
        {
            "id": check_in.id,
            "registration_id": check_in.registration_id,
            "event_id": check_in.event_id,
            "at": iso(check_in.at),
            "kiosk_id": check_in.kiosk_id,
            "source": check_in.source.value,
        }
    )


def add_job(db: sqlite_utils.Database, job: PrintJob, at: datetime) -> bool:
    """Store the intent to print (a reprint, a sheet); False if the person already has an open
    job (one at a time: the database refuses a second)."""
    try:
        with immediate(db):
            _insert_job(db, job, at)
    except sqlite3.IntegrityError:
        if open_job_for(db, job.registration_id) is None:
            raise  # something else is wrong (a reused job id): not a conflict to report
        return False
    return True


def _insert_job(db: sqlite_utils.Database, job: PrintJob, at: datetime) -> None:
    db.table("print_jobs").insert(
        {
            "id": job.id,
            "registration_id": job.registration_id,
            "badge_version": job.badge_version,
            "printer": job.printer,
            "state": job.state.value,
            "created_at": iso(at),
            "updated_at": iso(at),
            "attempts": job.attempts,
            "error": job.error,
            "output": job.output,
            "reason": job.reason,
            "kiosk_id": job.kiosk_id,
            "content": _content_json(job.content),
            "name_fallback": _code_points(job.content.name_fallback if job.content else ""),
        }
    )


def _code_points(text: str) -> str:
    return " ".join(f"U+{ord(ch):04X}" for ch in text)


def mark_sent(db: sqlite_utils.Database, job_id: str, printer: str, at: datetime) -> bool:
    """Claim a queued or failed job for sending to ``printer``; False if it is not sendable now.

    Committed before the first byte goes out: a crash after this leaves the job 'sent', which
    the next start turns into 'unconfirmed' instead of printing it again.
    """
    return _transition(
        db,
        job_id,
        (JobState.QUEUED, JobState.FAILED),
        JobState.SENT,
        at,
        "printer = ?, sent_at = ?, attempts = attempts + 1, error = ''",
        [printer, iso(at)],
    )


def record_print_failed(db: sqlite_utils.Database, job_id: str, at: datetime, error: str) -> bool:
    """The printer refused or broke off: the job stays open as 'failed' with the error."""
    allowed = (JobState.SENT, JobState.QUEUED)
    return _transition(db, job_id, allowed, JobState.FAILED, at, "error = ?", [error])


def record_badge_printed(db: sqlite_utils.Database, job: PrintJob, issue: BadgeIssue) -> None:
    """The badge came out: close the job, journal the issue, deactivate the older badges and raise
    the person's badge version."""
    with immediate(db):
        db.execute(
            "UPDATE print_jobs SET state = ?, updated_at = ?, output = ?, error = '' WHERE id = ?",
            [JobState.DONE.value, iso(issue.at), job.output, job.id],
        )
        db.table("badge_prints").insert(
            {
                "id": issue.id,
                "registration_id": issue.registration_id,
                "badge_version": issue.badge_version,
                "at": iso(issue.at),
                "kiosk_id": issue.kiosk_id,
                "printer": issue.printer,
                "reason": issue.reason,
                "job_id": job.id,
                "device_key_id": issue.device_key_id,
            }
        )
        # ITU rule: a new badge deactivates every older one of the same person.
        db.execute(
            "UPDATE badge_prints SET deactivated_at = ? WHERE registration_id = ? "
            "AND deactivated_at IS NULL AND badge_version < ("
            "SELECT max(badge_version) FROM badge_prints WHERE registration_id = ?)",
            [iso(issue.at), issue.registration_id, issue.registration_id],
        )
        mark_badge_printed(db, issue.registration_id, issue.badge_version, issue.at)


def requeue(
    db: sqlite_utils.Database, job_id: str, at: datetime, printer: str | None = None
) -> bool:
    """Put a failed or unconfirmed job back in the queue, optionally for another printer."""
    allowed = (JobState.FAILED, JobState.UNCONFIRMED, JobState.QUEUED)
    if printer is None:
        return _transition(db, job_id, allowed, JobState.QUEUED, at, "", [])
    return _transition(db, job_id, allowed, JobState.QUEUED, at, "printer = ?", [printer])


def cancel_job(db: sqlite_utils.Database, job_id: str, at: datetime, note: str) -> bool:
    """Staff gave up on a job that is not being sent right now."""
    allowed = (JobState.QUEUED, JobState.FAILED, JobState.UNCONFIRMED)
    return _transition(db, job_id, allowed, JobState.CANCELLED, at, "error = ?", [note])


def mark_interrupted(db: sqlite_utils.Database, at: datetime) -> list[PrintJob]:
    """At start: every job left 'sent' was cut off by a stop; it needs a person's answer."""
    with immediate(db):
        stuck = jobs_in_state(db, JobState.SENT)
        for job in stuck:
            _transition(db, job.id, (JobState.SENT,), JobState.UNCONFIRMED, at, "", [])
    return [job for job in (get_job(db, j.id) for j in stuck) if job is not None]


def set_queued_content(
    db: sqlite_utils.Database, job_id: str, content: BadgeContent, at: datetime
) -> bool:
    """Change what a job not yet sent will print (its photo was just taken); False if it is no
    longer queued (sent, cancelled meanwhile)."""
    return _transition(
        db,
        job_id,
        (JobState.QUEUED,),
        JobState.QUEUED,
        at,
        "content = ?",
        [_content_json(content)],
    )


def _transition(
    db: sqlite_utils.Database,
    job_id: str,
    allowed: Iterable[JobState],
    target: JobState,
    at: datetime,
    extra_sql: str,
    extra_args: list[Any],
) -> bool:
    states = [s.value for s in allowed]
    marks = ", ".join("?" for _ in states)
    assignments = "state = ?, updated_at = ?" + (f", {extra_sql}" if extra_sql else "")
    with immediate(db):
        cursor = db.execute(
            f"UPDATE print_jobs SET {assignments} WHERE id = ? AND state IN ({marks})",
            [target.value, iso(at), *extra_args, job_id, *states],
        )
    return bool(cursor.rowcount)


# --- reading --------------------------------------------------------------------------------


def get_job(db: sqlite_utils.Database, job_id: str) -> PrintJob | None:
    row = db.execute(f"SELECT {_JOB_COLUMNS} FROM print_jobs WHERE id = ?", [job_id]).fetchone()
    return _job(row) if row else None


def find_jobs(db: sqlite_utils.Database, id_prefix: str) -> list[PrintJob]:
    """Jobs whose id starts with ``id_prefix`` (staff type the first few characters)."""
    escaped = id_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = db.execute(
        f"SELECT {_JOB_COLUMNS} FROM print_jobs WHERE id LIKE ? ESCAPE '\\' "
        "ORDER BY created_at LIMIT 10",
        [escaped + "%"],
    ).fetchall()
    return [_job(r) for r in rows]


def jobs_in_state(db: sqlite_utils.Database, state: JobState) -> list[PrintJob]:
    rows = db.execute(
        f"SELECT {_JOB_COLUMNS} FROM print_jobs WHERE state = ? ORDER BY created_at, rowid",
        [state.value],
    ).fetchall()
    return [_job(r) for r in rows]


def open_jobs(db: sqlite_utils.Database) -> list[PrintJob]:
    """Every job not done or cancelled, oldest first."""
    marks = ", ".join("?" for _ in OPEN_STATES)
    rows = db.execute(
        f"SELECT {_JOB_COLUMNS} FROM print_jobs WHERE state IN ({marks}) "
        "ORDER BY created_at, rowid",
        [s.value for s in OPEN_STATES],
    ).fetchall()
    return [_job(r) for r in rows]


def recent_jobs(db: sqlite_utils.Database, limit: int = 50) -> list[PrintJob]:
    rows = db.execute(
        f"SELECT {_JOB_COLUMNS} FROM print_jobs ORDER BY updated_at DESC, rowid DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [_job(r) for r in rows]


def open_job_for(db: sqlite_utils.Database, registration_id: int) -> PrintJob | None:
    marks = ", ".join("?" for _ in OPEN_STATES)
    row = db.execute(
        f"SELECT {_JOB_COLUMNS} FROM print_jobs WHERE registration_id = ? AND state IN ({marks})",
        [registration_id, *(s.value for s in OPEN_STATES)],
    ).fetchone()
    return _job(row) if row else None


def collection(db: sqlite_utils.Database, registration_id: int) -> Collection:
    """The journal's facts about a person's badge: every print (of any origin) and the open job."""
    first, highest = db.execute(
        "SELECT min(at), max(badge_version) FROM badge_prints WHERE registration_id = ?",
        [registration_id],
    ).fetchone()
    job = open_job_for(db, registration_id)
    version = max(highest or 0, job.badge_version if job else 0)
    return Collection(registration_id, to_datetime(first), version, job)


def badge_records(db: sqlite_utils.Database, registration_id: int) -> list[BadgeRecord]:
    """Every badge printed for a person, oldest version first."""
    rows = db.execute(
        "SELECT id, registration_id, badge_version, at, kiosk_id, printer, reason, job_id, "
        "deactivated_at, device_key_id FROM badge_prints WHERE registration_id = ? "
        "ORDER BY badge_version, at",
        [registration_id],
    ).fetchall()
    return [
        BadgeRecord(
            BadgeIssue(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4], r[5], r[6], r[9]),
            r[7],
            to_datetime(r[8]),
        )
        for r in rows
    ]


def active_badge_version(db: sqlite_utils.Database, registration_id: int) -> int | None:
    """The version of the person's one valid badge, or None when no badge is active."""
    row = db.execute(
        "SELECT max(badge_version) FROM badge_prints "
        "WHERE registration_id = ? AND deactivated_at IS NULL",
        [registration_id],
    ).fetchone()
    return None if row[0] is None else int(row[0])


def _job(row: tuple[Any, ...]) -> PrintJob:
    return PrintJob(
        id=row[0],
        registration_id=row[1],
        badge_version=row[2],
        printer=row[3],
        state=JobState(row[4]),
        attempts=row[5],
        error=row[6],
        output=row[7],
        reason=row[8],
        kiosk_id=row[9],
        content=_content_from(row[10]),
        created_at=to_datetime(row[11]),
        updated_at=to_datetime(row[12]),
        sent_at=to_datetime(row[13]),
    )


def _content_json(content: BadgeContent | None) -> str:
    return "" if content is None else json.dumps(asdict(content), ensure_ascii=False)


_CONTENT_FIELDS = frozenset(f.name for f in fields(BadgeContent))


def _content_from(text: str) -> BadgeContent | None:
    """The stored badge content; fields a newer kiosk added are ignored, missing ones default."""
    if not text:
        return None
    data = json.loads(text)
    return BadgeContent(**{k: v for k, v in data.items() if k in _CONTENT_FIELDS})


# --- audit ----------------------------------------------------------------------------------


def add_audit(db: sqlite_utils.Database, entry: AuditEntry) -> None:
    with immediate(db):
        db.table("audit").insert(
            {
                "at": iso(entry.at),
                "kiosk_id": entry.kiosk_id,
                "action": entry.action,
                "outcome": entry.outcome,
                "registration_id": entry.registration_id,
                "source": entry.source,
                "detail": entry.detail,
            }
        )


def recent_audit(db: sqlite_utils.Database, limit: int = 100) -> list[AuditEntry]:
    rows = db.execute(
        "SELECT at, kiosk_id, action, outcome, registration_id, source, detail "
        "FROM audit ORDER BY id DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [
        AuditEntry(datetime.fromisoformat(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows
    ]


def checked_in_registrations(db: sqlite_utils.Database) -> set[int]:
    """Every registration with at least one check-in in the journal."""
    return {int(r[0]) for r in db.execute("SELECT DISTINCT registration_id FROM checkins")}


def count_check_ins(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM checkins").fetchone()[0])
