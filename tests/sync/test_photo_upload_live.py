"""A photo taken at a kiosk reaches the real registry (`kiosk-registry serve` on 127.0.0.1) with
the next `kiosk sync --once`, once, whatever the retries."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from fleet_harness import FIRST, LiveRegistry
from PySide6.QtGui import QColor, QImage

from kiosk.app import check_in_service_factory, read_settings
from kiosk.cli import main
from kiosk.core.model import ScanSource
from kiosk.core.photos import OutgoingPhoto, PhotoStep, photo_digest
from kiosk.paths import Home
from kiosk.printing.fonts import load_fonts
from kiosk.scan.photo import photo_from_image
from kiosk.store import open_database
from kiosk.store.photos import get_upload, pending_uploads
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.http import HttpRegistryClient

pytestmark = pytest.mark.integration


def kiosk(home: Path, *args: str) -> int:
    return main(["--home", str(home), *args])


def sync(home: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    kiosk(home, "sync", "--once", "--json")
    report: dict[str, object] = json.loads(capsys.readouterr().out)
    return report


def a_photo(colour: str) -> bytes:
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return photo_from_image(image).jpeg


def test_a_photo_taken_at_the_kiosk_is_uploaded_once_with_the_next_sync(
    tmp_path: Path, live: LiveRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    home = Home(tmp_path / "itu-tower-photo")
    assert kiosk(home.root, "enroll", live.url, live.enroll_code("itu-tower-photo")) == 0
    with home.settings.open("a", encoding="utf-8") as settings:
        settings.write("\n[camera]\nphoto_capture = true\n")
    assert sync(home.root, capsys)["ok"]
    load_fonts()
    service = check_in_service_factory(home, read_settings(home))()
    waiting = service.scan(live.code(FIRST), ScanSource.CLI)
    assert waiting.photo_step is PhotoStep.CAPTURE  # every sample category needs a photo
    jpeg = a_photo("#8a6f5a")
    printed = service.attach_photo(waiting, jpeg)
    assert printed.printed

    report = sync(home.root, capsys)
    assert report["ok"], report
    assert report["photos_uploaded"] == 1
    answer = httpx.get(f"{live.url}/api/v1/photos/{FIRST}/jpeg", headers=live.admin, timeout=30)
    assert answer.status_code == 200
    assert answer.content == jpeg
    assert answer.headers["content-type"] == "image/jpeg"
    db = open_database(home.database)
    upload = get_upload(db, FIRST)
    assert upload is not None
    assert upload.uploaded_at is not None
    assert pending_uploads(db) == []
    assert sync(home.root, capsys)["photos_uploaded"] == 0  # nothing sent twice
    db.close()

    token = json.loads((home.root / "registry.json").read_text(encoding="utf-8"))["token"]
    client = HttpRegistryClient(live.url, token)
    try:
        same = OutgoingPhoto(FIRST, jpeg, photo_digest(jpeg), upload.taken_at)
        assert client.upload_photo(same) is False  # a retry after a lost answer: duplicate
        other = a_photo("#304050")
        assert client.upload_photo(
            OutgoingPhoto(FIRST, other, photo_digest(other), upload.taken_at)
        )
        with pytest.raises(SyncError) as unknown:
            client.upload_photo(OutgoingPhoto(999, other, photo_digest(other), upload.taken_at))
        assert (unknown.value.problem, unknown.value.code) == (SyncProblem.REFUSED, "not-found")
    finally:
        client.close()
    again = httpx.get(f"{live.url}/api/v1/photos/{FIRST}/jpeg", headers=live.admin, timeout=30)
    assert again.content == other
