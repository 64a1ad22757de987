"""The check-in use case: a scanned text in, a decision, a journal entry and a printed badge out."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.core.badge_codes import is_badge_text
from kiosk.core.badge_layout import BadgeContent
from kiosk.core.checkin import (
    FROM_PROBLEM,
    CheckInFacts,
    Decision,
    Outcome,
    decide,
    decide_matched,
)
from kiosk.core.credentials import (
    Credential,
    CredentialError,
    CredentialProblem,
    is_foreign_digit_text,
    verify_credential,
)
from kiosk.core.door_check import DoorDecision, DoorVerdict
from kiosk.core.foreign_codes import CodeKind, ForeignCode, recognise
from kiosk.core.model import BadgeCategory, CheckIn, Event, Participant, ScanSource
from kiosk.core.photos import PhotoPolicy, PhotoStep, step_for
from kiosk.core.staff import SignIn, StaffAction, StaffCredential
from kiosk.core.translations import NO_TRANSLATIONS, no_translations
from kiosk.printing.base import PrinterState, PrintResult
from kiosk.scan.layouts import Candidate, digit_candidates
from kiosk.services import staff
from kiosk.services.badges import (
    BadgeDesigner,
    badge_qr_text,
    format_event_dates,
    print_test_page,
)
from kiosk.services.door_check import decide_for, device_keyring
from kiosk.services.photos import save_photo
from kiosk.services.printing import ASK_STAFF, PrintJobs, PrintSetup
from kiosk.services.programme import ProgrammeService
from kiosk.services.ticket_check import TicketCheck
from kiosk.store import Database, events, journal, keys, participants
from kiosk.store.journal import AuditEntry, JobState, PrintJob

log = logging.getLogger(__name__)

MAX_SCAN_CHARS = 4096  # longer input is junk; it is refused before any parsing
# Refusals that say nothing about anyone on this kiosk: no name, category or badge is shown.
_NAMELESS = frozenset({Outcome.WRONG_EVENT})


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What the kiosk tells the person (and `kiosk scan`) after a scan."""

    outcome: Outcome
    registration_id: int | None = None
    badge_version: int = 0
    badge_name: str = ""
    category_code: str = ""
    category_label: str = ""
    category_label_translations: Mapping[str, str] = field(
        default_factory=no_translations, hash=False
    )
    category_colour: str = ""
    printed: tuple[str, ...] = field(default=())
    print_error: str = ""  # for staff and `kiosk scan`, in English; screens use printer_state
    printer_state: PrinterState = PrinterState.UNKNOWN  # what a failed printer reported
    collected_at: datetime | None = None
    code_kind: CodeKind | None = None  # None: not a code at all (junk, empty)
    layout: str = ""  # the keyboard-layout mismatch the digits were recovered from, if any
    # The last print of this badge was cut off: only staff can tell whether it came out.
    print_unconfirmed: bool = False
    # This scan wrote a check-in to the journal (a scan that resumed an open job wrote none).
    journalled: bool = False
    # Checked in, badge queued but not printed: it waits for a photo (docs/photos.md).
    photo_step: PhotoStep = PhotoStep.NONE
    # No printer could print: the badge's job waits (queued) for the desk or the next scan.
    print_held: bool = False

    @property
    def is_success(self) -> bool:
        return self.outcome.is_success and not self.print_error


