"""`kiosk photo`: a desk photo goes on the badge waiting for it; bad files are named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from kiosk.cli import EXIT_SETUP, main
from kiosk.store import journal, open_database, participants
from kiosk.store.photos import pending_uploads

FIRST = 22_000_001


@pytest.fixture
def home(tmp_path: Path, qapp: QApplication) -> Path:
    """A demo home that takes photos at the desk (the widgets application exists first)."""
    root = tmp_path / "home"
    assert main(["--home", str(root), "init-demo", "--participants", "20"]) == 0
    with (root / "settings.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[camera]\nphoto_capture = true\ndevice = "none"\n')
    return root


def run(home: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--home", str(home), *args])
    out, err = capsys.readouterr()
    return status, out, err


def phone_photo(path: Path) -> Path:
    image = QImage(3000, 4000, QImage.Format.Format_RGB32)  # a portrait phone photo
    image.fill(QColor("#a07050"))
    assert image.save(str(path))
    return path


def test_a_desk_photo_goes_on_the_waiting_badge_which_then_prints_with_it(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, code, _ = run(home, capsys, "code", str(FIRST))
    status, out, _ = run(home, capsys, "scan", code.strip(), "--json")
    assert (status, json.loads(out)["photo"]) == (0, "at-desk")  # checked in, badge waits
    status, out, _ = run(home, capsys, "photo", str(FIRST), str(phone_photo(tmp_path / "p.png")))
    assert status == 0
    assert "kiosk jobs retry" in out
    job = out.split("kiosk jobs retry ")[1].split("`")[0]
    status, out, _ = run(home, capsys, "jobs", "retry", job)
    assert (status, "done" in out) == (0, True)
    db = open_database(home / "kiosk.db")
    try:
        person = participants.get_participant(db, FIRST)
        assert person is not None
        assert person.photo
        printed = journal.recent_jobs(db, 1)[0]
        assert printed.content is not None
        assert printed.content.photo_path.endswith(person.photo)
        assert [u.registration_id for u in pending_uploads(db)] == [FIRST]
    finally:
        db.close()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", b"not an image", "cannot read"),
        ("empty.jpg", b"", "cannot read"),
    ],
)
def test_a_file_that_is_not_a_photo_is_refused_by_name(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    message: str,
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    status, _, err = run(home, capsys, "photo", str(FIRST), str(bad))
    assert status == EXIT_SETUP
    assert message in err
    assert name in err


def test_a_missing_file_or_an_unknown_person_is_refused(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(home, capsys, "photo", str(FIRST), str(tmp_path / "gone.jpg"))
    assert (status, "no photo file" in err) == (EXIT_SETUP, True)
    photo = str(phone_photo(tmp_path / "p.png"))
    status, _, err = run(home, capsys, "photo", "999", photo)
    assert (status, "not on this kiosk" in err) == (EXIT_SETUP, True)
