"""The keyring of verification keys and the revocation list of (registration, reissue) pairs."""

from __future__ import annotations

import sqlite_utils

from kiosk.core.credentials import KeyStatus, PublicKey
from kiosk.store.database import immediate


def save_key(db: sqlite_utils.Database, key: PublicKey) -> None:
    with immediate(db):
        db.table("keys").upsert(
            {
                "key_id": key.key_id,
                "public_key": key.public_bytes,
                "status": key.status.value,
                "is_demo": int(key.is_demo),
                "label": key.label,
            },
            pk="key_id",
        )


def load_keyring(db: sqlite_utils.Database) -> dict[int, PublicKey]:
    rows = db.execute("SELECT key_id, public_key, status, is_demo, label FROM keys").fetchall()
    return {r[0]: PublicKey(r[0], bytes(r[1]), KeyStatus(r[2]), bool(r[3]), r[4]) for r in rows}


def revoke_pair(db: sqlite_utils.Database, registration_id: int, reissue: int, reason: str) -> None:
    with immediate(db):
        db.table("revocations").upsert(
            {"registration_id": registration_id, "reissue": reissue, "reason": reason},
            pk=("registration_id", "reissue"),
        )


def is_pair_revoked(db: sqlite_utils.Database, registration_id: int, reissue: int) -> bool:
    row = db.execute(
        "SELECT 1 FROM revocations WHERE registration_id = ? AND reissue = ?",
        [registration_id, reissue],
    ).fetchone()
    return row is not None
