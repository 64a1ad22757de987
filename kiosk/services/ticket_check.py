"""Another registry's ticket at the kiosk: the registry's revoked and blocked secrets, and signed
tickets verified offline (pretix signature scheme 1; docs/pretix-offline.md).

Two questions the roster cannot answer on its own. Before the roster: did the registry revoke or
block this secret? (One indexed look-up by the secret's hash.) After the roster found nobody: is
the code a genuine signed ticket that this kiosk has simply not synced yet, a forged or tampered
one, or one outside its validity? (The signature is checked only then, so a roster match costs
no signature check.)
"""

from __future__ import annotations

import logging
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.core.checkin import Outcome
from kiosk.core.pretix_tickets import (
    SCHEME,
    SecretStatus,
    TicketProblem,
    load_keys,
    verify_ticket,
)
from kiosk.store import Database, ticket_secrets

log = logging.getLogger(__name__)

_LISTED = {SecretStatus.REVOKED: Outcome.REVOKED, SecretStatus.BLOCKED: Outcome.BLOCKED}
# A text with the shape of a signed ticket that does not verify; any other problem means the
# text is not a signed ticket at all: an opaque secret that nobody on the roster holds.
_PROBLEMS = {
    TicketProblem.NO_KEYS: Outcome.UNKNOWN_KEY,  # no key synced yet: the ticket may be fine
    TicketProblem.BAD_SIGNATURE: Outcome.BAD_SIGNATURE,  # tampered, or another issuer's
    TicketProblem.BAD_PAYLOAD: Outcome.MALFORMED,
}


class TicketCheck:
    """Holds the signing keys in memory (reloaded after a sync brings keys); reads the lists."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._keys = self._stored_keys()

    def reload(self) -> None:
        self._keys = self._stored_keys()

    def _stored_keys(self) -> tuple[Ed25519PublicKey, ...]:
        stored = ticket_secrets.load_ticket_keys(self._db, SCHEME)
        return load_keys(key.public_key for key in stored)

    def listed(self, secret_hash: str) -> Outcome | None:
        """REVOKED or BLOCKED when the registry listed the secret; None when it did not."""
        status = ticket_secrets.secret_status(self._db, secret_hash)
        if status is not SecretStatus.OPEN:
            log.info("scanned ticket secret is %s by the registry", status.value)
        return _LISTED.get(status)

    def unmatched(self, text: str, now: datetime, *, event_open_today: bool) -> Outcome:
        """The answer for an opaque code whose secret nobody on the roster holds."""
        ticket = verify_ticket(text, self._keys)
        if isinstance(ticket, TicketProblem):
            if ticket.is_signed_ticket:
                log.info("signed ticket refused: %s", ticket.value)
            return _PROBLEMS.get(ticket, Outcome.UNKNOWN_PARTICIPANT)
        if not event_open_today or not ticket.is_valid_at(now):
            log.info("genuine signed ticket (item %d) outside its validity", ticket.item)
            return Outcome.NOT_VALID_TODAY
        log.info("genuine signed ticket (item %d) not on this kiosk yet", ticket.item)
        return Outcome.NOT_SYNCED_YET
