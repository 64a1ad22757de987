"""The protocol's JSON (docs/registry-protocol.md) to and from the values in kiosk.core.exchange."""

from __future__ import annotations

import base64
import enum
import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from kiosk.core.credentials import KeyStatus, PublicKey
from kiosk.core.exchange import (
    ChangePage,
    Conflict,
    DeviceKeyInfo,
    Enrollment,
    Heartbeat,
    OutboxEntry,
    OutboxKind,
    PushResult,
    PushStatus,
    RemoteBadgePrint,
    RemoteCategory,
    Revocation,
)
from kiosk.core.model import (
    BadgeCategory,
    BadgeIssue,
    CheckIn,
    Event,
    ParticipantStatus,
    Room,
    ScanSource,
    Session,
    Track,
)
from kiosk.core.photos import OutgoingPhoto
from kiosk.sync.fields import Fields, bad
from kiosk.sync.participant_page import FeedParticipant, participant_page
from kiosk.sync.participant_wire import quick_change

log = logging.getLogger(__name__)

E = TypeVar("E", bound=enum.Enum)
KEY_BYTES = 32


def _choice(enum_type: type[E], fields: Fields, key: str) -> E:
    text = fields.text(key)
    try:
        return enum_type(text)
    except ValueError:
        raise bad(f"'{text[:40]}' is not a known {key}") from None


# --- the change feed --------------------------------------------------------------------------


def _event(f: Fields) -> Event:
    return Event(
        id=f.whole("id"),
        code=f.text("code"),
        title=f.text("title"),
        venue=f.text("venue"),
        timezone=f.text("timezone", non_empty=True),
        start=f.day("start"),
        end=f.day("end"),
        pickup_from=f.day("pickup_from"),
        is_sample=f.flag("is_sample"),
        title_translations=f.translations("title_translations"),
        desk_location=f.text("desk_location", ""),
        desk_location_translations=f.translations("desk_location_translations"),
    )


def _category(f: Fields) -> RemoteCategory:
    category = BadgeCategory(
        code=f.text("code", non_empty=True),
        number=f.whole("number", 0, 255),
        label=f.text("label"),
        colour=f.text("colour"),
        collect_at_desk=f.flag("collect_at_desk"),
        needs_photo=f.flag("needs_photo"),
        label_translations=f.translations("label_translations"),
    )
    return RemoteCategory(f.whole("event_id"), category)


def _participant(f: Fields) -> FeedParticipant:
    return FeedParticipant(
        registration_id=f.whole("registration_id"),
        event_id=f.whole("event_id"),
        given_name=f.text("given_name"),
        family_name=f.text("family_name"),
        badge_name=f.text("badge_name"),
        native_name=f.text("native_name", ""),
        organisation=f.text("organisation", ""),
        country=f.text("country", ""),
        email=f.text("email", ""),
        category=f.text("category", non_empty=True),
        status=_choice(ParticipantStatus, f, "status"),
        reissue=f.whole("reissue", 0, 255),
        valid_from=f.maybe_day("valid_from"),
        valid_until=f.maybe_day("valid_until"),
        is_sample=f.flag("is_sample"),
        is_provisional=f.flag("is_provisional"),
        secret_hashes=f.texts("secret_hashes"),
    )


def _session(f: Fields) -> Session:
    return Session(
        id=f.whole("id"),
        event_id=f.whole("event_id"),
        title=f.text("title"),
        kind=f.text("kind"),
        track=f.text("track", ""),
        room=f.text("room", ""),
        starts_at=f.moment("starts_at"),
        ends_at=f.moment("ends_at"),
        languages=f.texts("languages"),
        action_lines=f.texts("action_lines"),
        is_sample=f.flag("is_sample"),
        title_translations=f.translations("title_translations"),
    )


def _withdrawn_session(f: Fields) -> int:
    f.whole("event_id")
    return f.whole("id")


def _room(f: Fields) -> Room:
    return Room(
        event_id=f.whole("event_id"),
        name=f.text("name", non_empty=True),
        building=f.text("building", ""),
        floor=f.text("floor", ""),
        directions=f.text("directions", ""),
        name_translations=f.translations("name_translations"),
        building_translations=f.translations("building_translations"),
        floor_translations=f.translations("floor_translations"),
        directions_translations=f.translations("directions_translations"),
        is_sample=f.flag("is_sample"),
    )


def _track(f: Fields) -> Track:
    return Track(
        event_id=f.whole("event_id"),
        code=f.text("code", non_empty=True),
        label=f.text("label"),
        label_translations=f.translations("label_translations"),
    )


