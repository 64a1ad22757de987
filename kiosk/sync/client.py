"""The registry client seam: five calls, one error type, an HTTP implementation and a fake."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from kiosk.core.exchange import ChangePage, Enrollment, Heartbeat, OutboxEntry, PushResult
from kiosk.core.photos import OutgoingPhoto


class SyncProblem(enum.Enum):
    """Why a call to the registry failed; only the last three need a person."""

    NETWORK = "network"  # no connection, cut connection, timeout
    UNAVAILABLE = "unavailable"  # 5xx or 503: the registry is there but not answering well
    BAD_ANSWER = "bad-answer"  # not JSON, or JSON of the wrong shape: never applied
    REFUSED = "refused"  # a 4xx the kiosk cannot fix by retrying (validation, too large)
    FEED_RESET = "feed-reset"  # the watermark is beyond the feed: the registry was reset
    UNAUTHENTICATED = "unauthenticated"  # unknown token: enroll again
    DEVICE_REVOKED = "device-revoked"  # this kiosk was revoked at the registry
    ENROLLMENT_CODE_INVALID = "enrollment-code-invalid"


_NEEDS_PERSON = frozenset(
    {
        SyncProblem.UNAUTHENTICATED,
        SyncProblem.DEVICE_REVOKED,
        SyncProblem.ENROLLMENT_CODE_INVALID,
    }
)


class SyncError(Exception):
    """A registry call failed; the message is safe to log and show (no token, no names)."""

    def __init__(
        self,
        problem: SyncProblem,
        message: str,
        code: str = "",
        *,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.code = code or problem.value  # the registry's stable error code, when it sent one
        # The registry asked to be left alone this long (HTTP 429 Retry-After): the engine's
        # next try waits at least this (capped by services.sync.MAX_DELAY_S).
        self.retry_after_s = retry_after_s

    @property
    def needs_person(self) -> bool:
        """Retrying will not help: staff must enroll the kiosk again or ask the registry team."""
        return self.problem in _NEEDS_PERSON


class RegistryClient(Protocol):
    """The registry as the kiosk's sync engine sees it (docs/registry-protocol.md)."""

    def enroll(self, code: str, device_public_key: bytes, app_version: str) -> Enrollment: ...

    def push(self, items: Sequence[OutboxEntry]) -> list[PushResult]: ...

    def changes(self, since: int, limit: int) -> ChangePage: ...

    def heartbeat(self, beat: Heartbeat) -> datetime | None: ...

    def upload_photo(self, photo: OutgoingPhoto) -> bool:
        """Send a badge photo; True if the registry took it, False if it had it already."""
        ...
