"""The check-in use case: a scanned text in, a decision, a journal entry and a printed badge out."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.core.badge_layout import BadgeContent, BadgeSize
from kiosk.core.checkin import FROM_PROBLEM, CheckInFacts, Decision, Outcome, decide
from kiosk.core.credentials import Credential, CredentialError, verify_credential
from kiosk.core.model import BadgeCategory, BadgeIssue, CheckIn, Event, Participant, ScanSource
from kiosk.printing.base import Printer, PrinterError, RenderedBadge
from kiosk.store import Database, events, journal, keys, participants
from kiosk.store.journal import AuditEntry, JobState, PrintJob

log = logging.getLogger(__name__)

MAX_SCAN_CHARS = 4096  # longer input is junk; it is refused before any parsing


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What the kiosk tells the person (and `kiosk scan`) after a scan."""

    outcome: Outcome
    registration_id: int | None = None
    badge_version: int = 0
    badge_name: str = ""
    category_code: str = ""
    category_label: str = ""
    category_colour: str = ""
    printed: tuple[str, ...] = field(default=())
    print_error: str = ""
    collected_at: datetime | None = None

    @property
    def is_success(self) -> bool:
        return self.outcome.is_success and not self.print_error


class CheckInService:
    """Runs on one thread with its own database connection."""

    def __init__(
        self,
        db: Database,
        printer: Printer,
        badge_size: BadgeSize,
        kiosk_id: str,
        clock: Callable[[], datetime],
        photos_dir: Path | None = None,
    ) -> None:
        self._db = db
        self._printer = printer
        self._size = badge_size
        self._kiosk_id = kiosk_id
        self._clock = clock
        self._photos = photos_dir
        event = events.load_event(db)
        if event is None:
            raise LookupError("the database holds no event; run `kiosk init-demo` or import one")
        self.event: Event = event
        self._zone = ZoneInfo(event.timezone)
        self._categories = events.load_categories(db, event.id)
        self._keyring = keys.load_keyring(db)

    def reload_keys(self) -> None:
        self._keyring = keys.load_keyring(self._db)

    def scan(self, text: str, source: ScanSource) -> ScanResult:
        """Check a scanned text and, if it admits someone, journal and print their badge."""
        now = self._clock()
        text = text.strip()
        result = self.check(text, now)
        if result.outcome is Outcome.CHECKED_IN:
            result = self._check_in_and_print(result, source, now)
        self._audit(now, result, source, len(text))
        return result

    def check(self, text: str, now: datetime) -> ScanResult:
        """The decision for a scanned text, with no side effects (nothing journalled or printed)."""
        if not text:
            return ScanResult(Outcome.EMPTY)
        if len(text) > MAX_SCAN_CHARS:
            return ScanResult(Outcome.MALFORMED)
        try:
            credential = verify_credential(text, self._keyring)
        except CredentialError as exc:
            return ScanResult(FROM_PROBLEM[exc.problem])
        person = participants.get_participant(self._db, credential.registration_id)
        category = self._category_for(credential, person)
        facts = CheckInFacts(
            event=self.event,
            today=now.astimezone(self._zone).date(),
            participant=person,
            category=category,
            pair_revoked=keys.is_pair_revoked(
                self._db, credential.registration_id, credential.reissue
            ),
        )
        decision = decide(credential, facts)
        return self._describe(decision, credential, person, category)

    def _category_for(
        self, credential: Credential, person: Participant | None
    ) -> BadgeCategory | None:
        for category in self._categories:
            if person is not None and category.code == person.category:
                return category
            if person is None and category.number == credential.category:
                return category
        return None

    def _describe(
        self,
        decision: Decision,
        credential: Credential,
        person: Participant | None,
        category: BadgeCategory | None,
    ) -> ScanResult:
        return ScanResult(
            outcome=decision.outcome,
            registration_id=decision.registration_id,
            badge_version=decision.badge_version or (person.badge_version if person else 0),
            badge_name=person.badge_name if person else credential.badge_name,
            category_code=category.code if category else "",
            category_label=category.label if category else "",
            category_colour=category.colour if category else "",
            collected_at=person.collected_at if person else None,
        )

    def _check_in_and_print(
        self, result: ScanResult, source: ScanSource, now: datetime
    ) -> ScanResult:
        assert result.registration_id is not None
        job = PrintJob(
            id=str(uuid.uuid4()),
            registration_id=result.registration_id,
            badge_version=result.badge_version,
            printer=self._printer.uri,
            state=JobState.QUEUED,
        )
        check_in = CheckIn(
            str(uuid.uuid4()), result.registration_id, self.event.id, now, self._kiosk_id, source
        )
        journal.record_check_in(self._db, check_in, job)
        return self._print(result, job, now)

    def _print(self, result: ScanResult, job: PrintJob, now: datetime) -> ScanResult:
        assert result.registration_id is not None
        content = self._badge_content(result)
        try:
            printed = self._printer.print_badge(RenderedBadge(content, self._size))
        except PrinterError as exc:
            log.warning("print job %s for %s failed: %s", job.id, job.registration_id, exc)
            journal.record_print_failed(self._db, job.id, self._clock(), str(exc))
            return replace(result, print_error=str(exc))
        issue = BadgeIssue(
            str(uuid.uuid4()),
            job.registration_id,
            job.badge_version,
            now,
            self._kiosk_id,
            printed.printer,
        )
        journal.record_badge_printed(
            self._db, replace(job, output=";".join(printed.outputs)), issue
        )
        log.info("badge v%d printed for %s", job.badge_version, job.registration_id)
        return replace(result, printed=printed.outputs)

    def _badge_content(self, result: ScanResult) -> BadgeContent:
        assert result.registration_id is not None
        person = participants.get_participant(self._db, result.registration_id)
        photo = ""
        if person and person.photo and self._photos is not None:
            photo = str(self._photos / person.photo)
        return BadgeContent(
            registration_id=result.registration_id,
            badge_version=result.badge_version,
            badge_name=result.badge_name,
            native_name=person.native_name if person else "",
            organisation=person.organisation if person else "",
            country=person.country if person else "",
            category_code=result.category_code,
            category_label=result.category_label,
            category_colour=result.category_colour or "#555555",
            qr_text=badge_qr_text(result.registration_id, result.badge_version),
            event_title=self.event.title,
            event_dates=format_event_dates(self.event),
            photo_path=photo,
            is_sample=self.event.is_sample,
        )

    def _audit(self, now: datetime, result: ScanResult, source: ScanSource, length: int) -> None:
        detail = f"input {length} chars"
        if result.print_error:
            detail += "; print failed"
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


def badge_qr_text(registration_id: int, badge_version: int) -> str:
    """The badge's own QR: registration and badge version, so doors can refuse old badges."""
    return f"B1-{registration_id}-{badge_version}"


def format_event_dates(event: Event) -> str:
    start, end = event.start, event.end
    if start.month == end.month:
        return f"{start.day}\u2013{end.day} {end:%B %Y}"
    return f"{start.day} {start:%B} \u2013 {end.day} {end:%B %Y}"