def _key(f: Fields) -> PublicKey:
    status = _choice(KeyStatus, f, "status")
    public = f.blob("public_key", KEY_BYTES)
    return PublicKey(f.whole("key_id", 0, 255), public, status, False, f.text("label", ""))


def _revocation(f: Fields) -> Revocation:
    return Revocation(f.whole("registration_id"), f.whole("reissue", 0, 255), f.text("reason", ""))


def _device_key(f: Fields) -> DeviceKeyInfo:
    status = f.text("status")
    if status not in ("active", "revoked"):
        raise bad(f"'{status[:40]}' is not a device key status")
    return DeviceKeyInfo(
        f.whole("key_id", 0, 2**32 - 1), f.text("kiosk_id"), f.blob("public_key", KEY_BYTES), status
    )


def _check_in(f: Fields) -> CheckIn:
    return CheckIn(
        id=f.text("id", non_empty=True),
        registration_id=f.whole("registration_id"),
        event_id=f.whole("event_id"),
        at=f.moment("at"),
        kiosk_id=f.text("kiosk_id"),
        source=_choice(ScanSource, f, "source"),
    )


def _badge_print(f: Fields) -> RemoteBadgePrint:
    issue = BadgeIssue(
        id=f.text("id", non_empty=True),
        registration_id=f.whole("registration_id"),
        badge_version=f.whole("badge_version"),
        at=f.moment("at"),
        kiosk_id=f.text("kiosk_id"),
        printer=f.text("printer", ""),
        reason=f.text("reason", "first"),
    )
    return RemoteBadgePrint(
        issue,
        f.text("job_id", ""),
        f.maybe_whole("device_key_id"),
        f.maybe_moment("deactivated_at"),
    )


def _conflict(f: Fields) -> Conflict:
    raw_id = f.whole("id") if isinstance(f.raw("id"), int) else f.text("id", non_empty=True)
    return Conflict(
        id=str(raw_id),
        registration_id=f.whole("registration_id"),
        kind=f.text("kind"),
        opened_at=f.moment("opened_at"),
        closed_at=f.maybe_moment("closed_at"),
        detail=f.text("detail", ""),
    )


_KINDS: dict[str, tuple[str, Callable[[Fields], Any]]] = {
    "event": ("events", _event),
    "category": ("categories", _category),
    "participant": ("participants", _participant),
    "session": ("sessions", _session),
    "session_withdrawn": ("withdrawn_sessions", _withdrawn_session),
    "room": ("rooms", _room),
    "track": ("tracks", _track),
    "key": ("keys", _key),
    "revocation": ("revocations", _revocation),
    "device_key": ("device_keys", _device_key),
    "checkin": ("checkins", _check_in),
    "badge_print": ("badge_prints", _badge_print),
    "conflict": ("conflicts", _conflict),
}


def change_page(body: Any, since: int) -> ChangePage:
    """A page of the change feed, checked whole before any of it is applied."""
    top = Fields(body, "changes answer")
    end = _page_end(top, since)
    grouped: dict[str, list[Any]] = {name: [] for name, _ in _KINDS.values()}
    changes = top.items("changes")
    people = grouped["participants"]
    programme: list[Session | int] = []  # sessions and withdrawn ids, in the feed's order
    for index, raw in enumerate(changes):
        person = quick_change(raw, since, end)
        if person is not None:
            people.append(person)
            continue
        change = Fields(raw, f"changes[{index}]")
        seq = change.whole("seq")
        if not since < seq <= end:
            raise bad(f"changes[{index}].seq {seq} is outside {since}..{end}")
        kind = change.text("kind")
        if kind not in _KINDS:
            log.info("change kind %r is unknown to this kiosk; skipped", kind[:40])
            continue
        name, parse = _KINDS[kind]
        value = parse(change.child("data"))
        grouped[name].append(value)
        if name in _PROGRAMME:
            programme.append(value)
    _latest_programme(grouped, programme)
    frozen = {name: tuple(values) for name, values in grouped.items()}
    more, server_time = _page_more(top, since, end)
    return ChangePage(since, end, more, server_time, count=len(changes), **frozen)


_PROGRAMME = ("sessions", "withdrawn_sessions")


def _latest_programme(grouped: dict[str, list[Any]], programme: list[Session | int]) -> None:
    """A page's sessions and withdrawals as the last state of each id, so the store may apply
    the two lists in any order: a session withdrawn, then published again, stays; published,
    then withdrawn, goes (``programme`` is in the page's order, which is the feed's)."""
    if not grouped["withdrawn_sessions"]:
        return
    latest: dict[int, Session | None] = {}
    for item in programme:
        if isinstance(item, int):
            latest[item] = None
        else:
            latest[item.id] = item
    grouped["sessions"] = [s for s in latest.values() if s is not None]
    grouped["withdrawn_sessions"] = [i for i, s in latest.items() if s is None]


