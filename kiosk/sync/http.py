"""The registry client over HTTP (httpx): every failure becomes one SyncError."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import httpx

from kiosk.core.exchange import ChangePage, Enrollment, Heartbeat, OutboxEntry, PushResult
from kiosk.core.photos import OutgoingPhoto
from kiosk.sync import wire
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.fields import Fields, bad

log = logging.getLogger(__name__)

API = "/api/v1"
TIMEOUT = httpx.Timeout(10.0, connect=3.0)  # docs/registry-protocol.md: connect 3 s, read 10 s
MAX_ANSWER_BYTES = 64 * 1024 * 1024  # a change page of 5,000 participants is ~2 MB

_BY_CODE = {
    "unauthenticated": SyncProblem.UNAUTHENTICATED,
    "device-revoked": SyncProblem.DEVICE_REVOKED,
    "enrollment-code-invalid": SyncProblem.ENROLLMENT_CODE_INVALID,
    "unavailable": SyncProblem.UNAVAILABLE,
}


class HttpRegistryClient:
    """Talks to ``base_url`` (the registry's root, such as http://10.0.0.2:8700) with ``token``.

    ``transport`` replaces the network (tests, benchmarks: httpx.MockTransport, ASGI apps).
    """

    def __init__(
        self,
        base_url: str,
        token: str = "",
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = TIMEOUT,
    ) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"), headers=headers, timeout=timeout, transport=transport
        )

    def close(self) -> None:
        self._http.close()

    def enroll(self, code: str, device_public_key: bytes, app_version: str) -> Enrollment:
        body = {
            "code": code,
            "device_public_key": base64.b64encode(device_public_key).decode("ascii"),
            "app_version": app_version,
        }
        return wire.enrollment(self._call("POST", "/devices/enroll", body))

    def push(self, items: Sequence[OutboxEntry]) -> list[PushResult]:
        return wire.push_results(self._call("POST", "/outbox", wire.push_body(items)), items)

    def changes(self, since: int, limit: int) -> ChangePage:
        try:
            response = self._send("GET", "/changes", params={"since": since, "limit": limit})
        except SyncError as exc:
            if exc.code == "conflict":  # a watermark beyond the feed: read it again from 0
                raise SyncError(SyncProblem.FEED_RESET, str(exc), exc.code) from exc
            raise
        page = wire.quick_change_page(_content(response, "/changes"), since)
        return page if page is not None else wire.change_page(_json(response, "/changes"), since)

    def heartbeat(self, beat: Heartbeat) -> datetime | None:
        answer = Fields(self._call("POST", "/heartbeat", wire.heartbeat_body(beat)), "heartbeat")
        return answer.maybe_moment("server_time")

    def upload_photo(self, photo: OutgoingPhoto) -> bool:
        path = f"/photos/{photo.registration_id}"
        answer = Fields(self._call("PUT", path, wire.photo_body(photo)), "photo")
        return wire.photo_accepted(answer)

    def _call(
        self, method: str, path: str, body: Any = None, params: dict[str, Any] | None = None
    ) -> Any:
        return _json(self._send(method, path, body, params), path)

    def _send(
        self, method: str, path: str, body: Any = None, params: dict[str, Any] | None = None
    ) -> httpx.Response:
        try:
            response = self._http.request(method, API + path, json=body, params=params)
        except httpx.TimeoutException as exc:
            raise SyncError(
                SyncProblem.NETWORK, f"the registry did not answer in time ({path})"
            ) from exc
        except httpx.HTTPError as exc:
            raise SyncError(
                SyncProblem.NETWORK, f"cannot reach the registry: {_plain(exc)}"
            ) from exc
        if response.status_code >= 300:
            raise _error(response, path)
        return response


def _plain(exc: Exception) -> str:
    """An httpx error without the URL (a token never sits in it, but keep log lines short)."""
    return type(exc).__name__ + (f": {str(exc)[:120]}" if str(exc) else "")


def _content(response: httpx.Response, path: str) -> bytes:
    if len(response.content) > MAX_ANSWER_BYTES:
        raise bad(f"{path} answered {len(response.content)} bytes")
    return response.content


def _json(response: httpx.Response, path: str) -> Any:
    content = _content(response, path)
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        raise bad(f"{path} answered with something that is not JSON") from None


def _error(response: httpx.Response, path: str) -> SyncError:
    """The registry's JSON error, or a plain one for a proxy's HTML page."""
    code, message = "", f"HTTP {response.status_code}"
    try:
        error = json.loads(response.content).get("error", {})
        code = str(error.get("code", ""))[:60]
        message = f"{message} {code}: {str(error.get('message', ''))[:200]}"
    except (ValueError, UnicodeDecodeError, AttributeError):
        pass
    problem = _BY_CODE.get(code)
    if problem is None:
        problem = SyncProblem.UNAVAILABLE if response.status_code >= 500 else SyncProblem.REFUSED
    if response.status_code in (408, 429):
        problem = SyncProblem.UNAVAILABLE
    if response.status_code == 401:
        problem = SyncProblem.UNAUTHENTICATED
    return SyncError(problem, f"{path}: {message}", code)
