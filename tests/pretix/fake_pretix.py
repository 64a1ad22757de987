"""A pretix server in memory for fast client tests, built from the real answers in recorded/.

It serves the device API the kiosk's pretix client calls, through httpx.MockTransport: paginated
lists (page, page_size up to 50, ``next`` links as pretix writes them), ``X-Page-Generated``,
``modified_since`` on orders, redeem on a check-in list by position id (nonce, force), print logs,
device initialisation and update. ``faults`` queues answers to send instead, by path prefix.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx

RECORDED = Path(__file__).with_name("recorded")
DEVICE_TOKEN = "DEVICE-TOKEN"
INIT_TOKEN = "INIT-TOKEN"
START = datetime(2026, 12, 1, 7, 30, 0, tzinfo=UTC)  # after the recorded orders


def recorded(name: str) -> Any:
    return json.loads((RECORDED / f"{name}.json").read_text(encoding="utf-8"))


def stamp(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def all_orders() -> list[dict[str, Any]]:
    """The four seeded orders, as pretix listed them (first page and page 2)."""
    first = recorded("orders-first-page")["body"]["results"]
    second = recorded("orders-page-2")["body"]["results"]
    return copy.deepcopy(first + second)


@dataclass
class FakePretix:
    organizer: str = "itu"
    event_slug: str = "wsis22"
    list_id: int = 1
    device_id: int = 1
    now: datetime = START
    event: dict[str, Any] = field(default_factory=lambda: recorded("event")["body"])
    items: list[dict[str, Any]] = field(
        default_factory=lambda: recorded("items")["body"]["results"]
    )
    lists: list[dict[str, Any]] = field(
        default_factory=lambda: recorded("checkinlists")["body"]["results"]
    )
    orders: list[dict[str, Any]] = field(default_factory=all_orders)
    revoked: list[dict[str, Any]] = field(default_factory=list)
    blocked: list[dict[str, Any]] = field(default_factory=list)
    faults: list[tuple[str, httpx.Response]] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    init_used: bool = False
    next_checkin: int = 100
    print_logs: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def tick(self, seconds: float = 5) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now

    def position(self, position_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
        for order in self.orders:
            for position in order["positions"]:
                if position["id"] == position_id:
                    return order, position
        raise KeyError(position_id)

    def touch(self, order: dict[str, Any]) -> None:
        order["last_modified"] = stamp(self.tick(1))

    def check_in(self, position_id: int, device: int | None, at: datetime) -> None:
        """A check-in made at pretix (another device, or the back office with None)."""
        order, position = self.position(position_id)
        self.next_checkin += 1
        position["checkins"].append(
            {
                "id": self.next_checkin,
                "datetime": stamp(at),
                "list": self.list_id,
                "auto_checked_in": False,
                "gate": None,
                "device": device,
                "device_id": device,
                "type": "entry",
            }
        )
        self.touch(order)

    # -- the server ---------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/api/v1")
        for index, (prefix, answer) in enumerate(self.faults):
            if path.startswith(prefix):
                del self.faults[index]
                return answer
        if path == "/device/initialize":
            return self._initialize(request)
        if request.headers.get("Authorization") != f"Device {DEVICE_TOKEN}":
            return httpx.Response(401, json={"detail": "Invalid token."})
        if path == "/device/info":
            return httpx.Response(200, json=recorded("device-info")["body"])
        if path == "/device/update":
            self.updates.append(json.loads(request.content))
            return httpx.Response(200, json={"device_id": self.device_id})
        query = {k: v[-1] for k, v in parse_qs(request.url.query.decode()).items()}
        if path == f"/organizers/{self.organizer}/events/":
            return self._page([{"slug": self.event_slug}], query)
        return self._event_api(path.removeprefix(self._base), request, query)

    @property
    def _base(self) -> str:
        return f"/organizers/{self.organizer}/events/{self.event_slug}"

    def _event_api(
        self, path: str, request: httpx.Request, query: dict[str, str]
    ) -> httpx.Response:
        lists: dict[str, Callable[[], list[dict[str, Any]]]] = {
            "/items/": lambda: self.items,
            "/checkinlists/": lambda: self.lists,
            "/revokedsecrets/": lambda: self._since(self.revoked, "created", query),
            "/blockedsecrets/": lambda: self._since(self.blocked, "updated", query),
        }
        if path == "/":
            return httpx.Response(200, json=self.event)
        if path in lists:
            return self._page(lists[path](), query)
        if path == "/orders/":
            return self._orders(query)
        prefix = f"/checkinlists/{self.list_id}/positions/"
        if path.startswith(prefix) and path.endswith("/redeem/"):
            return self._redeem(int(path[len(prefix) :].split("/")[0]), json.loads(request.content))
        if path.startswith("/orderpositions/") and path.endswith("/printlog/"):
            return self._print_log(int(path.split("/")[-3]), json.loads(request.content))
        return httpx.Response(404, json={"detail": "Not found."})

    def _print_log(self, position_id: int, body: dict[str, Any]) -> httpx.Response:
        try:
            self.position(position_id)
        except KeyError:
            return httpx.Response(404, json={"detail": "Not found."})
        self.print_logs.append({"position": position_id, **body})
        self.print_log(position_id, self.device_id, body["datetime"])
        return httpx.Response(201, json={"id": len(self.print_logs)})

    def print_log(self, position_id: int, device: int | None, at: str) -> None:
        """A badge print log, as pretix lists it in the position."""
        order, position = self.position(position_id)
        self.next_checkin += 1
        position["print_logs"].append(
            {
                "id": self.next_checkin,
                "successful": True,
                "datetime": at,
                "source": "test",
                "type": "badge",
                "device_id": device,
            }
        )
        self.touch(order)

    def _initialize(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if body.get("token") != INIT_TOKEN:
            return httpx.Response(400, json={"token": ["Unknown initialization token."]})
        if self.init_used:
            return httpx.Response(
                400, json={"token": ["This initialization token has already been used."]}
            )
        self.init_used = True
        answer = recorded("device-initialize")["body"]
        return httpx.Response(200, json={**answer, "api_token": DEVICE_TOKEN})

    def _page(
        self,
        rows: list[dict[str, Any]],
        query: dict[str, str],
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        size = min(int(query.get("page_size", 50)), 50)
        page = int(query.get("page", 1))
        start = (page - 1) * size
        if page > 1 and start >= len(rows):
            return httpx.Response(404, json={"detail": "Invalid page."})
        more = start + size < len(rows)
        body = {
            "count": len(rows),
            "next": f"http://pretix.test/api/v1/x/?page={page + 1}" if more else None,
            "previous": None,
            "results": rows[start : start + size],
        }
        return httpx.Response(200, json=body, headers=headers or {})

    def _since(self, rows: list[dict[str, Any]], key: str, query: dict[str, str]) -> list[Any]:
        since = query.get(f"{key}_since")
        if not since:
            return rows
        limit = datetime.fromisoformat(since.replace("Z", "+00:00"))
        return [r for r in rows if datetime.fromisoformat(r[key].replace("Z", "+00:00")) >= limit]

    def _orders(self, query: dict[str, str]) -> httpx.Response:
        rows = list(self.orders)
        if "modified_since" in query:
            limit = datetime.fromisoformat(query["modified_since"].replace("Z", "+00:00"))
            rows = [
                o
                for o in rows
                if datetime.fromisoformat(o["last_modified"].replace("Z", "+00:00")) >= limit
            ]
        if query.get("ordering") == "-last_modified":
            rows.sort(key=lambda o: o["last_modified"], reverse=True)
        else:
            rows.sort(key=lambda o: o["datetime"])
        if query.get("include_canceled_positions") != "true":
            rows = [
                {**o, "positions": [p for p in o["positions"] if not p["canceled"]]} for o in rows
            ]
        return self._page(rows, query, {"X-Page-Generated": stamp(self.tick(0.25))})

    def _redeem(self, position_id: int, body: dict[str, Any]) -> httpx.Response:
        try:
            order, position = self.position(position_id)
        except KeyError:
            return httpx.Response(
                404,
                json={
                    "detail": "Not found.",
                    "status": "error",
                    "reason": "invalid",
                    "reason_explanation": None,
                },
            )
        answer = {"status": "ok", "position": copy.deepcopy(position), "require_attention": False}
        if any(c.get("nonce") == body["nonce"] for c in position["checkins"]):
            return httpx.Response(201, json=answer)
        if order["status"] in ("c", "e") or position["canceled"]:
            return httpx.Response(
                400,
                json={
                    "status": "error",
                    "reason": "canceled",
                    "reason_explanation": None,
                    "position": answer["position"],
                },
            )
        if position["checkins"] and not body.get("force"):
            return httpx.Response(
                400, json={"status": "error", "reason": "already_redeemed", "position": position}
            )
        self.next_checkin += 1
        position["checkins"].append(
            {
                "id": self.next_checkin,
                "datetime": body["datetime"],
                "list": self.list_id,
                "auto_checked_in": False,
                "gate": None,
                "device": self.device_id,
                "device_id": self.device_id,
                "type": body.get("type", "entry"),
                "nonce": body["nonce"],  # not in pretix's answer; kept here to spot a replay
            }
        )
        self.touch(order)
        return httpx.Response(201, json=answer)
