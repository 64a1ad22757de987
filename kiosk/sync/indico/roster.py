"""Indico's answers read into the kiosk's values: the event, roster entries and check-ins (pure).

Every field is checked (kiosk.sync.fields): a wrong type or value refuses the whole answer as a
BAD_ANSWER, so nothing half-read reaches the database. Shapes: docs/indico.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from kiosk.core.exchange import RemoteParticipant
from kiosk.core.foreign_codes import canonical_secret, secret_hash
from kiosk.core.model import CheckIn, Event, Participant, ParticipantStatus, ScanSource
from kiosk.sync.fields import Fields, bad
from kiosk.sync.indico.categories import IndicoCategories

# Only a complete registration admits; the others send the person to the desk (refused as
# cancelled: the kiosk has no "awaiting payment" status, and Indico's own check-in refuses them).
ADMITTED = "complete"
STATES = frozenset({"complete", "pending", "rejected", "withdrawn", "unpaid"})
# The kiosk id of check-ins Indico reports (it does not say who made them): one of
# ONE_PER_PERSON_KIOSKS, so the kiosk's own check-in read back is not a second one.
CHECKIN_KIOSK = "indico"
# Indico does not say how a person was checked in (its check-in app or its pages): a desk.
_DESK = ScanSource.DESK
_CHECKIN_IDS = uuid.UUID("6c1f9d1e-4f36-5e0b-9c52-7f0c1f3e2a11")  # namespace of their ids


@dataclass(frozen=True, slots=True)
class Person:
    """What the older registrants list adds to a registration: names, affiliation, country."""

    given_name: str
    family_name: str
    organisation: str
    country: str


@dataclass(frozen=True, slots=True)
class Registration:
    """One entry of a form's registration list, checked."""

    id: int
    full_name: str
    email: str
    state: str
    checked_in: bool
    checkin: CheckIn | None  # Indico's check-in of this registration, if it has one
    secret: str  # the ticket UUID, canonical ("" if Indico sent none)
    tags: tuple[str, ...]


def read_event(answer: Any, timezone: str = "UTC") -> Event:
    """``GET /api/checkin/event/ID/`` -> the event; its days are those of Indico's UTC times.

    Badges may be collected from the day before the start (as at ITU)."""
    fields = Fields(answer, "Indico event")
    start, end = fields.moment("start_dt"), fields.moment("end_dt")
    if end < start:
        raise bad("Indico event ends before it starts")
    return Event(
        id=fields.whole("id", 1),
        code=f"indico-{fields.whole('id', 1)}",
        title=fields.text("title", "") or f"Indico event {fields.whole('id', 1)}",
        venue="",
        timezone=timezone,
        start=start.date(),
        end=end.date(),
        pickup_from=start.date() - timedelta(days=1),
    )


def read_forms(answer: Any) -> list[tuple[int, str]]:
    """``GET /api/checkin/event/ID/forms/`` -> (id, title) of each registration form."""
    if not isinstance(answer, list):
        raise bad("Indico's list of registration forms is not a list")
    forms = [Fields(item, "Indico registration form") for item in answer]
    return [(form.whole("id", 1), form.text("title", "")) for form in forms]


def read_registrations(answer: Any, event_id: int, host: str) -> list[Registration]:
    """``GET .../forms/F/registrations/`` -> the form's registrations (deleted ones are absent)."""
    if not isinstance(answer, list):
        raise bad("Indico's list of registrations is not a list")
    return [read_registration(item, event_id, host) for item in answer]