class CheckInService:
    """Runs on one thread with its own database connection."""

    def __init__(
        self,
        db: Database,
        printing: PrintSetup,
        kiosk_id: str,
        clock: Callable[[], datetime],
        photo_policy: PhotoPolicy = PhotoPolicy.OFF,
    ) -> None:
        self._db = db
        self._photo_policy = photo_policy
        self._photos_dir = printing.photos_dir
        self._kiosk_id = kiosk_id
        self._clock = clock
        event = events.load_event(db)
        if event is None:
            raise LookupError("the database holds no event; run `kiosk init-demo` or import one")
        self.event: Event = event
        self._zone = ZoneInfo(event.timezone)
        self._categories = events.load_categories(db, event.id)
        self._keyring = keys.load_keyring(db)
        self._device_keys = device_keyring(db)
        self._tickets = TicketCheck(db)  # other registries' lists and signed tickets
        designer = BadgeDesigner(
            event, self._categories, printing.template, printing.photos_dir, printing.device_key
        )
        self.jobs = PrintJobs(db, printing, designer, kiosk_id, clock)
        self.programme = ProgrammeService(db, event, clock)  # the sessions board reads it here
        self._printing = printing

    def staff_sign_in(self, credentials: Sequence[StaffCredential], secret: str) -> SignIn:
        """A staff PIN or staff QR at this kiosk (slow: scrypt), audited; see services.staff."""
        return staff.sign_in(self._db, credentials, secret, self._kiosk_id, self._clock())

    def record_staff_action(self, staff_id: str, action: StaffAction) -> None:
        staff.record_action(self._db, self._kiosk_id, staff_id, action, self._clock())

    def print_test_page(self, uri: str | None = None) -> PrintResult:
        """The test page on the primary printer (the staff menu) or on ``uri``, one of the
        configured printers (the desk's Operations page)."""
        printers = self._printing.printers
        printer = printers.get(uri or printers.primary)
        return print_test_page(printer, self._printing.size, self._clock())

    def reload_keys(self) -> None:
        self._keyring = keys.load_keyring(self._db)
        self._device_keys = device_keyring(self._db)
        self._tickets.reload()

    def scan(self, text: str, source: ScanSource, *, hold_print: bool = False) -> ScanResult:
        """Check a scanned text and, if it admits someone, journal and print their badge.

        With ``hold_print`` (no printer can print now) the check-in and its print job are
        journalled but nothing is sent: the job stays queued for the desk or the next scan.
        """
        now = self._clock()
        text = text.strip()
        result = self.check(text, now)
        if result.outcome is Outcome.CHECKED_IN:
            result = self._check_in_and_print(result, source, now, hold_print)
        self._audit(now, result, source, len(text))
        return result

    def check(self, text: str, now: datetime) -> ScanResult:
        """The decision for a scanned text, with no side effects (nothing journalled or printed)."""
        if not text:
            return ScanResult(Outcome.EMPTY)
        if len(text) > MAX_SCAN_CHARS:
            return ScanResult(Outcome.MALFORMED)
        badge_readings = _badge_readings(text)
        if badge_readings:
            return self._check_badge(badge_readings)
        foreign = recognise(text)
        if foreign is not None:
            return self._check_foreign(foreign, text, now)
        verified = self._verify(text)
        if isinstance(verified, CredentialProblem):
            kind = None if verified is CredentialProblem.MALFORMED else CodeKind.CREDENTIAL
            return ScanResult(FROM_PROBLEM[verified], code_kind=kind)
        credential, layout = verified
        facts = self._facts(credential, now)
        decision = decide(credential, facts)
        result = self._describe(decision, credential.badge_name, facts)
        return replace(result, code_kind=CodeKind.CREDENTIAL, layout=layout)

    def _facts(self, credential: Credential, now: datetime) -> CheckInFacts:
        """What this kiosk knows about the registration a verified code names. A code of another
        event learns nothing about the local registration that happens to share its number."""
        ours = credential.event_id == self.event.id
        reg = credential.registration_id
        person = participants.get_participant(self._db, reg) if ours else None
        found = journal.collection(self._db, reg) if ours else journal.Collection(reg)
        if person is not None and credential.reissue > person.reissue:
            log.info(
                "code for %s carries reissue %d, roster %d", reg, credential.reissue, person.reissue
            )
        return CheckInFacts(
            event=self.event,
            today=now.astimezone(self._zone).date(),
            participant=person,
            category=self._category_for(credential, person) if ours else None,
            pair_revoked=keys.is_pair_revoked(self._db, reg, credential.reissue),
            collected_at=found.collected_at,
            journal_version=found.badge_version,
            now=now,
        )

    def preview(self, text: str) -> ScanResult:
        """What a scan of ``text`` would get now, with nothing journalled or printed (scan-test)."""
        return self.check(text.strip(), self._clock())

    def _verify(self, text: str) -> tuple[Credential, str] | CredentialProblem:
        """The credential in ``text``, or in the first reading of it through a mismatched keyboard
        layout whose signature verifies (docs/scanning.md); else the problem with the first try."""
        if is_foreign_digit_text(text):
            return CredentialProblem.MALFORMED  # digits of a script codes never arrive in
        problem: CredentialProblem | None = None
        for candidate in digit_candidates(text) or (Candidate(text),):
            try:
                credential = verify_credential(candidate.text, self._keyring)
            except CredentialError as exc:
                problem = problem or exc.problem
                continue
            if candidate.layouts:
                log.info("code typed through a mismatched keyboard layout: %s", candidate.mapping)
            return credential, candidate.mapping
        return problem or CredentialProblem.MALFORMED

    def _check_badge(self, readings: tuple[Candidate, ...]) -> ScanResult:
        """Someone showed a badge to the kiosk: say whether it is their valid badge (already
        collected) or why not; a badge QR never prints anything."""
        decision, layout = self._best_badge_reading(readings)
        outcome = _DOOR_OUTCOMES[decision.verdict]
        log.info("badge QR shown to the kiosk: %s", decision.verdict.value)
        badge = decision.badge
        if badge is None or not badge.is_signed or decision.verdict in _UNREADABLE:
            return ScanResult(outcome, code_kind=CodeKind.BADGE, layout=layout)
        person = participants.get_participant(self._db, badge.registration_id)
        return ScanResult(
            outcome,
            registration_id=badge.registration_id,
            badge_version=badge.badge_version,
            collected_at=person.collected_at if person else None,
            code_kind=CodeKind.BADGE,
            layout=layout,
        )

    def _best_badge_reading(self, readings: tuple[Candidate, ...]) -> tuple[DoorDecision, str]:
        """The first reading whose signature verifies, else the first reading."""
        decisions = [
            (decide_for(self._db, r.text, self.event.id, self._device_keys, False), r.mapping)
            for r in readings
        ]
        return next((d for d in decisions if d[0].verdict not in _UNREADABLE), decisions[0])

    def _check_foreign(self, code: ForeignCode, text: str, now: datetime) -> ScanResult:
        """An unsigned code admits only through the roster entry that holds its secret, and
        never when the registry revoked or blocked the secret; with no roster entry, a signed
        ticket is told apart from a forged one (services/ticket_check.py)."""
        if code.secret_hash is None:
            return ScanResult(Outcome.UNSUPPORTED_VERSION, code_kind=code.kind)
        registration = participants.find_by_secret(self._db, code.secret_hash)
        listed = self._tickets.listed(code.secret_hash)
        if listed is not None:
            return ScanResult(listed, registration, code_kind=code.kind)
        today = now.astimezone(self._zone).date()
        if registration is None and code.kind is CodeKind.OPAQUE:
            open_today = self.event.accepts_day(today)
            outcome = self._tickets.unmatched(text, now, event_open_today=open_today)
            return ScanResult(outcome, code_kind=code.kind)
        person = participants.get_participant(self._db, registration) if registration else None
        category = next((c for c in self._categories if person and c.code == person.category), None)
        found = journal.collection(self._db, registration) if registration else None
        facts = CheckInFacts(
            self.event,
            today,
            person,
            category,
            collected_at=found.collected_at if found else None,
            journal_version=found.badge_version if found else 0,
        )
        log.info("%s code matches registration %s", code.kind.value, registration)
        result = self._describe(decide_matched(facts), "", facts)
        return replace(result, code_kind=code.kind)

    def _category_for(
        self, credential: Credential, person: Participant | None
    ) -> BadgeCategory | None:
        for category in self._categories:
            if person is not None and category.code == person.category:
                return category
            if person is None and category.number == credential.category:
                return category
        return None

    def _describe(self, decision: Decision, embedded_name: str, facts: CheckInFacts) -> ScanResult:
        person, category = facts.participant, facts.category
        if decision.outcome in _NAMELESS:
            return ScanResult(decision.outcome, decision.registration_id)
        return ScanResult(
            outcome=decision.outcome,
            registration_id=decision.registration_id,
            badge_version=decision.badge_version or (person.badge_version if person else 0),
            badge_name=person.badge_name if person else embedded_name,
            category_code=category.code if category else "",
            category_label=category.label if category else "",
            category_label_translations=(
                category.label_translations if category else NO_TRANSLATIONS
            ),
            category_colour=category.colour if category else "",
            collected_at=facts.collected_at or (person.collected_at if person else None),
        )

    def _check_in_and_print(
        self, result: ScanResult, source: ScanSource, now: datetime, hold_print: bool
    ) -> ScanResult:
        assert result.registration_id is not None
        open_job = journal.open_job_for(self._db, result.registration_id)
        if open_job is not None:
            return self._resume(result, open_job, hold_print)
        person = participants.get_participant(self._db, result.registration_id)
        job = self.jobs.new_job(self._badge_content(result, person))
        check_in = CheckIn(
            str(uuid.uuid4()), result.registration_id, self.event.id, now, self._kiosk_id, source
        )
        walk_in = self._walk_in(result) if person is None else None
        found = journal.record_check_in(self._db, check_in, job, walk_in)
        if found is None:
            if hold_print:
                log.info("printing held for %s: no printer can print", result.registration_id)
                return replace(result, journalled=True, print_held=True)
            return self._print_or_wait(replace(result, journalled=True), job, person)
        if found.open_job is not None:  # another process queued it a moment ago
            return self._resume(result, found.open_job, hold_print)
        log.info("registration %s collected meanwhile: no second badge", found.registration_id)
        return replace(
            result,
            outcome=Outcome.ALREADY_COLLECTED,
            badge_version=found.badge_version,
            collected_at=found.collected_at,
        )

    def _walk_in(self, result: ScanResult) -> Participant:
        """A provisional participant from a walk-in code's embedded name, synced later."""
        assert result.registration_id is not None
        return Participant(
            registration_id=result.registration_id,
            event_id=self.event.id,
            given_name="",
            family_name="",
            badge_name=result.badge_name,
            category=result.category_code,
            is_provisional=True,
        )

    def _resume(self, result: ScanResult, job: PrintJob, hold_print: bool) -> ScanResult:
        """The person has a job already: print a queued or failed one (they are here and asking);
        never reprint one whose print was cut off, since only staff can tell if it came out."""
        result = replace(result, badge_version=job.badge_version)
        if job.state in (JobState.UNCONFIRMED, JobState.SENT):
            log.info("scan for %s while job %s is %s", job.registration_id, job.id[:8], job.state)
            return replace(result, print_error=ASK_STAFF, print_unconfirmed=True)
        if hold_print:
            return replace(result, print_held=True)
        person = participants.get_participant(self._db, job.registration_id)
        return self._print_or_wait(result, job, person)

    def _print_or_wait(
        self, result: ScanResult, job: PrintJob, person: Participant | None
    ) -> ScanResult:
        """Print, unless a queued badge still needs its photo: then the job waits for it."""
        category = next((c for c in self._categories if c.code == result.category_code), None)
        step = step_for(self._photo_policy, category, person)
        if step is PhotoStep.NONE or job.state is not JobState.QUEUED:
            return self._print(result, job)
        log.info("registration %s checked in; the badge waits for a photo", job.registration_id)
        return replace(result, photo_step=step)

    def attach_photo(self, result: ScanResult, jpeg: bytes) -> ScanResult:
        """Keep the photo just taken, put it on the waiting badge and print the badge."""
        assert result.registration_id is not None
        done = replace(result, photo_step=PhotoStep.NONE)
        job = self.keep_photo(result.registration_id, jpeg, "taken")
        if job is None:
            return done
        done = replace(done, badge_version=job.badge_version)
        return (
            self._print(done, job)
            if job.state is JobState.QUEUED
            else self._resume(done, job, False)
        )

    def keep_photo(self, registration_id: int, jpeg: bytes, how: str) -> PrintJob | None:
        """Store the person's photo (queued for upload) and put it on their open badge job, if
        it is not sent yet; returns that job (not printed) or None. ``how`` goes to the audit."""
        assert self._photos_dir is not None
        now = self._clock()
        save_photo(self._db, self._photos_dir, registration_id, jpeg, (now, self._kiosk_id))
        self._audit_photo(now, registration_id, how)
        job = journal.open_job_for(self._db, registration_id)
        if job is None or job.state is not JobState.QUEUED:
            return job
        person = participants.get_participant(self._db, registration_id)
        content = self.jobs.designer.content(registration_id, job.badge_version, person)
        journal.set_queued_content(self._db, job.id, content, now)
        return job

    def skip_photo(self, result: ScanResult, step: PhotoStep, reason: str) -> ScanResult:
        """No photo now (``reason``: declined, timeout, camera-lost ...): the badge waits at the
        desk, queued, and a later scan offers the photo again."""
        if result.registration_id is not None:
            self._audit_photo(self._clock(), result.registration_id, reason)
        return replace(result, photo_step=step)

    def _audit_photo(self, now: datetime, registration_id: int, what: str) -> None:
        entry = AuditEntry(now, self._kiosk_id, "photo", what, registration_id, "kiosk")
        journal.add_audit(self._db, entry)

    def _print(self, result: ScanResult, job: PrintJob) -> ScanResult:
        outcome = self.jobs.run(job)
        if not outcome.printed:
            return replace(result, print_error=outcome.error, printer_state=outcome.printer_state)
        return replace(result, printed=outcome.outputs)

    def _badge_content(self, result: ScanResult, person: Participant | None) -> BadgeContent:
        assert result.registration_id is not None
        return self.jobs.designer.content(
            result.registration_id,
            result.badge_version,
            person,
            badge_name=result.badge_name,
            category_code=result.category_code,
        )

    def _audit(self, now: datetime, result: ScanResult, source: ScanSource, length: int) -> None:
        detail = f"input {length} chars"
        if result.print_error:
            detail += "; print failed"
        if result.print_held:
            detail += "; print held for the desk"
        kind = result.code_kind
        if kind is not None and kind is not CodeKind.CREDENTIAL:
            detail += f"; {kind.value} code"
        if result.layout:
            detail += f"; keyboard layout {result.layout}"
        entry = AuditEntry(
            now,
            self._kiosk_id,
            "scan",
            result.outcome.value,
            result.registration_id,
            source.value,
            detail,
        )
        journal.add_audit(self._db, entry)
        log.info(
            "scan from %s: %s (registration %s, %d chars)",
            source.value,
            result.outcome.value,
            result.registration_id,
            length,
        )


