"""The kiosk's registry client for a pretix event (docs/pretix.md).

It implements kiosk.sync.client.RegistryClient, so the sync engine runs a pretix event like its
own registry: ``enroll`` initialises a pretix device, ``changes`` reads the event, its products,
revoked and blocked secrets and its orders page by page (the position in the cursor, cursor.py),
``push`` redeems the kiosk's check-ins and logs its badge prints, ``heartbeat`` tells pretix the
kiosk's software version when it changed, and ``upload_photo`` has nothing to send to (pretix keeps
no badge photos). It keeps no state between calls that correctness depends on: the products and
check-in lists it remembers are a cache, read again whenever a page names an unknown product.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from kiosk.core.exchange import (
    ChangePage,
    Enrollment,
    Heartbeat,
    OutboxEntry,
    PushResult,
    SecretBlock,
)
from kiosk.core.foreign_codes import canonical_secret, secret_hash
from kiosk.core.photos import OutgoingPhoto
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.fields import Fields, bad
from kiosk.sync.pretix import cursor as cursors
from kiosk.sync.pretix.address import parse_target, setup_code
from kiosk.sync.pretix.catalog import (
    CategoryRules,
    CheckinList,
    Item,
    categories_for,
    describe_lists,
    event_number,
    read_event,
    read_items,
    read_lists,
)
from kiosk.sync.pretix.orders import OrderContext, read_orders
from kiosk.sync.pretix.push import PushTarget, push_one
from kiosk.sync.pretix.transport import PretixTransport, json_of, pretix_words

MAX_PAGE = 50  # pretix's largest page_size (pretix.api.pagination: max_page_size = 50)
MAX_LIST_PAGES = 2000  # revoked secrets: 100,000 at 50 a page
SOFTWARE_BRAND = "wsis-kiosk"  # never "pretixscan...": pretix treats those as untrusted scanners
_ORDER_EXCLUDES = ("fees", "payments", "refunds", "invoice_address", "customer", "downloads")


@dataclass(frozen=True, slots=True)
class PretixLink:
    """What an enrolled kiosk's registry.json says about its pretix event."""

    root: str
    organizer: str
    event: str
    list_id: int
    device_id: int
    software_version: str = ""  # the kiosk's version pretix was last told

    @classmethod
    def from_detail(cls, url: str, detail: Mapping[str, str]) -> PretixLink:
        try:
            return cls(
                root=detail.get("root") or parse_target(url).root,
                organizer=detail["organizer"],
                event=detail["event"],
                list_id=int(detail["checkin_list"]),
                device_id=int(detail["device_id"]),
                software_version=detail.get("software_version", ""),
            )
        except (KeyError, ValueError):
            raise SyncError(
                SyncProblem.UNAUTHENTICATED,
                "registry.json lacks the pretix event's details; enroll the kiosk again",
            ) from None

    @property
    def event_id(self) -> int:
        return event_number(self.organizer, self.event)

    @property
    def event_path(self) -> str:
        return f"/organizers/{self.organizer}/events/{self.event}"


def device_description(app_version: str) -> dict[str, str]:
    """The kiosk's hardware and software as pretix lists its devices."""
    return {
        "hardware_brand": "WSIS kiosk",
        "hardware_model": (platform.machine() or "PC")[:190],
        "os_name": (platform.system() or "unknown")[:190],
        "os_version": (platform.release() or "unknown")[:190],
        "software_brand": SOFTWARE_BRAND,
        "software_version": app_version[:190],
    }


