"""Two kiosk homes against a REAL pretix 2026.8.0 (peer.py): enroll, sync, check in offline, read
the check-in back from pretix with its original time, and see it at the second kiosk.

One peer for the module (starting one copies a migrated database and starts gunicorn); the tests
run in order and build on each other. They skip with the peer's own sentence when it cannot be made.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from peer import PeerUnavailableError, PretixPeer, paid_order, running_peer

from kiosk.cli import main
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.exchange import Heartbeat, OutboxEntry, OutboxKind, PushStatus
from kiosk.core.model import ParticipantStatus, ScanSource
from kiosk.paths import Home
from kiosk.printing.base import PrinterState, PrinterStatus, PrintResult, RenderedBadge
from kiosk.services.check_in import CheckInService
from kiosk.services.device_key import ensure_device_key
from kiosk.services.printing import PrintSetup
from kiosk.store import journal, open_database, participants
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.registries import registry_client
from kiosk.syncing import enroll, require_link, sync_home_once

pytestmark = pytest.mark.integration

# The kiosks run on the event's clock (2022), so check-ins carry times pretix cannot invent.
ON_SITE = datetime(2022, 5, 31, 8, 15, tzinfo=UTC)
PEOPLE = (("PAR", "Aïcha", "Diallo"), ("SPK", "Nguyễn", "Thị Minh Khai"), ("PAR", "伟", "李"))


class Printer:
    uri = "test://pretix-live"

    def __init__(self) -> None:
        self.printed: list[RenderedBadge] = []

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        self.printed.append(badge)
        return PrintResult(self.uri, ())

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.ONLINE)


@pytest.fixture(scope="module")
def peer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PretixPeer]:
    try:
        with running_peer(tmp_path_factory.mktemp("pretix")) as running:
            yield running
    except PeerUnavailableError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def secrets(peer: PretixPeer) -> dict[str, str]:
    """Three orders made in pretix's back office; family name -> the ticket secret."""
    found = {}
    for code, given, family in PEOPLE:
        order: Any = peer.team_request(
            "POST",
            f"/organizers/{peer.organizer}/events/{peer.event}/orders/",
            paid_order(peer.items[code], given, family),
        )
        found[family] = order["positions"][0]["secret"]
    return found


def new_device_token(peer: PretixPeer, name: str) -> str:
    device: Any = peer.team_request(
        "POST",
        f"/organizers/{peer.organizer}/devices/",
        {"name": name, "all_events": True, "limit_events": [], "security_profile": "pretixscan"},
    )
    return str(device["initialization_token"])


def kiosk_home(root: Path, peer: PretixPeer, token: str) -> Home:
    home = Home(root)
    home.make_folders()
    home.settings.write_text(
        f'[kiosk]\nsimulated_time = "{ON_SITE.isoformat()}"\n'
        f'[registry]\nurl = "pretix+{peer.url}/{peer.organizer}/{peer.event}/"\n',
        encoding="utf-8",
    )
    key = ensure_device_key(home)
    enroll(
        home,
        f"pretix+{peer.url}/{peer.organizer}/{peer.event}/",
        token,
        (key.key_id, key.public_key),
    )
    return home


def scan(home: Home, secret: str) -> Outcome:
    db = open_database(home.database)
    try:
        service = CheckInService(
            db, PrintSetup.of(Printer(), BADGE_SIZES["a6"]), "kiosk", lambda: ON_SITE
        )
        return service.scan(secret, ScanSource.SCANNER).outcome
    finally:
        db.close()


