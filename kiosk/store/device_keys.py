"""Device keys of this and other kiosks (public halves only), as the registry publishes them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

STATUSES = ("active", "revoked")


@dataclass(frozen=True, slots=True)
class DeviceKeyRecord:
    """A kiosk's public device key and whether it still vouches for badges."""

    key_id: int
    kiosk_id: str
    public_key: bytes  # raw 32-byte Ed25519 public key
    status: str  # 'active' | 'revoked'


def save_device_keys(db: sqlite_utils.Database, records: Iterable[DeviceKeyRecord]) -> None:
    """Insert or replace each record by its key id, all in one transaction."""
    rows = []
    for record in records:
        if record.status not in STATUSES:
            raise ValueError(f"device key {record.key_id}: unknown status {record.status!r}")
        rows.append(
            {
                "key_id": record.key_id,
                "kiosk_id": record.kiosk_id,
                "public_key": bytes(record.public_key),
                "status": record.status,
            }
        )
    with db.atomic():
        db.table("device_keys").upsert_all(rows, pk="key_id")


def load_device_keys(db: sqlite_utils.Database) -> dict[int, DeviceKeyRecord]:
    rows = db.execute("SELECT key_id, kiosk_id, public_key, status FROM device_keys").fetchall()
    return {r[0]: DeviceKeyRecord(r[0], r[1], bytes(r[2]), r[3]) for r in rows}
