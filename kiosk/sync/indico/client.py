"""The kiosk's registry client for an Indico 3.3 event (docs/indico.md).

Indico has no change feed: every round reads the form's whole registration list (one answer,
Indico does not page it) and hands it to the engine as one page of upserts. The cursor only
counts those reads, so the client keeps no state between calls (the engine may call from a
helper thread). Writes are check-ins only, each after a read of the registration.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from datetime import datetime

import httpx

from kiosk.core.exchange import (
    ChangePage,
    Enrollment,
    Heartbeat,
    OutboxEntry,
    OutboxKind,
    PushResult,
    PushStatus,
)
from kiosk.core.photos import OutgoingPhoto
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.indico import api
from kiosk.sync.indico.address import IndicoAddress
from kiosk.sync.indico.api import IndicoApi
from kiosk.sync.indico.categories import IndicoCategories
from kiosk.sync.indico.roster import (
    Person,
    read_event,
    read_forms,
    read_people,
    read_registration,
    read_registrations,
    roster,
)

log = logging.getLogger(__name__)

# Said to staff for outbox items Indico cannot take (the kiosk keeps its own record of each).
_NOT_IN_INDICO = {
    OutboxKind.BADGE_VOID: "Indico keeps no badges: void the badge in Indico's own tools if needed",
    OutboxKind.PARTICIPANT: "Indico takes no registrations from a kiosk: register the person in "
    "Indico",
    OutboxKind.NAME_CORRECTION: "Indico takes no name corrections from a kiosk: correct the "
    "registration in Indico",
}
_REFUSED_STATES = {
    "withdrawn": "the registration was withdrawn in Indico",
    "rejected": "the registration was rejected in Indico",
    "pending": "the registration awaits approval in Indico",
}


class IndicoClient:
    """An Indico event's registration form as the kiosk's registry (RegistryClient)."""

    def __init__(
        self,
        address: IndicoAddress,
        token: str = "",
        *,
        categories: IndicoCategories | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._address = address
        self._categories = categories or IndicoCategories()
        self._transport = transport
        self._api = IndicoApi(address.root, token, transport=transport)

    def close(self) -> None:
        self._api.close()

    def enroll(self, code: str, device_public_key: bytes, app_version: str) -> Enrollment:
        """Check the token by reading the event and its forms (nothing is written to Indico)."""
        token = code.strip()
        if not token:
            raise SyncError(SyncProblem.REFUSED, "give the Indico API token after the address")
        self._api.close()
        self._api = IndicoApi(self._address.root, token, transport=self._transport)
        event = read_event(self._api.get(api.event_path(self._address.event_id)))
        forms = read_forms(self._api.get(api.forms_path(self._address.event_id)))
        regform_id = _chosen_form(forms, self._address)
        log.info("Indico event %d, registration form %d: token accepted", event.id, regform_id)
        # Indico knows no devices: the kiosk's own key tells the kiosks of one event apart.
        device = hashlib.sha256(device_public_key).hexdigest()[:6]
        return Enrollment(
            kiosk_id=f"{self._address.kiosk_id}-{device}",
            token=token,
            device_key_id=0,
            event_id=event.id,
            holds_device_keys=False,
            detail=(("event_id", str(event.id)), ("regform_id", str(regform_id))),
        )

    def changes(self, since: int, limit: int) -> ChangePage:
        """The whole form, every time: ``limit`` does not apply (Indico answers it in one)."""
        event_id, regform_id = self._address.event_id, self._form_id()
        event = read_event(self._api.get(api.event_path(event_id)))
        form_title = self._form_title(event_id, regform_id)
        answer = self._api.get(api.registrations_path(event_id, regform_id))
        registrations = read_registrations(answer, event_id, self._address.host)
        entries, checkins = roster(
            registrations, event_id, self._people(event_id), (self._categories, form_title)
        )
        categories = self._categories.badge_categories(event_id)
        return ChangePage(
            since=since,
            next=since + 1,
            more=False,
            events=(event,),
            categories=categories,
            participants=entries,
            checkins=checkins,
            count=1 + len(categories) + len(entries) + len(checkins),
        )

    def push(self, items: Sequence[OutboxEntry]) -> list[PushResult]:
        """Each check-in after a read of its registration; other kinds are refused with words."""
        return [self._push_one(entry) for entry in items]

    def heartbeat(self, beat: Heartbeat) -> datetime | None:
        """Indico has no fleet page: nothing is sent."""
        return None

    def upload_photo(self, photo: OutgoingPhoto) -> bool:
        """Indico takes no photos from a kiosk: the photo stays on the kiosk."""
        return False

    def _form_id(self) -> int:
        if self._address.regform_id is None:
            raise SyncError(
                SyncProblem.UNAUTHENTICATED,
                "registry.json names no Indico registration form; enroll the kiosk again",
            )
        return self._address.regform_id

    def _form_title(self, event_id: int, regform_id: int) -> str:
        if not self._categories.by_title:
            return ""  # only the category table reads it: spare Indico the request
        forms = dict(read_forms([self._api.get(api.form_path(event_id, regform_id))]))
        return forms.get(regform_id, "")

    def _people(self, event_id: int) -> dict[int, Person]:
        """Names, affiliation and country, from Indico's older registrants list; without it
        (a later Indico, a token that may only check people in) the display name stands."""
        try:
            return read_people(self._api.get(api.registrants_path(event_id)))
        except SyncError as exc:
            if exc.problem in (SyncProblem.REFUSED, SyncProblem.UNAUTHENTICATED):
                log.warning("Indico registrants list unavailable, names as displayed: %s", exc)
                return {}
            raise

    def _push_one(self, entry: OutboxEntry) -> PushResult:
        if entry.kind is not OutboxKind.CHECKIN:
            return _not_a_check_in(entry)
        registration_id = _registration_of(entry)
        if registration_id is None:
            return _refused(entry, "bad-item", "the check-in names no registration")
        event_id, regform_id = self._address.event_id, self._form_id()
        path = api.registration_path(event_id, regform_id, registration_id)
        try:
            current = read_registration(self._api.get(path), event_id, self._address.host)
        except SyncError as exc:
            if exc.code != "not-found":
                raise
            words = f"Indico has no registration {registration_id} in form {regform_id}"
            return _refused(entry, "indico-not-found", f"{words} (deleted?)")
        if current.checked_in:
            return PushResult(entry.id, PushStatus.DUPLICATE, "already-checked-in")
        if current.state in _REFUSED_STATES:
            words = _REFUSED_STATES[current.state]
            return _refused(entry, f"indico-{current.state}", f"{words}; see the desk")
        after = read_registration(self._api.patch(path, {"checked_in": True}), event_id, "")
        if not after.checked_in:
            raise SyncError(
                SyncProblem.BAD_ANSWER,
                f"Indico did not mark registration {registration_id} checked in",
            )
        return PushResult(entry.id, PushStatus.ACCEPTED)


def _not_a_check_in(entry: OutboxEntry) -> PushResult:
    if entry.kind is OutboxKind.BADGE_PRINT:
        # Indico keeps no badge prints: the kiosk's journal is the record. Nothing for staff to
        # do, so the item is done rather than refused (the Exceptions queue stays quiet).
        return PushResult(entry.id, PushStatus.ACCEPTED, "kept-on-kiosk")
    return _refused(entry, "indico-unsupported", _NOT_IN_INDICO[entry.kind])


def _refused(entry: OutboxEntry, code: str, message: str) -> PushResult:
    return PushResult(entry.id, PushStatus.REJECTED, code, message)


def _registration_of(entry: OutboxEntry) -> int | None:
    try:
        value = json.loads(entry.payload).get("registration_id")
    except (ValueError, AttributeError):
        return None
    return value if type(value) is int and value > 0 else None


def _chosen_form(forms: list[tuple[int, str]], address: IndicoAddress) -> int:
    """The form the address names, else the event's only form; else a refusal naming them."""
    ids = [form_id for form_id, _title in forms]
    if address.regform_id is not None:
        if address.regform_id in ids:
            return address.regform_id
        raise SyncError(
            SyncProblem.REFUSED,
            f"Indico event {address.event_id} has no registration form {address.regform_id}; "
            f"its forms: {_named(forms)}",
        )
    if len(forms) == 1:
        return ids[0]
    if not forms:
        raise SyncError(
            SyncProblem.REFUSED, f"Indico event {address.event_id} has no registration form"
        )
    raise SyncError(
        SyncProblem.REFUSED,
        f"Indico event {address.event_id} has {len(forms)} registration forms; add "
        f"?regform=ID to the address, one of {_named(forms)}",
    )


def _named(forms: list[tuple[int, str]]) -> str:
    return ", ".join(f"{form_id} ({title[:60]})" for form_id, title in forms) or "none"
