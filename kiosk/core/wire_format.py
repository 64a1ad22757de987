"""The JSON forms of domain values in the change feed (docs/registry-protocol.md, "the change
feed"): what the registry publishes and the in-memory fake registry (kiosk/sync/fake.py) too.

One home for both, so the fake cannot drift from the real registry's spelling. Pure: plain dicts
ready for ``json.dumps``; reading them back (and refusing malformed ones) is kiosk/sync/wire.py.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from kiosk.core.model import BadgeCategory, Event, Participant, Room, Session, Track

JsonObject = dict[str, Any]


def timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds: one spelling, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def event_data(event: Event) -> JsonObject:
    return {
        "id": event.id,
        "code": event.code,
        "title": event.title,
        "venue": event.venue,
        "timezone": event.timezone,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "pickup_from": event.pickup_from.isoformat(),
        "is_sample": event.is_sample,
        "title_translations": dict(event.title_translations),
        "desk_location": event.desk_location,
        "desk_location_translations": dict(event.desk_location_translations),
    }


def category_data(event_id: int, category: BadgeCategory) -> JsonObject:
    return {
        "event_id": event_id,
        "code": category.code,
        "number": category.number,
        "label": category.label,
        "colour": category.colour,
        "collect_at_desk": category.collect_at_desk,
        "needs_photo": category.needs_photo,
        "label_translations": dict(category.label_translations),
    }


def participant_data(
    person: Participant, secret_hashes: Sequence[str] = (), provisional: bool = False
) -> JsonObject:
    return {
        "registration_id": person.registration_id,
        "event_id": person.event_id,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "badge_name": person.badge_name,
        "native_name": person.native_name,
        "organisation": person.organisation,
        "country": person.country,
        "email": person.email,
        "category": person.category,
        "status": person.status.value,
        "reissue": person.reissue,
        "valid_from": _day(person.valid_from),
        "valid_until": _day(person.valid_until),
        "is_sample": person.is_sample,
        "is_provisional": provisional,
        "secret_hashes": list(secret_hashes),
    }


def session_data(session: Session) -> JsonObject:
    return {
        "id": session.id,
        "event_id": session.event_id,
        "title": session.title,
        "kind": session.kind,
        "track": session.track,
        "room": session.room,
        "starts_at": timestamp(session.starts_at),
        "ends_at": timestamp(session.ends_at),
        "languages": list(session.languages),
        "action_lines": list(session.action_lines),
        "is_sample": session.is_sample,
        "title_translations": dict(session.title_translations),
    }


def room_data(room: Room) -> JsonObject:
    """A room and how to get there; the feed's key is (event_id, name)."""
    return {
        "event_id": room.event_id,
        "name": room.name,
        "building": room.building,
        "floor": room.floor,
        "directions": room.directions,
        "name_translations": dict(room.name_translations),
        "building_translations": dict(room.building_translations),
        "floor_translations": dict(room.floor_translations),
        "directions_translations": dict(room.directions_translations),
        "is_sample": room.is_sample,
    }


def track_data(track: Track) -> JsonObject:
    """A track of the programme; the feed's key is (event_id, code)."""
    return {
        "event_id": track.event_id,
        "code": track.code,
        "label": track.label,
        "label_translations": dict(track.label_translations),
    }


def key_data(key_id: int, public_key: bytes, status: str, label: str) -> JsonObject:
    """A badge-signing key the registry publishes."""
    return {"key_id": key_id, "public_key": b64(public_key), "status": status, "label": label}


def device_key_data(key_id: int, kiosk_id: str, public_key: bytes, status: str) -> JsonObject:
    """A kiosk's own device key (it signs the badges that kiosk prints)."""
    return {"key_id": key_id, "kiosk_id": kiosk_id, "public_key": b64(public_key), "status": status}
