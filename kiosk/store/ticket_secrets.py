"""Other registries' revoked and blocked ticket secrets (by hash) and ticket-signing keys.

Written by ``changes.apply_page`` in the page's transaction (migration 15); read by the check-in
decision. Neither table holds personal data: a hash of a secret that no longer admits anyone, and
public keys (docs/pretix-offline.md).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import sqlite_utils

from kiosk.core.exchange import SecretBlock, TicketKey
from kiosk.core.pretix_tickets import SecretStatus
from kiosk.store.rows import iso

log = logging.getLogger(__name__)

REVOKED = "revoked"
PUBLIC_KEY_BYTES = 32  # Ed25519

# A revoked secret stays revoked whatever comes later. A block follows the registry's latest word:
# an entry older than the one held (both dated) does not undo it.
_SAVE_BLOCK_SQL = """
    INSERT INTO secret_blocks (secret_hash, revoked, blocked, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (secret_hash) DO UPDATE SET
        revoked = max(revoked, excluded.revoked),
        blocked = CASE WHEN excluded.revoked THEN blocked
            WHEN excluded.updated_at IS NULL OR updated_at IS NULL
                OR excluded.updated_at >= updated_at THEN excluded.blocked
            ELSE blocked END,
        updated_at = CASE WHEN excluded.revoked THEN coalesce(updated_at, excluded.updated_at)
            ELSE nullif(max(coalesce(updated_at, ''), coalesce(excluded.updated_at, '')), '') END
"""
_SAVE_KEY_SQL = """
    INSERT INTO ticket_keys (scheme, key_id, public_key, event_id) VALUES (?, ?, ?, ?)
    ON CONFLICT (scheme, key_id) DO UPDATE SET
        public_key = excluded.public_key, event_id = excluded.event_id
"""


def save_secret_blocks(db: sqlite_utils.Database, blocks: Iterable[SecretBlock]) -> None:
    """Upsert each block by its hash (in the caller's transaction)."""
    rows = [
        (
            b.secret_hash,
            int(b.reason == REVOKED),
            int(b.reason != REVOKED and b.blocked),
            iso(b.updated_at),
        )
        for b in blocks
        if b.secret_hash
    ]
    db.conn.executemany(_SAVE_BLOCK_SQL, rows)


def save_ticket_keys(db: sqlite_utils.Database, keys: Iterable[TicketKey]) -> None:
    """Upsert each key by (scheme, key id); a key that is not 32 bytes is skipped with a warning
    (it could never verify anything)."""
    rows = []
    for key in keys:
        if len(key.public_key) != PUBLIC_KEY_BYTES or not key.scheme or not key.key_id:
            log.warning("ticket key %r of %r skipped: not a 32-byte key", key.key_id, key.scheme)
            continue
        rows.append((key.scheme, key.key_id, bytes(key.public_key), key.event_id))
    db.conn.executemany(_SAVE_KEY_SQL, rows)


def secret_status(db: sqlite_utils.Database, secret_hash: str) -> SecretStatus:
    """Whether the registry revoked or blocked the secret that hashes to ``secret_hash``."""
    row = db.execute(
        "SELECT revoked, blocked FROM secret_blocks WHERE secret_hash = ?", [secret_hash]
    ).fetchone()
    if row is None:
        return SecretStatus.OPEN
    if row[0]:
        return SecretStatus.REVOKED
    return SecretStatus.BLOCKED if row[1] else SecretStatus.OPEN


def load_ticket_keys(db: sqlite_utils.Database, scheme: str) -> list[TicketKey]:
    rows = db.execute(
        "SELECT scheme, key_id, public_key, event_id FROM ticket_keys WHERE scheme = ? "
        "ORDER BY key_id",
        [scheme],
    ).fetchall()
    return [TicketKey(r[0], r[1], bytes(r[2]), int(r[3])) for r in rows]


def count_blocks(db: sqlite_utils.Database) -> tuple[int, int]:
    """(revoked, blocked now) secrets held, for `kiosk doctor` and the tests."""
    row = db.execute(
        "SELECT coalesce(sum(revoked), 0), coalesce(sum(blocked AND NOT revoked), 0) "
        "FROM secret_blocks"
    ).fetchone()
    return int(row[0]), int(row[1])
