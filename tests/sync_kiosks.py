"""Kiosks and a registry for sync tests: a fake registry holding WSIS Forum 2022, kiosk databases,
and check-ins and badge prints made the way the check-in service journals them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wsis_event import CATEGORIES, EVENT, MONDAY_MORNING

from kiosk.core.credentials import KeyStatus, PublicKey, new_signing_key
from kiosk.core.model import BadgeIssue, CheckIn, Participant, ScanSource
from kiosk.services.sync import SyncOptions, SyncReport, sync_once
from kiosk.store import Database, journal, open_database
from kiosk.store.journal import JobState, PrintJob
from kiosk.sync.fake import (
    FakeRegistry,
    publish_event,
    publish_key,
    publish_participants,
)

PEOPLE = [
    Participant(101, EVENT.id, "Amina", "Diallo", "Amina Diallo", category="DEL", is_sample=True),
    Participant(102, EVENT.id, "Li", "Wei", "李伟", "李伟", category="DEL", is_sample=True),
    Participant(103, EVENT.id, "Olga", "Ivanova", "Ольга Иванова", category="VIP", is_sample=True),
]


def wsis_registry(people: list[Participant] | None = None) -> FakeRegistry:
    registry = FakeRegistry(clock=Clock())
    publish_event(registry, EVENT, CATEGORIES)
    publish_participants(registry, PEOPLE if people is None else people)
    _private, public = new_signing_key()
    publish_key(registry, PublicKey(7, public, KeyStatus.ACTIVE, False, "registry key 2022"))
    return registry


@dataclass
class Clock:
    """Monday morning in Geneva, moved on by hand."""

    now: datetime = MONDAY_MORNING

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Kiosk:
    """One kiosk: its database and its connection to the (fake) registry."""

    kiosk_id: str
    db: Database
    registry: FakeRegistry
    clock: Clock = field(default_factory=Clock)

    def sync(self, options: SyncOptions | None = None) -> SyncReport:
        return sync_once(self.db, self.registry.client(self.kiosk_id), self.clock, options)

    def check_in(self, registration_id: int, minutes: float = 0) -> CheckIn:
        at = self.clock() + timedelta(minutes=minutes)
        check_in = CheckIn(
            str(uuid.uuid4()), registration_id, EVENT.id, at, self.kiosk_id, ScanSource.SCANNER
        )
        version = self.badge_version(registration_id) + 1
        job = PrintJob(str(uuid.uuid4()), registration_id, version, "file:prints", JobState.QUEUED)
        journal.record_check_in(self.db, check_in, job)
        return check_in

    def print_badge(self, registration_id: int, version: int, minutes: float = 0) -> BadgeIssue:
        at = self.clock() + timedelta(minutes=minutes)
        job = journal.open_job_for(self.db, registration_id) or PrintJob(
            str(uuid.uuid4()), registration_id, version, "file:prints", JobState.QUEUED
        )
        if journal.get_job(self.db, job.id) is None:
            journal.add_job(self.db, job, at)
        issue = BadgeIssue(
            str(uuid.uuid4()), registration_id, version, at, self.kiosk_id, "file:prints"
        )
        journal.record_badge_printed(self.db, job, issue)
        return issue

    def badge_version(self, registration_id: int) -> int:
        row = self.db.execute(
            "SELECT badge_version FROM participants WHERE registration_id = ?", [registration_id]
        ).fetchone()
        return int(row[0]) if row else 0


def kiosk(tmp_path: Path, registry: FakeRegistry, kiosk_id: str) -> Kiosk:
    return Kiosk(kiosk_id, open_database(tmp_path / f"{kiosk_id}.db"), registry)


def at(minutes: float) -> datetime:
    return datetime(2022, 5, 30, 7, 0, tzinfo=UTC) + timedelta(minutes=minutes)
