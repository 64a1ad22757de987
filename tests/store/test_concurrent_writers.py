"""Issue 7, defect 2: several processes writing the journal of one database wait for each other
instead of failing with "database is locked" (every write transaction begins IMMEDIATE)."""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.core.model import BadgeIssue, CheckIn, ScanSource
from kiosk.store import journal, open_database
from kiosk.store.journal import AuditEntry, JobState, PrintJob

PROCESSES = 8
ROUNDS = 60  # check-in, claim, print, audit per round: about 2,000 write transactions in all
PEOPLE = 120
AT = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)


def write_journal(path: str, seed: int, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """One kiosk process: check people in and print their badges, as fast as it can."""
    rng = random.Random(seed)
    db = open_database(path)
    errors: list[str] = []
    for n in range(ROUNDS):
        reg = rng.randrange(PEOPLE)
        at = AT + timedelta(seconds=seed * 1000 + n)
        try:
            _one_round(db, reg, at, f"k{seed}")
        except sqlite3.OperationalError as exc:  # "database is locked"
            errors.append(str(exc))
        except Exception as exc:  # the store's own error for the same failure
            errors.append(f"{type(exc).__name__}: {exc}")
    db.close()
    results.put(errors)


def _one_round(db, reg: int, at: datetime, kiosk: str) -> None:  # type: ignore[no-untyped-def]
    journal.add_audit(db, AuditEntry(at, kiosk, "scan", "checked-in", reg, "cli"))
    if journal.badge_records(db, reg) or journal.open_job_for(db, reg) is not None:
        return
    job = PrintJob(str(uuid.uuid4()), reg, 1, "test://p", JobState.QUEUED, kiosk_id=kiosk)
    check_in = CheckIn(str(uuid.uuid4()), reg, 22, at, kiosk, ScanSource.CLI)
    try:
        if journal.record_check_in(db, check_in, job) is not None:
            return  # another process got there first: nothing written
    except sqlite3.IntegrityError:
        return  # (before issue 7) the open-job index refused the second job
    if journal.mark_sent(db, job.id, "test://p", at):
        issue = BadgeIssue(str(uuid.uuid4()), reg, 1, at, kiosk, "test://p")
        journal.record_badge_printed(db, job, issue)


def test_eight_processes_and_a_thread_write_one_journal_without_a_lock_error(
    tmp_path: Path,
) -> None:
    path = str(tmp_path / "kiosk.db")
    open_database(path).close()
    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue = context.Queue()  # type: ignore[type-arg]
    workers = [
        context.Process(target=write_journal, args=(path, seed, results))
        for seed in range(1, PROCESSES + 1)
    ]
    for worker in workers:
        worker.start()
    thread = threading.Thread(target=write_journal, args=(path, 0, results))
    thread.start()
    errors = [error for _ in range(PROCESSES + 1) for error in results.get(timeout=120)]
    thread.join()
    for worker in workers:
        worker.join()
        assert worker.exitcode == 0
    assert errors == []
    db = open_database(path)
    try:
        check_ins = journal.count_check_ins(db)
        printed = db.execute("SELECT count(*), count(DISTINCT registration_id) FROM badge_prints")
        total, people = printed.fetchone()
    finally:
        db.close()
    assert check_ins == people == total  # one check-in and one badge per person, no more
    assert check_ins > PEOPLE // 2