def read_registration(item: Any, event_id: int, host: str) -> Registration:
    fields = Fields(item, "Indico registration")
    registration_id = fields.whole("id", 1)
    state = fields.text("state")
    if state not in STATES:
        raise bad(f"Indico registration {registration_id} has an unknown state {state[:20]!r}")
    checked_in = fields.flag("checked_in")
    at = fields.maybe_moment("checked_in_dt") if checked_in else None
    checkin = None
    if at is not None:
        checkin_id = uuid.uuid5(_CHECKIN_IDS, f"{host}/{event_id}/{registration_id}/{at}")
        checkin = CheckIn(str(checkin_id), registration_id, event_id, at, CHECKIN_KIOSK, _DESK)
    return Registration(
        id=registration_id,
        full_name=fields.text("full_name", ""),
        email=fields.text("email", ""),
        state=state,
        checked_in=checked_in,
        checkin=checkin,
        secret=_secret(fields, registration_id),
        tags=_tags(fields.raw("tags"), registration_id),
    )


def _secret(fields: Fields, registration_id: int) -> str:
    text = fields.text("checkin_secret", "")
    if not text:
        return ""
    canonical = canonical_secret(text)
    if canonical is None or len(canonical) != 36:
        raise bad(f"Indico registration {registration_id} has a check-in secret that is no UUID")
    return canonical


def _tags(value: Any, registration_id: int) -> tuple[str, ...]:
    """Indico 3.3.0 sends tag titles; later 3.3 releases objects with a title."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise bad(f"Indico registration {registration_id}'s tags are not a list")
    titles = [tag.get("title") if isinstance(tag, dict) else tag for tag in value]
    checked = [title for title in titles if isinstance(title, str) and len(title) <= 200]
    if len(checked) != len(titles):
        raise bad(f"Indico registration {registration_id}'s tags are not titles")
    return tuple(checked)


def read_people(answer: Any) -> dict[int, Person]:
    """``GET /api/events/ID/registrants`` -> personal data by registration id."""
    registrants = Fields(answer, "Indico registrants").items("registrants")
    people: dict[int, Person] = {}
    for item in registrants:
        fields = Fields(item, "Indico registrant")
        text_id = fields.text("registrant_id")
        if not text_id.isdigit():
            raise bad("Indico registrant_id is not a number")
        data = fields.child("personal_data")
        country = data.text("country_code", "").upper()
        people[int(text_id)] = Person(
            given_name=data.text("firstName", "").strip(),
            family_name=data.text("surname", "").strip(),
            organisation=data.text("affiliation", "").strip(),
            country=country if len(country) == 2 and country.isalpha() else "",
        )
    return people


def roster_entry(
    registration: Registration,
    event_id: int,
    person: Person | None,
    category: str,
) -> RemoteParticipant:
    """A registration as the kiosk's roster holds it (status, names, secret hash)."""
    given, family = _names(registration, person)
    participant = Participant(
        registration_id=registration.id,
        event_id=event_id,
        given_name=given,
        family_name=family,
        badge_name=f"{given} {family}".strip(),
        organisation=person.organisation if person else "",
        country=person.country if person else "",
        email=registration.email,
        category=category,
        status=(
            ParticipantStatus.REGISTERED
            if registration.state == ADMITTED
            else ParticipantStatus.CANCELLED
        ),
    )
    hashes = (secret_hash(registration.secret),) if registration.secret else ()
    return RemoteParticipant(participant, secret_hashes=hashes)


def _names(registration: Registration, person: Person | None) -> tuple[str, str]:
    """First name and surname from the registrants list; else the list's display name whole
    (Indico formats it by the token owner's preference, so it cannot be split safely)."""
    if person is not None and (person.given_name or person.family_name):
        return person.given_name, person.family_name
    return "", registration.full_name.strip() or f"Registration {registration.id}"


def roster(
    registrations: list[Registration],
    event_id: int,
    people: Mapping[int, Person],
    form: tuple[IndicoCategories, str],
) -> tuple[tuple[RemoteParticipant, ...], tuple[CheckIn, ...]]:
    """Roster entries and Indico's check-ins for a form's registrations."""
    categories, form_title = form
    entries = tuple(
        roster_entry(r, event_id, people.get(r.id), categories.category_of(r.tags, form_title))
        for r in registrations
    )
    checkins = tuple(r.checkin for r in registrations if r.checkin is not None)
    return entries, checkins
