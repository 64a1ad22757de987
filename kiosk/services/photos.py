"""Badge photos taken at the kiosk: written to the home's photos/ (owner only), queued for upload.

docs/photos.md tells the whole story: consent, crop, storage, upload, purge.
"""

from __future__ import annotations

import contextlib
import logging
import os
from datetime import datetime
from pathlib import Path

from kiosk.core.photos import photo_digest, photo_file_name, photo_problem
from kiosk.store import Database
from kiosk.store.photos import PhotoUpload, record_photo

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600


class PhotoSaveError(Exception):
    """A photo that cannot be kept (not a JPEG, too large, no participant, disk refused)."""


def save_photo(
    db: Database, photos_dir: Path, registration_id: int, jpeg: bytes, taken: tuple[datetime, str]
) -> PhotoUpload:
    """Write ``jpeg`` as the person's photo and queue it for upload; ``taken`` is (when, kiosk).

    The file is on disk (fsynced, mode 0600 in a 0700 folder) before the database names it, so
    the database never points at a photo that is not there.
    """
    problem = photo_problem(jpeg)
    if problem:
        raise PhotoSaveError(problem)
    name = photo_file_name(registration_id, jpeg)
    try:
        _write_private(photos_dir, name, jpeg)
    except OSError as exc:
        raise PhotoSaveError(f"cannot write the photo in {photos_dir}: {exc.strerror}") from exc
    at, kiosk_id = taken
    upload = PhotoUpload(registration_id, name, photo_digest(jpeg), len(jpeg), at, kiosk_id)
    if not record_photo(db, upload):
        with contextlib.suppress(OSError):
            (photos_dir / name).unlink()
        raise PhotoSaveError(f"registration {registration_id} is not on this kiosk")
    log.info("photo stored for registration %s (%d bytes)", registration_id, len(jpeg))
    return upload


def read_photo(photos_dir: Path, upload: PhotoUpload) -> bytes | None:
    """The stored JPEG of ``upload``, or None when the file is gone or changed (purged, damaged)."""
    try:
        data = (photos_dir / upload.file).read_bytes()
    except OSError:
        return None
    return data if photo_digest(data) == upload.sha256 else None


def _write_private(folder: Path, name: str, data: bytes) -> None:
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(folder, FOLDER_MODE)  # a folder made earlier by other code may be wider open
    target = folder / name
    partial = folder / f".{name}.part"
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
