"""pretix's REST API over httpx: every failure becomes one SyncError (docs/pretix.md, "Faults").

- no connection, a cut connection, a timeout: NETWORK;
- 500, 502, 503, 504: UNAVAILABLE (the engine backs off and tries again);
- 429: waited out when pretix asks for 10 s or less (once), else UNAVAILABLE with the delay;
- 401: UNAUTHENTICATED; a revoked device or a route its security profile denies: DEVICE_REVOKED;
- an answer that is not JSON: BAD_ANSWER, never applied;
- another 4xx: REFUSED with pretix's own words (unless the caller reads that status itself).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from kiosk.sync.client import SyncError, SyncProblem

TIMEOUT = httpx.Timeout(10.0, connect=3.0)
MAX_ANSWER_BYTES = 32 * 1024 * 1024  # a page of 50 orders is ~100 KB
SHORT_WAIT_S = 10.0  # a 429 asking for this long or less is waited out, once
_UNAVAILABLE = frozenset({500, 502, 503, 504})


class PretixTransport:
    """Requests to ``root``/api/v1 with a device token (or none, to initialise a device)."""

    def __init__(
        self,
        root: str,
        token: str = "",
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Device {token}"
        self._http = httpx.Client(
            base_url=root.rstrip("/") + "/api/v1",
            headers=headers,
            timeout=timeout,
            transport=transport,
        )
        self._sleep = sleep

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PretixTransport:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
        accept: Collection[int] = (),
    ) -> httpx.Response:
        """The answer of a 2xx, or of a status in ``accept``; any other raises SyncError."""
        for attempt in range(2):
            response = self._request(method, path, params, body, headers)
            if response.status_code != 429:
                break
            delay = retry_after(response)
            if attempt or delay is None or delay > SHORT_WAIT_S:
                raise SyncError(
                    SyncProblem.UNAVAILABLE,
                    f"pretix is busy ({_where(path)}): asked to wait "
                    + (f"{delay:.0f} s" if delay is not None else "a while"),
                    "rate-limited",
                    retry_after_s=delay,
                )
            self._sleep(max(0.0, delay))
        if response.is_success or response.status_code in accept:
            return response
        raise error_of(response, path)

    def _request(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        body: Any,
        headers: dict[str, str] | None,
    ) -> httpx.Response:
        try:
            return self._http.request(method, path, params=params, json=body, headers=headers)
        except httpx.TimeoutException as exc:
            raise SyncError(
                SyncProblem.NETWORK, f"pretix did not answer in time ({_where(path)})"
            ) from exc
        except httpx.HTTPError as exc:
            detail = type(exc).__name__ + (f": {str(exc)[:120]}" if str(exc) else "")
            raise SyncError(SyncProblem.NETWORK, f"cannot reach pretix: {detail}") from exc


def json_of(response: httpx.Response, path: str) -> Any:
    """The answer's JSON; BAD_ANSWER when it is too large or not JSON."""
    if len(response.content) > MAX_ANSWER_BYTES:
        raise SyncError(
            SyncProblem.BAD_ANSWER,
            f"pretix answered {len(response.content)} bytes ({_where(path)})",
        )
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        raise SyncError(
            SyncProblem.BAD_ANSWER,
            f"pretix answered {_where(path)} with something that is not JSON",
        ) from None


def pretix_words(response: httpx.Response) -> str:
    """What pretix said, in one short line: ``detail``, or the first field error."""
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return ""
    if isinstance(data, dict):
        detail = data.get("detail")
        if isinstance(detail, str):
            return detail[:200]
        for key, value in data.items():
            if isinstance(value, list) and value and isinstance(value[0], str):
                return f"{key}: {value[0]}"[:200]
            if isinstance(value, str) and key not in ("status",):
                return f"{key}: {value}"[:200]
    if isinstance(data, list) and data and isinstance(data[0], str):
        return data[0][:200]
    return ""


def error_of(response: httpx.Response, path: str) -> SyncError:
    status = response.status_code
    words = pretix_words(response)
    message = f"pretix answered HTTP {status} ({_where(path)})" + (f": {words}" if words else "")
    if status in _UNAVAILABLE:
        return SyncError(SyncProblem.UNAVAILABLE, message, "unavailable")
    if "revoked" in words.lower() or "security profile" in words.lower() or status == 403:
        return SyncError(SyncProblem.DEVICE_REVOKED, message, "device-revoked")
    if status == 401:
        return SyncError(SyncProblem.UNAUTHENTICATED, message, "unauthenticated")
    if status == 408:
        return SyncError(SyncProblem.UNAVAILABLE, message, "timeout")
    if status >= 500:
        return SyncError(SyncProblem.UNAVAILABLE, message, "unavailable")
    return SyncError(SyncProblem.REFUSED, message, f"http-{status}")


def retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds (a number or an HTTP date), or None when absent or unreadable."""
    text = response.headers.get("Retry-After", "").strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def _where(path: str) -> str:
    """The path without its query (no search terms, no times): enough to tell calls apart."""
    return path.split("?", 1)[0]
