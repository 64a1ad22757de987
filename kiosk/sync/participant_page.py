"""A change page of participants only, decoded and checked in C (msgspec): a first sync's bulk.

``participant_page`` reads the page's bytes straight into typed structs whose types, ranges and
lengths are the field-by-field reader's (wire.py, fields.py). It accepts a subset of what that
reader accepts and builds the same values; for anything else (another kind of change, a missing,
null or odd field, bytes that are not JSON) it answers None and the caller reads the page the
careful way, which refuses it and names the field. So msgspec's own messages never reach anyone.
tests/sync/test_participant_page.py holds the two to the same verdict.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

import msgspec

from kiosk.core.exchange import RemoteParticipant
from kiosk.core.model import Participant, ParticipantStatus
from kiosk.sync.fields import MAX_ID, MAX_TEXT

Id = Annotated[int, msgspec.Meta(ge=0, le=MAX_ID)]
Text = Annotated[str, msgspec.Meta(max_length=MAX_TEXT)]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT)]


class _Person(msgspec.Struct):
    registration_id: Id
    event_id: Id
    given_name: Text
    family_name: Text
    badge_name: Text
    category: Name
    status: ParticipantStatus
    reissue: Annotated[int, msgspec.Meta(ge=0, le=255)]
    native_name: Text = ""
    organisation: Text = ""
    country: Text = ""
    valid_from: date | None = None
    valid_until: date | None = None
    is_sample: bool = False
    is_provisional: bool = False
    secret_hashes: tuple[Text, ...] = ()


class _Change(msgspec.Struct):
    seq: Id
    kind: Literal["participant"]
    data: _Person


class _Page(msgspec.Struct):
    # The page's own fields keep the careful reader's checks (wire.page_bounds): any JSON here.
    since: Any
    next: Any
    changes: list[_Change]
    more: Any = False
    server_time: Any = None


_DECODER = msgspec.json.Decoder(_Page)


class ParticipantPage(msgspec.Struct, frozen=True):
    """The page's own fields as sent, and its people checked and built."""

    top: dict[str, Any]
    people: tuple[RemoteParticipant, ...]


def participant_page(content: bytes) -> ParticipantPage | None:
    """The page in ``content`` if it holds only participants, all well formed; None otherwise."""
    try:
        page = _DECODER.decode(content)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    since, end = page.since, page.next
    if type(since) is not int or type(end) is not int:
        return None
    if any(not since < change.seq <= end for change in page.changes):
        return None  # the careful reader names the change
    top = {"since": since, "next": end, "more": page.more, "server_time": page.server_time}
    return ParticipantPage(top, tuple(_remote(change.data) for change in page.changes))


def _remote(p: _Person) -> RemoteParticipant:
    person = Participant(
        registration_id=p.registration_id,
        event_id=p.event_id,
        given_name=p.given_name,
        family_name=p.family_name,
        badge_name=p.badge_name,
        native_name=p.native_name,
        organisation=p.organisation,
        country=p.country,
        category=p.category,
        status=p.status,
        reissue=p.reissue,
        valid_from=p.valid_from,
        valid_until=p.valid_until,
        is_sample=p.is_sample,
    )
    return RemoteParticipant(person, p.is_provisional, p.secret_hashes)