def quick_change_page(content: bytes, since: int) -> ChangePage | None:
    """The page in the answer's bytes if it holds only participants, all well formed (checked
    in C, the same rules as ``change_page``); None leaves the answer to ``change_page``."""
    quick = participant_page(content)
    if quick is None:
        return None
    top = Fields(quick.top, "changes answer")
    end = _page_end(top, since)
    more, server_time = _page_more(top, since, end)
    people = quick.people
    return ChangePage(since, end, more, server_time, count=len(people), participants=people)


def _page_end(top: Fields, since: int) -> int:
    start, end = top.whole("since"), top.whole("next")
    if start != since or end < since:
        raise bad(f"page {start}..{end} does not continue from watermark {since}")
    return end


def _page_more(top: Fields, since: int, end: int) -> tuple[bool, datetime | None]:
    more = top.flag("more")
    if more and end == since:
        raise bad("the registry says there is more but gives nothing")
    return more, top.maybe_moment("server_time")


def enrollment(body: Any) -> Enrollment:
    f = Fields(body, "enrollment answer")
    return Enrollment(
        kiosk_id=f.text("kiosk_id", non_empty=True),
        token=f.text("token", non_empty=True),
        device_key_id=f.whole("device_key_id", 0, 2**32 - 1),
        event_id=f.maybe_whole("event_id"),
        keys=tuple(_key(Fields(k, "key")) for k in f.items("keys")),
        server_time=f.maybe_moment("server_time"),
        simulated_time=_clock_start(f),
    )


def _clock_start(f: Fields) -> str:
    """The registry's sample clock: an ISO time with an offset, or nothing."""
    text = f.text("simulated_time", default="")
    if text:
        f.moment("simulated_time")  # refuses a text that is not an ISO time with an offset
    return text


def push_results(body: Any, sent: Sequence[OutboxEntry]) -> list[PushResult]:
    """The registry's verdict on each item sent; an item it did not mention stays pending."""
    wanted = {entry.id for entry in sent}
    results = []
    for index, raw in enumerate(Fields(body, "outbox answer").items("results")):
        f = Fields(raw, f"results[{index}]")
        item_id = f.text("id")
        if item_id not in wanted:
            raise bad(f"results[{index}] answers an item that was not sent")
        status = _choice(PushStatus, f, "status")
        results.append(PushResult(item_id, status, f.text("code", ""), f.text("message", "")))
    return results


# --- what the kiosk sends ------------------------------------------------------------------------


def push_body(items: Sequence[OutboxEntry]) -> dict[str, Any]:
    return {"items": [_item(entry) for entry in items]}


def _item(entry: OutboxEntry) -> dict[str, Any]:
    data = json.loads(entry.payload)
    if entry.kind is OutboxKind.BADGE_PRINT and isinstance(data.get("printer"), str):
        data["printer"] = printer_name(data["printer"])
    return {"id": entry.id, "kind": entry.kind.value, "data": data}


def printer_name(uri: str) -> str:
    """A printer URI without what may be secret: user, password, query ("cups://Badges")."""
    parts = urlsplit(uri)
    if not parts.netloc:
        return uri.split("?", 1)[0]
    host = parts.netloc.rsplit("@", 1)[-1]
    return f"{parts.scheme}://{host}{parts.path}"


def photo_body(photo: OutgoingPhoto) -> dict[str, Any]:
    return {
        "sha256": photo.sha256,
        "taken_at": photo.taken_at.isoformat(),
        "jpeg": base64.b64encode(photo.jpeg).decode("ascii"),
    }


def photo_accepted(answer: Fields) -> bool:
    """True for "accepted", False for "duplicate" (the registry had this photo already)."""
    status = answer.text("status")
    if status not in ("accepted", "duplicate"):
        raise bad(f"photo.status is {status[:40]!r}, not accepted or duplicate")
    return status == "accepted"


def heartbeat_body(beat: Heartbeat) -> dict[str, Any]:
    return {
        "app_version": beat.app_version[:40],
        "outbox_length": beat.outbox_length,
        "watermark": beat.watermark,
        "data_age_s": beat.data_age_s,
        "printer": {
            "name": beat.printer_name[:200],
            "state": beat.printer_state,
            "paper": beat.paper,
        },
        "last_error": beat.last_error[:500],
        "sent_at": beat.sent_at.isoformat(),
        "registry": beat.registry[:200],
    }