class PretixClient:
    """A pretix event's client. Without ``link`` it can only enroll (``url`` names the event)."""

    def __init__(
        self,
        url: str,
        token: str = "",
        *,
        link: PretixLink | None = None,
        rules: CategoryRules | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._url = url
        self._link = link
        self._rules = rules or CategoryRules(known={})
        self._transport = transport
        self._sleep = sleep
        root = link.root if link else parse_target(url).root
        self._http = PretixTransport(root, token, transport=transport, sleep=sleep)
        self._items: dict[int, Item] = {}
        self._lists: dict[int, CheckinList] = {}
        self._told_version = link.software_version if link else ""

    def close(self) -> None:
        self._http.close()

    # -- enroll ---------------------------------------------------------------------------

    def enroll(self, code: str, device_public_key: bytes, app_version: str) -> Enrollment:
        """Initialise a pretix device with its one-time token; pick the event's check-in list."""
        del device_public_key  # pretix holds no kiosk keys: the kiosk keeps its own
        target = parse_target(self._url)
        qr_url, token = setup_code(code)
        theirs, ours = urlsplit(qr_url).netloc, urlsplit(target.root).netloc
        if qr_url and theirs != ours:
            raise SyncError(
                SyncProblem.ENROLLMENT_CODE_INVALID, f"this setup code is for {theirs}, not {ours}"
            )
        path = "/device/initialize"
        response = self._http.send(
            "POST", path, body={"token": token, **device_description(app_version)}, accept=(400,)
        )
        if response.status_code == 400:
            raise SyncError(
                SyncProblem.ENROLLMENT_CODE_INVALID,
                f"pretix refused the device token: {pretix_words(response) or 'HTTP 400'}",
            )
        device = Fields(json_of(response, path), "device/initialize")
        organizer, device_id = device.text("organizer", non_empty=True), device.whole("device_id")
        api_token = device.text("api_token", non_empty=True)
        if target.organizer and target.organizer != organizer:
            raise SyncError(
                SyncProblem.ENROLLMENT_CODE_INVALID,
                f"this device belongs to pretix organizer {organizer!r}, not {target.organizer!r}",
            )
        with PretixTransport(
            target.root, api_token, transport=self._transport, sleep=self._sleep
        ) as http:
            event = target.event or _only_event(http, organizer)
            list_id = _pick_list(http, organizer, event, target.list_id)
        return Enrollment(
            kiosk_id=f"pretix-{organizer}-{device_id}",
            token=api_token,
            device_key_id=0,
            event_id=event_number(organizer, event),
            holds_device_keys=False,
            detail=(
                ("root", target.root),
                ("organizer", organizer),
                ("event", event),
                ("checkin_list", str(list_id)),
                ("device_id", str(device_id)),
                ("software_version", app_version),
            ),
        )

    # -- push -----------------------------------------------------------------------------

    def push(self, items: Sequence[OutboxEntry]) -> list[PushResult]:
        link = self._require_link()
        target = PushTarget(link.organizer, link.event, link.list_id, link.device_id)
        return [push_one(self._http.send, target, entry) for entry in items]

    # -- changes --------------------------------------------------------------------------

    def changes(self, since: int, limit: int) -> ChangePage:
        link = self._require_link()
        try:
            position = cursors.decode(since)
        except ValueError as exc:
            raise SyncError(SyncProblem.FEED_RESET, f"pretix sync position: {exc}") from None
        page_size = max(1, min(limit, MAX_PAGE))
        orders, more, generated = self._orders(link, position, page_size)
        extra: dict[str, Any] = {}
        if position.starts_round:
            if generated is None:
                raise bad("pretix's first page of orders has no X-Page-Generated header")
            try:
                position = position.with_watermark(cursors.watermark_seconds(generated))
            except ValueError as exc:
                raise bad(f"pretix's orders page: {exc}") from None
            if position.catalog_due():
                extra.update(self._catalog(link))
                position = position.with_catalog()
            extra["secret_blocks"] = self._secret_blocks(link, position)
        self._ensure_catalog(link, orders)
        context = OrderContext(
            link.event_id,
            link.list_id,
            link.device_id,
            self._rules,
            self._items,
            self._lists.get(link.list_id),
        )
        read = read_orders(orders, context)
        count = len(read.participants) + len(read.checkins) + len(read.conflicts)
        count += len(read.badge_prints)
        count += sum(len(v) for v in extra.values())
        return ChangePage(
            since=since,
            next=cursors.encode(position.after_page(more)),
            more=more,
            server_time=_moment(generated),
            participants=tuple(read.participants),
            checkins=tuple(read.checkins),
            badge_prints=tuple(read.badge_prints),
            conflicts=tuple(read.conflicts),
            count=count,
            **extra,
        )

    def _orders(
        self, link: PretixLink, position: cursors.Cursor, page_size: int
    ) -> tuple[list[Any], bool, str | None]:
        params: dict[str, Any] = {
            "testmode": "false",
            "include_canceled_positions": "true",
            "page_size": page_size,
            "page": position.page,
            "exclude": list(_ORDER_EXCLUDES),
        }
        if position.phase is cursors.Phase.FIRST:
            params["ordering"] = "datetime"
        else:
            params["ordering"] = "-last_modified"
            params["modified_since"] = cursors.as_query_time(position.since)
        path = f"{link.event_path}/orders/"
        response = self._http.send("GET", path, params=params, accept=(404,))
        if response.status_code == 404:
            if position.page > 1:  # orders were deleted since the last page: the round is over
                return [], False, None
            raise SyncError(
                SyncProblem.DEVICE_REVOKED,
                f"pretix knows no event {link.organizer}/{link.event} for this device",
            )
        page = Fields(json_of(response, path), "orders")
        return (
            page.items("results"),
            page.raw("next") is not None,
            response.headers.get("X-Page-Generated"),
        )

    def _catalog(self, link: PretixLink) -> dict[str, Any]:
        path = f"{link.event_path}/"
        event, keys = read_event(
            json_of(self._http.send("GET", path), path), link.organizer, link.event
        )
        self._items = read_items(self._all(f"{link.event_path}/items/", {}))
        self._lists = read_lists(self._all(f"{link.event_path}/checkinlists/", {}))
        if link.list_id not in self._lists:
            raise SyncError(
                SyncProblem.DEVICE_REVOKED,
                f"pretix's check-in list {link.list_id} is gone: enroll the kiosk again",
            )
        categories = categories_for(self._rules, self._items.values(), link.event_id)
        return {"events": (event,), "categories": categories, "ticket_keys": keys}

    def _ensure_catalog(self, link: PretixLink, orders: list[Any]) -> None:
        """Products and lists, read again when a page names a product not seen yet."""
        wanted = {
            position.get("item")
            for order in orders
            if isinstance(order, dict)
            for position in order.get("positions") or []
            if isinstance(position, dict)
        }
        if self._lists and not {w for w in wanted if isinstance(w, int)} - self._items.keys():
            return
        self._items = read_items(self._all(f"{link.event_path}/items/", {}))
        self._lists = read_lists(self._all(f"{link.event_path}/checkinlists/", {}))

    def _secret_blocks(self, link: PretixLink, position: cursors.Cursor) -> tuple[SecretBlock, ...]:
        delta = position.phase is cursors.Phase.DELTA
        since = cursors.as_query_time(position.since) if delta else ""
        revoked = self._all(
            f"{link.event_path}/revokedsecrets/",
            {"ordering": "-created", **({"created_since": since} if delta else {})},
        )
        blocked = self._all(
            f"{link.event_path}/blockedsecrets/",
            {"ordering": "-updated", **({"updated_since": since} if delta else {})},
        )
        found = []
        for name, rows in (("revoked", revoked), ("blocked", blocked)):
            for number, row in enumerate(rows):
                f = Fields(row, f"{name}secrets[{number}]")
                canonical = canonical_secret(f.text("secret"))
                if canonical is None:
                    continue  # not a secret the kiosk could ever match
                stamp = f.maybe_moment("created" if name == "revoked" else "updated")
                flag = f.flag("blocked", True) if name == "blocked" else True
                found.append(SecretBlock(secret_hash(canonical), name, flag, stamp))
        return tuple(found)

    def _all(self, path: str, params: dict[str, Any]) -> list[Any]:
        """Every result of a paginated list, page by page."""
        results: list[Any] = []
        for page in range(1, MAX_LIST_PAGES + 1):
            response = self._http.send(
                "GET", path, params={**params, "page": page, "page_size": MAX_PAGE}
            )
            answer = Fields(json_of(response, path), path.rstrip("/").rsplit("/", 1)[-1])
            results.extend(answer.items("results"))
            if answer.raw("next") is None:
                return results
        raise bad(f"{path} has more than {MAX_LIST_PAGES} pages")

    # -- heartbeat, photos ---------------------------------------------------------------

    def heartbeat(self, beat: Heartbeat) -> datetime | None:
        """pretix has no heartbeat; it is told the kiosk's software version once it changed."""
        if self._link is None or beat.app_version == self._told_version:
            return None
        self._http.send("POST", "/device/update", body=device_description(beat.app_version))
        self._told_version = beat.app_version
        return None

    def upload_photo(self, photo: OutgoingPhoto) -> bool:
        """pretix keeps no badge photos: nothing is sent; the photo stays on the kiosk."""
        del photo
        return False

    def _require_link(self) -> PretixLink:
        if self._link is None:
            raise SyncError(SyncProblem.UNAUTHENTICATED, "this kiosk is not enrolled with pretix")
        return self._link


def _only_event(http: PretixTransport, organizer: str) -> str:
    path = f"/organizers/{organizer}/events/"
    answer = Fields(json_of(http.send("GET", path), path), "events")
    slugs = [Fields(e, "event").text("slug") for e in answer.items("results")]
    if len(slugs) != 1:
        raise SyncError(
            SyncProblem.REFUSED,
            f"name the event in the URL (pretix+https://HOST/{organizer}/EVENT/): this device "
            f"sees {len(slugs)} events: {', '.join(slugs[:10])}",
        )
    return slugs[0]


def _pick_list(http: PretixTransport, organizer: str, event: str, wanted: int | None) -> int:
    path = f"/organizers/{organizer}/events/{event}/checkinlists/"
    response = http.send("GET", path, accept=(404,))
    if response.status_code == 404:
        raise SyncError(SyncProblem.REFUSED, f"pretix has no event {organizer}/{event} here")
    lists = read_lists(Fields(json_of(response, path), "checkinlists").items("results"))
    if wanted is not None:
        if wanted not in lists:
            raise SyncError(
                SyncProblem.REFUSED,
                f"event {event} has no check-in list {wanted}; its lists: "
                + (describe_lists(list(lists.values())) or "none"),
            )
        return wanted
    if len(lists) == 1:
        return next(iter(lists))
    raise SyncError(
        SyncProblem.REFUSED,
        f"event {event} has {len(lists)} check-in lists: add ?list=ID to the URL, one of "
        + (describe_lists(list(lists.values())) or "none (create one in pretix)"),
    )


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return None
