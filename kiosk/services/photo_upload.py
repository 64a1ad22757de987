"""Uploading the photos taken at this kiosk, after the outbox in each sync round.

After the outbox, so a walk-in's provisional participant reaches the registry before its photo.
A photo the registry refuses (too large, unknown registration) is counted and retried a few
times (store.photos.MAX_REFUSALS), then waits for staff; a network failure ends the round and
leaves every photo queued. The registry answers "duplicate" for a photo it holds: a retry after
a cut connection sends the same bytes and changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.photos import OutgoingPhoto
from kiosk.services.photos import read_photo
from kiosk.store import Database
from kiosk.store.photos import mark_upload_failed, mark_uploaded, pending_uploads
from kiosk.sync.client import RegistryClient, SyncError, SyncProblem

log = logging.getLogger(__name__)

PHOTOS_PER_ROUND = 20  # ~1.5 MB: a round stays short; the rest go in the next ones


@dataclass(frozen=True, slots=True)
class PhotoPush:
    uploaded: int = 0  # the registry took them (or had them already)
    refused: int = 0


def push_photos(
    db: Database, client: RegistryClient, photos_dir: Path, clock: Callable[[], datetime]
) -> PhotoPush:
    """Send the photos waiting for upload; raises SyncError when the registry is not reachable."""
    uploaded = refused = 0
    for upload in pending_uploads(db, PHOTOS_PER_ROUND):
        jpeg = read_photo(photos_dir, upload)
        if jpeg is None:
            log.warning("photo of %s is missing or changed on disk", upload.registration_id)
            mark_upload_failed(db, upload, "the photo file is missing or changed")
            refused += 1
            continue
        photo = OutgoingPhoto(upload.registration_id, jpeg, upload.sha256, upload.taken_at)
        try:
            client.upload_photo(photo)
        except SyncError as exc:
            if exc.problem is not SyncProblem.REFUSED:
                raise
            log.warning("photo of %s refused: %s", upload.registration_id, exc)
            mark_upload_failed(db, upload, str(exc))
            refused += 1
            continue
        mark_uploaded(db, upload, clock())
        uploaded += 1
    return PhotoPush(uploaded, refused)
