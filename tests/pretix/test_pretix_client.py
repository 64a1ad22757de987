"""The pretix client against real pretix answers (recorded/, served by fake_pretix.py).

Enrollment, the first sync and its resumption, the delta rounds, other devices' check-ins and
conflicts, the upload of the kiosk's check-ins and badge prints, and every fault a pretix server
or the network can give: each gets the SyncError or the push result it should.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fake_pretix import DEVICE_TOKEN, INIT_TOKEN, FakePretix, stamp

from kiosk.core.exchange import OutboxEntry, OutboxKind, PushStatus
from kiosk.core.foreign_codes import canonical_secret, secret_hash
from kiosk.core.model import ParticipantStatus
from kiosk.core.photos import OutgoingPhoto
from kiosk.sample.wsis2022_categories import sample_categories
from kiosk.services.sync import SyncOptions, retry_delay, sync_once
from kiosk.store import Database, changes, open_database, participants
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.enrollment import RegistryLink
from kiosk.sync.pretix import cursor as cursors
from kiosk.sync.pretix.catalog import CategoryRules, event_number
from kiosk.sync.pretix.client import PretixClient, PretixLink
from kiosk.sync.probe import RegistryProbe, probe_registry
from kiosk.sync.registries import probe_target

URL = "https://pretix.test/itu/wsis22/"
RULES = CategoryRules(
    known={c.code: c for c in sample_categories()}, by_item={"2": "SPK", "media": "MED"}
)
LINK = PretixLink("https://pretix.test", "itu", "wsis22", 1, device_id=1, software_version="1.0")
EVENT_ID = event_number("itu", "wsis22")
ORIGINAL = datetime(2022, 5, 31, 8, 15, tzinfo=UTC)


@pytest.fixture
def pretix() -> FakePretix:
    return FakePretix()


@pytest.fixture
def client(pretix: FakePretix) -> Iterator[PretixClient]:
    waits: list[float] = []
    made = PretixClient(
        URL, DEVICE_TOKEN, link=LINK, rules=RULES, transport=pretix.transport, sleep=waits.append
    )
    made.waits = waits  # type: ignore[attr-defined]
    yield made
    made.close()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kiosk.db")
    yield database
    database.close()


def enroll_client(pretix: FakePretix, url: str = URL) -> PretixClient:
    return PretixClient(url, transport=pretix.transport)


# -- enrollment -----------------------------------------------------------------------------


def test_enroll_trades_the_token_for_a_device_and_names_the_event(pretix: FakePretix) -> None:
    enrollment = enroll_client(pretix).enroll(INIT_TOKEN, b"k" * 32, "1.2.3")
    assert enrollment.kiosk_id == "pretix-itu-1"
    assert enrollment.token == DEVICE_TOKEN
    assert not enrollment.holds_device_keys
    assert enrollment.event_id == EVENT_ID
    detail = dict(enrollment.detail)
    assert detail == {
        "root": "https://pretix.test",
        "organizer": "itu",
        "event": "wsis22",
        "checkin_list": "1",
        "device_id": "1",
        "software_version": "1.2.3",
    }
    sent = json.loads(pretix.requests[0].content)
    assert sent["software_brand"] == "wsis-kiosk"
    assert sent["software_version"] == "1.2.3"


def test_a_used_token_is_refused_with_pretix_words(pretix: FakePretix) -> None:
    enroll_client(pretix).enroll(INIT_TOKEN, b"", "1")
    with pytest.raises(SyncError) as caught:
        enroll_client(pretix).enroll(INIT_TOKEN, b"", "1")
    assert caught.value.problem is SyncProblem.ENROLLMENT_CODE_INVALID
    assert "already been used" in str(caught.value)


def test_the_setup_qr_code_is_accepted_and_a_newer_handshake_refused(pretix: FakePretix) -> None:
    qr = json.dumps({"handshake_version": 1, "url": "https://pretix.test", "token": INIT_TOKEN})
    assert enroll_client(pretix).enroll(qr, b"", "1").kiosk_id == "pretix-itu-1"
    newer = json.dumps({"handshake_version": 2, "url": "https://pretix.test", "token": "x"})
    with pytest.raises(SyncError, match=r"handshake version 2") as caught:
        enroll_client(FakePretix()).enroll(newer, b"", "1")
    assert caught.value.problem is SyncProblem.ENROLLMENT_CODE_INVALID
    other = json.dumps({"handshake_version": 1, "url": "https://elsewhere.test", "token": "x"})
    with pytest.raises(SyncError, match=r"elsewhere\.test"):
        enroll_client(FakePretix()).enroll(other, b"", "1")


@pytest.mark.parametrize("code", ["", "two words", "{not json", '{"url": "x"}'])
def test_a_code_that_is_no_token_is_refused(pretix: FakePretix, code: str) -> None:
    with pytest.raises(SyncError) as caught:
        enroll_client(pretix).enroll(code, b"", "1")
    assert caught.value.problem is SyncProblem.ENROLLMENT_CODE_INVALID
    assert pretix.requests == []  # nothing was sent


def test_two_lists_need_a_choice_in_the_url(pretix: FakePretix) -> None:
    pretix.lists = [{**pretix.lists[0]}, {**pretix.lists[0], "id": 7, "name": "Hall B"}]
    with pytest.raises(SyncError, match=r"\?list=ID.*1 \(Entrance\), 7 \(Hall B\)"):
        enroll_client(pretix).enroll(INIT_TOKEN, b"", "1")
    pretix.init_used = False
    chosen = enroll_client(pretix, URL + "?list=7").enroll(INIT_TOKEN, b"", "1")
    assert dict(chosen.detail)["checkin_list"] == "7"
    pretix.init_used = False
    with pytest.raises(SyncError, match="no check-in list 9"):
        enroll_client(pretix, URL + "?list=9").enroll(INIT_TOKEN, b"", "1")


def test_a_server_only_url_takes_the_devices_only_event(pretix: FakePretix) -> None:
    enrollment = enroll_client(pretix, "https://pretix.test").enroll(INIT_TOKEN, b"", "1")
    assert dict(enrollment.detail)["event"] == "wsis22"


# -- changes --------------------------------------------------------------------------------


def test_the_first_page_brings_the_event_products_keys_and_people(client: PretixClient) -> None:
    page = client.changes(0, 1000)
    assert [e.code for e in page.events] == ["wsis22"]
    event = page.events[0]
    assert (event.id, event.title, event.timezone) == (EVENT_ID, "WSIS Forum 2022", "Europe/Zurich")
    assert (event.start.isoformat(), event.end.isoformat()) == ("2022-05-30", "2022-06-03")
    assert {c.category.code for c in page.categories} == {"PAR", "SPK"}
    people = {p.registration_id: p for p in page.participants}
    assert sorted(people) == [1, 2, 3, 4]
    assert (people[1].given_name, people[1].family_name, people[1].category) == (
        "Aïcha",
        "Diallo",
        "PAR",
    )
    assert people[2].category == "SPK"  # [pretix.categories] "2" = "SPK"
    assert people[4].badge_name == "李伟"  # a Chinese name: family name first, no space
    assert people[3].native_name == "Олег Петров"
    secret = "suxfewwhb6ekts8u3a4ju9ng7u6gp6xw"
    assert people[1].secret_hashes == (secret_hash(canonical_secret(secret) or ""),)
    assert not page.more
    assert cursors.decode(page.next).phase is cursors.Phase.DELTA


def test_pages_follow_the_cursor_and_a_cut_first_sync_resumes(pretix: FakePretix) -> None:
    first = PretixClient(URL, DEVICE_TOKEN, link=LINK, rules=RULES, transport=pretix.transport)
    page1 = first.changes(0, 3)
    first.close()  # the kiosk stops here: only the cursor is kept
    assert page1.more
    assert [p.registration_id for p in page1.participants] == [1, 2, 3]
    again = PretixClient(URL, DEVICE_TOKEN, link=LINK, rules=RULES, transport=pretix.transport)
    page2 = again.changes(page1.next, 3)
    assert [p.registration_id for p in page2.participants] == [4]
    assert not page2.events  # the event came with the first page
    assert not page2.more
    after = cursors.decode(page2.next)
    assert after.since == cursors.decode(page1.next).generated  # the first page's watermark


def test_page_size_is_pretixs_largest(client: PretixClient, pretix: FakePretix) -> None:
    client.changes(0, 5000)
    orders = [r for r in pretix.requests if r.url.path.endswith("/orders/")]
    assert orders[0].url.params["page_size"] == "50"
    assert orders[0].url.params["include_canceled_positions"] == "true"


def test_a_delta_round_reads_what_changed_with_other_devices_check_ins(
    client: PretixClient, pretix: FakePretix
) -> None:
    end = client.changes(0, 1000).next
    pretix.tick(60)
    pretix.check_in(2, device=5, at=ORIGINAL)
    delta = client.changes(end, 1000)
    orders = [r for r in pretix.requests if r.url.path.endswith("/orders/")][-1]
    assert orders.url.params["ordering"] == "-last_modified"
    assert orders.url.params["modified_since"] == cursors.as_query_time(cursors.decode(end).since)
    assert [p.registration_id for p in delta.participants] == [2]
    (checkin,) = delta.checkins
    assert checkin.id == f"pretix-checkin-{pretix.next_checkin}"  # stable: a re-read is no double
    assert (checkin.registration_id, checkin.at, checkin.kiosk_id) == (
        2,
        ORIGINAL,
        "pretix-device-5",
    )
    assert not delta.events  # the catalog is read again only after an hour
    again = client.changes(end, 1000)
    assert again.checkins == delta.checkins


def test_the_kiosks_own_check_in_is_not_doubled_and_two_entries_open_a_conflict(
    client: PretixClient, pretix: FakePretix
) -> None:
    end = client.changes(0, 1000).next
    pretix.check_in(1, device=1, at=ORIGINAL)  # this kiosk's own upload
    page = client.changes(end, 1000)
    assert page.checkins == ()
    assert page.conflicts == ()
    pretix.check_in(1, device=9, at=ORIGINAL + timedelta(minutes=3))
    page = client.changes(page.next, 1000)
    assert [c.kiosk_id for c in page.checkins] == ["pretix-device-9"]
    (conflict,) = page.conflicts
    assert (conflict.registration_id, conflict.kind) == (1, "double-check-in")
    assert conflict.detail == "checked in at this kiosk and at pretix device 9 (pretix)"


def test_badges_printed_by_other_devices_come_back_as_badge_prints(
    client: PretixClient, pretix: FakePretix
) -> None:
    end = client.changes(0, 1000).next
    pretix.print_log(1, device=1, at=stamp(ORIGINAL))  # this kiosk's own: in its journal
    pretix.print_log(1, device=7, at=stamp(ORIGINAL + timedelta(minutes=5)))
    (badge,) = client.changes(end, 1000).badge_prints
    assert (badge.issue.registration_id, badge.issue.badge_version) == (1, 2)
    assert badge.issue.kiosk_id == "pretix-device-7"
    assert badge.issue.id.startswith("pretix-print-")


def test_a_cancelled_order_comes_back_cancelled(client: PretixClient, pretix: FakePretix) -> None:
    end = client.changes(0, 1000).next
    order, _ = pretix.position(3)
    order["status"] = "c"
    pretix.touch(order)
    page = client.changes(end, 1000)
    assert [(p.registration_id, p.status) for p in page.participants] == [
        (3, ParticipantStatus.CANCELLED)
    ]


def test_revoked_and_blocked_secrets_come_as_hashes(
    client: PretixClient, pretix: FakePretix
) -> None:
    pretix.revoked = [
        {"id": 1, "secret": "oldsecret0000000000000000", "created": "2026-12-01T07:00:00Z"}
    ]
    pretix.blocked = [
        {
            "id": 1,
            "secret": "blocked00000000000000000",
            "updated": "2026-12-01T07:00:00Z",
            "blocked": False,
        }
    ]
    page = client.changes(0, 1000)
    assert {(b.reason, b.blocked) for b in page.secret_blocks} == {
        ("revoked", True),
        ("blocked", False),
    }
    assert all(len(b.secret_hash) == 64 for b in page.secret_blocks)
    assert "oldsecret" not in repr(page.secret_blocks)


def test_signed_ticket_keys_become_raw_ed25519_keys(
    client: PretixClient, pretix: FakePretix
) -> None:
    key = Ed25519PrivateKey.generate().public_key()
    pem = key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    pretix.event = {**pretix.event, "valid_keys": {"pretix_sig1": [base64.b64encode(pem).decode()]}}
    (ticket_key,) = client.changes(0, 1000).ticket_keys
    assert ticket_key.public_key == key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert (ticket_key.scheme, ticket_key.event_id) == ("pretix_sig1", EVENT_ID)


@pytest.mark.parametrize("value", [5, 3 << 150])
def test_a_cursor_from_elsewhere_restarts_the_feed(client: PretixClient, value: int) -> None:
    with pytest.raises(SyncError) as caught:
        client.changes(value, 1000)
    assert caught.value.problem is SyncProblem.FEED_RESET


# -- push -----------------------------------------------------------------------------------


def checkin_item(
    registration_id: int, entry_id: str = "c0ffee00-0000-4000-8000-000000000001"
) -> OutboxEntry:
    payload = {
        "id": entry_id,
        "registration_id": registration_id,
        "event_id": EVENT_ID,
        "at": ORIGINAL.isoformat(),
        "kiosk_id": "pretix-itu-1",
        "source": "scanner",
    }
    return OutboxEntry(entry_id, OutboxKind.CHECKIN, json.dumps(payload))


def test_a_check_in_is_redeemed_by_position_with_the_original_time(
    client: PretixClient, pretix: FakePretix
) -> None:
    (result,) = client.push([checkin_item(1)])
    assert result.status is PushStatus.ACCEPTED
    request = pretix.requests[-1]
    assert (
        request.url.path
        == "/api/v1/organizers/itu/events/wsis22/checkinlists/1/positions/1/redeem/"
    )
    body = json.loads(request.content)
    assert body["force"] is True
    assert body["questions_supported"] is False
    assert body["nonce"] == "c0ffee00-0000-4000-8000-000000000001"
    assert datetime.fromisoformat(body["datetime"]) == ORIGINAL
    (again,) = client.push([checkin_item(1)])  # the answer was lost: sent again
    assert again.status is PushStatus.DUPLICATE
    assert len(pretix.position(1)[1]["checkins"]) == 1


def test_refused_check_ins_carry_pretixs_reason_in_words(
    client: PretixClient, pretix: FakePretix
) -> None:
    order, _ = pretix.position(3)
    order["status"] = "c"
    cancelled, unknown = client.push([checkin_item(3, "a" * 32), checkin_item(999, "b" * 32)])
    assert (cancelled.status, cancelled.code) == (PushStatus.REJECTED, "pretix-canceled")
    assert "cancelled in pretix" in cancelled.message
    assert (unknown.status, unknown.code) == (PushStatus.REJECTED, "pretix-invalid")
    assert "does not know this ticket" in unknown.message


def test_a_badge_print_becomes_a_print_log(client: PretixClient, pretix: FakePretix) -> None:
    payload = {"id": "p1", "registration_id": 2, "badge_version": 1, "at": ORIGINAL.isoformat()}
    (result,) = client.push([OutboxEntry("p1", OutboxKind.BADGE_PRINT, json.dumps(payload))])
    assert result.status is PushStatus.ACCEPTED
    (log,) = pretix.print_logs
    assert (log["position"], log["type"], log["source"]) == (2, "badge", "wsis-kiosk")
    assert datetime.fromisoformat(log["datetime"]) == ORIGINAL
    assert pretix.requests[-1].headers["X-Idempotency-Key"] == "p1"


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (OutboxKind.BADGE_VOID, "print the new badge here"),
        (OutboxKind.PARTICIPANT, "create the order in pretix"),
        (OutboxKind.NAME_CORRECTION, "correct the attendee name"),
    ],
)
def test_what_a_pretix_device_cannot_do_is_refused_with_a_sentence(
    client: PretixClient, pretix: FakePretix, kind: OutboxKind, words: str
) -> None:
    (result,) = client.push([OutboxEntry("x1", kind, "{}")])
    assert result.status is PushStatus.REJECTED
    assert result.code.startswith("pretix-cannot-")
    assert words in result.message
    assert pretix.requests == []


def test_an_unreadable_outbox_item_is_refused_not_sent(
    client: PretixClient, pretix: FakePretix
) -> None:
    (result,) = client.push([OutboxEntry("x2", OutboxKind.CHECKIN, "{not json")])
    assert (result.status, result.code) == (PushStatus.REJECTED, "pretix-bad-item")
    assert pretix.requests == []


# -- faults ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        (httpx.Response(500, text="oops"), SyncProblem.UNAVAILABLE),
        (httpx.Response(502, text="<html>bad gateway</html>"), SyncProblem.UNAVAILABLE),
        (httpx.Response(503, json={"detail": "maintenance"}), SyncProblem.UNAVAILABLE),
        (httpx.Response(401, json={"detail": "Invalid token."}), SyncProblem.UNAUTHENTICATED),
        (
            httpx.Response(401, json={"detail": "Device access has been revoked."}),
            SyncProblem.DEVICE_REVOKED,
        ),
        (
            httpx.Response(403, json={"detail": "Request denied by device security profile."}),
            SyncProblem.DEVICE_REVOKED,
        ),
        (httpx.Response(200, text="<html>captive portal</html>"), SyncProblem.BAD_ANSWER),
        (httpx.Response(200, json=["not", "an", "object"]), SyncProblem.BAD_ANSWER),
        (httpx.Response(429, headers={"Retry-After": "120"}), SyncProblem.UNAVAILABLE),
        (
            httpx.Response(
                200, json={"results": [], "next": None}, headers={"X-Page-Generated": "soon"}
            ),
            SyncProblem.BAD_ANSWER,
        ),
        (httpx.Response(200, json={"results": [], "next": None}), SyncProblem.BAD_ANSWER),
    ],
    ids=[
        "500",
        "502",
        "503",
        "401",
        "revoked",
        "403",
        "html",
        "wrong shape",
        "429 long",
        "bad watermark",
        "no watermark",
    ],
)
def test_each_fault_becomes_its_sync_problem(
    client: PretixClient, pretix: FakePretix, answer: httpx.Response, problem: SyncProblem
) -> None:
    pretix.faults.append(("/organizers/itu/events/wsis22/orders/", answer))
    with pytest.raises(SyncError) as caught:
        client.changes(0, 1000)
    assert caught.value.problem is problem
    if answer.status_code == 429:
        assert caught.value.retry_after_s == 120


def test_a_short_429_is_waited_out_once(client: PretixClient, pretix: FakePretix) -> None:
    pretix.faults.append(
        ("/organizers/itu/events/wsis22/orders/", httpx.Response(429, headers={"Retry-After": "2"}))
    )
    assert client.changes(0, 1000).participants
    assert client.waits == [2.0]  # type: ignore[attr-defined]


def test_a_timeout_is_a_network_problem(pretix: FakePretix) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = PretixClient(URL, DEVICE_TOKEN, link=LINK, transport=httpx.MockTransport(slow))
    with pytest.raises(SyncError) as caught:
        client.push([checkin_item(1)])
    assert caught.value.problem is SyncProblem.NETWORK


# -- heartbeat, photos ----------------------------------------------------------------------


def test_heartbeat_sends_nothing_unless_the_version_changed(
    client: PretixClient, pretix: FakePretix
) -> None:
    from kiosk.core.exchange import Heartbeat

    beat = Heartbeat("1.0", 0, 0, None, "", "ok", "ok", "", ORIGINAL)
    assert client.heartbeat(beat) is None
    assert pretix.requests == []
    newer = Heartbeat("1.1", 0, 0, None, "", "ok", "ok", "", ORIGINAL)
    client.heartbeat(newer)
    client.heartbeat(newer)
    assert [u["software_version"] for u in pretix.updates] == ["1.1"]


def test_photos_stay_on_the_kiosk(client: PretixClient, pretix: FakePretix) -> None:
    assert client.upload_photo(OutgoingPhoto(1, b"jpeg", "0" * 64, ORIGINAL)) is False
    assert pretix.requests == []


# -- the sync engine, unchanged ------------------------------------------------------------


def test_the_sync_engine_runs_a_pretix_event(
    client: PretixClient, pretix: FakePretix, db: Database
) -> None:
    clock = lambda: ORIGINAL  # noqa: E731
    report = sync_once(db, client, clock)
    assert report.ok, report.error
    assert report.reached_end
    assert participants.find_by_secret(db, secret_hash("suxfewwhb6ekts8u3a4ju9ng7u6gp6xw")) == 1
    pretix.check_in(2, device=5, at=ORIGINAL)
    pretix.check_in(2, device=6, at=ORIGINAL + timedelta(minutes=1))
    again = sync_once(db, client, clock)
    assert again.ok, again.error
    assert again.pulled >= 3
    assert changes.count_conflicts(db) == 1
    third = sync_once(db, client, clock)
    assert third.ok
    assert changes.count_conflicts(db) == 1


def test_a_long_retry_after_reaches_the_report_and_stretches_the_backoff(
    client: PretixClient, pretix: FakePretix, db: Database
) -> None:
    busy = httpx.Response(429, headers={"Retry-After": "90"})
    pretix.faults.append(("/organizers/itu/events/wsis22/orders/", busy))
    report = sync_once(db, client, lambda: ORIGINAL)
    assert report.problem is SyncProblem.UNAVAILABLE
    assert report.retry_after_s == 90
    assert not report.heartbeat_sent
    rng = random.Random(1)
    assert retry_delay(1, rng, report.retry_after_s) == 90  # not the 1-2 s of a first failure
    assert retry_delay(1, random.Random(1), 10_000) == 300  # capped at the engine's 5 minutes
    assert retry_delay(3, random.Random(1)) == retry_delay(3, random.Random(1), None)


def test_a_first_sync_cut_between_pages_resumes_at_the_next_page(
    pretix: FakePretix, db: Database
) -> None:
    pages: list[int] = []

    def cut_at_page_two(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/orders/"):
            pages.append(int(request.url.params["page"]))
            if pages == [1, 2]:  # the kiosk stops (or the server does) after page 1
                return httpx.Response(503, text="restarting")
        return pretix.handle(request)

    options = SyncOptions(page_limit=2)  # the four orders, two a page
    client = PretixClient(
        URL, DEVICE_TOKEN, link=LINK, rules=RULES, transport=httpx.MockTransport(cut_at_page_two)
    )
    try:
        cut = sync_once(db, client, lambda: ORIGINAL, options)
        assert cut.problem is SyncProblem.UNAVAILABLE
        assert cut.pages == 1
        assert cursors.decode(cut.watermark).page == 2  # page 1 applied, page 2 next
        resumed = sync_once(db, client, lambda: ORIGINAL, options)
    finally:
        client.close()
    assert resumed.ok, resumed.error
    assert pages[2] == 2  # the next round starts at page 2, not at page 1
    people = [participants.get_participant(db, n) for n in (1, 2, 3, 4)]
    assert None not in people


@pytest.mark.parametrize(
    ("include_pending", "valid_if_pending", "status"),
    [
        (False, False, ParticipantStatus.CANCELLED),
        (True, False, ParticipantStatus.REGISTERED),
        (False, True, ParticipantStatus.REGISTERED),
    ],
)
def test_an_unpaid_order_admits_only_where_pretix_would(
    client: PretixClient,
    pretix: FakePretix,
    include_pending: bool,
    valid_if_pending: bool,
    status: ParticipantStatus,
) -> None:
    pretix.lists[0] = {**pretix.lists[0], "include_pending": include_pending}
    order, _ = pretix.position(1)
    order.update(status="n", valid_if_pending=valid_if_pending)
    people = {p.registration_id: p for p in client.changes(0, 1000).participants}
    assert people[1].status is status
    assert people[2].status is ParticipantStatus.REGISTERED


def test_names_in_arabic_and_a_single_attendee_name_are_read(
    client: PretixClient, pretix: FakePretix
) -> None:
    _, arabic = pretix.position(1)
    arabic["attendee_name_parts"] = {"given_name": "أحمد", "family_name": "ناصر", "_scheme": "full"}
    _, whole = pretix.position(2)
    whole["attendee_name_parts"] = {}
    whole["attendee_name"] = "Maria José da Silva"
    people = {p.registration_id: p for p in client.changes(0, 1000).participants}
    assert (people[1].badge_name, people[1].native_name) == ("أحمد ناصر", "أحمد ناصر")
    assert (people[2].given_name, people[2].family_name) == ("Maria José da", "Silva")
    assert people[2].native_name == ""


def _pretix_link(token: str) -> RegistryLink:
    when = datetime(2022, 5, 30, 8, tzinfo=UTC)
    return RegistryLink("https://pretix.test", "pretix-itu-1", token, 1, when, kind="pretix")


def test_kiosk_doctor_asks_pretix_for_the_devices_information(pretix: FakePretix) -> None:
    def probe(token: str) -> RegistryProbe:
        target = probe_target(_pretix_link(token))
        return probe_registry(
            target.root, token, transport=pretix.transport, path=target.path, scheme=target.scheme
        )

    good = probe(DEVICE_TOKEN)
    assert good.accepted, good.problem
    assert pretix.requests[-1].url.path == "/api/v1/device/info"
    bad = probe("wrong")
    assert (bad.status, bad.problem) == (401, "HTTP 401")
