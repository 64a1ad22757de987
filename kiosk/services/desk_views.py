"""What the desk's People page reads (on the desk's worker thread): search rows, whose a scanned
code is, and one person's whole story (detail, history, badges, photo, badge preview).

Nothing here writes: identifying a scanned code never checks anyone in (docs/desk-window.md).
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.checkin import Outcome
from kiosk.core.door_check import claimed_registration
from kiosk.core.foreign_codes import CodeKind
from kiosk.core.model import BadgeCategory, Participant, ParticipantStatus
from kiosk.printing.render import png_bytes
from kiosk.printing.text import MM_PER_INCH
from kiosk.services.badges import BadgeError, preview_content
from kiosk.services.check_in import MAX_SCAN_CHARS, CheckInService
from kiosk.services.desk_backend import DeskBackend
from kiosk.services.search import find_participants
from kiosk.store import Database, events, journal, participants
from kiosk.store import desk as desk_store
from kiosk.store.desk import VipPickup
from kiosk.store.journal import PrintJob
from kiosk.store.person_history import CheckInLine, IssuedBadge, badges_of, check_ins_of

log = logging.getLogger(__name__)

PREVIEW_WIDTH_PX = 360  # the badge preview's width on the desk (it is scaled down to fit)
MAX_PHOTO_BYTES = 10_000_000  # a stored photo is ~100 kB; anything huge is not shown


class PersonState(enum.Enum):
    """What the results list says about a person, most important first."""

    REVOKED = "revoked"
    CANCELLED = "cancelled"
    BADGE_VALID = "badge-valid"  # checked in, and one of their badges admits them
    CHECKED_IN = "checked-in"  # checked in, no valid badge (not printed yet, or voided)
    REGISTERED = "registered"  # not here yet


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the search results."""

    person: Participant
    category: BadgeCategory | None
    state: PersonState


class CodeProblem(enum.Enum):
    """Why a scanned code opens nobody."""

    EMPTY = "empty"
    JUNK = "junk"  # not a code at all: binary, far too long, unparsable
    UNREADABLE = "unreadable"  # a known kind of code in a version this desk cannot read
    BAD_SIGNATURE = "bad-signature"
    UNKNOWN_KEY = "unknown-key"
    KEY_REVOKED = "key-revoked"
    OTHER_EVENT = "other-event"  # genuine, for another event: its number means nobody here
    NOT_ON_ROSTER = "not-on-roster"  # genuine, for a registration this desk does not hold
    UNKNOWN = "unknown"  # another registry's code that matches nobody in the roster
    BLOCKED = "blocked"  # a ticket the organiser blocked (pretix), held by nobody on the roster
    REVOKED_TICKET = "revoked-ticket"  # a ticket secret replaced or cancelled (pretix)
    NOT_VALID_NOW = "not-valid-now"  # a genuine signed ticket outside its validity (pretix)


class CodeNotice(enum.Enum):
    """What staff should know about the code that opened a person."""

    NONE = "none"
    VALID_BADGE = "valid-badge"  # their badge, and it is the valid one
    OLD_BADGE = "old-badge"  # a badge that a reprint or a void deactivated
    UNSIGNED_BADGE = "unsigned-badge"  # an unsigned badge QR (B1): nothing vouches for it
    OLD_CODE = "old-code"  # a registration code replaced by a newer one
    REVOKED = "revoked"
    NOT_VALID_TODAY = "not-valid-today"
    BLOCKED = "blocked"  # the ticket they showed is blocked by the organiser (pretix)


@dataclass(frozen=True, slots=True)
class CodeIdentity:
    """Whose a scanned code is: a registration (maybe with a notice), or the problem."""

    registration_id: int | None
    problem: CodeProblem | None = None
    notice: CodeNotice = CodeNotice.NONE
    badge_version: int = 0  # the badge version a badge QR carries


@dataclass(frozen=True, slots=True)
class PersonView:
    """Everything the detail shows about one registration, read in one go."""

    person: Participant
    category: BadgeCategory | None
    timezone: str  # the event's zone: times are shown as the venue's clock
    check_ins: tuple[CheckInLine, ...]
    badges: tuple[IssuedBadge, ...]
    valid_badge_version: int | None
    name_history: tuple[tuple[datetime, str], ...]
    vip_pickups: tuple[VipPickup, ...]
    open_job: PrintJob | None
    photo: bytes = b""  # the stored photo file (JPEG), empty when there is none
    preview_png: bytes = b""  # the badge as it prints now (or would print next)
    preview_version: int = 0


# --- search ---------------------------------------------------------------------------------


def find_people(backend: DeskBackend, text: str, limit: int = 50) -> tuple[PersonRow, ...]:
    """The search results for ``text`` with each person's category and state."""
    found = find_participants(backend.db, text, limit)
    categories = _categories(backend.db, backend.service.event.id)
    return tuple(PersonRow(p, categories.get(p.category), _state(backend.db, p)) for p in found)


def _categories(db: Database, event_id: int) -> dict[str, BadgeCategory]:
    return {c.code: c for c in events.load_categories(db, event_id)}


def _state(db: Database, person: Participant) -> PersonState:
    if person.status is ParticipantStatus.REVOKED:
        return PersonState.REVOKED
    if person.status is ParticipantStatus.CANCELLED:
        return PersonState.CANCELLED
    if journal.active_badge_version(db, person.registration_id) is not None:
        return PersonState.BADGE_VALID
    if person.checked_in_at is not None:
        return PersonState.CHECKED_IN
    return PersonState.REGISTERED


