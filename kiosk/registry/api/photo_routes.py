"""Badge photos: kiosks upload the photo they took (device token); event IT reads it (admin)."""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Response
from pydantic import AwareDatetime, BaseModel, Field, field_validator

from kiosk.core.photos import MAX_PHOTO_BYTES
from kiosk.registry import devices, photos
from kiosk.registry.api.auth import admin, clock, database, device
from kiosk.registry.api.device_routes import ERRORS
from kiosk.registry.database import Database
from kiosk.registry.errors import RegistryError
from kiosk.registry.tokens import Caller

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", responses=ERRORS, tags=["photos"])
Db = Annotated[Database, Depends(database)]
Now = Annotated[Callable[[], datetime], Depends(clock)]
Registration = Annotated[int, Path(ge=1, le=2**63 - 1)]
MAX_BASE64_CHARS = (MAX_PHOTO_BYTES + 2) // 3 * 4


class PhotoUploadRequest(BaseModel):
    sha256: Annotated[str, Field(pattern="^[0-9a-f]{64}$", description="hex SHA-256 of the JPEG")]
    taken_at: AwareDatetime
    jpeg: Annotated[
        str,
        Field(
            max_length=MAX_BASE64_CHARS + 8,
            description=f"standard Base64 of the JPEG, at most {MAX_PHOTO_BYTES} bytes decoded",
        ),
    ]

    @field_validator("jpeg")
    @classmethod
    def _is_base64(cls, value: str) -> str:
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("not standard Base64") from exc
        return value


class PhotoUploadResponse(BaseModel):
    registration_id: int
    sha256: str
    status: Literal["accepted", "duplicate"]


@router.put("/photos/{registration_id}", response_model=PhotoUploadResponse)
def put_photo(
    registration_id: Registration,
    body: PhotoUploadRequest,
    caller: Annotated[Caller, Depends(device)],
    db: Db,
    now: Now,
) -> PhotoUploadResponse:
    """A kiosk's badge photo for a registration; the same photo again is ``duplicate``."""
    moment = now()
    jpeg = base64.b64decode(body.jpeg)
    photo = photos.PhotoIn(registration_id, jpeg, body.sha256, body.taken_at)
    with db.write() as conn:
        status = photos.receive(conn, caller.kiosk_id, photo, moment)
        devices.touch(conn, caller.kiosk_id, moment, None)
    log.info("kiosk %s: photo for %s %s", caller.kiosk_id, registration_id, status)
    return PhotoUploadResponse(
        registration_id=registration_id,
        sha256=body.sha256,
        status=status,  # type: ignore[arg-type]  # receive answers one of the two
    )


# Its own path: one path with a device PUT and an admin GET would answer 405 with half its Allow.
@router.get(
    "/photos/{registration_id}/jpeg",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}, "description": "the JPEG"}},
)
def get_photo(
    registration_id: Registration, _caller: Annotated[Caller, Depends(admin)], db: Db
) -> Response:
    """The registration's latest badge photo (JPEG), for the accreditation team."""
    with db.read() as conn:
        found = photos.stored(conn, registration_id)
    if found is None:
        raise RegistryError("not-found", f"no photo for registration {registration_id}")
    return Response(found.jpeg, media_type="image/jpeg", headers={"ETag": f'"{found.sha256}"'})
