"""The print-job use cases: every badge is journalled before a byte is sent, then sent, retried,
rerouted, cancelled or confirmed by staff. docs/print-journal.md tells the story for operators.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.core.badge_codes import signing_key_id
from kiosk.core.badge_layout import BadgeContent, BadgeSize
from kiosk.core.model import BadgeIssue, Participant, ParticipantStatus
from kiosk.core.templates import DEFAULT_TEMPLATE, BadgeTemplate
from kiosk.printing.base import Printer, PrinterError, PrinterState, PrintResult, RenderedBadge
from kiosk.services.badges import BadgeDesigner
from kiosk.services.device_key import DeviceKey
from kiosk.store import Database, journal, participants
from kiosk.store.journal import AuditEntry, JobState, PrintJob

log = logging.getLogger(__name__)

MAX_REASON_CHARS = 200
MAX_RETRIES = 5
# Shown to the person at the kiosk when a print of their badge was cut off: only staff can tell
# whether it came out, so the kiosk does not print again by itself.
ASK_STAFF = "Your badge may already have been printed. Please ask at the accreditation desk."


class PrintJobError(Exception):
    """A print-job request that cannot be done now; the message says why and what to do."""


# --- printers ---------------------------------------------------------------------------------


class PrinterSet:
    """The printers configured on this kiosk, primary first; each is opened on first use."""

    def __init__(self, uris: Sequence[str], opener: Callable[[str], Printer]) -> None:
        self.uris = tuple(dict.fromkeys(u.strip() for u in uris if u.strip()))
        if not self.uris:
            raise PrinterError("No printer is configured: set [printer] uri in settings.toml.")
        self._opener = opener
        self._open: dict[str, Printer] = {}

    @classmethod
    def of(cls, *printers: Printer) -> PrinterSet:
        """Printers already open, in order (tests, benchmarks, `kiosk print-test`)."""
        by_uri = {printer.uri: printer for printer in printers}
        return cls(list(by_uri), by_uri.__getitem__)

    @property
    def primary(self) -> str:
        return self.uris[0]

    def get(self, uri: str) -> Printer:
        if uri not in self.uris:
            raise PrinterError(
                f"The printer {uri} is no longer configured on this kiosk; reroute the job."
            )
        if uri not in self._open:
            self._open[uri] = self._opener(uri)
        return self._open[uri]

    def route(self, first: str) -> tuple[str, ...]:
        """``first``, then every other configured printer in order (the fallbacks)."""
        return (first, *(uri for uri in self.uris if uri != first))


# --- print jobs -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    """What happened to a job: as the journal now holds it, with the files written or the error."""

    job: PrintJob
    outputs: tuple[str, ...] = ()
    error: str = ""  # for staff and logs, in English
    printer_state: PrinterState = PrinterState.UNKNOWN  # what the printer said, when it failed

    @property
    def printed(self) -> bool:
        return self.job.state is JobState.DONE and not self.error


@dataclass(frozen=True, slots=True)
class SheetIssue:
    issued: tuple[int, ...]  # registration ids whose badge is on the sheet
    skipped: tuple[int, ...]  # people with a print job still open


@dataclass(frozen=True, slots=True)
class PrintSetup:
    """How this kiosk prints: its printers (primary first), the badge stock, the template, the
    folder of photos and how often a failed print is retried on the same printer."""

    printers: PrinterSet
    size: BadgeSize
    template: BadgeTemplate = DEFAULT_TEMPLATE
    photos_dir: Path | None = None
    retries: int = 0
    device_key: DeviceKey | None = None  # signs badge QR codes (B2); None: unsigned B1

    @classmethod
    def of(cls, printer: Printer | PrinterSet, size: BadgeSize, **options: Any) -> PrintSetup:
        """A setup around printers already open (tests, benchmarks, `kiosk print-test`)."""
        printers = printer if isinstance(printer, PrinterSet) else PrinterSet.of(printer)
        return cls(printers, size, **options)


class PrintJobs:
    """Print-job use cases on one thread's database connection."""

    def __init__(
        self,
        db: Database,
        setup: PrintSetup,
        designer: BadgeDesigner,
        kiosk_id: str,
        clock: Callable[[], datetime],
    ) -> None:
        self._db = db
        self.db = db
        self.printers = setup.printers
        self._size = setup.size
        self.designer = designer
        self._kiosk_id = kiosk_id
        self._clock = clock
        self._retries = max(0, min(MAX_RETRIES, setup.retries))

    @property
    def size(self) -> BadgeSize:
        """The badge stock this kiosk prints on (the desk's badge preview draws at its size)."""
        return self._size

    def new_job(self, content: BadgeContent, reason: str = "first") -> PrintJob:
        """A queued job for ``content`` on the primary printer (not yet stored)."""
        return PrintJob(
            id=str(uuid.uuid4()),
            registration_id=content.registration_id,
            badge_version=content.badge_version,
            printer=self.printers.primary,
            state=JobState.QUEUED,
            reason=reason,
            kiosk_id=self._kiosk_id,
            content=content,
        )

    def run(self, job: PrintJob) -> PrintOutcome:
        """Send a stored job: its printer (retried as configured), then each fallback in turn."""
        outcome = PrintOutcome(job, error="no printer was tried")
        for uri in self.printers.route(job.printer):
            for _ in range(1 + self._retries):
                outcome = self._send(job.id, uri)
                if outcome.printed or outcome.job.state is not JobState.FAILED:
                    return outcome
        return outcome

    def _send(self, job_id: str, uri: str) -> PrintOutcome:
        """One attempt: claim the job (committed), send the bytes, journal what happened."""
        if not journal.mark_sent(self._db, job_id, uri, self._clock()):
            job = self._job(job_id)
            return PrintOutcome(job, error=f"the job is {job.state.value}, not waiting to print")
        job = self._job(job_id)
        try:
            content = job.content or self._rebuild(job)
            result = self.printers.get(uri).print_badge(RenderedBadge(content, self._size))
            job = replace(job, content=content)
        except PrinterError as exc:
            log.warning(
                "print job %s (%s v%d) failed on %s: %s",
                job.id[:8],
                job.registration_id,
                job.badge_version,
                uri,
                exc,
            )
            journal.record_print_failed(self._db, job.id, self._clock(), str(exc))
            return PrintOutcome(self._job(job_id), error=str(exc), printer_state=exc.state)
        self._record_printed(job, result)
        log.info("badge v%d printed for %s on %s", job.badge_version, job.registration_id, uri)
        return PrintOutcome(self._job(job_id), outputs=result.outputs)

    def _record_printed(self, job: PrintJob, result: PrintResult) -> None:
        issue = BadgeIssue(
            str(uuid.uuid4()),
            job.registration_id,
            job.badge_version,
            self._clock(),
            self._kiosk_id,
            result.printer,
            job.reason,
            signing_key_id(job.content.qr_text) if job.content else None,
        )
        journal.record_badge_printed(self._db, replace(job, output=";".join(result.outputs)), issue)

    def _rebuild(self, job: PrintJob) -> BadgeContent:
        """Content for a job journalled before contents were stored (schema 1)."""
        person = participants.get_participant(self._db, job.registration_id)
        return self.designer.content(job.registration_id, job.badge_version, person)

    # --- staff actions ----------------------------------------------------------------------

    def find(self, reference: str) -> PrintJob:
        """The job whose id is or starts with ``reference`` (at least 4 characters)."""
        text = reference.strip().lower()
        job = journal.get_job(self._db, text)
        if job is not None:
            return job
        found = journal.find_jobs(self._db, text) if len(text) >= 4 else []
        if len(found) != 1:
            what = "no print job" if not found else f"{len(found)} print jobs"
            raise PrintJobError(
                f"{what} matches '{reference}'; give more of the id (see `kiosk jobs`)"
            )
        return found[0]

    def retry(self, reference: str) -> PrintOutcome:
        """Send a failed or queued job again, to the printer it was for."""
        job = self._expect(self.find(reference), (JobState.FAILED, JobState.QUEUED), "retry")
        outcome = self._send(job.id, job.printer)
        self._audit("print-retry", outcome, job.printer)
        return outcome

    def reroute(self, reference: str, printer: str) -> PrintOutcome:
        """Send a failed or queued job to another configured printer (a URI or its number)."""
        uri = self._configured(printer)
        job = self._expect(self.find(reference), (JobState.FAILED, JobState.QUEUED), "reroute")
        journal.requeue(self._db, job.id, self._clock(), printer=uri)
        outcome = self._send(job.id, uri)
        self._audit("print-reroute", outcome, uri)
        return outcome

    def cancel(self, reference: str, note: str = "") -> PrintJob:
        """Give up a job that is not being sent right now; nothing is printed."""
        allowed = (JobState.QUEUED, JobState.FAILED, JobState.UNCONFIRMED)
        job = self._expect(self.find(reference), allowed, "cancel")
        journal.cancel_job(self._db, job.id, self._clock(), note.strip() or "cancelled by staff")
        outcome = PrintOutcome(self._job(job.id))
        self._audit("print-cancel", outcome, job.printer)
        return outcome.job

    def answer(self, reference: str, came_out: bool) -> PrintJob:
        """Staff's answer for a job cut off by a stop: "did the badge come out?".

        Yes: the badge counts as issued (done). No: the job is queued again, to retry or reroute.
        """
        job = self._expect(self.find(reference), (JobState.UNCONFIRMED,), "answer")
        if came_out:
            self._record_printed(job, PrintResult(job.printer, tuple(filter(None, [job.output]))))
        else:
            journal.requeue(self._db, job.id, self._clock())
        outcome = PrintOutcome(self._job(job.id))
        self._audit("print-answer", outcome, "came out" if came_out else "did not come out")
        return outcome.job

    def reprint(self, registration_id: int, reason: str) -> PrintOutcome:
        """A new badge version for someone (lost, damaged, corrected): the old one is deactivated
        once the new one is printed."""
        why = " ".join(reason.split())
        if not why or len(why) > MAX_REASON_CHARS:
            raise PrintJobError(
                f"a reprint needs a reason of 1 to {MAX_REASON_CHARS} characters "
                "(lost, damaged, name corrected ...)"
            )
        person = self._printable(registration_id)
        content = self.designer.content(registration_id, person.badge_version + 1, person)
        job = self.new_job(content, reason=why)
        if not journal.add_job(self._db, job, self._clock()):
            raise self._busy(registration_id)
        outcome = self.run(job)
        self._audit("reprint", outcome, outcome.job.printer)
        return outcome

    def issue_sheet(
        self,
        contents: Sequence[BadgeContent],
        target: str,
        write: Callable[[list[BadgeContent]], None],
    ) -> SheetIssue:
        """Badges pre-printed on a sheet: each journalled (queued, then sent) before ``write``
        makes the file of the badges journalled, and issued once it is written. People with an
        open job are left off."""
        now = self._clock()
        jobs, skipped = [], []
        for content in contents:
            job = replace(self.new_job(content, reason="pre-printed sheet"), printer=target)
            if not journal.add_job(self._db, job, now):
                skipped.append(content.registration_id)
                continue
            journal.mark_sent(self._db, job.id, target, now)
            jobs.append(job)
        try:
            write([job.content for job in jobs if job.content is not None])
        except (OSError, PrinterError) as exc:
            for job in jobs:
                journal.record_print_failed(self._db, job.id, self._clock(), str(exc))
            raise PrintJobError(f"the sheet {target} was not written: {exc}") from exc
        for job in jobs:
            self._record_printed(job, PrintResult(target, (target,)))
        return SheetIssue(tuple(j.registration_id for j in jobs), tuple(skipped))

    def _printable(self, registration_id: int) -> Participant:
        person = participants.get_participant(self._db, registration_id)
        if person is None:
            raise PrintJobError(f"registration {registration_id} is not on this kiosk's roster")
        if person.status is not ParticipantStatus.REGISTERED:
            raise PrintJobError(
                f"registration {registration_id} is {person.status.value}: no badge may be printed"
            )
        if journal.open_job_for(self._db, registration_id) is not None:
            raise self._busy(registration_id)
        return person

    def _busy(self, registration_id: int) -> PrintJobError:
        job = journal.open_job_for(self._db, registration_id)
        state = job.state.value if job else "open"
        ref = job.id[:8] if job else "?"
        return PrintJobError(
            f"registration {registration_id} already has a print job {ref} ({state}): "
            "retry, reroute, answer or cancel it first (`kiosk jobs`)"
        )

    def _configured(self, printer: str) -> str:
        text = printer.strip()
        if text.isdigit() and 1 <= int(text) <= len(self.printers.uris):
            return self.printers.uris[int(text) - 1]
        if text in self.printers.uris:
            return text
        listed = "; ".join(f"{n}: {uri}" for n, uri in enumerate(self.printers.uris, 1))
        raise PrintJobError(f"'{printer}' is not a configured printer; choose one of {listed}")

    def _expect(self, job: PrintJob, allowed: tuple[JobState, ...], action: str) -> PrintJob:
        if job.state not in allowed:
            states = " or ".join(s.value for s in allowed)
            raise PrintJobError(
                f"cannot {action} job {job.id[:8]}: it is {job.state.value} (only {states})"
            )
        return job

    def _job(self, job_id: str) -> PrintJob:
        job = journal.get_job(self._db, job_id)
        if job is None:
            raise PrintJobError(f"print job {job_id} vanished from the journal")
        return job

    def _audit(self, action: str, outcome: PrintOutcome, detail: str) -> None:
        job = outcome.job
        entry = AuditEntry(
            self._clock(),
            self._kiosk_id,
            action,
            job.state.value if not outcome.error else "failed",
            job.registration_id,
            "staff",
            f"job {job.id[:8]} v{job.badge_version}; {detail}",
        )
        journal.add_audit(self._db, entry)


def recover_interrupted(db: Database, now: datetime, kiosk_id: str) -> list[PrintJob]:
    """At start: jobs left 'sent' by a stop become 'unconfirmed' until staff answer for them."""
    stuck = journal.mark_interrupted(db, now)
    for job in stuck:
        log.warning(
            "print job %s (%s v%d) was cut off by a stop: staff must say if it came out",
            job.id[:8],
            job.registration_id,
            job.badge_version,
        )
        journal.add_audit(
            db,
            AuditEntry(
                now,
                kiosk_id,
                "print-recover",
                job.state.value,
                job.registration_id,
                "start",
                f"job {job.id[:8]} v{job.badge_version}",
            ),
        )
    return stuck
