"""A page of pretix orders as roster entries, other devices' check-ins and conflicts (pure).

Each order position is one registration (registration_id = the position's id). Its ticket secret
is kept only as a hash (kiosk.core.foreign_codes). Its check-ins on the kiosk's list come back as
the kiosk's remote check-ins, with a stable id per pretix check-in; the ones this kiosk's own
device uploaded are already in its journal and are left out, so nothing counts twice. Two entries
on the list without an exit between them open a conflict for the desk's Exceptions queue.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.core.exchange import Conflict, RemoteBadgePrint, RosterEntry
from kiosk.core.foreign_codes import canonical_secret, secret_hash
from kiosk.core.model import BadgeIssue, CheckIn, ParticipantStatus, ScanSource
from kiosk.sync.fields import MAX_TEXT, Fields, bad
from kiosk.sync.participant_page import FeedParticipant
from kiosk.sync.pretix.catalog import CategoryRules, CheckinList, Item

DOUBLE_CHECK_IN = "double-check-in"  # the registry's conflict kind (kiosk/registry/conflicts.py)
_GONE = frozenset({"c", "e"})  # cancelled, expired


@dataclass(frozen=True, slots=True)
class OrderContext:
    """What reading a page needs besides the page: the event and the kiosk's side of it."""

    event_id: int
    list_id: int
    own_device: int
    rules: CategoryRules
    items: Mapping[int, Item] = field(default_factory=dict)
    checkin_list: CheckinList | None = None


@dataclass(slots=True)
class OrderPage:
    participants: list[RosterEntry] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    badge_prints: list[RemoteBadgePrint] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def read_orders(results: Iterable[object], context: OrderContext) -> OrderPage:
    page = OrderPage()
    for number, data in enumerate(results):
        order = Fields(data, f"orders[{number}]")
        status = order.text("status", default="p")
        valid_if_pending = (
            order.flag("valid_if_pending") if order.has("valid_if_pending") else False
        )
        email = order.text("email", default="")
        for index, raw in enumerate(order.items("positions")):
            position = Fields(raw, f"orders[{number}].positions[{index}]")
            if not _counts(position, context):
                continue
            page.participants.append(_entry(position, status, valid_if_pending, email, context))
            _read_checkins(position, context, page)
            _read_print_logs(position, context, page)
    return page


def _counts(position: Fields, context: OrderContext) -> bool:
    """A position the kiosk's list admits: an admission product the list covers."""
    item = context.items.get(position.whole("item"))
    if item is not None and not item.admission:
        return False
    listed = context.checkin_list
    return listed is None or listed.all_products or position.whole("item") in listed.products


def _entry(
    position: Fields, status: str, valid_if_pending: bool, email: str, context: OrderContext
) -> FeedParticipant:
    given, family, whole = _names(position)
    canonical = canonical_secret(position.text("secret", default=""))
    return FeedParticipant(
        registration_id=position.whole("id"),
        event_id=context.event_id,
        given_name=given,
        family_name=family,
        badge_name=whole,
        native_name=whole if not _is_latin(whole) else "",
        category=context.rules.code_for(context.items.get(position.whole("item"))),
        status=_status(position, status, valid_if_pending, context),
        reissue=0,
        organisation=_clip(position.text("company", default="")),
        country=_country(position.text("country", default="")),
        email=_clip(position.text("attendee_email", default="") or email),
        valid_from=_day(position, "valid_from"),
        valid_until=_day(position, "valid_until"),
        secret_hashes=(secret_hash(canonical),) if canonical else (),
    )


def _status(
    position: Fields, status: str, valid_if_pending: bool, context: OrderContext
) -> ParticipantStatus:
    if status in _GONE or position.flag("canceled") or bool(position.raw("blocked")):
        return ParticipantStatus.CANCELLED
    include_pending = context.checkin_list is not None and context.checkin_list.include_pending
    if status == "n" and not (valid_if_pending or include_pending):
        return ParticipantStatus.CANCELLED  # not paid (or not approved): pretix would refuse
    return ParticipantStatus.REGISTERED


def _names(position: Fields) -> tuple[str, str, str]:
    """(given, family, whole name) from attendee_name_parts, else from attendee_name."""
    parts = position.raw("attendee_name_parts")
    whole = position.text("attendee_name", default="").strip()
    given = family = ""
    if isinstance(parts, dict):
        text = {k: v.strip() for k, v in parts.items() if isinstance(v, str) and k != "_scheme"}
        given = text.get("given_name", "") or text.get("first_name", "")
        family = text.get("family_name", "") or text.get("last_name", "")
        if not (given or family):
            given = " ".join(v for k, v in text.items() if k not in ("title", "salutation") and v)
    if not (given or family) and whole:
        given, _, family = whole.rpartition(" ") if " " in whole else ("", "", whole)
    if not whole:
        # Chinese, Japanese and Korean names are written family name first, without a space.
        east_asian = _is_east_asian(given + family)
        whole = f"{family}{given}" if east_asian else f"{given} {family}".strip()
    if not whole:
        whole = f"#{position.whole('id')}"  # a position without a name (not personalised)
    return _clip(given), _clip(family), _clip(whole)


