"""The desk's exceptions queue: everything that needs a person, newest first, and the answers.

What is listed (docs/desk-window.md, "Exceptions"):
- print jobs a stop left unconfirmed ("did the badge come out?"), failed print jobs, and jobs
  waiting for the desk (queued for longer than a moment: no printer could print, or a photo);
- conflicts sync brought (two check-ins, two badges of one version) or two desks made (name-edit);
- items of this machine's outbox the registry rejected;
- today's refused scans whose screen sends the visitor to the desk (NEEDS_PERSON below).

Every answer is audited with the staff id, the machine, the action and the reason; the audit
never holds a name. Names are read from the roster when the list is built, never stored here.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from kiosk.core.checkin import Outcome
from kiosk.core.desk import DeskInputError, clean_reason
from kiosk.services.desk import DeskStaff
from kiosk.services.desk_backend import DeskBackend
from kiosk.services.printing import PrintJobError, PrintJobs, PrintOutcome
from kiosk.store import Database, changes, journal
from kiosk.store import exceptions as answers
from kiosk.store.journal import JobState, PrintJob
from kiosk.store.staff import StaffEvent, add_event

log = logging.getLogger(__name__)
_R = TypeVar("_R")

# A refusal whose screen sends the visitor to the desk and that staff must resolve. Left out:
# an empty or unreadable scan (the visitor scans again; nothing to look up), and "collect at
# the desk" (VIP badges handed over in person: the planned path, answered on the People page).
NEEDS_PERSON = (
    Outcome.UNKNOWN_PARTICIPANT,  # not on this machine's roster (yet)
    Outcome.REVOKED,  # registration cancelled or withdrawn
    Outcome.NOT_VALID_TODAY,  # expired, not yet valid, or issued in the future
    Outcome.WRONG_EVENT,
    Outcome.ALREADY_COLLECTED,  # a lost badge, or someone else's code
    Outcome.SUPERSEDED,  # an older code or a deactivated badge
    Outcome.BAD_SIGNATURE,  # possibly forged
    Outcome.KEY_REVOKED,
    Outcome.UNKNOWN_KEY,
    Outcome.UNSUPPORTED_VERSION,
    Outcome.BLOCKED,  # a ticket the organiser blocked (pretix)
    Outcome.NOT_SYNCED_YET,  # a genuine signed ticket sold after the last sync (pretix)
)
# A queued job this old is waiting for the desk, not about to be sent by a kiosk.
WAITING_AFTER = timedelta(seconds=30)


class ExceptionKind(enum.Enum):
    UNCONFIRMED = "unconfirmed"  # a print cut off by a stop: did the badge come out?
    FAILED = "failed"  # the printer refused or broke off
    WAITING = "waiting"  # queued for the desk (no printer could print, a photo to take)
    CONFLICT = "conflict"
    REJECTED = "rejected"  # the registry refused an item of this machine's outbox
    REFUSED_SCAN = "refused-scan"


class AnswerProblem(enum.Enum):
    """Why an answer was not recorded: the desk window turns it into words."""

    GONE = "gone"  # answered at another desk or changed state meanwhile: refresh
    NOTE = "note"  # the cancel note is missing, too long or holds a control character
    NOT_CONFIGURED = "not-configured"  # the chosen printer is not configured here


class ExceptionAnswerError(Exception):
    """An answer that could not be recorded; the message is for logs and tests (English)."""

    def __init__(self, problem: AnswerProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ExceptionItem:
    """One row of the queue. ``subject`` is a job's printer, a conflict's kind, a rejected
    item's kind or a scan's outcome value; ``error`` what a printer or the registry said."""

    kind: ExceptionKind
    keys: tuple[str, ...]  # job id, conflict id, outbox id, or the refused scans' audit ids
    at: datetime
    kiosk_id: str
    registration_id: int | None
    name: str = ""  # the badge name on the roster now; "" when the registration is unknown
    subject: str = ""
    error: str = ""

    @property
    def key(self) -> str:
        return self.keys[0]

    @property
    def count(self) -> int:
        return len(self.keys)


@dataclass(frozen=True, slots=True)
class ExceptionList:
    items: tuple[ExceptionItem, ...]
    printers: tuple[str, ...] = field(default=())  # configured printers, primary first
    now: datetime | None = None  # the desk's clock when the list was read

    def count(self, kind: ExceptionKind) -> int:
        return sum(1 for item in self.items if item.kind is kind)

    @property
    def total(self) -> int:
        return len(self.items)


class ExceptionQueue:
    """The queue and its answers on one thread's database connection (the desk's worker)."""

    def __init__(
        self,
        db: Database,
        jobs: PrintJobs,
        kiosk_id: str,
        clock: Callable[[], datetime],
        zone: ZoneInfo,
    ) -> None:
        self._db = db
        self._jobs = jobs
        self._kiosk_id = kiosk_id
        self._clock = clock
        self._zone = zone

    # --- reading ------------------------------------------------------------------------

    def items(self) -> ExceptionList:
        """Everything that needs a person now, newest first."""
        now = self._clock()
        found = [
            *self._job_items(now),
            *self._conflict_items(),
            *self._rejected_items(),
            *self._scan_items(now),
        ]
        names = answers.badge_names(
            self._db, (i.registration_id for i in found if i.registration_id is not None)
        )
        named = [
            _with_name(item, names.get(item.registration_id or -1, ""))
            for item in sorted(found, key=lambda i: i.at, reverse=True)
        ]
        return ExceptionList(tuple(named), self._jobs.printers.uris, now)

    def _job_items(self, now: datetime) -> list[ExceptionItem]:
        kinds = {
            JobState.UNCONFIRMED: ExceptionKind.UNCONFIRMED,
            JobState.FAILED: ExceptionKind.FAILED,
            JobState.QUEUED: ExceptionKind.WAITING,
        }
        items = []
        for job in journal.open_jobs(self._db):
            kind = kinds.get(job.state)
            at = job.updated_at or job.created_at or now
            # A job queued a moment ago is about to be sent by its kiosk; one queued long ago
            # (held, waiting for a photo, or answered "it did not come out") waits for the desk.
            queued = job.created_at or now
            if kind is None or (kind is ExceptionKind.WAITING and now - queued < WAITING_AFTER):
                continue
            items.append(
                ExceptionItem(
                    kind,
                    (job.id,),
                    at,
                    job.kiosk_id,
                    job.registration_id,
                    "",
                    job.printer,
                    job.error,
                )
            )
        return items

    def _conflict_items(self) -> list[ExceptionItem]:
        conflicts = changes.open_conflicts(self._db, limit=500)
        done = answers.answered(self._db, answers.CONFLICT, (c.id for c in conflicts))
        return [
            ExceptionItem(
                ExceptionKind.CONFLICT, (c.id,), c.opened_at, "", c.registration_id, "", c.kind
            )
            for c in conflicts
            if c.id not in done
        ]

    def _rejected_items(self) -> list[ExceptionItem]:
        return [
            ExceptionItem(
                ExceptionKind.REJECTED,
                (r.item_id,),
                r.created_at,
                r.kiosk_id or self._kiosk_id,
                r.registration_id,
                "",
                r.kind,
                r.error,
            )
            for r in answers.rejected_items(self._db)
        ]

    def _scan_items(self, now: datetime) -> list[ExceptionItem]:
        """Today's refusals; a person refused several times for one reason is one row."""
        midnight = datetime.combine(now.astimezone(self._zone).date(), time(), self._zone)
        scans = answers.refused_scans(self._db, midnight, [o.value for o in NEEDS_PERSON])
        grouped: dict[tuple[str, int] | int, list[answers.RefusedScan]] = {}
        for scan in scans:  # newest first, so each group's first scan is its latest
            key = (
                scan.audit_id
                if scan.registration_id is None
                else (scan.outcome, scan.registration_id)
            )
            grouped.setdefault(key, []).append(scan)
        return [
            ExceptionItem(
                ExceptionKind.REFUSED_SCAN,
                tuple(str(s.audit_id) for s in group),
                group[0].at,
                group[0].kiosk_id,
                group[0].registration_id,
                "",
                group[0].outcome,
            )
            for group in grouped.values()
        ]

    # --- answers ------------------------------------------------------------------------

    def answer_job(self, staff: DeskStaff, job_id: str, came_out: bool) -> PrintJob:
        """ "Did the badge come out?" Yes: it counts as issued. No: queued again for the desk."""
        reason = "came out" if came_out else "did not come out"
        job = self._job_call(lambda: self._jobs.answer(job_id, came_out))
        self._audit(staff, "desk-job-answer", job.registration_id, reason, job.state.value)
        return job

    def retry(self, staff: DeskStaff, job_id: str) -> PrintOutcome:
        """Send a failed job (or one waiting for the desk) again to its printer."""
        outcome = self._job_call(lambda: self._jobs.retry(job_id))
        self._audit_print(staff, "desk-job-retry", outcome, outcome.job.printer)
        return outcome

    def print_now(self, staff: DeskStaff, job_id: str) -> PrintOutcome:
        """Print a job waiting for the desk: its printer first, then each fallback."""
        job = self._job_call(lambda: self._jobs.find(job_id))
        outcome = self._jobs.run(job)
        if not outcome.printed and outcome.job.state is not JobState.FAILED:
            raise ExceptionAnswerError(AnswerProblem.GONE, outcome.error)
        self._audit_print(staff, "desk-job-print", outcome, outcome.job.printer)
        return outcome

    def reroute(self, staff: DeskStaff, job_id: str, printer: str) -> PrintOutcome:
        """Send a failed or waiting job to another configured printer."""
        if printer not in self._jobs.printers.uris:
            raise ExceptionAnswerError(
                AnswerProblem.NOT_CONFIGURED, f"{printer} is not a configured printer"
            )
        outcome = self._job_call(lambda: self._jobs.reroute(job_id, printer))
        self._audit_print(staff, "desk-job-reroute", outcome, printer)
        return outcome

    def cancel(self, staff: DeskStaff, job_id: str, note: str) -> PrintJob:
        """Give a job up, with a note saying why; nothing is printed."""
        try:
            why = clean_reason(note)
        except DeskInputError as exc:
            raise ExceptionAnswerError(AnswerProblem.NOTE, str(exc)) from exc
        job = self._job_call(lambda: self._jobs.cancel(job_id, why))
        self._audit(staff, "desk-job-cancel", job.registration_id, why, job.state.value)
        return job

    def mark_conflict_checked(self, staff: DeskStaff, item: ExceptionItem) -> None:
        self._answer(staff, item, answers.CONFLICT, "checked", "desk-conflict-checked")

    def mark_rejected_seen(self, staff: DeskStaff, item: ExceptionItem) -> None:
        self._answer(staff, item, answers.REJECTED, "seen", "desk-rejected-seen")

    def mark_scan_handled(self, staff: DeskStaff, item: ExceptionItem) -> None:
        self._answer(staff, item, answers.SCAN, "handled", "desk-scan-handled")

    def _answer(
        self, staff: DeskStaff, item: ExceptionItem, kind: str, answer: str, action: str
    ) -> None:
        now = self._clock()
        record = answers.Answer(kind, item.keys, now, self._kiosk_id, staff.staff_id, answer)
        # The reason names what was answered (a conflict's kind, a scan's outcome): no name.
        event = StaffEvent(
            now,
            self._kiosk_id,
            action,
            answer,
            staff.staff_id,
            item.subject,
            "desk",
            item.registration_id,
        )
        if not answers.record_answer(self._db, record, event):
            raise ExceptionAnswerError(AnswerProblem.GONE, f"{kind} {item.key[:8]} was answered")
        log.info("desk %s: %s %s (%s)", staff.staff_id, action, item.key[:8], item.registration_id)

    def _job_call(self, call: Callable[[], _R]) -> _R:
        try:
            return call()
        except PrintJobError as exc:  # another desk answered it, or a kiosk is sending it now
            raise ExceptionAnswerError(AnswerProblem.GONE, str(exc)) from exc

    def _audit_print(self, staff: DeskStaff, action: str, outcome: PrintOutcome, to: str) -> None:
        state = "printed" if outcome.printed else "failed"
        self._audit(staff, action, outcome.job.registration_id, to, state)

    def _audit(
        self, staff: DeskStaff, action: str, registration_id: int, reason: str, outcome: str
    ) -> None:
        add_event(
            self._db,
            StaffEvent(
                self._clock(),
                self._kiosk_id,
                action,
                outcome,
                staff.staff_id,
                reason,
                "desk",
                registration_id,
            ),
        )


def _with_name(item: ExceptionItem, name: str) -> ExceptionItem:
    return replace(item, name=name)


def queue_for(backend: DeskBackend) -> ExceptionQueue:
    """The queue on the desk backend's connection (call on the desk's worker thread)."""
    zone = ZoneInfo(backend.service.event.timezone)
    return ExceptionQueue(backend.db, backend.jobs, backend.kiosk_id, backend.clock, zone)
