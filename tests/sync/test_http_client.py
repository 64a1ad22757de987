"""The HTTP registry client: what it sends, and what each bad answer becomes (never a crash)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from kiosk.core.exchange import Heartbeat, OutboxEntry, OutboxKind, PushStatus
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.http import HttpRegistryClient
from kiosk.sync.wire import printer_name

KEY = base64.b64encode(bytes(range(32))).decode()
EVENT = {
    "id": 22,
    "code": "WSIS22",
    "title": "WSIS Forum 2022",
    "venue": "Geneva",
    "timezone": "Europe/Zurich",
    "start": "2022-05-30",
    "end": "2022-06-03",
    "pickup_from": "2022-05-29",
    "is_sample": True,
}
PERSON = {
    "registration_id": 101,
    "event_id": 22,
    "given_name": "Amina",
    "family_name": "Diallo",
    "badge_name": "Amina Diallo",
    "native_name": "",
    "organisation": "ITU",
    "country": "SN",
    "category": "DEL",
    "status": "registered",
    "reissue": 0,
    "valid_from": None,
    "valid_until": None,
    "is_sample": True,
    "is_provisional": False,
    "secret_hashes": [],
}


def page(
    *changes: tuple[str, dict[str, Any]], since: int = 0, more: bool = False
) -> dict[str, Any]:
    items = [{"seq": since + i + 1, "kind": k, "data": d} for i, (k, d) in enumerate(changes)]
    return {
        "since": since,
        "next": since + len(items),
        "more": more,
        "server_time": "2022-05-30T07:00:00+00:00",
        "changes": items,
    }


def client(answer: Callable[[httpx.Request], httpx.Response]) -> HttpRegistryClient:
    return HttpRegistryClient(
        "http://registry.test", "secret-token", transport=httpx.MockTransport(answer)
    )


def answering(status: int, body: Any = None, content: bytes | None = None) -> HttpRegistryClient:
    def answer(request: httpx.Request) -> httpx.Response:
        if content is not None:
            return httpx.Response(status, content=content)
        return httpx.Response(status, json=body)

    return client(answer)


def test_a_page_is_read_into_kiosk_values_with_the_token_sent() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=page(("event", EVENT), ("participant", PERSON)))

    result = client(answer).changes(0, 1000)
    assert seen[0].url.path == "/api/v1/changes"
    assert dict(seen[0].url.params) == {"since": "0", "limit": "1000"}
    assert seen[0].headers["authorization"] == "Bearer secret-token"
    assert result.events[0].title == "WSIS Forum 2022"
    assert result.count == 2
    assert result.participants[0].participant.organisation == "ITU"
    assert (result.next, result.more) == (2, False)


def test_a_newer_kind_is_skipped_not_refused() -> None:
    result = answering(200, page(("badge_photo", {"x": 1}), ("event", EVENT))).changes(0, 10)
    assert result.count == 2
    assert len(result.events) == 1


BAD_PAGES = {
    "not an object": [1, 2, 3],
    "page from another watermark": {**page(("event", EVENT)), "since": 5},
    "next before since": {**page(), "next": -1},
    "seq outside the page": {**page(("event", EVENT)), "next": 0},
    "more with nothing": {**page(), "more": True},
    "id as text": page(("event", {**EVENT, "id": "22"})),
    "id as true": page(("event", {**EVENT, "id": True})),
    "huge id": page(("participant", {**PERSON, "registration_id": 2**70})),
    "missing field": page(("participant", {k: v for k, v in PERSON.items() if k != "badge_name"})),
    "unknown status": page(("participant", {**PERSON, "status": "zombie"})),
    "bad date": page(("event", {**EVENT, "start": "30/05/2022"})),
    "time without zone": page(
        (
            "checkin",
            {
                "id": "c",
                "registration_id": 1,
                "event_id": 22,
                "at": "2022-05-30T07:00:00",
                "kiosk_id": "k",
                "source": "scanner",
            },
        )
    ),
    "key not Base64": page(("key", {"key_id": 3, "public_key": "***", "status": "active"})),
    "key of 31 bytes": page(
        (
            "key",
            {"key_id": 3, "public_key": base64.b64encode(bytes(31)).decode(), "status": "active"},
        )
    ),
    "changes not a list": {**page(), "changes": {"seq": 1}},
    "data not an object": {
        **page(),
        "next": 1,
        "changes": [{"seq": 1, "kind": "event", "data": "x"}],
    },
    "category number 300": page(
        (
            "category",
            {
                "event_id": 22,
                "code": "DEL",
                "number": 300,
                "label": "Delegate",
                "colour": "#000000",
            },
        )
    ),
}


@pytest.mark.parametrize("body", BAD_PAGES.values(), ids=BAD_PAGES.keys())
def test_a_malformed_page_is_a_bad_answer(body: Any) -> None:
    with pytest.raises(SyncError) as caught:
        answering(200, body).changes(0, 10)
    assert caught.value.problem is SyncProblem.BAD_ANSWER
    assert "malformed" in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [
        b"<html>502 Bad Gateway</html>",
        b'{"since": 0, "next": 1, "changes": [{"seq"',
        b"\xff\xfe",
        b"",
    ],
    ids=["html", "cut in half", "not utf-8", "empty"],
)
def test_garbage_is_a_bad_answer(content: bytes) -> None:
    with pytest.raises(SyncError) as caught:
        answering(200, content=content).changes(0, 10)
    assert caught.value.problem is SyncProblem.BAD_ANSWER


ERRORS = [
    (
        401,
        {"error": {"code": "unauthenticated", "message": "unknown token"}},
        SyncProblem.UNAUTHENTICATED,
    ),
    (
        403,
        {"error": {"code": "device-revoked", "message": "revoked on 2022-05-31"}},
        SyncProblem.DEVICE_REVOKED,
    ),
    (
        400,
        {"error": {"code": "enrollment-code-invalid", "message": "used"}},
        SyncProblem.ENROLLMENT_CODE_INVALID,
    ),
    (
        422,
        {"error": {"code": "validation-failed", "message": "items[0].kind"}},
        SyncProblem.REFUSED,
    ),
    (500, None, SyncProblem.UNAVAILABLE),
    (503, {"error": {"code": "unavailable", "message": "retry later"}}, SyncProblem.UNAVAILABLE),
    (429, None, SyncProblem.UNAVAILABLE),
]


@pytest.mark.parametrize(("status", "body", "problem"), ERRORS, ids=[str(e[0]) for e in ERRORS])
def test_error_answers_keep_their_code_and_message(
    status: int, body: Any, problem: SyncProblem
) -> None:
    with pytest.raises(SyncError) as caught:
        answering(status, body).changes(0, 10)
    assert caught.value.problem is problem
    assert f"HTTP {status}" in str(caught.value)
    if body:
        assert caught.value.code == body["error"]["code"]
        assert body["error"]["message"] in str(caught.value)
    assert caught.value.needs_person is (
        problem.value in {"unauthenticated", "device-revoked", "enrollment-code-invalid"}
    )


def test_a_watermark_beyond_the_feed_asks_for_a_fresh_start() -> None:
    body = {"error": {"code": "conflict", "message": "watermark 900 is beyond the feed (120)"}}
    with pytest.raises(SyncError) as caught:
        answering(409, body).changes(900, 10)
    assert caught.value.problem is SyncProblem.FEED_RESET


def test_a_refused_connection_is_a_network_problem_without_the_token() -> None:
    unreachable = HttpRegistryClient("http://127.0.0.1:9", "secret-token")
    with pytest.raises(SyncError) as caught:
        unreachable.changes(0, 10)
    assert caught.value.problem is SyncProblem.NETWORK
    assert "secret-token" not in str(caught.value)


def test_a_timeout_is_a_network_problem() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(SyncError) as caught:
        client(answer).heartbeat(_beat())
    assert caught.value.problem is SyncProblem.NETWORK
    assert "in time" in str(caught.value)


def test_push_sends_client_ids_and_strips_printer_credentials() -> None:
    bodies: list[Any] = []
    entries = [
        OutboxEntry("u-1", OutboxKind.CHECKIN, json.dumps({"id": "u-1", "registration_id": 101})),
        OutboxEntry(
            "u-2",
            OutboxKind.BADGE_PRINT,
            json.dumps({"id": "u-2", "printer": "cups://staff:pw@printhost/Badges?x=1"}),
        ),
    ]

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(
            200,
            json={
                "results": [
                    {"id": "u-1", "status": "accepted"},
                    {"id": "u-2", "status": "duplicate"},
                ]
            },
        )

    results = client(answer).push(entries)
    assert [r.status for r in results] == [PushStatus.ACCEPTED, PushStatus.DUPLICATE]
    assert [i["id"] for i in bodies[0]["items"]] == ["u-1", "u-2"]
    assert bodies[0]["items"][1]["data"]["printer"] == "cups://printhost/Badges"


def test_an_answer_about_items_never_sent_is_refused() -> None:
    entry = OutboxEntry("u-1", OutboxKind.CHECKIN, "{}")
    body = {"results": [{"id": "someone-else", "status": "accepted"}]}
    with pytest.raises(SyncError) as caught:
        answering(200, body).push([entry])
    assert caught.value.problem is SyncProblem.BAD_ANSWER


def test_enroll_sends_the_public_key_and_reads_the_token() -> None:
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(
            201,
            json={
                "kiosk_id": "itu-montbrillant-1",
                "token": "tok",
                "device_key_id": 2871234567,
                "event_id": 22,
                "keys": [{"key_id": 3, "public_key": KEY, "status": "active", "label": "2022"}],
                "server_time": "2022-05-30T07:00:00+00:00",
            },
        )

    enrollment = HttpRegistryClient("http://r.test", transport=httpx.MockTransport(answer)).enroll(
        " ABCD-EFGH ", bytes(range(32)), "0.4.0"
    )
    assert sent == [{"code": " ABCD-EFGH ", "device_public_key": KEY, "app_version": "0.4.0"}]
    assert (enrollment.kiosk_id, enrollment.token, enrollment.device_key_id) == (
        "itu-montbrillant-1",
        "tok",
        2871234567,
    )
    assert enrollment.keys[0].public_bytes == bytes(range(32))


@pytest.mark.parametrize(
    ("uri", "name"),
    [
        ("escpos+tcp://10.0.0.5:9100?profile=tm-t88vii", "escpos+tcp://10.0.0.5:9100"),
        ("cups://user:secret@host/Queue", "cups://host/Queue"),
        ("file:prints?format=png,pdf", "file:prints"),
        ("escpos+usb://04b8:0202", "escpos+usb://04b8:0202"),
    ],
)
def test_printer_names_carry_no_credentials_or_options(uri: str, name: str) -> None:
    assert printer_name(uri) == name


def _beat() -> Heartbeat:
    return Heartbeat(
        "0.4.0", 0, 0, None, "", "unknown", "unknown", "", datetime(2022, 5, 30, tzinfo=UTC)
    )
