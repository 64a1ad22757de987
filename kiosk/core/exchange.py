"""What a kiosk and the central registry exchange (docs/registry-protocol.md), as plain values.

The HTTP client (kiosk/sync) turns JSON into these values and refuses anything malformed; the store
applies them; neither needs to know the other.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.credentials import PublicKey
from kiosk.core.model import BadgeCategory, BadgeIssue, CheckIn, Event, Participant, Session

MAX_PUSH_ITEMS = 500  # the registry takes at most this many outbox items per request
DEFAULT_PAGE = 1000  # changes asked for per page (the registry allows 1..5000)


class OutboxKind(enum.Enum):
    CHECKIN = "checkin"
    BADGE_PRINT = "badge_print"
    BADGE_VOID = "badge_void"
    PARTICIPANT = "participant"


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


@dataclass(frozen=True, slots=True)
class RemoteParticipant:
    """A roster entry from the registry; its journal facts (check-in, badge) stay the kiosk's."""

    participant: Participant
    is_provisional: bool = False
    secret_hashes: tuple[str, ...] = ()


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
class ChangePage:
    """One page of the change feed, grouped by kind (each kind keeps the registry's order)."""

    since: int
    next: int
    more: bool
    server_time: datetime | None = None
    events: tuple[Event, ...] = ()
    categories: tuple[RemoteCategory, ...] = ()
    participants: tuple[RemoteParticipant, ...] = ()
    sessions: tuple[Session, ...] = ()
    keys: tuple[PublicKey, ...] = ()
    revocations: tuple[Revocation, ...] = ()
    device_keys: tuple[DeviceKeyInfo, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    badge_prints: tuple[RemoteBadgePrint, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
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
