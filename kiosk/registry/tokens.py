"""Bearer tokens (admin and device): random, shown once, stored as SHA-256 hashes."""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kiosk.registry.errors import RegistryError
from kiosk.registry.schema import devices, tokens
from kiosk.registry.wire import timestamp

TOKEN_BYTES = 32


class Role(enum.Enum):
    ADMIN = "admin"
    DEVICE = "device"


@dataclass(frozen=True, slots=True)
class Caller:
    """Who sent a request: an admin, or the kiosk a device token belongs to."""

    role: Role
    kiosk_id: str = ""


def hash_secret(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def issue(conn: Connection, role: Role, now: datetime, kiosk_id: str | None = None) -> str:
    """Make a token and store its hash; the token itself is returned once and never again."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    conn.execute(
        tokens.insert().values(
            token_hash=hash_secret(token),
            role=role.value,
            kiosk_id=kiosk_id,
            created_at=timestamp(now),
        )
    )
    return token


def identify(conn: Connection, token: str) -> Caller:
    """The caller a bearer token stands for; raises RegistryError when it stands for no one."""
    row = conn.execute(
        sa.select(tokens.c.role, tokens.c.kiosk_id, devices.c.status, devices.c.revoked_at)
        .select_from(tokens.outerjoin(devices, devices.c.kiosk_id == tokens.c.kiosk_id))
        .where(tokens.c.token_hash == hash_secret(token))
    ).first()
    if row is None:
        raise RegistryError("unauthenticated", "unknown token: enroll this kiosk again")
    if row.role == Role.ADMIN.value:
        return Caller(Role.ADMIN)
    if row.status != "active":
        day = (row.revoked_at or "")[:10]
        raise RegistryError("device-revoked", f"this kiosk was revoked on {day}".strip())
    return Caller(Role.DEVICE, row.kiosk_id)
