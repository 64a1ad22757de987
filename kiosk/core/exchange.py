"""What a kiosk and the central registry exchange (docs/registry-protocol.md), as plain values.

The HTTP client (kiosk/sync) turns JSON into these values and refuses anything malformed; the store
applies them; neither needs to know the other.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from kiosk.core.credentials import PublicKey
from kiosk.core.model import (
    BadgeCategory,
    BadgeIssue,
    CheckIn,
    Event,
    Participant,
    ParticipantStatus,
    Room,
    Session,
    Track,
)

MAX_PUSH_ITEMS = 500  # the registry takes at most this many outbox items per request
DEFAULT_PAGE = 1000  # changes asked for per page (the registry allows 1..5000)


class OutboxKind(enum.Enum):
    CHECKIN = "checkin"
    BADGE_PRINT = "badge_print"
    BADGE_VOID = "badge_void"
    PARTICIPANT = "participant"
    NAME_CORRECTION = "name_correction"  # a badge name corrected at a desk (docs/desk.md)


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One thing this kiosk did that the registry must learn; ``payload`` is its JSON data."""

    id: str  # client UUID: a retry of the same id is a duplicate, never a second record
    kind: OutboxKind
    payload: str
    attempts: int = 0


class PushStatus(enum.Enum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"

    @property
    def is_stored(self) -> bool:
        """The registry holds the item: the kiosk may forget it."""
        return self is not PushStatus.REJECTED


@dataclass(frozen=True, slots=True)
class PushResult:
    id: str
    status: PushStatus
    code: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class RemoteCategory:
    event_id: int
    category: BadgeCategory


class RosterEntry(Protocol):
    """A roster entry from the registry, as the store reads it: the participant's fields the
    registry owns, named as in ``Participant``, with the provisional mark and the check-in secret
    hashes. Its journal facts (check-in, badge) stay the kiosk's.

    The sync readers hand the store their own checked record (kiosk.sync.participant_page): a
    first sync brings 100,000 of them, and building a frozen ``Participant`` for each cost
    about 5 us a person. ``RemoteParticipant`` is the same entry made from a ``Participant``.
    """

    @property
    def registration_id(self) -> int: ...
    @property
    def event_id(self) -> int: ...
    @property
    def given_name(self) -> str: ...
    @property
    def family_name(self) -> str: ...
    @property
    def badge_name(self) -> str: ...
    @property
    def native_name(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def status(self) -> ParticipantStatus: ...
    @property
    def reissue(self) -> int: ...
    @property
    def valid_from(self) -> date | None: ...
    @property
    def valid_until(self) -> date | None: ...
    @property
    def is_sample(self) -> bool: ...
    @property
    def is_provisional(self) -> bool: ...
    @property
    def secret_hashes(self) -> tuple[str, ...]: ...
    @property
    def participant(self) -> Participant:
        """The entry as the domain value (no journal facts; ``is_provisional`` left False)."""
        ...


@dataclass(frozen=True, slots=True)
class RemoteParticipant:
    """A ``RosterEntry`` made from a ``Participant``, whose registry-owned fields it reads."""

    participant: Participant
    is_provisional: bool = False
    secret_hashes: tuple[str, ...] = ()

    @property
    def registration_id(self) -> int:
        return self.participant.registration_id

    @property
    def event_id(self) -> int:
        return self.participant.event_id

    @property
    def given_name(self) -> str:
        return self.participant.given_name

    @property
    def family_name(self) -> str:
        return self.participant.family_name

    @property
    def badge_name(self) -> str:
        return self.participant.badge_name

    @property
    def native_name(self) -> str:
        return self.participant.native_name

    @property
    def organisation(self) -> str:
        return self.participant.organisation

    @property
    def country(self) -> str:
        return self.participant.country

    @property
    def email(self) -> str:
        return self.participant.email

    @property
    def category(self) -> str:
        return self.participant.category

    @property
    def status(self) -> ParticipantStatus:
        return self.participant.status

    @property
    def reissue(self) -> int:
        return self.participant.reissue

    @property
    def valid_from(self) -> date | None:
        return self.participant.valid_from

    @property
    def valid_until(self) -> date | None:
        return self.participant.valid_until

    @property
    def is_sample(self) -> bool:
        return self.participant.is_sample


@dataclass(frozen=True, slots=True)
class Revocation:
    registration_id: int
    reissue: int
    reason: str


@dataclass(frozen=True, slots=True)
class DeviceKeyInfo:
    """A kiosk's badge-signing public key, as the registry publishes it."""

    key_id: int
    kiosk_id: str
    public_key: bytes
    status: str  # "active" or "revoked"


@dataclass(frozen=True, slots=True)
class RemoteBadgePrint:
    issue: BadgeIssue
    job_id: str = ""
    device_key_id: int | None = None
    deactivated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """A case the registry flagged for staff (two check-ins, two badges of one version)."""

    id: str
    registration_id: int
    kind: str
    opened_at: datetime
    closed_at: datetime | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class SecretBlock:
    """A ticket secret another registry (pretix) revoked or blocked, by its hash only.

    ``blocked`` False lifts an earlier block (pretix can unblock a secret); a revoked secret is
    revoked for good (its ticket was reissued with a new secret or cancelled).
    """

    secret_hash: str  # kiosk.core.foreign_codes.secret_hash of the secret
    reason: str  # "revoked" or "blocked"
    blocked: bool
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class TicketKey:
    """A public key another registry signs its tickets with (pretix signature scheme 1)."""

    scheme: str  # "pretix_sig1"
    key_id: str  # stable name for the key (a hash of it): rotation adds keys, never renames
    public_key: bytes  # raw 32-byte Ed25519 public key
    event_id: int


# A registry that keeps one check-in per person and not the kiosk's ids (Indico) reports its
# check-ins under one of these kiosk ids. Such a check-in stands for "checked in there": the
# store keeps it only for someone it knows no check-in of, so the kiosk's own check-in, read
# back after it was sent, is not counted twice.
ONE_PER_PERSON_KIOSKS = frozenset({"indico"})


@dataclass(frozen=True, slots=True)
class ChangePage:
    """One page of the change feed, grouped by kind (each kind keeps the registry's order)."""

    since: int
    next: int
    more: bool
    server_time: datetime | None = None
    events: tuple[Event, ...] = ()
    categories: tuple[RemoteCategory, ...] = ()
    participants: tuple[RosterEntry, ...] = ()
    sessions: tuple[Session, ...] = ()
    withdrawn_sessions: tuple[int, ...] = ()  # ids taken off the programme (never in sessions)
    rooms: tuple[Room, ...] = ()
    tracks: tuple[Track, ...] = ()
    keys: tuple[PublicKey, ...] = ()
    revocations: tuple[Revocation, ...] = ()
    device_keys: tuple[DeviceKeyInfo, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    badge_prints: tuple[RemoteBadgePrint, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    secret_blocks: tuple[SecretBlock, ...] = ()  # other registries only (pretix)
    ticket_keys: tuple[TicketKey, ...] = ()  # other registries only (pretix)
    count: int = 0  # changes on the page, whatever their kind


@dataclass(frozen=True, slots=True)
class Enrollment:
    """What the registry answers a kiosk that enrolled with a one-time code."""

    kiosk_id: str
    token: str
    device_key_id: int
    event_id: int | None
    keys: tuple[PublicKey, ...] = ()
    server_time: datetime | None = None
    simulated_time: str = ""  # the sample's demo clock, when the registry serves sample data only
    # False: the registry does not hold kiosk device keys (pretix, Indico); the kiosk keeps its own
    # key id and its badges' QR stays verifiable only by readers that have the kiosk's key.
    holds_device_keys: bool = True
    # What the link needs besides the token to reach the event (pretix: organizer, event,
    # checkin_list, device_id; Indico: event_id, regform_id); saved in registry.json.
    detail: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """The kiosk's health, sent after every sync round; no names, no URIs with credentials."""

    app_version: str
    outbox_length: int
    watermark: int
    data_age_s: int | None
    printer_name: str
    printer_state: str  # ok, paper-out, cover-open, offline, unknown
    paper: str  # ok, near-end, out, unknown
    last_error: str
    sent_at: datetime
    # Which registry the kiosk serves ("pretix · tickets.example.org · itu/wsis22"): the fleet
    # page's column; a pretix or Indico kiosk sends its heartbeats to a fleet registry of ours.
    registry: str = ""
