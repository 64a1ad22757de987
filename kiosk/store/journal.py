"""What this kiosk did: check-ins, badge prints, print jobs and the audit trail (append-only)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.core.model import BadgeIssue, CheckIn
from kiosk.store.participants import mark_badge_printed, mark_checked_in
from kiosk.store.rows import iso


class JobState(enum.Enum):
    QUEUED = "queued"
    SENT = "sent"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class PrintJob:
    id: str
    registration_id: int
    badge_version: int
    printer: str
    state: JobState
    attempts: int = 0
    error: str = ""
    output: str = ""


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


def record_check_in(db: sqlite_utils.Database, check_in: CheckIn, job: PrintJob) -> None:
    """Journal the check-in and the intent to print, in one transaction, before any byte is sent."""
    with db.atomic():
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
        mark_checked_in(db, check_in.registration_id, check_in.at)
        _insert_job(db, job, check_in.at)


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
        }
    )


def record_badge_printed(db: sqlite_utils.Database, job: PrintJob, issue: BadgeIssue) -> None:
    """The badge came out: close the job, journal the issue, raise the person's badge version."""
    with db.atomic():
        _set_job(db, job.id, JobState.DONE, issue.at, output=job.output)
        db.table("badge_prints").insert(
            {
                "id": issue.id,
                "registration_id": issue.registration_id,
                "badge_version": issue.badge_version,
                "at": iso(issue.at),
                "kiosk_id": issue.kiosk_id,
                "printer": issue.printer,
                "reason": issue.reason,
            }
        )
        mark_badge_printed(db, issue.registration_id, issue.badge_version, issue.at)


def record_print_failed(db: sqlite_utils.Database, job_id: str, at: datetime, error: str) -> None:
    with db.atomic():
        _set_job(db, job_id, JobState.FAILED, at, error=error)


def _set_job(
    db: sqlite_utils.Database, job_id: str, state: JobState, at: datetime, **fields: str
) -> None:
    db.execute(
        "UPDATE print_jobs SET state = ?, updated_at = ?, attempts = attempts + 1, "
        "error = ?, output = ? WHERE id = ?",
        [state.value, iso(at), fields.get("error", ""), fields.get("output", ""), job_id],
    )


def jobs_in_state(db: sqlite_utils.Database, state: JobState) -> list[PrintJob]:
    rows = db.execute(
        "SELECT id, registration_id, badge_version, printer, state, attempts, error, output "
        "FROM print_jobs WHERE state = ? ORDER BY created_at",
        [state.value],
    ).fetchall()
    return [PrintJob(r[0], r[1], r[2], r[3], JobState(r[4]), r[5], r[6], r[7]) for r in rows]


def add_audit(db: sqlite_utils.Database, entry: AuditEntry) -> None:
    with db.atomic():
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


def count_check_ins(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM checkins").fetchone()[0])