def _is_latin(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "LATIN") for ch in text)


def _is_east_asian(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    names = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")
    return bool(letters) and all(
        any(n in unicodedata.name(ch, "") for n in names) for ch in letters
    )


def _country(text: str) -> str:
    code = text.strip().upper()
    return code if len(code) == 2 and code.isalpha() else ""


def _clip(text: str) -> str:
    return text[:MAX_TEXT]


def _day(position: Fields, key: str) -> date | None:
    moment = position.maybe_moment(key)
    return moment.date() if moment else None


def _read_checkins(position: Fields, context: OrderContext, page: OrderPage) -> None:
    registration_id = position.whole("id")
    entries: list[tuple[datetime, int, int | None, str]] = []
    for index, raw in enumerate(position.raw("checkins") or []):
        c = Fields(raw, f"position {registration_id}.checkins[{index}]")
        if c.whole("list") != context.list_id:
            continue
        device = c.maybe_whole("device_id")
        kind = c.text("type", default="entry")
        if kind not in ("entry", "exit"):
            raise bad(f"position {registration_id}.checkins[{index}].type is {kind[:20]!r}")
        entries.append((c.moment("datetime"), c.whole("id"), device, kind))
        if kind == "entry" and device != context.own_device:
            page.checkins.append(
                CheckIn(
                    id=f"pretix-checkin-{c.whole('id')}",
                    registration_id=registration_id,
                    event_id=context.event_id,
                    at=c.moment("datetime"),
                    kiosk_id=f"pretix-device-{device}" if device is not None else "pretix",
                    source=ScanSource.SCANNER if device is not None else ScanSource.DESK,
                )
            )
    listed = context.checkin_list
    if listed is not None and listed.allow_multiple_entries:
        return  # entering twice is allowed on this list: nothing for staff
    conflict = _double_entry(sorted(entries, key=lambda e: (e[0], e[1])), registration_id, context)
    if conflict is not None:
        page.conflicts.append(conflict)


def _read_print_logs(position: Fields, context: OrderContext, page: OrderPage) -> None:
    """Badges other devices printed (pretix's print log, type "badge"): the person has one.

    Versions count the successful badge prints in time order; this kiosk's own are in its
    journal already and are left out."""
    registration_id = position.whole("id")
    logs = []
    for index, raw in enumerate(position.raw("print_logs") or []):
        log = Fields(raw, f"position {registration_id}.print_logs[{index}]")
        if log.text("type", default="") == "badge" and log.flag("successful", True):
            logs.append((log.moment("datetime"), log.whole("id"), log.maybe_whole("device_id")))
    for version, (at, log_id, device) in enumerate(sorted(logs, key=lambda e: (e[0], e[1])), 1):
        if device is not None and device == context.own_device:
            continue
        issue = BadgeIssue(
            id=f"pretix-print-{log_id}",
            registration_id=registration_id,
            badge_version=version,
            at=at,
            kiosk_id=f"pretix-device-{device}" if device is not None else "pretix",
            printer="pretix",
        )
        page.badge_prints.append(RemoteBadgePrint(issue))


def _double_entry(
    entries: list[tuple[datetime, int, int | None, str]],
    registration_id: int,
    context: OrderContext,
) -> Conflict | None:
    """The first entry that followed another entry with no exit between them, as a conflict."""
    inside: tuple[datetime, int, int | None, str] | None = None
    for entry in entries:
        if entry[3] == "exit":
            inside = None
        elif inside is None:
            inside = entry
        else:
            where = [_device_words(e[2], context) for e in (inside, entry)]
            return Conflict(
                id=f"pretix-{context.list_id}-{registration_id}-{inside[1]}-{entry[1]}",
                registration_id=registration_id,
                kind=DOUBLE_CHECK_IN,
                opened_at=entry[0],
                detail=f"checked in at {where[0]} and at {where[1]} (pretix)",
            )
    return None


def _device_words(device: int | None, context: OrderContext) -> str:
    if device is None:
        return "pretix's back office"
    if device == context.own_device:
        return "this kiosk"
    return f"pretix device {device}"
