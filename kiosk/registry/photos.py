"""Badge photos kiosks upload: the latest photo of each registration, idempotent by content.

The same photo again (same SHA-256) is ``duplicate`` and changes nothing, so a kiosk that lost
the answer simply sends it again; a different photo (a retake, a desk photo) replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from kiosk.core.photos import photo_digest, photo_problem
from kiosk.registry.errors import RegistryError
from kiosk.registry.schema import participants, photos
from kiosk.registry.wire import timestamp


@dataclass(frozen=True, slots=True)
class PhotoIn:
    registration_id: int
    jpeg: bytes
    sha256: str
    taken_at: datetime


@dataclass(frozen=True, slots=True)
class StoredPhoto:
    registration_id: int
    jpeg: bytes
    sha256: str
    taken_at: str
    kiosk_id: str


def receive(conn: Connection, kiosk_id: str, photo: PhotoIn, now: datetime) -> str:
    """Keep ``photo`` as the registration's photo; "accepted", or "duplicate" if it is already."""
    _check(photo)
    known = conn.execute(
        sa.select(participants.c.registration_id).where(
            participants.c.registration_id == photo.registration_id
        )
    ).first()
    if known is None:
        raise RegistryError(
            "not-found", f"registration {photo.registration_id} is not known to the registry"
        )
    held = conn.execute(
        sa.select(photos.c.sha256).where(photos.c.registration_id == photo.registration_id)
    ).first()
    if held is not None and held.sha256 == photo.sha256:
        return "duplicate"
    values = {
        "sha256": photo.sha256,
        "jpeg": photo.jpeg,
        "bytes": len(photo.jpeg),
        "taken_at": timestamp(photo.taken_at),
        "kiosk_id": kiosk_id,
        "received_at": timestamp(now),
    }
    if held is None:
        conn.execute(photos.insert().values(registration_id=photo.registration_id, **values))
    else:
        conn.execute(
            photos.update()
            .where(photos.c.registration_id == photo.registration_id)
            .values(**values)
        )
    return "accepted"


def stored(conn: Connection, registration_id: int) -> StoredPhoto | None:
    row = conn.execute(
        sa.select(photos.c.jpeg, photos.c.sha256, photos.c.taken_at, photos.c.kiosk_id).where(
            photos.c.registration_id == registration_id
        )
    ).first()
    if row is None:
        return None
    return StoredPhoto(registration_id, bytes(row.jpeg), row.sha256, row.taken_at, row.kiosk_id)


def _check(photo: PhotoIn) -> None:
    problem = photo_problem(photo.jpeg)
    if problem:
        status = "body-too-large" if "at most" in problem else "validation-failed"
        raise RegistryError(status, problem, {"body.jpeg": problem})
    if photo_digest(photo.jpeg) != photo.sha256.lower():
        message = "sha256 is not the SHA-256 of the photo sent"
        raise RegistryError("validation-failed", message, {"body.sha256": message})
