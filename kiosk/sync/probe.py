"""One short authenticated request to the registry, for `kiosk doctor`: is it there, does it
still accept this kiosk's token, and what time does it say it is (its HTTP Date header)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from kiosk.sync.http import API


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class RegistryProbe:
    status: int  # the HTTP status; 0 when nothing answered
    problem: str  # "" when the registry answered 2xx, else what went wrong (no URL, no token)
    server_date: datetime | None  # the registry's Date header
    asked_at: datetime  # this machine's clock when the request left
    answered_at: datetime  # ... and when the answer came back

    @property
    def reachable(self) -> bool:
        return self.status != 0

    @property
    def accepted(self) -> bool:
        return 200 <= self.status < 300

    @property
    def skew_s(self) -> float | None:
        """This machine's clock minus the registry's, at the middle of the round trip."""
        if self.server_date is None:
            return None
        middle = self.asked_at + (self.answered_at - self.asked_at) / 2
        return (middle - self.server_date).total_seconds()


def probe_registry(
    url: str,
    token: str,
    timeout_s: float = 3.0,
    *,
    transport: httpx.BaseTransport | None = None,
    now: Callable[[], datetime] = _utc_now,
    path: str = "",
    scheme: str = "Bearer",
) -> RegistryProbe:
    """GET the first entry of the change feed with the device token, within ``timeout_s``.

    ``path``/``scheme``: another registry's cheap authenticated read instead (pretix: the
    device's information with a Device token; Indico: the event)."""
    headers = {"Authorization": f"{scheme} {token}"}
    params = {} if path else {"since": 0, "limit": 1}
    asked_at = now()
    try:
        with httpx.Client(
            base_url=url.rstrip("/"), headers=headers, timeout=timeout_s, transport=transport
        ) as client:
            response = client.get(path or API + "/changes", params=params)
    except httpx.TimeoutException:
        return RegistryProbe(0, f"no answer within {timeout_s:g} s", None, asked_at, now())
    except httpx.HTTPError as exc:
        detail = f"{type(exc).__name__}: {str(exc)[:120]}" if str(exc) else type(exc).__name__
        return RegistryProbe(0, detail, None, asked_at, now())
    answered_at = now()
    problem = "" if response.is_success else f"HTTP {response.status_code}"
    return RegistryProbe(response.status_code, problem, _date(response), asked_at, answered_at)


def _date(response: httpx.Response) -> datetime | None:
    text = response.headers.get("date")
    if not text:
        return None
    try:
        stamp = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)
