"""A read-only home, a full disk and a damaged database each stop `kiosk scan` with one line that
names the problem and the file (exit status 3); what was stored before is still there after."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cli import EXIT_SETUP
from kiosk.paths import Home
from kiosk.services.demo import DEMO_START, init_demo, issue_demo_code
from kiosk.store import journal, open_database

NOW = datetime.fromisoformat(DEMO_START).astimezone(UTC)
FIRST, SECOND = 22_000_001, 22_000_002


CODES: dict[tuple[Path, int], str] = {}  # issued while the database is still readable


def scan(home: Home, registration: int, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`kiosk scan` in a process of its own, as staff would run it (it holds no file open here)."""
    code = CODES[(home.root, registration)]
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--home", str(home.root), "scan", code],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode, done.stderr


def stored_check_ins(home: Home) -> set[int]:
    db = open_database(home.database)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return journal.checked_in_registrations(db)
    finally:
        db.close()


def assert_stopped(home: Home, status: int, err: str, problem: str) -> None:
    """The kiosk stopped as a setup problem, in one message naming the problem and the file."""
    assert status == EXIT_SETUP
    assert problem in err
    assert str(home.database) in err
    assert "Traceback" not in err


def demo_home(root: Path, capsys: pytest.CaptureFixture[str]) -> Home:
    """A demo home in which one person has checked in already."""
    home = Home(root)
    init_demo(home, count=20)
    for registration in (FIRST, SECOND):
        CODES[(home.root, registration)] = issue_demo_code(home, registration, NOW)
    assert scan(home, FIRST, capsys)[0] == 0
    return home


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB tmpfs of its own, so the disk can be filled or made read-only."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_home_stops_with_a_message_naming_the_file(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = demo_home(small_disk / "home", capsys)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        status, err = scan(home, SECOND, capsys)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert_stopped(home, status, err, "read-only")
    assert stored_check_ins(home) == {FIRST}
    assert scan(home, SECOND, capsys)[0] == 0  # writable again: the kiosk carries on


def test_a_full_disk_stops_with_a_message_naming_the_file(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = demo_home(small_disk / "home", capsys)
    filler = small_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (65536, 4096, 1):
            try:
                while os.write(fd, b"\0" * chunk):
                    pass
            except OSError:
                pass  # no room for another chunk of this size
    finally:
        os.close(fd)
    status, err = scan(home, SECOND, capsys)
    assert_stopped(home, status, err, "is full")
    filler.unlink()
    assert stored_check_ins(home) == {FIRST}
    assert scan(home, SECOND, capsys)[0] == 0  # room again: the kiosk carries on


def test_a_damaged_database_stops_with_a_message_and_is_kept_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = demo_home(tmp_path / "home", capsys)
    db = open_database(home.database)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root_page = db.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'participants'"
    ).fetchone()[0]
    db.close()
    with home.database.open("r+b") as damaged:  # the participants table's first page is garbage
        damaged.seek((root_page - 1) * page_size)
        damaged.write(b"\xa5" * page_size)
    before = home.database.read_bytes()
    status, err = scan(home, SECOND, capsys)
    assert_stopped(home, status, err, "is damaged")
    assert home.database.read_bytes() == before  # nothing written over it: kept for inspection


def test_a_file_that_is_no_database_at_all_stops_the_kiosk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = demo_home(tmp_path / "home", capsys)
    home.database.write_bytes(b"this is not SQLite" * 300)
    status, err = scan(home, SECOND, capsys)
    assert_stopped(home, status, err, "is damaged")
    assert home.database.read_bytes() == b"this is not SQLite" * 300
