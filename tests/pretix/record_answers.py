"""Record real pretix answers as JSON fixtures for fast unit tests of the pretix client (issue 13).

Run: `.venv/bin/python tests/pretix/record_answers.py` (starts the peer of peer.py, a few minutes
the first time). Writes tests/pretix/recorded/<name>.json: the request (method, path, body), the
answer's status, the headers a client reads (X-Page-Generated, Content-Type, Retry-After) and the
body. Tokens are replaced by placeholders; the people are made up for the seed.
"""

from __future__ import annotations

import json
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from peer import PretixPeer, paid_order, running_peer

OUT = Path(__file__).with_name("recorded")
KEPT_HEADERS = ("content-type", "x-page-generated", "retry-after")
PEOPLE = (  # (product, given name, family name, the fixture's file name)
    ("PAR", "Aïcha", "Diallo", "par-latin"),
    ("SPK", "Nguyễn", "Thị Minh Khai", "spk-vietnamese"),
    ("MED", "Олег", "Петров", "med-cyrillic"),
    ("PAR", "伟", "李", "par-chinese"),
)


@dataclass
class Recorder:
    peer: PretixPeer
    device_token: str = ""
    secrets: dict[str, str] | None = None

    def call(
        self, name: str, method: str, path: str, body: object | None = None, *, team: bool = False
    ) -> Any:
        token = self.peer.team_token if team else self.device_token
        kind = "Token" if team else "Device"
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"{kind} {token}"
        request = urllib.request.Request(
            f"{self.peer.api}{path}",
            data=json.dumps(body).encode() if body is not None else None,
            method=method,
            headers=headers,
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                status, raw, got = answer.status, answer.read(), answer.headers
        except urllib.error.HTTPError as error:
            status, raw, got = error.code, error.read(), error.headers
        parsed = json.loads(raw) if raw else None
        record = {
            "request": {"method": method, "path": path, "body": body, "auth": kind.lower()},
            "status": status,
            "headers": {k: got[k] for k in KEPT_HEADERS if got.get(k)},
            "body": parsed,
        }
        text = json.dumps(record, ensure_ascii=False, indent=1)
        for secret, placeholder in (
            (self.peer.team_token, "TEAM-TOKEN"),
            (self.device_token or "\0", "DEVICE-TOKEN"),
            (self.peer.device_init_token, "INIT-TOKEN"),
        ):
            text = text.replace(secret, placeholder)
        (OUT / f"{name}.json").write_text(text + "\n", encoding="utf-8")
        print(f"{name}: {status}")
        return parsed


def record(peer: PretixPeer) -> None:
    OUT.mkdir(exist_ok=True)
    rec = Recorder(peer)
    event = f"/organizers/{peer.organizer}/events/{peer.event}"
    rpc = f"/organizers/{peer.organizer}/checkinrpc"
    init = rec.call(
        "device-initialize",
        "POST",
        "/device/initialize",
        {
            "token": peer.device_init_token,
            "hardware_brand": "ITU",
            "hardware_model": "Kiosk",
            "os_name": "Linux",
            "os_version": "6.1",
            "software_brand": "wsis-kiosk",
            "software_version": "0.1.0",
        },
    )
    rec.call("device-initialize-again", "POST", "/device/initialize", {"token": "no-such-token"})
    rec.device_token = init["api_token"]
    rec.call("device-info", "GET", "/device/info")
    secrets = {}
    for code, given, family, slug in PEOPLE:
        order = rec.call(
            f"order-create-{slug}",
            "POST",
            f"{event}/orders/",
            paid_order(peer.items[code], given, family),
            team=True,
        )
        secrets[family] = order["positions"][0]["secret"]
    rec.call("event", "GET", f"{event}/")
    rec.call("items", "GET", f"{event}/items/")
    rec.call("checkinlists", "GET", f"{event}/checkinlists/")
    first_page = f"{event}/orders/?testmode=false&page_size=2"
    rec.call("orders-first-page", "GET", first_page)
    watermark = json.loads((OUT / "orders-first-page.json").read_text())["headers"][
        "x-page-generated"
    ]
    rec.call("orders-page-2", "GET", f"{event}/orders/?testmode=false&page_size=2&page=2")
    rec.call("revokedsecrets", "GET", f"{event}/revokedsecrets/")
    rec.call("blockedsecrets", "GET", f"{event}/blockedsecrets/")
    lists = [peer.checkin_list]
    first = next(iter(secrets.values()))
    past = (datetime.now(UTC) - timedelta(hours=2)).isoformat(timespec="seconds")
    nonce = uuid.uuid4().hex
    redeem = {"source_type": "barcode", "lists": lists, "type": "entry"}
    rec.call("redeem-ok", "POST", f"{rpc}/redeem/", {**redeem, "secret": first, "nonce": nonce})
    rec.call(
        "redeem-same-nonce", "POST", f"{rpc}/redeem/", {**redeem, "secret": first, "nonce": nonce}
    )
    rec.call(
        "redeem-already-redeemed",
        "POST",
        f"{rpc}/redeem/",
        {**redeem, "secret": first, "nonce": uuid.uuid4().hex},
    )
    offline = list(secrets.values())[1]
    rec.call(
        "redeem-offline-forced",
        "POST",
        f"{rpc}/redeem/",
        {**redeem, "secret": offline, "nonce": uuid.uuid4().hex, "force": True, "datetime": past},
    )
    rec.call(
        "redeem-unknown",
        "POST",
        f"{rpc}/redeem/",
        {**redeem, "secret": "nosuchsecret0000000000000000000", "nonce": uuid.uuid4().hex},
    )
    # The delta a kiosk asks next: everything modified since the first page was generated (the
    # check-ins above touched two orders), by the server's own watermark, URL-encoded.
    since = urllib.parse.quote(watermark, safe="")
    rec.call(
        "orders-modified-since",
        "GET",
        f"{event}/orders/?testmode=false&ordering=-last_modified&modified_since={since}",
    )
    rec.call("checkins", "GET", f"{event}/checkins/", team=True)
    rec.call("search", "GET", f"{rpc}/search/?list={peer.checkin_list}&search=Diallo")


def main() -> int:
    with (
        tempfile.TemporaryDirectory(prefix="pretix-record-") as folder,
        running_peer(Path(folder)) as peer,
    ):
        record(peer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