# --- whose code is this? --------------------------------------------------------------------

_PROBLEMS = {
    Outcome.EMPTY: CodeProblem.EMPTY,
    Outcome.MALFORMED: CodeProblem.JUNK,  # a damaged code is as good as none: scan it again
    Outcome.UNSUPPORTED_VERSION: CodeProblem.UNREADABLE,
    Outcome.BAD_SIGNATURE: CodeProblem.BAD_SIGNATURE,
    Outcome.UNKNOWN_KEY: CodeProblem.UNKNOWN_KEY,
    Outcome.KEY_REVOKED: CodeProblem.KEY_REVOKED,
    Outcome.WRONG_EVENT: CodeProblem.OTHER_EVENT,
    Outcome.UNKNOWN_PARTICIPANT: CodeProblem.UNKNOWN,
    # Other registries' tickets that name nobody on this desk's roster (services/ticket_check.py):
    Outcome.BLOCKED: CodeProblem.BLOCKED,
    Outcome.REVOKED: CodeProblem.REVOKED_TICKET,
    Outcome.NOT_VALID_TODAY: CodeProblem.NOT_VALID_NOW,
    Outcome.NOT_SYNCED_YET: CodeProblem.NOT_ON_ROSTER,
}
_BADGE_NOTICES = {
    Outcome.ALREADY_COLLECTED: CodeNotice.VALID_BADGE,
    Outcome.SUPERSEDED: CodeNotice.OLD_BADGE,
    Outcome.REVOKED: CodeNotice.REVOKED,
}
_CODE_NOTICES = {
    Outcome.SUPERSEDED: CodeNotice.OLD_CODE,
    Outcome.REVOKED: CodeNotice.REVOKED,
    Outcome.NOT_VALID_TODAY: CodeNotice.NOT_VALID_TODAY,
    Outcome.BLOCKED: CodeNotice.BLOCKED,
}


def identify_code(service: CheckInService, text: str) -> CodeIdentity:
    """Whose code ``text`` is, checked as the kiosk checks it (signatures, keys, the event, the
    roster's secrets, badge versions), with nothing journalled, printed or checked in."""
    text = text.strip()
    if not text:
        return CodeIdentity(None, CodeProblem.EMPTY)
    if len(text) > MAX_SCAN_CHARS or not text.isprintable():
        return CodeIdentity(None, CodeProblem.JUNK)
    result = service.preview(text)
    registration = result.registration_id
    if result.code_kind is CodeKind.BADGE and result.outcome is Outcome.UNSUPPORTED_VERSION:
        registration = claimed_registration(text)  # an unsigned B1 names its holder
        notice = CodeNotice.UNSIGNED_BADGE
    elif result.code_kind is CodeKind.BADGE:
        notice = _BADGE_NOTICES.get(result.outcome, CodeNotice.NONE)
    else:
        notice = _CODE_NOTICES.get(result.outcome, CodeNotice.NONE)
    if registration is None or result.outcome is Outcome.WRONG_EVENT:
        return CodeIdentity(None, _PROBLEMS.get(result.outcome, CodeProblem.NOT_ON_ROSTER))
    if participants.get_participant(service.jobs.db, registration) is None:
        return CodeIdentity(None, CodeProblem.NOT_ON_ROSTER)
    log.info("desk scan identifies registration %s (%s)", registration, notice.value)
    return CodeIdentity(registration, None, notice, result.badge_version)


# --- one person -----------------------------------------------------------------------------


def person_view(
    backend: DeskBackend, registration_id: int, photos_dir: Path | None = None
) -> PersonView | None:
    """Everything the detail shows about ``registration_id``, or None when it is not here."""
    db = backend.db
    person = participants.get_participant(db, registration_id)
    if person is None:
        return None
    preview, version = _preview(backend, registration_id)
    return PersonView(
        person=person,
        category=_categories(db, person.event_id).get(person.category),
        timezone=backend.service.event.timezone,
        check_ins=tuple(check_ins_of(db, registration_id)),
        badges=tuple(badges_of(db, registration_id)),
        valid_badge_version=journal.active_badge_version(db, registration_id),
        name_history=tuple(desk_store.name_history(db, registration_id)),
        vip_pickups=tuple(desk_store.vip_pickups(db, registration_id)),
        open_job=journal.open_job_for(db, registration_id),
        photo=_photo(photos_dir, person),
        preview_png=preview,
        preview_version=version,
    )


def _preview(backend: DeskBackend, registration_id: int) -> tuple[bytes, int]:
    """The badge drawn by the kiosk's own designer and renderer, as PNG bytes, and its version."""
    try:
        content = preview_content(backend.db, backend.jobs.designer, registration_id)
    except BadgeError:
        return b"", 0
    size = backend.jobs.size
    dpi = PREVIEW_WIDTH_PX / size.width_mm * MM_PER_INCH
    return png_bytes(content, size, dpi), content.badge_version


def _photo(photos_dir: Path | None, person: Participant) -> bytes:
    if photos_dir is None or not person.photo:
        return b""
    path = photos_dir / Path(person.photo).name  # a file of photos/, never a path elsewhere
    try:
        if path.stat().st_size > MAX_PHOTO_BYTES:
            return b""
        return path.read_bytes()
    except OSError:
        log.warning("photo of registration %s cannot be read", person.registration_id)
        return b""
