"""A badge that needs a photo: the check-in stands, the badge waits queued, the photo is kept
(owner-only file, upload queued) and printed; bad photos are refused and lose nothing."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage
from test_check_in import KEY, RecordingPrinter, code_for
from wsis_event import EVENT, MONDAY_MORNING, VIP

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.credentials import PublicKey, public_from_private
from kiosk.core.model import BadgeCategory, Participant, ScanSource
from kiosk.core.photos import PhotoPolicy, PhotoStep
from kiosk.scan.photo import photo_from_image
from kiosk.services.check_in import CheckInService
from kiosk.services.photos import PhotoSaveError, save_photo
from kiosk.services.printing import PrintSetup
from kiosk.store import Database, events, journal, keys, open_database, participants
from kiosk.store.journal import JobState
from kiosk.store.photos import get_upload, pending_uploads

DELEGATE = BadgeCategory("DEL", 1, "Delegate", "#1f4e9c", needs_photo=True)
AMINA = Participant(101, 22, "Amina", "Diallo", "Amina Diallo", category="DEL")
WITH_PHOTO = Participant(102, 22, "Wei", "Li", "李伟", category="DEL", photo="102-old.jpg")


@dataclass
class Kiosk:
    service: CheckInService
    db: Database
    printer: RecordingPrinter
    photos: Path


def kiosk_with(tmp_path: Path, policy: PhotoPolicy) -> Kiosk:
    db = open_database(tmp_path / "kiosk.db")
    events.save_event(db, EVENT, [DELEGATE, VIP])
    participants.save_participants(db, [AMINA, WITH_PHOTO])
    keys.save_key(db, PublicKey(1, public_from_private(KEY)))
    printer = RecordingPrinter()
    photos = tmp_path / "photos"
    setup = PrintSetup.of(printer, BADGE_SIZES["a6"], photos_dir=photos)
    service = CheckInService(db, setup, "k1", lambda: MONDAY_MORNING, photo_policy=policy)
    return Kiosk(service, db, printer, photos)


@pytest.fixture
def kiosk(tmp_path: Path, qguiapp: QGuiApplication) -> Iterator[Kiosk]:
    made = kiosk_with(tmp_path, PhotoPolicy.CAPTURE)
    yield made
    made.db.close()


@pytest.fixture
def qguiapp(qapp: QGuiApplication) -> QGuiApplication:
    return qapp


def jpeg() -> bytes:
    image = QImage(1280, 720, QImage.Format.Format_RGB888)
    image.fill(QColor("#808080"))
    return photo_from_image(image).jpeg


def test_the_check_in_is_journalled_and_the_badge_waits_for_the_photo(kiosk: Kiosk) -> None:
    result = kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    assert (result.outcome, result.photo_step, result.journalled) == (
        Outcome.CHECKED_IN,
        PhotoStep.CAPTURE,
        True,
    )
    assert kiosk.printer.printed == []
    job = journal.open_job_for(kiosk.db, 101)
    assert job is not None
    assert job.state is JobState.QUEUED
    person = participants.get_participant(kiosk.db, 101)
    assert person is not None
    assert person.checked_in_at == MONDAY_MORNING


def test_the_photo_used_is_stored_privately_printed_and_queued_for_upload(kiosk: Kiosk) -> None:
    waiting = kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    photo = jpeg()
    printed = kiosk.service.attach_photo(waiting, photo)
    assert printed.photo_step is PhotoStep.NONE
    assert printed.printed == ("/prints/101.png",)
    person = participants.get_participant(kiosk.db, 101)
    assert person is not None
    assert person.photo.startswith("101-")
    path = kiosk.photos / person.photo
    assert path.read_bytes() == photo
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(kiosk.photos.stat().st_mode) == 0o700
    assert kiosk.printer.printed[0].content.photo_path == str(path)
    upload = get_upload(kiosk.db, 101)
    assert upload is not None
    assert (upload.file, upload.size, upload.uploaded_at) == (person.photo, len(photo), None)
    assert [u.registration_id for u in pending_uploads(kiosk.db)] == [101]
    assert kiosk.service.scan(code_for(101), ScanSource.SCANNER).outcome is (
        Outcome.ALREADY_COLLECTED
    )


def test_no_thanks_keeps_the_check_in_and_a_later_scan_offers_the_photo_again(
    kiosk: Kiosk,
) -> None:
    waiting = kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    declined = kiosk.service.skip_photo(waiting, PhotoStep.AT_DESK, "declined")
    assert declined.photo_step is PhotoStep.AT_DESK
    audit = [(a.action, a.outcome) for a in journal.recent_audit(kiosk.db)]
    assert ("photo", "declined") in audit
    again = kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    assert (again.outcome, again.photo_step, again.journalled) == (
        Outcome.CHECKED_IN,
        PhotoStep.CAPTURE,
        False,
    )
    assert journal.count_check_ins(kiosk.db) == 1
    assert kiosk.printer.printed == []


def test_a_person_with_a_photo_on_file_prints_at_once(kiosk: Kiosk) -> None:
    result = kiosk.service.scan(code_for(102), ScanSource.SCANNER)
    assert result.photo_step is PhotoStep.NONE
    assert len(kiosk.printer.printed) == 1


def test_a_category_without_photos_prints_at_once(kiosk: Kiosk) -> None:
    participants.save_participants(kiosk.db, [replace(AMINA, category="VIP")])
    result = kiosk.service.scan(code_for(101, category=6), ScanSource.SCANNER)
    assert result.photo_step is PhotoStep.NONE


@pytest.mark.parametrize(
    ("policy", "step"),
    [(PhotoPolicy.AT_DESK, PhotoStep.AT_DESK), (PhotoPolicy.OFF, PhotoStep.NONE)],
)
def test_the_kiosk_setting_decides_what_a_needed_photo_does(
    tmp_path: Path, qguiapp: QGuiApplication, policy: PhotoPolicy, step: PhotoStep
) -> None:
    kiosk = kiosk_with(tmp_path, policy)
    try:
        result = kiosk.service.scan(code_for(101), ScanSource.SCANNER)
        assert (result.outcome, result.photo_step) == (Outcome.CHECKED_IN, step)
        assert len(kiosk.printer.printed) == (1 if policy is PhotoPolicy.OFF else 0)
    finally:
        kiosk.db.close()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"GIF89a" + bytes(500), "not a JPEG"),
        (b"\xff\xd8\xff" + bytes(10), "not a JPEG"),
        (b"\xff\xd8\xff" + bytes(600 * 1024), "at most"),
    ],
)
def test_a_bad_photo_is_refused_and_the_badge_keeps_waiting(
    kiosk: Kiosk, data: bytes, problem: str
) -> None:
    waiting = kiosk.service.scan(code_for(101), ScanSource.SCANNER)
    with pytest.raises(PhotoSaveError, match=problem):
        kiosk.service.attach_photo(waiting, data)
    person = participants.get_participant(kiosk.db, 101)
    assert person is not None
    assert person.photo == ""
    assert pending_uploads(kiosk.db) == []
    job = journal.open_job_for(kiosk.db, 101)
    assert job is not None
    assert job.state is JobState.QUEUED
    assert not kiosk.photos.exists() or list(kiosk.photos.iterdir()) == []


def test_a_retaken_photo_replaces_the_waiting_upload(kiosk: Kiosk) -> None:
    waiting = kiosk.service.scan(code_for(102), ScanSource.SCANNER)  # prints (photo on file)
    assert waiting.photo_step is PhotoStep.NONE
    first = jpeg()
    save_photo(kiosk.db, kiosk.photos, 102, first, (MONDAY_MORNING, "k1"))
    image = QImage(1280, 720, QImage.Format.Format_RGB888)
    image.fill(QColor("#202020"))
    second = photo_from_image(image).jpeg
    save_photo(kiosk.db, kiosk.photos, 102, second, (MONDAY_MORNING, "k1"))
    uploads = pending_uploads(kiosk.db)
    assert [(u.registration_id, u.size) for u in uploads] == [(102, len(second))]


def test_a_photo_for_someone_not_on_this_kiosk_is_refused(kiosk: Kiosk) -> None:
    with pytest.raises(PhotoSaveError, match="not on this kiosk"):
        save_photo(kiosk.db, kiosk.photos, 999, jpeg(), (MONDAY_MORNING, "k1"))
    assert list(kiosk.photos.iterdir()) == []
