"""Indico's check-in API over HTTP (docs/indico.md): paths, token, and every failure as a SyncError.

Indico answers an error as JSON ``{"error": {"title": ..., "message": ...}}`` (its
``json_errors`` handlers), an OAuth refusal as ``{"error": "invalid_token", ...}``, and a proxy
or a login redirect as whatever they like; each becomes one SyncError whose message names the
call and never the token.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.fields import bad

TIMEOUT = httpx.Timeout(20.0, connect=3.0)  # Indico builds a form's whole list in one answer
MAX_ANSWER_BYTES = 64 * 1024 * 1024


def event_path(event_id: int) -> str:
    return f"/api/checkin/event/{event_id}/"


def forms_path(event_id: int) -> str:
    return f"/api/checkin/event/{event_id}/forms/"


def form_path(event_id: int, regform_id: int) -> str:
    return f"/api/checkin/event/{event_id}/forms/{regform_id}/"


def registrations_path(event_id: int, regform_id: int) -> str:
    return f"/api/checkin/event/{event_id}/forms/{regform_id}/registrations/"


def registration_path(event_id: int, regform_id: int, registration_id: int) -> str:
    return f"/api/checkin/event/{event_id}/forms/{regform_id}/registrations/{registration_id}"


def registrants_path(event_id: int) -> str:
    """The older, event-wide list: the only one with first name, surname, affiliation, country."""
    return f"/api/events/{event_id}/registrants"


class IndicoApi:
    """GET and PATCH against one Indico server with one token; JSON in, JSON out."""

    def __init__(
        self,
        root: str,
        token: str,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = TIMEOUT,
    ) -> None:
        self._http = httpx.Client(
            base_url=root.rstrip("/"),
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=timeout,
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def get(self, path: str) -> Any:
        return _json(self._send("GET", path, None), path)

    def patch(self, path: str, body: dict[str, Any]) -> Any:
        return _json(self._send("PATCH", path, body), path)

    def _send(self, method: str, path: str, body: dict[str, Any] | None) -> httpx.Response:
        try:
            response = self._http.request(method, path, json=body)
        except httpx.TimeoutException as exc:
            raise SyncError(SyncProblem.NETWORK, f"Indico did not answer in time ({path})") from exc
        except httpx.HTTPError as exc:
            raise SyncError(SyncProblem.NETWORK, f"cannot reach Indico: {_plain(exc)}") from exc
        if response.status_code >= 300:
            raise error_for(response, path)
        return response


def _plain(exc: Exception) -> str:
    return type(exc).__name__ + (f": {str(exc)[:120]}" if str(exc) else "")


def _json(response: httpx.Response, path: str) -> Any:
    if len(response.content) > MAX_ANSWER_BYTES:
        raise bad(f"Indico's {path} answered {len(response.content)} bytes")
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        raise bad(f"Indico's {path} answered with something that is not JSON") from None


def error_for(response: httpx.Response, path: str) -> SyncError:
    """The SyncError for an answer that is not a success."""
    status = response.status_code
    said = _said(response)
    where = f"Indico {path}: HTTP {status}{said}"
    if status in (401, 403):
        return SyncError(
            SyncProblem.UNAUTHENTICATED,
            f"{where}. Indico refused the token (revoked, expired, without the 'registrants' "
            "scope, or its owner cannot manage this event's registrations): enroll the kiosk "
            "again with a valid token",
            "indico-token-refused",
        )
    if status == 429:
        wait = response.headers.get("Retry-After", "").strip()[:20]
        later = f"; it asks to wait {wait} s" if wait.isdigit() else ""
        return SyncError(SyncProblem.UNAVAILABLE, f"{where}: too many requests{later}", "busy")
    if status >= 500 or status == 408:
        return SyncError(SyncProblem.UNAVAILABLE, where)
    if status < 400:  # a redirect: a login page or a moved server, never the API's answer
        return SyncError(
            SyncProblem.BAD_ANSWER,
            f"{where}: Indico redirected the kiosk (to a login page?); check the address",
        )
    return SyncError(SyncProblem.REFUSED, where, "not-found" if status == 404 else "")


def _said(response: httpx.Response) -> str:
    """What Indico said, short: its error title and message, or the OAuth error."""
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return ""
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):
        words = [str(error.get(key) or "") for key in ("title", "message")]
        text = ": ".join(word for word in words if word)
    elif isinstance(error, str):
        text = f"{error} {data.get('error_description') or ''}".strip()
    else:
        return ""
    return f" ({text[:200]})" if text else ""
