"""A change page of participants only, decoded and checked in C (msgspec): a first sync's bulk.

``participant_page`` reads the page's bytes straight into typed structs whose types, ranges and
lengths are the field-by-field reader's (wire.py, fields.py). It accepts a subset of what that
reader accepts and builds the same values; for anything else (another kind of change, a missing,
null or odd field, bytes that are not JSON) it answers None and the caller reads the page the
careful way, which refuses it and names the field. So msgspec's own messages never reach anyone.
tests/sync/test_participant_wire.py holds the two to the same verdict.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

import msgspec

from kiosk.core.model import Participant, ParticipantStatus
from kiosk.sync.fields import MAX_ID, MAX_TEXT

Id = Annotated[int, msgspec.Meta(ge=0, le=MAX_ID)]
Text = Annotated[str, msgspec.Meta(max_length=MAX_TEXT)]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT)]


class FeedParticipant(msgspec.Struct, frozen=True, gc=False):
    """A participant change's data, checked; the store reads it as a ``RosterEntry`` (core).

    Every reader of the feed builds this one value (the decoder here in C, the one-pass and the
    field-by-field readers in Python), so the three can be compared for equality. The limits in
    the annotations are the decoder's; building one in Python checks nothing, so the Python
    readers check first. Not tracked by the garbage collector: it holds no containers but a
    tuple of texts, so it can be part of no cycle.
    """

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
    email: Text = ""
    valid_from: date | None = None
    valid_until: date | None = None
    is_sample: bool = False
    is_provisional: bool = False
    secret_hashes: tuple[Text, ...] = ()

    @property
    def participant(self) -> Participant:
        """The entry as the domain value (no journal facts; ``is_provisional`` left False)."""
        return Participant(
            registration_id=self.registration_id,
            event_id=self.event_id,
            given_name=self.given_name,
            family_name=self.family_name,
            badge_name=self.badge_name,
            native_name=self.native_name,
            organisation=self.organisation,
            country=self.country,
            email=self.email,
            category=self.category,
            status=self.status,
            reissue=self.reissue,
            valid_from=self.valid_from,
            valid_until=self.valid_until,
            is_sample=self.is_sample,
        )


class _Change(msgspec.Struct, gc=False):
    seq: Id
    kind: Literal["participant"]
    data: FeedParticipant


class _Page(msgspec.Struct):
    # The page's own fields keep the careful reader's checks (wire.page_bounds): any JSON here.
    since: Any
    next: Any
    changes: list[_Change]
    more: Any = False
    server_time: Any = None


_DECODER = msgspec.json.Decoder(_Page)


class ParticipantPage(msgspec.Struct, frozen=True):
    """The page's own fields as sent, and its people as decoded and checked."""

    top: dict[str, Any]
    people: tuple[FeedParticipant, ...]


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
    return ParticipantPage(top, tuple([change.data for change in page.changes]))
