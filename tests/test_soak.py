"""`kiosk soak` at CI size: SIGKILL runs, eight processes and a thread racing, junk; and the
invariants it checks catch a broken journal."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.cli.soak_home import read_ledger, second_prints
from kiosk.core.model import BadgeIssue, CheckIn, ScanSource
from kiosk.store import journal, open_database
from kiosk.store.invariants import journal_health
from kiosk.store.journal import JobState, PrintJob

AT = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)


def number(line: str, pattern: str) -> int:
    found = re.search(pattern, line)
    assert found is not None, (pattern, line)
    return int(found.group(1))


def test_soak_kill_survives_sigkill_at_random_points(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status = main(["soak", "kill", "--runs", "6", "--dir", str(tmp_path / "soak")])
    line = capsys.readouterr().out.strip()
    assert status == 0, line
    assert line.startswith("soak kill: 6 runs")
    assert line.endswith("OK")
    assert number(line, r"(\d+) check-ins;") > 0
    assert number(line, r"(\d+) crashed") == 0
    assert number(line, r"(\d+) second prints") == 0
    assert "integrity ok" in line
    assert "rescan of everyone printed nothing" in line


def test_soak_race_eight_processes_and_a_thread_lose_nothing_and_print_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    args = ["soak", "race", "--processes", "8", "--scans", "250", "--people", "120"]
    status = main([*args, "--dir", str(tmp_path / "race")])
    line = capsys.readouterr().out.strip()
    assert status == 0, line
    assert number(line, r"(\d+) scans") == 9 * 250  # thousands of scans, many of the same people
    reported = number(line, r"(\d+) check-ins reported")
    assert reported == number(line, r"(\d+) journalled")
    assert reported > 100
    assert number(line, r"(\d+) lost") == 0
    assert number(line, r"(\d+) crashed") == 0
    assert number(line, r"(\d+) second prints") == 0
    ledger = read_ledger(tmp_path / "race" / "printer-ledger.txt")
    assert sum(ledger.values()) == reported  # every check-in printed exactly one badge


def test_soak_fuzz_refuses_every_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["soak", "fuzz", "--inputs", "3000"]) == 0
    line = capsys.readouterr().out.strip()
    scanned = number(line, r"(\d+) inputs scanned")
    skipped = number(line, r"\((\d+) valid codes in disguise skipped\)")
    assert scanned == 3000
    assert skipped < 3000 // 20  # the oracle is not hiding the fuzzing
    assert number(line, r"(\d+) escaped exceptions") == 0
    assert number(line, r"(\d+) checked in") == 0


def test_soak_refuses_a_work_directory_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "something").write_text("x")
    with pytest.raises(Exception, match="not empty"):
        main(["soak", "kill", "--runs", "1", "--dir", str(tmp_path / "busy")])


# --- the invariants catch what they are meant to -------------------------------------------------


def test_invariants_report_each_broken_promise(tmp_path: Path) -> None:
    db = open_database(tmp_path / "k.db")
    try:
        assert journal_health(db).is_healthy
        db.execute(  # a check-in whose print intent vanished
            "INSERT INTO checkins (id, registration_id, event_id, at, kiosk_id, source) "
            "VALUES ('c1', 7, 22, ?, 'k', 'cli')",
            [AT.isoformat()],
        )
        for version in (1, 2):  # two badges, both still active
            job = PrintJob(str(uuid.uuid4()), 8, version, "p", JobState.DONE, reason="reprint")
            journal.add_job(db, job, AT)
            issue = BadgeIssue(str(uuid.uuid4()), 8, version, AT, "k", "p")
            db.table("badge_prints").insert(
                {
                    "id": issue.id,
                    "registration_id": 8,
                    "badge_version": version,
                    "at": AT.isoformat(),
                    "kiosk_id": "k",
                    "printer": "p",
                    "reason": "x",
                }
            )
        health = journal_health(db)
    finally:
        db.close()
    assert health.check_ins_without_job == 1
    assert health.double_active == 1
    assert not health.is_healthy


def test_a_second_badge_for_one_person_counts_as_a_second_print() -> None:
    from collections import Counter

    assert second_prints(Counter({(1, 1): 1, (2, 1): 1})) == 0
    assert second_prints(Counter({(1, 1): 2})) == 1
    assert second_prints(Counter({(1, 1): 1, (1, 2): 1, (3, 1): 3})) == 3


def test_a_check_in_without_journal_entry_is_not_written_by_the_service(tmp_path: Path) -> None:
    db = open_database(tmp_path / "k.db")
    try:
        job = PrintJob("j1", 5, 1, "p", JobState.QUEUED)
        journal.record_check_in(db, CheckIn("c1", 5, 22, AT, "k", ScanSource.CLI), job)
        assert journal_health(db).is_healthy
    finally:
        db.close()
