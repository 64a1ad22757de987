"""A participant change read in one pass: the feed's bulk kind (a first sync brings 100,000).

``quick_participant`` accepts only what the field-by-field reader in wire.py accepts, and builds
the same value from it. Anything it is not sure of (a missing, null or odd field) gets None: the
caller then reads that change field by field, which refuses it and names the bad field. Checking
every field of every person that way was the largest cost of a first sync; the same checks done
here on the whole record at once take a fraction of it. tests/sync/test_participant_wire.py holds
both readers to the same verdict, field by field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.core.model import ParticipantStatus
from kiosk.sync.fields import MAX_ID, MAX_TEXT
from kiosk.sync.participant_page import FeedParticipant

_STATUS = {status.value: status for status in ParticipantStatus}


class _UnsureError(Exception):
    """A field this reader leaves to the field-by-field one."""


def quick_change(raw: Any, since: int, end: int) -> FeedParticipant | None:
    """The participant in change ``raw`` of page ``since..end``, or None if the change is of
    another kind or anything in it needs the careful reader."""
    if type(raw) is not dict or raw.get("kind") != "participant":
        return None
    seq = raw.get("seq")
    if type(seq) is not int or not since < seq <= end:
        return None
    return quick_participant(raw.get("data"))


def quick_participant(data: Any) -> FeedParticipant | None:
    """The participant in ``data`` (the change's "data" object), or None when unsure."""
    if type(data) is not dict:
        return None
    try:
        return _read(data)
    except _UnsureError:
        return None


def _read(data: Any) -> FeedParticipant:
    get = data.get
    texts = (get("given_name"), get("family_name"), get("badge_name"), get("category"))
    optional = (
        get("native_name", ""),
        get("organisation", ""),
        get("country", ""),
        get("email", ""),
    )
    ids = (get("registration_id"), get("event_id"))
    valid = (_day(get("valid_from")), _day(get("valid_until")))
    flags = (get("is_sample", False), get("is_provisional", False))
    hashes = get("secret_hashes", [])
    status = _STATUS.get(get("status")) if type(get("status")) is str else None
    reissue = get("reissue")
    if not (
        _are_texts(texts + optional)
        and texts[3]  # a category is never empty
        and _are_ids(ids)
        and type(reissue) is int
        and 0 <= reissue <= 255
        and status is not None
        and set(map(type, flags)) == {bool}
        and type(hashes) is list
        and _are_texts(hashes)
    ):
        raise _UnsureError
    return FeedParticipant(
        registration_id=ids[0],
        event_id=ids[1],
        given_name=texts[0],
        family_name=texts[1],
        badge_name=texts[2],
        native_name=optional[0],
        organisation=optional[1],
        country=optional[2],
        email=optional[3],
        category=texts[3],
        status=status,
        reissue=reissue,
        valid_from=valid[0],
        valid_until=valid[1],
        is_sample=flags[0],
        is_provisional=flags[1],
        secret_hashes=tuple(hashes),
    )


def _are_texts(values: tuple[Any, ...] | list[Any]) -> bool:
    """Every value a text of at most MAX_TEXT characters (an empty collection passes)."""
    return not values or (set(map(type, values)) == {str} and max(map(len, values)) <= MAX_TEXT)


def _are_ids(values: tuple[Any, ...]) -> bool:
    return set(map(type, values)) == {int} and min(values) >= 0 and max(values) <= MAX_ID


def _day(value: Any) -> date | None:
    """None stays None (no limit); a text is a YYYY-MM-DD date; anything else is unsure."""
    if value is None:
        return None
    if type(value) is not str or len(value) > MAX_TEXT:
        raise _UnsureError
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _UnsureError from None
