"""pretix's event, products and check-in lists as the kiosk's event, badge categories and keys.

Products ("items") map to badge categories (docs/pretix.md, "Badge categories"): the
``[pretix.categories]`` setting names a category code for an item id or an item's internal
name; without an entry, an item whose internal name is a known code takes that category, and any
other item the default (PAR, Participant).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)

from kiosk.core.exchange import RemoteCategory, TicketKey
from kiosk.core.model import BadgeCategory, Event
from kiosk.core.translations import FALLBACK_LANGUAGE, frozen
from kiosk.sync.fields import Fields, bad

DEFAULT_CATEGORY = "PAR"
SIG1 = "pretix_sig1"
# pretix's language codes for the UN languages other than English (zh: Simplified Chinese).
_LANGUAGES = {"fr": ("fr",), "es": ("es",), "ru": ("ru",), "zh": ("zh-hans", "zh"), "ar": ("ar",)}


@dataclass(frozen=True, slots=True)
class CategoryRules:
    """Which badge category a pretix product gives (built from settings by the composition)."""

    known: Mapping[str, BadgeCategory]  # code -> the category's definition
    by_item: Mapping[str, str] = field(default_factory=dict)  # item id or internal name -> code
    default: str = DEFAULT_CATEGORY

    def code_for(self, item: Item | None) -> str:
        if item is None:
            return self.default
        for key in (str(item.id), item.internal_name):
            if key and key in self.by_item:
                return self.by_item[key]
        if item.internal_name.upper() in self.known:
            return item.internal_name.upper()
        return self.default


@dataclass(frozen=True, slots=True)
class Item:
    id: int
    internal_name: str
    admission: bool


@dataclass(frozen=True, slots=True)
class CheckinList:
    id: int
    name: str
    include_pending: bool
    all_products: bool
    products: frozenset[int]
    allow_multiple_entries: bool = False


def event_number(organizer: str, event: str) -> int:
    """A stable event id (1-65535, the badge credential's width) for a pretix event's slugs."""
    digest = hashlib.sha256(f"pretix:{organizer}/{event}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % 65535 + 1


def translated(value: object, where: str) -> tuple[str, Mapping[str, str]]:
    """pretix's i18n text ({"en": ..., "fr": ...} or a plain text) as English + translations."""
    if isinstance(value, str):
        return value, frozen({})
    if value is None:
        return "", frozen({})
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise bad(f"{where} is not a text by language")
    english = value.get(FALLBACK_LANGUAGE) or next(iter(value.values()), "")
    others = {}
    for ours, theirs in _LANGUAGES.items():
        text = next((value[code] for code in theirs if value.get(code)), "")
        if text:
            others[ours] = text
    return english, frozen(others)


def read_event(data: object, organizer: str, slug: str) -> tuple[Event, tuple[TicketKey, ...]]:
    """``GET /organizers/{o}/events/{e}/``: the event, and its pretix_sig1 signing keys."""
    f = Fields(data, "event")
    title, title_translations = translated(f.raw("name"), "event.name")
    venue, _ = translated(f.raw("location"), "event.location")
    zone_name = f.text("timezone", default="UTC") or "UTC"
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise bad(f"event.timezone {zone_name[:40]!r} is not a time zone") from None
    starts = f.moment("date_from").astimezone(zone)
    ends = f.maybe_moment("date_to")
    event_id = event_number(organizer, slug)
    event = Event(
        id=event_id,
        code=slug,
        title=title or slug,
        venue=venue.replace("\n", ", ")[:200],
        timezone=zone_name,
        start=starts.date(),
        end=(ends.astimezone(zone) if ends else starts).date(),
        # ITU hands badges out from the day before the opening (docs/pretix.md).
        pickup_from=starts.date() - timedelta(days=1),
        title_translations=title_translations,
    )
    keys = f.child("valid_keys").texts(SIG1) if f.has("valid_keys") else ()
    return event, tuple(_ticket_key(text, event_id) for text in keys)


def _ticket_key(text: str, event_id: int) -> TicketKey:
    """A base64-encoded PEM public key, as pretix lists it, as a raw 32-byte Ed25519 key."""
    try:
        pem = base64.b64decode(text, validate=True)
        key = load_pem_public_key(pem)
    except (binascii.Error, ValueError, TypeError):
        raise bad("event.valid_keys.pretix_sig1 holds a key that is not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise bad("event.valid_keys.pretix_sig1 holds a key that is not Ed25519")
    raw = key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return TicketKey(SIG1, hashlib.sha256(raw).hexdigest()[:16], raw, event_id)


def read_items(results: Iterable[object]) -> dict[int, Item]:
    items = {}
    for number, data in enumerate(results):
        f = Fields(data, f"items[{number}]")
        item = Item(f.whole("id"), f.text("internal_name", default=""), f.flag("admission", True))
        items[item.id] = item
    return items


def read_lists(results: Iterable[object]) -> dict[int, CheckinList]:
    lists = {}
    for number, data in enumerate(results):
        f = Fields(data, f"checkinlists[{number}]")
        products = f.raw("limit_products") or []
        if not isinstance(products, list) or not all(type(p) is int for p in products):
            raise bad(f"checkinlists[{number}].limit_products is not a list of ids")
        lists[f.whole("id")] = CheckinList(
            f.whole("id"),
            f.text("name", default=""),
            f.flag("include_pending"),
            f.flag("all_products", True),
            frozenset(products),
            f.flag("allow_multiple_entries"),
        )
    return lists


def categories_for(
    rules: CategoryRules, items: Iterable[Item], event_id: int
) -> tuple[RemoteCategory, ...]:
    """The badge categories the event's products give, plus the default."""
    codes = {rules.code_for(item) for item in items} | {rules.default}
    return tuple(
        RemoteCategory(event_id, rules.known[code]) for code in sorted(codes) if code in rules.known
    )


def describe_lists(lists: Sequence[CheckinList]) -> str:
    return ", ".join(f"{c.id} ({c.name})" if c.name else str(c.id) for c in lists)
