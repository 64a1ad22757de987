"""What the HTTP client sends for a photo, and what each answer becomes."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from kiosk.core.photos import OutgoingPhoto, photo_digest
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.http import HttpRegistryClient

JPEG = b"\xff\xd8\xff\xe0" + bytes(300)
PHOTO = OutgoingPhoto(101, JPEG, photo_digest(JPEG), datetime(2022, 5, 30, 7, 12, tzinfo=UTC))


def client_answering(status: int, body: Any, seen: list[httpx.Request]) -> HttpRegistryClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    return HttpRegistryClient("http://registry", "t0ken", transport=httpx.MockTransport(answer))


def test_the_photo_goes_as_base64_json_with_its_digest() -> None:
    seen: list[httpx.Request] = []
    client = client_answering(200, {"registration_id": 101, "status": "accepted"}, seen)
    assert client.upload_photo(PHOTO) is True
    request = seen[0]
    assert (request.method, request.url.path) == ("PUT", "/api/v1/photos/101")
    assert request.headers["Authorization"] == "Bearer t0ken"
    body = json.loads(request.content)
    assert base64.b64decode(body["jpeg"]) == JPEG
    assert body["sha256"] == photo_digest(JPEG)
    assert body["taken_at"] == "2022-05-30T07:12:00+00:00"


def test_a_duplicate_is_not_an_error() -> None:
    client = client_answering(200, {"status": "duplicate"}, [])
    assert client.upload_photo(PHOTO) is False


@pytest.mark.parametrize("body", [{"status": "maybe"}, {}, ["accepted"], {"status": 1}])
def test_a_strange_answer_is_a_bad_answer(body: Any) -> None:
    client = client_answering(200, body, [])
    with pytest.raises(SyncError) as caught:
        client.upload_photo(PHOTO)
    assert caught.value.problem is SyncProblem.BAD_ANSWER


@pytest.mark.parametrize(
    ("status", "code", "problem"),
    [
        (413, "body-too-large", SyncProblem.REFUSED),
        (404, "not-found", SyncProblem.REFUSED),
        (503, "unavailable", SyncProblem.UNAVAILABLE),
    ],
)
def test_refusals_keep_their_code(status: int, code: str, problem: SyncProblem) -> None:
    client = client_answering(status, {"error": {"code": code, "message": "no"}}, [])
    with pytest.raises(SyncError) as caught:
        client.upload_photo(PHOTO)
    assert (caught.value.problem, caught.value.code) == (problem, code)