# A badge QR at the kiosk: its own valid badge is "already collected"; an old or losing one is
# "replaced"; an unsigned B1 is a format the kiosk does not read (staff check it at the desk).
_DOOR_OUTCOMES = {
    DoorVerdict.VALID: Outcome.ALREADY_COLLECTED,
    DoorVerdict.MALFORMED: Outcome.MALFORMED,
    DoorVerdict.UNSIGNED: Outcome.UNSUPPORTED_VERSION,
    DoorVerdict.UNKNOWN_KEY: Outcome.UNKNOWN_KEY,
    DoorVerdict.KEY_REVOKED: Outcome.KEY_REVOKED,
    DoorVerdict.BAD_SIGNATURE: Outcome.BAD_SIGNATURE,
    DoorVerdict.SUPERSEDED: Outcome.SUPERSEDED,
    DoorVerdict.NOT_ISSUED: Outcome.SUPERSEDED,
    DoorVerdict.REVOKED: Outcome.REVOKED,
}
_UNREADABLE = (
    DoorVerdict.MALFORMED,
    DoorVerdict.BAD_SIGNATURE,
    DoorVerdict.UNKNOWN_KEY,
    DoorVerdict.KEY_REVOKED,
    DoorVerdict.UNSIGNED,
)


def _badge_readings(text: str) -> tuple[Candidate, ...]:
    """The readings of ``text`` that are badge QR codes (through a mismatched layout too)."""
    return tuple(c for c in digit_candidates(text) or (Candidate(text),) if is_badge_text(c.text))


# Kept importable from here: the badge QR and dates now live with the print-job use cases.
__all__ = ["CheckInService", "ScanResult", "badge_qr_text", "format_event_dates"]
