"""Kiosks and desks: one-time enrollment codes, enrollment, revocation, heartbeats."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kiosk.registry import changes
from kiosk.registry.errors import RegistryError
from kiosk.registry.schema import devices, enrollment_codes, tokens
from kiosk.registry.tokens import Role, hash_secret, issue
from kiosk.registry.wire import JsonObject, device_key_data, dumps, timestamp

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: read aloud and typed by hand
CODE_GROUPS = 3
CODE_GROUP_SIZE = 4
_INVALID_CODE = "this enrollment code is unknown, already used or expired: ask for a new one"


@dataclass(frozen=True, slots=True)
class Enrollment:
    kiosk_id: str
    token: str
    device_key_id: int


def device_key_id(public_key: bytes) -> int:
    """The first four bytes of SHA-256 of the public key, big-endian (docs/registry-protocol.md)."""
    return int.from_bytes(hashlib.sha256(public_key).digest()[:4], "big")


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def make_enrollment_code(conn: Connection, kiosk_id: str, now: datetime, valid: timedelta) -> str:
    """A one-time code for ``kiosk_id`` (``ABCD-EFGH-JKLM``); only its hash is kept."""
    groups = [
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_SIZE))
        for _ in range(CODE_GROUPS)
    ]
    code = "-".join(groups)
    conn.execute(
        enrollment_codes.insert().values(
            code_hash=hash_secret(normalise_code(code)),
            kiosk_id=kiosk_id,
            created_at=timestamp(now),
            expires_at=timestamp(now + valid),
        )
    )
    return code


def enroll(conn: Connection, code: str, public_key: bytes, now: datetime) -> Enrollment:
    """Spend an enrollment code: register the device key and give the device its token."""
    code_hash = hash_secret(normalise_code(code))
    row = conn.execute(
        sa.select(enrollment_codes).where(enrollment_codes.c.code_hash == code_hash)
    ).first()
    if row is None or row.used_at is not None or row.expires_at <= timestamp(now):
        raise RegistryError("enrollment-code-invalid", _INVALID_CODE)
    key_id = device_key_id(public_key)
    holder = conn.execute(
        sa.select(devices.c.kiosk_id).where(devices.c.device_key_id == key_id)
    ).scalar_one_or_none()
    if holder is not None and holder != row.kiosk_id:
        raise RegistryError("conflict", "this device key is already enrolled for another kiosk")
    conn.execute(
        enrollment_codes.update()
        .where(enrollment_codes.c.code_hash == code_hash)
        .values(used_at=timestamp(now))
    )
    _replace_device(conn, row.kiosk_id, public_key, now)
    token = issue(conn, Role.DEVICE, now, row.kiosk_id)
    return Enrollment(row.kiosk_id, token, key_id)


def _replace_device(conn: Connection, kiosk_id: str, public_key: bytes, now: datetime) -> None:
    """A kiosk enrolled again (reinstalled) gets a new key; its old key and tokens end."""
    old = conn.execute(sa.select(devices).where(devices.c.kiosk_id == kiosk_id)).first()
    published: list[JsonObject] = []
    if old is not None:
        conn.execute(tokens.delete().where(tokens.c.kiosk_id == kiosk_id))
        conn.execute(devices.delete().where(devices.c.kiosk_id == kiosk_id))
        if old.device_key_id != device_key_id(public_key):
            old_key = bytes(old.public_key)
            published.append(device_key_data(old.device_key_id, kiosk_id, old_key, "revoked"))
    key_id = device_key_id(public_key)
    conn.execute(
        devices.insert().values(
            kiosk_id=kiosk_id,
            device_key_id=key_id,
            public_key=public_key,
            status="active",
            enrolled_at=timestamp(now),
        )
    )
    published.append(device_key_data(key_id, kiosk_id, public_key, "active"))
    changes.publish(conn, "device_key", published)


def revoke(conn: Connection, kiosk_id: str, now: datetime) -> None:
    """End a device: its token answers device-revoked, its key is published as revoked, and its
    unused enrollment codes stop working."""
    unused = conn.execute(
        enrollment_codes.update()
        .where(enrollment_codes.c.kiosk_id == kiosk_id, enrollment_codes.c.used_at.is_(None))
        .values(used_at=timestamp(now))
    ).rowcount
    row = conn.execute(sa.select(devices).where(devices.c.kiosk_id == kiosk_id)).first()
    if row is None and not unused:
        raise RegistryError("not-found", f"no kiosk {kiosk_id!r} is enrolled")
    if row is None or row.status == "revoked":
        return
    conn.execute(
        devices.update()
        .where(devices.c.kiosk_id == kiosk_id)
        .values(status="revoked", revoked_at=timestamp(now))
    )
    data = device_key_data(row.device_key_id, kiosk_id, bytes(row.public_key), "revoked")
    changes.publish(conn, "device_key", [data])


def device_keys(conn: Connection) -> list[JsonObject]:
    query = sa.select(
        devices.c.device_key_id, devices.c.kiosk_id, devices.c.public_key, devices.c.status
    ).order_by(devices.c.kiosk_id)
    return [
        device_key_data(r.device_key_id, r.kiosk_id, bytes(r.public_key), r.status)
        for r in conn.execute(query)
    ]


def touch(conn: Connection, kiosk_id: str, now: datetime, heartbeat: JsonObject | None) -> None:
    """Note that a device was heard from (and its heartbeat, when it sent one)."""
    values: dict[str, str] = {"last_seen_at": timestamp(now)}
    if heartbeat is not None:
        values["heartbeat"] = dumps(heartbeat)
        values["registry"] = str(heartbeat.get("registry") or "")[:200]
    conn.execute(devices.update().where(devices.c.kiosk_id == kiosk_id).values(**values))
