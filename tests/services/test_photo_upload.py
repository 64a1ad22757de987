"""Photos go up after the outbox, once each; refusals and a lost network keep them queued."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage
from test_check_in_photo import AMINA, DELEGATE, WITH_PHOTO
from wsis_event import EVENT, MONDAY_MORNING

from kiosk.scan.photo import photo_from_image
from kiosk.services.photos import save_photo
from kiosk.services.sync import SyncOptions, sync_once
from kiosk.store import Database, events, open_database, participants
from kiosk.store.photos import MAX_REFUSALS, get_upload, pending_uploads
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.fake import FakeRegistry


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "kiosk.db")
    events.save_event(db, EVENT, [DELEGATE])
    participants.save_participants(db, [AMINA, WITH_PHOTO])
    yield db
    db.close()


def jpeg(colour: str) -> bytes:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return photo_from_image(image).jpeg


def options(photos: Path) -> SyncOptions:
    return SyncOptions(photos_dir=photos)


def test_a_photo_goes_up_once_with_the_next_round(
    db: Database, tmp_path: Path, qapp: QGuiApplication
) -> None:
    photos = tmp_path / "photos"
    photo = jpeg("#806040")
    save_photo(db, photos, 101, photo, (MONDAY_MORNING, "k1"))
    registry = FakeRegistry()
    report = sync_once(db, registry.client("k1"), lambda: MONDAY_MORNING, options(photos))
    assert (report.ok, report.photos_uploaded) == (True, 1)
    assert registry.photos == {101: photo}
    assert pending_uploads(db) == []
    again = sync_once(db, registry.client("k1"), lambda: MONDAY_MORNING, options(photos))
    assert again.photos_uploaded == 0


def test_a_lost_network_keeps_every_photo_queued_for_the_next_round(
    db: Database, tmp_path: Path, qapp: QGuiApplication
) -> None:
    photos = tmp_path / "photos"
    save_photo(db, photos, 101, jpeg("#806040"), (MONDAY_MORNING, "k1"))
    registry = FakeRegistry()
    client = registry.client("k1")
    client.upload_photo = _fails(SyncError(SyncProblem.NETWORK, "cable cut"))  # type: ignore[method-assign]
    report = sync_once(db, client, lambda: MONDAY_MORNING, options(photos))
    assert (report.ok, report.problem) == (False, SyncProblem.NETWORK)
    upload = get_upload(db, 101)
    assert upload is not None
    assert (upload.attempts, upload.uploaded_at) == (0, None)
    assert sync_once(db, registry.client("k1"), lambda: MONDAY_MORNING, options(photos)).ok
    assert pending_uploads(db) == []


def test_a_refused_photo_is_retried_a_few_times_then_left_for_staff(
    db: Database, tmp_path: Path, qapp: QGuiApplication
) -> None:
    photos = tmp_path / "photos"
    save_photo(db, photos, 101, jpeg("#806040"), (MONDAY_MORNING, "k1"))
    client = FakeRegistry().client("k1")
    refusal = SyncError(SyncProblem.REFUSED, "/photos/101: HTTP 404 not-found", "not-found")
    client.upload_photo = _fails(refusal)  # type: ignore[method-assign]
    for _ in range(MAX_REFUSALS + 2):
        report = sync_once(db, client, lambda: MONDAY_MORNING, options(photos))
        assert report.ok  # a refused photo does not stop the round
    upload = get_upload(db, 101)
    assert upload is not None
    assert upload.attempts == MAX_REFUSALS
    assert "not-found" in upload.last_error
    assert pending_uploads(db) == []


def test_a_photo_file_gone_from_disk_is_reported_not_sent(
    db: Database, tmp_path: Path, qapp: QGuiApplication
) -> None:
    photos = tmp_path / "photos"
    upload = save_photo(db, photos, 101, jpeg("#806040"), (MONDAY_MORNING, "k1"))
    (photos / upload.file).unlink()
    registry = FakeRegistry()
    report = sync_once(db, registry.client("k1"), lambda: MONDAY_MORNING, options(photos))
    assert (report.photos_uploaded, report.photos_refused) == (0, 1)
    assert registry.photos == {}


def _fails(error: SyncError):  # type: ignore[no-untyped-def]
    def upload_photo(photo: object) -> bool:
        raise error

    return upload_photo
