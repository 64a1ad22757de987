"""The kiosk's outbox as pretix calls (docs/pretix.md, "What goes to pretix").

- A check-in is redeemed by the position's id on the kiosk's check-in list
  (``POST /organizers/{o}/events/{e}/checkinlists/{list}/positions/{id}/redeem/``): the kiosk keeps
  only hashes of ticket secrets, and a desk check-in found by a search has no scanned code at all,
  so pretix's secret-based ``checkinrpc/redeem`` cannot be used. Every upload is an offline
  decision already made: ``force`` true, the original time, ``nonce`` the outbox id (pretix answers
  a repeated nonce as a success and stores nothing new).
- A printed badge becomes a print log entry (type "badge", the original time), sent with an
  idempotency key so a retry stores it once.
- Voiding a badge, walk-in registrations and name corrections cannot be made by a pretix device:
  refused with a sentence telling staff to do it in pretix's back office.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from kiosk.core.exchange import OutboxEntry, OutboxKind, PushResult, PushStatus
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.fields import Fields
from kiosk.sync.pretix.transport import json_of, pretix_words

SOURCE = "wsis-kiosk"  # pretix's print log "source" tag: the app that printed

# pretix's redeem reasons, in words staff read in the Exceptions queue (kiosk/ui/desk/
# exception_words.py translates them by their code, "pretix-<reason>": keep the two in step).
REASONS = {
    "invalid": "pretix does not know this ticket (deleted, or another event's)",
    "unpaid": "the order is not paid in pretix",
    "blocked": "the ticket is blocked in pretix",
    "invalid_time": "the ticket is not valid at this time in pretix",
    "canceled": "the order or ticket is cancelled in pretix",
    "already_redeemed": "pretix says the ticket was already used",
    "product": "pretix's check-in list does not admit this product",
    "rules": "pretix's check-in rules refuse this entry",
    "ambiguous": "pretix found more than one ticket",
    "revoked": "the ticket was revoked in pretix (reissued with a new code)",
    "unapproved": "the order is not approved in pretix",
    "incomplete": "pretix asks check-in questions: check the person in on a pretix device",
    "error": "pretix refused the check-in",
}
# What a pretix device cannot do, by outbox kind: the code, and the sentence for staff.
IN_PRETIX = {
    OutboxKind.BADGE_VOID: (
        "pretix-cannot-void",
        "pretix cannot void a badge from a device: print the new badge here; pretix keeps "
        "the print log of both",
    ),
    OutboxKind.PARTICIPANT: (
        "pretix-cannot-register",
        "pretix devices cannot register people: create the order in pretix; the person "
        "reaches the kiosk with the next sync",
    ),
    OutboxKind.NAME_CORRECTION: (
        "pretix-cannot-rename",
        "pretix devices cannot change names: correct the attendee name in the order in "
        "pretix; the kiosk takes it with the next sync",
    ),
}
PRINT_LOG_DENIED = (
    "pretix-print-log-denied",
    "pretix's device profile does not allow print logs: give the device the pretixSCAN profile",
)
UNREADABLE = ("pretix-bad-item", "this outbox item cannot be read (not sent to pretix)")
PRINT_LOG_REFUSED = ("pretix-print-log-refused", "pretix refused the print log")


@dataclass(frozen=True, slots=True)
class PushTarget:
    organizer: str
    event: str
    list_id: int
    device_id: int


Send = Callable[..., httpx.Response]


def push_one(send: Send, target: PushTarget, entry: OutboxEntry) -> PushResult:
    if entry.kind in IN_PRETIX:
        return _refused(entry, *IN_PRETIX[entry.kind])
    try:
        payload = Fields(json.loads(entry.payload), f"outbox item {entry.id}")
        registration_id = payload.whole("registration_id")
        at = payload.moment("at")
    except (ValueError, SyncError):
        return _refused(entry, *UNREADABLE)
    if entry.kind is OutboxKind.CHECKIN:
        return _redeem(send, target, entry, registration_id, at)
    return _print_log(send, target, entry, registration_id, at)


def _redeem(
    send: Send, target: PushTarget, entry: OutboxEntry, registration_id: int, at: datetime
) -> PushResult:
    path = (
        f"/organizers/{target.organizer}/events/{target.event}/checkinlists/{target.list_id}"
        f"/positions/{registration_id}/redeem/"
    )
    body = {
        "type": "entry",
        "datetime": at.isoformat(),
        "force": True,  # the kiosk decided offline: pretix records it, flagged as forced
        "nonce": entry.id,
        "questions_supported": False,
        "canceled_supported": False,
        "source_type": "barcode",
    }
    response = send("POST", path, body=body, accept=(400, 404))
    answer = json_of(response, path)
    if not isinstance(answer, dict):
        raise SyncError(SyncProblem.BAD_ANSWER, f"pretix's redeem answer is not an object ({path})")
    status = answer.get("status")
    if status == "ok" and response.is_success:
        return PushResult(entry.id, _ok_status(answer, target, at))
    reason = str(answer.get("reason") or status or "error")[:40]
    explanation = answer.get("reason_explanation")
    explanation = explanation[:200] if isinstance(explanation, str) else ""
    if reason not in REASONS:
        reason = "error"  # a reason this kiosk does not know: pretix's own word follows
        explanation = f"{explanation or ''} ({str(answer.get('reason'))[:40]})".strip()
    words = REASONS[reason]
    if explanation:
        words = f"{words}: {explanation}"
    return _refused(entry, f"pretix-{reason}", words)


def _ok_status(answer: dict[str, Any], target: PushTarget, at: datetime) -> PushStatus:
    """DUPLICATE when pretix already held this check-in (a retry with the same nonce): the
    answer's position then lists an entry by this device at the original time."""
    position = answer.get("position")
    checkins = position.get("checkins") if isinstance(position, dict) else None
    for checkin in checkins if isinstance(checkins, list) else []:
        if not isinstance(checkin, dict) or checkin.get("device_id") != target.device_id:
            continue
        if checkin.get("list") != target.list_id or not isinstance(checkin.get("datetime"), str):
            continue
        try:
            when = datetime.fromisoformat(checkin["datetime"].replace("Z", "+00:00"))
        except ValueError:
            continue
        if abs((when - at).total_seconds()) < 1:
            return PushStatus.DUPLICATE
    return PushStatus.ACCEPTED


def _print_log(
    send: Send, target: PushTarget, entry: OutboxEntry, registration_id: int, at: datetime
) -> PushResult:
    event = f"/organizers/{target.organizer}/events/{target.event}"
    path = f"{event}/orderpositions/{registration_id}/printlog/"
    body = {"source": SOURCE, "type": "badge", "datetime": at.isoformat(), "successful": True}
    response = send(
        "POST", path, body=body, headers={"X-Idempotency-Key": entry.id}, accept=(400, 403, 404)
    )
    if response.is_success:
        return PushResult(entry.id, PushStatus.ACCEPTED)
    if response.status_code == 403:
        return _refused(entry, *PRINT_LOG_DENIED)
    code, words = PRINT_LOG_REFUSED
    said = pretix_words(response) or f"HTTP {response.status_code}"
    return _refused(entry, code, f"{words}: {said}")


def _refused(entry: OutboxEntry, code: str, message: str) -> PushResult:
    return PushResult(entry.id, PushStatus.REJECTED, code, message)
