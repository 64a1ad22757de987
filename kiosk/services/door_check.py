"""Door checks: is a scanned badge QR the person's valid badge now? (`kiosk verify-badge`, and a
badge shown to the kiosk's own scanner). Uses only what the kiosk holds: the device keys synced
from the registry and the badge journal (its own prints and other kiosks')."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk.core.credentials import KeyStatus, PublicKey
from kiosk.core.door_check import (
    DoorDecision,
    DoorFacts,
    KnownBadge,
    claimed_registration,
    decide_door,
)
from kiosk.core.model import ParticipantStatus
from kiosk.store import Database, events, journal, participants
from kiosk.store.device_keys import load_device_keys

log = logging.getLogger(__name__)


class DoorCheckError(Exception):
    """The kiosk cannot check badges: it holds no event."""


@dataclass(frozen=True, slots=True)
class DoorCheck:
    """A decision and what the journal said, for staff (`kiosk verify-badge`)."""

    decision: DoorDecision
    event_id: int
    kiosk_id: str = ""  # the kiosk the signing device key belongs to, when known
    current_version: int | None = None  # the journal's valid badge version, when known


def device_keyring(db: Database) -> dict[int, PublicKey]:
    """The synced device keys as verification keys (id -> public key and status)."""
    return {
        record.key_id: PublicKey(
            record.key_id,
            record.public_key,
            KeyStatus.ACTIVE if record.status == "active" else KeyStatus.REVOKED,
            label=record.kiosk_id,
        )
        for record in load_device_keys(db).values()
    }


def door_facts(db: Database, event_id: int, registration_id: int) -> DoorFacts:
    """What the journal and roster say about a registration's badges."""
    known = tuple(
        KnownBadge(r.issue.badge_version, r.issue.device_key_id, r.is_active)
        for r in journal.badge_records(db, registration_id)
    )
    person = participants.get_participant(db, registration_id)
    revoked = person is not None and person.status is not ParticipantStatus.REGISTERED
    return DoorFacts(event_id, known, revoked)


def decide_for(
    db: Database, text: str, event_id: int, keys: dict[int, PublicKey], allow_unsigned: bool
) -> DoorDecision:
    """The door decision for ``text`` against the database's journal and roster."""
    registration = claimed_registration(text)
    facts = door_facts(db, event_id, registration) if registration else DoorFacts(event_id)
    return decide_door(text, keys, facts, allow_unsigned=allow_unsigned)


def check_badge(
    db: Database, text: str, *, allow_unsigned: bool = False, event_id: int | None = None
) -> DoorCheck:
    """Check a scanned badge QR as a door reader would, with this kiosk's database."""
    event = events.load_event(db, event_id)
    if event is None:
        raise DoorCheckError("the database holds no event; run `kiosk init-demo` or sync first")
    keys = device_keyring(db)
    decision = decide_for(db, text, event.id, keys, allow_unsigned)
    badge = decision.badge
    log.info(
        "door check: %s (registration %s, version %s)",
        decision.verdict.value,
        badge.registration_id if badge else None,
        badge.badge_version if badge else None,
    )
    if badge is None:
        return DoorCheck(decision, event.id)
    key = keys.get(badge.device_key_id) if badge.device_key_id is not None else None
    current = journal.active_badge_version(db, badge.registration_id)
    return DoorCheck(decision, event.id, key.label if key else "", current)
