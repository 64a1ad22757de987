"""Credential-signing keys: made and kept here (private halves never leave the registry)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kiosk.core.credentials import Credential, new_signing_key, sign_credential
from kiosk.registry import changes
from kiosk.registry.errors import RegistryError
from kiosk.registry.schema import signing_keys
from kiosk.registry.wire import JsonObject, key_data, timestamp

MAX_KEY_ID = 255  # the credential carries the key id in one byte


@dataclass(frozen=True, slots=True)
class SigningKey:
    key_id: int
    private_key: bytes


def create_key(conn: Connection, now: datetime, label: str = "") -> int:
    """Make a new active signing key and publish its public half; returns its key id."""
    highest = conn.execute(sa.select(sa.func.max(signing_keys.c.key_id))).scalar_one()
    key_id = (highest or 0) + 1
    if key_id > MAX_KEY_ID:
        raise RegistryError("conflict", f"all {MAX_KEY_ID} key ids are used; start a new registry")
    private, public = new_signing_key()
    label = label or f"registry key {key_id}"
    conn.execute(
        signing_keys.insert().values(
            key_id=key_id,
            public_key=public,
            private_key=private,
            status="active",
            label=label,
            created_at=timestamp(now),
        )
    )
    changes.publish(conn, "key", [key_data(key_id, public, "active", label)])
    return key_id


def revoke_key(conn: Connection, key_id: int) -> None:
    """Stop a key: codes it signed no longer verify anywhere once kiosks have synced."""
    row = conn.execute(sa.select(signing_keys).where(signing_keys.c.key_id == key_id)).first()
    if row is None:
        raise RegistryError("not-found", f"no signing key {key_id}")
    if row.status == "revoked":
        return
    live = conn.execute(
        sa.select(sa.func.count())
        .select_from(signing_keys)
        .where(signing_keys.c.status == "active", signing_keys.c.key_id != key_id)
    ).scalar_one()
    if not live:
        raise RegistryError("conflict", "this is the only active key: run `rotate-key` first")
    conn.execute(
        signing_keys.update().where(signing_keys.c.key_id == key_id).values(status="revoked")
    )
    changes.publish(conn, "key", [key_data(key_id, bytes(row.public_key), "revoked", row.label)])


def current_key(conn: Connection) -> SigningKey:
    """The newest active key: the one new credentials are signed with."""
    row = conn.execute(
        sa.select(signing_keys.c.key_id, signing_keys.c.private_key)
        .where(signing_keys.c.status == "active")
        .order_by(signing_keys.c.key_id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise RegistryError("not-found", "the registry has no signing key; run `init`")
    return SigningKey(int(row.key_id), bytes(row.private_key))


def public_keys(conn: Connection) -> list[JsonObject]:
    """Every key's public half, as the change feed carries it."""
    query = sa.select(
        signing_keys.c.key_id,
        signing_keys.c.public_key,
        signing_keys.c.status,
        signing_keys.c.label,
    ).order_by(signing_keys.c.key_id)
    return [key_data(r.key_id, bytes(r.public_key), r.status, r.label) for r in conn.execute(query)]


def sign(key: SigningKey, credential: Credential) -> str:
    return sign_credential(credential, key.private_key)
