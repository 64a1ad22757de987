"""`kiosk export all` and `kiosk purge` on a home with a morning of activity.

The export: one CSV per table whose rows match the database, a manifest whose sums match the
files. The purge: no roster name left anywhere in the database file's bytes, photos and badge
files gone, the daily report's figures unchanged, and each refusal (unsent records, a wrong
confirmation) removing nothing.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import itertools
import json
import sqlite3
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
from lifecycle_home import (
    COLLECTOR,
    CORRECTED_NAME,
    BusyHome,
    as_if_synced,
    copy_home,
    make_busy_home,
)

from kiosk.cli import EXIT_REFUSED, EXIT_SETUP, main
from kiosk.core.arrivals import ArrivalsDay
from kiosk.paths import Home
from kiosk.services.arrivals import arrivals_day
from kiosk.services.search import find_participants
from kiosk.store import open_database
from kiosk.store.migrations import MIGRATIONS
from kiosk.store.purge import GIVEN_UP

MONDAY = date(2022, 5, 30)
ARABIC = range(0x0600, 0x0700)
CJK = range(0x4E00, 0xA000)


@pytest.fixture(scope="module")
def busy(qapp, tmp_path_factory: pytest.TempPathFactory) -> BusyHome:  # type: ignore[no-untyped-def]
    return make_busy_home(tmp_path_factory.mktemp("lifecycle") / "home")


def _run(
    home: Home, capsys: pytest.CaptureFixture[str], *args: str, answer: str | None = None
) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:
        if answer is not None:
            patch.setattr("sys.stdin", io.StringIO(answer))
        status = main(["--home", str(home.root), *args])
    out, err = capsys.readouterr()
    return status, out, err


def _table_counts(home: Home) -> dict[str, int]:
    conn = sqlite3.connect(home.database)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for Excel
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# --- kiosk export all -------------------------------------------------------------------------


def test_export_all_writes_every_table_with_a_manifest_that_matches(
    busy: BusyHome, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "audit"
    status, printed, err = _run(busy.home, capsys, "export", "all", "--out", str(out))
    assert (status, err) == (0, "")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    counts = _table_counts(busy.home)
    files = {f["table"]: f for f in manifest["files"]}
    wanted = {"checkins", "badge_prints", "print_jobs", "audit", "name_corrections"}
    wanted |= {"vip_pickups", "outbox", "conflicts", "photo_uploads", "participants", "events"}
    assert wanted <= set(files)
    assert "participant_secrets" not in files  # hashes of working codes are not a record
    assert not any(t.startswith("participants_fts") for t in files)
    assert (manifest["kiosk_id"], manifest["schema_version"]) == ("demo-kiosk-1", len(MIGRATIONS))
    assert manifest["event"]["code"] == "WSIS22"
    assert manifest["exported_at"].startswith("2022-05-")  # the demo home's clock
    for table, entry in files.items():
        data = (out / entry["file"]).read_bytes()
        rows = _csv_rows(data)
        assert len(rows) - 1 == entry["rows"] == counts[table], table
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["bytes"]
    assert (counts["checkins"], counts["name_corrections"], counts["vip_pickups"]) == (12, 1, 1)
    header, *audit = _csv_rows((out / "audit.csv").read_bytes())
    actions = {dict(zip(header, row, strict=True))["action"] for row in audit}
    assert {"scan", "desk-name", "desk-vip"} <= actions
    sums = (out / "SHA256SUMS").read_text(encoding="ascii").splitlines()
    assert sorted(sums) == sorted(f"{f['sha256']}  {f['file']}" for f in manifest["files"])
    assert CORRECTED_NAME in (out / "name_corrections.csv").read_text(encoding="utf-8-sig")
    assert f"{sum(counts[t] for t in files):,} records in {len(files)} tables" in printed
    assert stat.S_IMODE(out.stat().st_mode) == 0o700  # it holds names, like the database
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()} == {0o600}
    assert not out.with_name("audit.partial").exists()


def test_export_all_to_a_zip_holds_the_same_files(
    busy: BusyHome, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "audit.zip"
    status, printed, _ = _run(busy.home, capsys, "export", "all", "--out", str(out))
    assert status == 0
    assert "a zip file" in printed
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        for entry in manifest["files"]:
            data = archive.read(entry["file"])
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert len(_csv_rows(data)) - 1 == entry["rows"]
        assert "SHA256SUMS" in archive.namelist()


def test_export_all_streams_in_batches_with_a_progress_line(
    busy: BusyHome,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("kiosk.cli.lifecycle.PROGRESS_FROM", 1)
    monkeypatch.setattr("kiosk.store.records.BATCH", 7)
    out = tmp_path / "audit"
    out.mkdir()  # an empty folder is a fine place too
    status, _, err = _run(busy.home, capsys, "export", "all", "--out", str(out))
    total = sum(f["rows"] for f in json.loads((out / "manifest.json").read_text())["files"])
    assert status == 0
    steps = [int(line.split()[1]) for line in err.strip().split("\r") if line]
    assert steps[:3] == [1, 8, 13]  # the event, then check-ins 7 at a time (12 in all)
    assert max(b - a for a, b in itertools.pairwise(steps)) <= 7
    assert err.endswith(f"exported {total:,} of {total:,} records\n")
    people = _csv_rows((out / "participants.csv").read_bytes())
    assert len(people) - 1 == _table_counts(busy.home)["participants"]  # every batch written


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--day", "2022-05-30"], "takes every day; leave out --day"),
        (["--out-is", "a-file"], "is a file; name a folder, or a file ending in .zip"),
        (["--out-is", "a-full-folder"], "already holds files"),
        (["--out-is", "an-old-zip"], "already exists; name a new file"),
        (["--out-is", "in-a-missing-folder"], "does not exist"),
    ],
)
def test_export_all_refuses_a_bad_place_before_any_work(
    busy: BusyHome,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    places = {
        "a-file": tmp_path / "notes.txt",
        "a-full-folder": tmp_path / "full",
        "an-old-zip": tmp_path / "old.zip",
        "in-a-missing-folder": tmp_path / "missing" / "audit",
    }
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "mine.txt").write_text("keep me", encoding="utf-8")
    (tmp_path / "old.zip").write_bytes(b"PK keep me")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    out = places[args[1]] if args[0] == "--out-is" else tmp_path / "audit"
    extra = [] if args[0] == "--out-is" else args
    status, _, err = _run(busy.home, capsys, "export", "all", *extra, "--out", str(out))
    assert status == EXIT_SETUP
    assert message in err
    assert err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing written or lost
    assert (tmp_path / "old.zip").read_bytes() == b"PK keep me"


def test_export_needs_a_day_for_one_days_csv(
    busy: BusyHome, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = _run(busy.home, capsys, "export", "checkins", "--out", str(tmp_path / "c"))
    assert status == EXIT_SETUP
    assert "needs --day YYYY-MM-DD" in err


# --- kiosk purge ------------------------------------------------------------------------------


def _personal_strings(home: Home) -> list[str]:
    """Every name the database holds (8 bytes or more in UTF-8: shorter ones can occur by
    chance), and organisations that no kept text (event, sessions, rooms) repeats."""
    conn = sqlite3.connect(home.database)
    try:
        names = [
            str(v)
            for row in conn.execute(
                "SELECT given_name, family_name, badge_name, native_name, search_text "
                "FROM participants UNION ALL SELECT old_name, new_name, '', '', '' "
                "FROM name_corrections UNION ALL SELECT collector, '', '', '', '' FROM vip_pickups"
            )
            for v in row
        ]
        kept = " ".join(
            str(v)
            for q in ("SELECT * FROM events", "SELECT * FROM sessions", "SELECT * FROM rooms")
            for row in conn.execute(q)
            for v in row
        )
        organisations = [r[0] for r in conn.execute("SELECT organisation FROM participants")]
    finally:
        conn.close()
    found = names + [o for o in organisations if o not in kept]
    return sorted({s for s in found if len(s.strip().encode()) >= 8})


def _database_bytes(home: Home) -> bytes:
    db = home.database
    return b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def _searchable_names(home: Home) -> list[str]:
    conn = sqlite3.connect(home.database)
    try:
        latin = conn.execute(
            "SELECT family_name FROM participants WHERE family_name GLOB '[A-Z][a-z]*' LIMIT 1"
        ).fetchone()[0]
        chinese = conn.execute(
            "SELECT native_name FROM participants WHERE native_name GLOB '*[一-鿿]*' LIMIT 1"
        ).fetchone()[0]
    finally:
        conn.close()
    return [latin, chinese, "نادية"]


def _found(home: Home, text: str) -> int:
    db = open_database(home.database)
    try:
        return len(find_participants(db, text))
    finally:
        db.close()


def _figures(home: Home) -> ArrivalsDay:
    db = open_database(home.database)
    try:
        return arrivals_day(db, MONDAY)
    finally:
        db.close()


def _counts(day: ArrivalsDay) -> tuple[object, ...]:
    return (
        day.check_ins,
        day.expected,
        day.hours,
        day.categories,
        day.kiosks,
        [(b.registration_id, b.badge_version) for b in day.reprints],
        len(day.voided),
        [(b.registration_id, b.category) for b in day.walk_ins],
        len(day.conflicts),
    )


def test_purge_removes_every_name_and_photo_and_keeps_the_reports_figures(
    busy: BusyHome, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = copy_home(busy, tmp_path / "home")
    as_if_synced(home)
    secrets = _personal_strings(home)
    assert any(ord(c) in ARABIC for s in secrets for c in s)
    assert any(ord(c) in CJK for s in secrets for c in s)
    assert COLLECTOR in secrets
    before_bytes = _database_bytes(home)
    assert [s for s in secrets if s.encode() not in before_bytes] == []  # so the check can fail
    figures = _counts(_figures(home))
    names = _searchable_names(home)  # a Latin family name, a Chinese name, the Arabic walk-in
    assert [_found(home, n) > 0 for n in names] == [True, True, True]
    report_line = _run(
        home, capsys, "report", "--day", "2022-05-30", "--out", str(tmp_path / "a.pdf")
    )
    assert (home.photos / busy.photo_file).exists()

    status, printed, err = _run(home, capsys, "purge", "--yes")

    assert status == 0, err
    assert "purged: 61 people, 1 name corrections, 1 VIP pick-ups" in printed
    assert "4 files" in printed  # the photo and three badge files
    assert "blanking the names of 61 people" in err
    after = _database_bytes(home)
    leaked = [s for s in secrets if s.encode() in after]
    assert leaked == []
    assert not any(home.photos.iterdir())
    assert not any(home.prints.iterdir())
    assert _counts(_figures(home)) == figures
    assert _run(home, capsys, "report", "--day", "2022-05-30", "--out", str(tmp_path / "b.pdf"))[
        1
    ] == report_line[1].replace("a.pdf", "b.pdf")
    db = open_database(home.database)
    try:
        purge_lines = db.execute(
            "SELECT source, detail FROM audit WHERE action = 'purge'"
        ).fetchall()
        people = db.execute("SELECT count(*), count(checked_in_at) FROM participants")
        assert people.fetchone() == (61, 12)  # every person and check-in kept, nameless
    finally:
        db.close()
    assert [_found(home, n) for n in names] == [0, 0, 0]
    assert purge_lines == [
        (
            "cli",
            "blanked: people 61, name corrections 1, VIP pick-ups 1, badge contents 13; "
            "files removed 4",
        )
    ]


def test_purge_refuses_while_the_registry_lacks_records_and_force_gives_them_up(
    busy: BusyHome, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = copy_home(busy, tmp_path / "home")
    secrets = _personal_strings(home)
    before = _database_bytes(home)

    status, _, err = _run(home, capsys, "purge", "--yes")

    assert status == EXIT_REFUSED
    assert "the registry never got" in err
    assert "1 photo not uploaded" in err
    assert "kiosk sync" in err
    assert "--force" in err
    assert "nothing was removed" in err
    assert (home.photos / busy.photo_file).exists()
    db = open_database(home.database)
    try:
        participant_items = db.execute(
            "SELECT count(*) FROM outbox WHERE kind = 'participant'"
        ).fetchone()[0]
    finally:
        db.close()
    assert participant_items == 1  # the walk-in, with her Arabic name
    assert [s for s in secrets if s.encode() in before] == [
        s for s in secrets if s.encode() in _database_bytes(home)
    ]

    status, _, err = _run(home, capsys, "purge", "--yes", "--force")

    assert status == 0, err
    assert [s for s in secrets if s.encode() in _database_bytes(home)] == []
    db = open_database(home.database)
    try:
        states = db.execute("SELECT DISTINCT state, error FROM outbox").fetchall()
        payload = db.execute("SELECT payload FROM outbox WHERE kind = 'participant'").fetchall()
        photo = db.execute("SELECT attempts, last_error FROM photo_uploads").fetchone()
    finally:
        db.close()
    assert states == [("rejected", GIVEN_UP)]  # a later sync never uploads blank names
    assert len(payload) == 1  # the blanking queued no new participant item
    assert json.loads(payload[0][0])["badge_name"] == ""
    assert photo[1] == GIVEN_UP
    status, printed, err = _run(home, capsys, "purge", "--yes")  # again, with nothing left
    assert (status, err.count("kiosk:")) == (0, 0)  # what was given up is not asked about again
    assert "purged: 0 people" in printed


@pytest.mark.parametrize("answer", ["", "yes\n", "WSIS23\n"])
def test_purge_without_the_right_answer_removes_nothing(
    busy: BusyHome, capsys: pytest.CaptureFixture[str], tmp_path: Path, answer: str
) -> None:
    home = copy_home(busy, tmp_path / "home")
    as_if_synced(home)
    before = _personal_strings(home)

    status, _, err = _run(home, capsys, "purge", answer=answer)

    assert status == EXIT_REFUSED
    assert 'Type the event\'s code (WSIS22) or "purge" to go on' in err
    assert "not confirmed; nothing was removed" in err
    assert _personal_strings(home) == before
    assert (home.photos / busy.photo_file).exists()


@pytest.mark.parametrize("answer", ["purge\n", "wsis22\n", "  WSIS22 \n"])
def test_purge_goes_on_with_the_events_code_or_the_word_purge(
    busy: BusyHome, capsys: pytest.CaptureFixture[str], tmp_path: Path, answer: str
) -> None:
    home = copy_home(busy, tmp_path / "home")
    as_if_synced(home)

    status, printed, _ = _run(home, capsys, "purge", answer=answer)

    assert status == 0
    assert "purged: 61 people" in printed
    assert _personal_strings(home) == []


def test_a_kiosk_still_reading_the_database_is_named_and_the_purge_can_be_run_again(
    busy: BusyHome, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = copy_home(busy, tmp_path / "home")
    as_if_synced(home)
    secrets = _personal_strings(home)
    running = sqlite3.connect(home.database, isolation_level=None)
    running.execute("BEGIN")
    running.execute("SELECT count(*) FROM participants").fetchone()  # a reader's snapshot

    status, printed, err = _run(home, capsys, "purge", "--yes")

    running.execute("ROLLBACK")
    running.close()
    assert status == EXIT_REFUSED
    assert "purged: 61 people" in printed
    assert "another program holds the database (a kiosk still running?)" in err
    assert "run `kiosk purge` again" in err
    status, printed, err = _run(home, capsys, "purge", "--yes")
    assert (status, err.count("kiosk:")) == (0, 0)
    assert "purged: 0 people" in printed  # nothing left but the compaction, done now
    assert [s for s in secrets if s.encode() in _database_bytes(home)] == []


@pytest.mark.parametrize("name", ["audit", "audit.zip"])
def test_a_disk_that_refuses_the_export_gets_one_line_and_leaves_nothing(
    busy: BusyHome,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("kiosk.services.export_all.os.fsync", full)
    status, _, err = _run(busy.home, capsys, "export", "all", "--out", str(tmp_path / name))
    assert status == EXIT_SETUP
    assert err == f"kiosk: cannot write {tmp_path / name}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []  # neither the export nor its partial
