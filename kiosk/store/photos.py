"""Photos taken at the kiosk: the participant's photo file and the queue of uploads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.store.database import immediate
from kiosk.store.rows import iso, to_datetime

MAX_ERROR_CHARS = 200
MAX_REFUSALS = 5  # a photo the registry refused this often waits for staff, not for every round


@dataclass(frozen=True, slots=True)
class PhotoUpload:
    """A person's latest photo and whether the registry has it."""

    registration_id: int
    file: str  # the name under the home's photos/
    sha256: str
    size: int
    taken_at: datetime
    kiosk_id: str
    attempts: int = 0
    last_error: str = ""
    uploaded_at: datetime | None = None


def record_photo(db: sqlite_utils.Database, upload: PhotoUpload) -> bool:
    """The person's photo is now ``upload.file``, and it waits for upload; one transaction.

    False (and nothing written) when the kiosk has no participant row for the registration.
    """
    with immediate(db):
        changed = db.execute(
            "UPDATE participants SET photo = ? WHERE registration_id = ?",
            [upload.file, upload.registration_id],
        ).rowcount
        if not changed:
            return False
        db.execute(
            "INSERT INTO photo_uploads (registration_id, file, sha256, bytes, taken_at, kiosk_id) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (registration_id) DO UPDATE SET "
            "file = excluded.file, sha256 = excluded.sha256, bytes = excluded.bytes, "
            "taken_at = excluded.taken_at, kiosk_id = excluded.kiosk_id, attempts = 0, "
            "last_error = '', uploaded_at = NULL",
            [
                upload.registration_id,
                upload.file,
                upload.sha256,
                upload.size,
                iso(upload.taken_at),
                upload.kiosk_id,
            ],
        )
    return True


def pending_uploads(db: sqlite_utils.Database, limit: int = 20) -> list[PhotoUpload]:
    """Photos the registry does not have yet, oldest first."""
    rows = db.execute(
        "SELECT registration_id, file, sha256, bytes, taken_at, kiosk_id, attempts, last_error, "
        "uploaded_at FROM photo_uploads WHERE uploaded_at IS NULL AND attempts < ? "
        "ORDER BY taken_at LIMIT ?",
        [MAX_REFUSALS, limit],
    ).fetchall()
    return [_upload(row) for row in rows]


def get_upload(db: sqlite_utils.Database, registration_id: int) -> PhotoUpload | None:
    row = db.execute(
        "SELECT registration_id, file, sha256, bytes, taken_at, kiosk_id, attempts, last_error, "
        "uploaded_at FROM photo_uploads WHERE registration_id = ?",
        [registration_id],
    ).fetchone()
    return _upload(row) if row else None


def mark_uploaded(db: sqlite_utils.Database, upload: PhotoUpload, at: datetime) -> bool:
    """The registry holds ``upload``; False if a newer photo replaced it meanwhile (sent next)."""
    with immediate(db):
        return bool(
            db.execute(
                "UPDATE photo_uploads SET uploaded_at = ?, last_error = '' "
                "WHERE registration_id = ? AND sha256 = ?",
                [iso(at), upload.registration_id, upload.sha256],
            ).rowcount
        )


def mark_upload_failed(db: sqlite_utils.Database, upload: PhotoUpload, error: str) -> None:
    """The registry refused it once more (a network failure is not counted: it is retried)."""
    with immediate(db):
        db.execute(
            "UPDATE photo_uploads SET attempts = attempts + 1, last_error = ? "
            "WHERE registration_id = ? AND sha256 = ?",
            [error[:MAX_ERROR_CHARS], upload.registration_id, upload.sha256],
        )


def _upload(row: tuple[object, ...]) -> PhotoUpload:
    registration_id, file, sha256, size, taken_at, kiosk_id, attempts, error, uploaded = row
    taken = to_datetime(str(taken_at))
    assert taken is not None
    return PhotoUpload(
        registration_id=int(str(registration_id)),
        file=str(file),
        sha256=str(sha256),
        size=int(str(size)),
        taken_at=taken,
        kiosk_id=str(kiosk_id),
        attempts=int(str(attempts)),
        last_error=str(error),
        uploaded_at=to_datetime(str(uploaded)) if uploaded else None,
    )