@pytest.fixture(scope="module")
def first_home(
    peer: PretixPeer, secrets: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Home:
    return kiosk_home(tmp_path_factory.mktemp("kiosk-a"), peer, peer.device_init_token)


def test_a_kiosk_enrolls_and_its_first_sync_brings_every_ticket(
    first_home: Home, secrets: dict[str, str]
) -> None:
    report = sync_home_once(first_home)
    assert report.ok, report.error
    assert report.reached_end
    db = open_database(first_home.database)
    try:
        found = participants.find_by_secret
        from kiosk.core.foreign_codes import secret_hash

        ids = [found(db, secret_hash(secrets[family])) for _, _, family in PEOPLE]
        assert None not in ids
        person = participants.get_participant(db, ids[2] or 0)
        assert person is not None
        assert person.badge_name == "李伟"
    finally:
        db.close()


def test_an_offline_check_in_reaches_pretix_with_its_original_time(
    peer: PretixPeer, first_home: Home, secrets: dict[str, str]
) -> None:
    assert scan(first_home, secrets["Diallo"]) is Outcome.CHECKED_IN  # no sync: offline
    report = sync_home_once(first_home)
    assert report.ok, report.error
    assert report.pushed >= 2  # the check-in and the badge's print log
    assert report.rejected == 0
    history: Any = peer.team_request(
        "GET", f"/organizers/{peer.organizer}/events/{peer.event}/checkins/"
    )
    (checkin,) = [c for c in history["results"] if c["successful"]]
    assert datetime.fromisoformat(checkin["datetime"].replace("Z", "+00:00")) == ON_SITE
    again = sync_home_once(first_home)  # the kiosk's own check-in comes back: not doubled
    assert again.ok, again.error
    db = open_database(first_home.database)
    try:
        assert journal.count_check_ins(db) == 1
    finally:
        db.close()


def test_a_repeated_upload_is_a_duplicate_and_a_new_version_is_told_to_pretix(
    peer: PretixPeer, first_home: Home
) -> None:
    db = open_database(first_home.database)
    try:
        row = db.execute(
            "SELECT id, registration_id FROM checkins WHERE origin = 'local'"
        ).fetchone()
    finally:
        db.close()
    payload = {"id": row[0], "registration_id": row[1], "at": ON_SITE.isoformat()}
    entry = OutboxEntry(row[0], OutboxKind.CHECKIN, json.dumps(payload))
    client = registry_client(require_link(first_home))
    try:
        (result,) = client.push([entry])  # the answer to the first upload was lost
        assert result.status is PushStatus.DUPLICATE
        beat = Heartbeat("99.0", 0, 0, None, "", "ok", "ok", "", ON_SITE)
        assert client.heartbeat(beat) is None
    finally:
        client.close()
    history: Any = peer.team_request(
        "GET", f"/organizers/{peer.organizer}/events/{peer.event}/checkins/"
    )
    assert len([c for c in history["results"] if c["successful"]]) == 1
    devices: Any = peer.team_request("GET", f"/organizers/{peer.organizer}/devices/")
    assert "99.0" in [d["software_version"] for d in devices["results"]]


def test_a_second_kiosk_sees_the_badge_as_already_collected(
    peer: PretixPeer,
    first_home: Home,
    secrets: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    token = new_device_token(peer, "Kiosk ITU-2")
    second = kiosk_home(tmp_path_factory.mktemp("kiosk-b"), peer, token)
    assert sync_home_once(second).ok
    assert scan(second, secrets["Diallo"]) is Outcome.ALREADY_COLLECTED
    assert scan(second, secrets["Thị Minh Khai"]) is Outcome.CHECKED_IN


def test_kiosk_enroll_takes_a_pretix_url_on_the_command_line(
    peer: PretixPeer, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    token = new_device_token(peer, "Kiosk ITU-3")
    home = tmp_path_factory.mktemp("kiosk-cli")
    url = f"pretix+{peer.url}/{peer.organizer}/{peer.event}/?list={peer.checkin_list}"
    assert main(["--home", str(home), "enroll", url, token]) == 0
    out = capsys.readouterr().out
    assert "Enrolled as kiosk pretix-itu-" in out
    assert 'url = "pretix+http' in (home / "settings.toml").read_text(encoding="utf-8")
    assert token not in (home / "settings.toml").read_text(encoding="utf-8")


def test_a_used_device_token_is_refused_in_pretixs_words(
    peer: PretixPeer, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with pytest.raises(SyncError, match="already been used") as caught:
        kiosk_home(tmp_path_factory.mktemp("kiosk-c"), peer, peer.device_init_token)
    assert caught.value.problem is SyncProblem.ENROLLMENT_CODE_INVALID


def test_a_ticket_another_device_redeemed_offline_is_accepted_and_shows_a_conflict(
    peer: PretixPeer, first_home: Home, secrets: dict[str, str]
) -> None:
    # pretix's own device (a pretixSCAN) lets the Chinese participant in while this kiosk is
    # offline; the kiosk lets the same ticket in too.
    other = new_device_token(peer, "pretixSCAN door")
    init = _post(
        peer,
        "/device/initialize",
        {
            "token": other,
            "hardware_brand": "x",
            "hardware_model": "x",
            "software_brand": "door",
            "software_version": "1",
        },
    )
    _post(
        peer,
        f"/organizers/{peer.organizer}/checkinrpc/redeem/",
        {
            "secret": secrets["李"],
            "lists": [peer.checkin_list],
            "type": "entry",
            "datetime": "2022-05-31T08:20:00Z",
            "force": True,
            "nonce": "door-1",
        },
        device=str(init["api_token"]),
    )
    assert scan(first_home, secrets["李"]) is Outcome.CHECKED_IN
    report = sync_home_once(first_home)
    assert report.ok, report.error
    assert report.rejected == 0  # pretix records the kiosk's entry as forced
    assert report.open_conflicts == 1


def test_an_order_cancelled_after_the_download_is_refused_after_the_next_sync(
    peer: PretixPeer, first_home: Home, secrets: dict[str, str]
) -> None:
    db = open_database(first_home.database)
    try:
        from kiosk.core.foreign_codes import secret_hash

        registration = participants.find_by_secret(db, secret_hash(secrets["Thị Minh Khai"]))
    finally:
        db.close()
    orders: Any = peer.team_request(
        "GET", f"/organizers/{peer.organizer}/events/{peer.event}/orders/"
    )
    code = next(o["code"] for o in orders["results"] if o["positions"][0]["id"] == registration)
    peer.team_request(
        "POST", f"/organizers/{peer.organizer}/events/{peer.event}/orders/{code}/mark_canceled/", {}
    )
    assert sync_home_once(first_home).ok
    db = open_database(first_home.database)
    try:
        person = participants.get_participant(db, registration or 0)
        assert person is not None
        assert person.status is ParticipantStatus.CANCELLED
    finally:
        db.close()
    assert scan(first_home, secrets["Thị Minh Khai"]) is Outcome.REVOKED


def _post(peer: PretixPeer, path: str, body: object, device: str = "") -> Any:
    request = urllib.request.Request(
        f"{peer.api}{path}",
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json"}
        | ({"Authorization": f"Device {device}"} if device else {}),
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())
