"""Domain types: the event, its badge categories, participants, sessions and what a kiosk did."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.core.translations import in_language, no_translations


@dataclass(frozen=True, slots=True)
class Event:
    """One conference; dates are local days in ``timezone``."""

    id: int
    code: str
    title: str
    venue: str
    timezone: str
    start: date
    end: date
    pickup_from: date  # badges may be collected from this day (ITU: the day before opening)
    is_sample: bool = False
    # The title in other languages (core/translations.py); not part of the hash: a mapping.
    title_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)
    # Where the accreditation desk is, when the registry knows ("" it does not; a kiosk's
    # [desk] settings come first).
    desk_location: str = ""
    desk_location_translations: Mapping[str, str] = field(
        default_factory=no_translations, hash=False
    )

    def accepts_day(self, day: date) -> bool:
        return self.pickup_from <= day <= self.end

    def title_in(self, language: str) -> str:
        return in_language(self.title, self.title_translations, language)


@dataclass(frozen=True, slots=True)
class BadgeCategory:
    """A kind of badge: its colour band and its collection rules."""

    code: str  # short label such as "DEL"
    number: int  # 0-255, carried in the credential
    label: str
    colour: str  # "#RRGGBB" of the band
    collect_at_desk: bool = False  # e.g. VIP: focal point collects at the accreditation desk
    needs_photo: bool = False
    label_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)

    def label_in(self, language: str) -> str:
        return in_language(self.label, self.label_translations, language)


class ParticipantStatus(enum.Enum):
    REGISTERED = "registered"
    CANCELLED = "cancelled"
    REVOKED = "revoked"


@dataclass(frozen=True, slots=True)
class Participant:
    """A registration for one event, as the registry and this kiosk know it."""

    registration_id: int
    event_id: int
    given_name: str  # Latin script
    family_name: str  # Latin script
    badge_name: str  # what the badge shows, any script
    native_name: str = ""  # the name in its own script, if not Latin
    organisation: str = ""
    country: str = ""  # ISO 3166 alpha-2
    # Personal data: searched at the desk; never logged, audited or exported (not in the repr,
    # so a logged or failing participant does not show it).
    email: str = field(default="", repr=False)
    category: str = "PAR"
    status: ParticipantStatus = ParticipantStatus.REGISTERED
    reissue: int = 0  # credential reissue counter the registry last issued
    badge_version: int = 0  # number of badges printed so far
    checked_in_at: datetime | None = None
    collected_at: datetime | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    photo: str = ""  # file name under the home's photos/
    is_sample: bool = False
    # Known only from a walk-in code's embedded name, not (yet) from the registry's roster.
    is_provisional: bool = False

    @property
    def latin_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True, slots=True)
class Track:
    """A strand of the programme ("High-Level Track"); imported schedules bring their own."""

    event_id: int
    code: str  # what sessions refer to: "high-level", "forum", or a slug of an imported name
    label: str  # English
    label_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)


@dataclass(frozen=True, slots=True)
class Room:
    """Where a session takes place and how to get there, keyed by its name within the event."""

    event_id: int
    name: str  # as sessions spell it: "Popov Room, ITU Tower"
    building: str = ""  # "ITU Tower"
    floor: str = ""  # "2nd floor"
    directions: str = ""  # a short "how to get there"
    name_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)
    building_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)
    floor_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)
    directions_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)
    is_sample: bool = False


@dataclass(frozen=True, slots=True)
class Session:
    """One programme item in a room; ``room`` empty means "room to be announced"."""

    id: int
    event_id: int
    title: str
    kind: str  # "High-Level Policy Session", "Thematic Workshop" ...
    track: str  # a Track's code; empty when the programme gives none
    room: str
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    languages: tuple[str, ...] = ("en",)
    action_lines: tuple[str, ...] = ()
    is_sample: bool = False
    title_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)


class ScanSource(enum.Enum):
    TYPED = "typed"
    SCANNER = "scanner"
    SERIAL = "serial"
    CAMERA = "camera"
    CLI = "cli"
    DESK = "desk"


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A person checked in at a kiosk (append-only journal row)."""

    id: str  # UUID, so a retried upload is idempotent
    registration_id: int
    event_id: int
    at: datetime
    kiosk_id: str
    source: ScanSource


@dataclass(frozen=True, slots=True)
class BadgeIssue:
    """A badge printed for a person; a higher version deactivates the lower ones."""

    id: str  # UUID
    registration_id: int
    badge_version: int
    at: datetime
    kiosk_id: str
    printer: str
    reason: str = "first"
    device_key_id: int | None = None  # the kiosk key that signed its QR (B2); None: unsigned B1
