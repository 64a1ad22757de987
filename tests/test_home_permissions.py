"""Personal data is readable by the kiosk's user only: made so, and put right at every start."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.paths import Home, protect_home
from kiosk.services.demo import init_demo
from kiosk.store import open_database


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets everyone read everything: the modes must not depend on it."""
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.mark.usefixtures("open_umask")
def test_a_new_database_and_its_log_files_are_owner_only(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kiosk.db")
    try:
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (1)")
        files = {p.name: _mode(p) for p in tmp_path.iterdir()}
    finally:
        db.close()
    assert files == {"kiosk.db": 0o600, "kiosk.db-wal": 0o600, "kiosk.db-shm": 0o600}


@pytest.mark.usefixtures("open_umask")
def test_a_new_demo_home_keeps_personal_data_owner_only(tmp_path: Path) -> None:
    home = Home(tmp_path / "home")
    init_demo(home, count=20)
    assert _mode(home.photos) == _mode(home.prints) == 0o700
    for path in (home.database, home.device_key, home.demo_signing_key):
        assert _mode(path) == 0o600, path
    assert protect_home(home) == []  # nothing left to put right


def _widened(tmp_path: Path) -> tuple[Home, list[Path]]:
    home = Home(tmp_path / "home")
    init_demo(home, count=20)
    photo = home.photos / "22000001-0123456789ab.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    badge = home.prints / "22000001-v1.pdf"
    badge.write_bytes(b"%PDF a badge")
    home.registry_link.write_text('{"token": "secret"}', encoding="utf-8")
    wal = home.database.with_name("kiosk.db-wal")
    wal.write_bytes(b"")
    opened = [home.database, wal, photo, badge, home.registry_link, home.device_key]
    for path in opened:
        path.chmod(0o644)
    for folder in (home.photos, home.prints):
        folder.chmod(0o755)
    return home, [*opened, home.photos, home.prints]


def test_protect_home_puts_every_mode_right_and_names_what_it_changed(tmp_path: Path) -> None:
    home, opened = _widened(tmp_path)
    outside = tmp_path / "not-ours.txt"
    outside.write_text("someone else's file", encoding="utf-8")
    outside.chmod(0o644)
    (home.photos / "link").symlink_to(outside)

    fixed = protect_home(home)

    assert sorted(fixed) == sorted(opened)
    for path in opened:
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
    assert _mode(outside) == 0o644  # a link is never followed
    assert _mode(home.settings) == 0o644  # settings hold no personal data
    assert protect_home(home) == []


def test_every_kiosk_command_puts_the_modes_right_at_start(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    home, opened = _widened(tmp_path)
    caplog.set_level(logging.WARNING, logger="kiosk.paths")

    assert main(["--home", str(home.root), "staff", "log"]) == 0

    for path in (p for p in opened if not p.name.endswith("-wal")):  # SQLite removed the log
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
    said = [m for m in caplog.messages if "owner-only" in m]
    assert len(said) == 1
    assert said[0].startswith(f"{len(opened)} paths were open to other users, now owner-only: ")
    caplog.clear()
    assert main(["--home", str(home.root), "staff", "log"]) == 0
    assert not [m for m in caplog.messages if "owner-only" in m]  # said once, when it happened
