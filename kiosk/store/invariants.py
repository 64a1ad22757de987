"""What must hold in a kiosk database whatever happened to the process: the soak commands and the
concurrency tests check these after every SIGKILL and every race (docs/print-journal.md)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True, slots=True)
class JournalHealth:
    """Counts of broken promises; all zero (and integrity "ok") in a healthy database."""

    integrity: str  # PRAGMA integrity_check's first line
    check_ins: int
    check_ins_without_job: int  # a check-in whose print intent is missing
    jobs_without_check_in: int  # a first print with no check-in behind it
    double_active: int  # registrations with two active badge versions
    double_versions: int  # a badge version with two print jobs that are not cancelled
    double_check_ins: int  # registrations checked in twice with no cancelled job between

    @property
    def is_healthy(self) -> bool:
        problems = (
            self.check_ins_without_job,
            self.jobs_without_check_in,
            self.double_active,
            self.double_versions,
            self.double_check_ins,
        )
        return self.integrity == "ok" and not any(problems)


def journal_health(db: sqlite_utils.Database) -> JournalHealth:
    """Check the database and the journal's promises in one read."""
    return JournalHealth(
        integrity=str(db.execute("PRAGMA integrity_check").fetchone()[0]),
        check_ins=_count(db, "SELECT count(*) FROM checkins"),
        check_ins_without_job=_count(
            db,
            "SELECT count(*) FROM checkins AS c WHERE NOT EXISTS (SELECT 1 FROM print_jobs AS j "
            "WHERE j.registration_id = c.registration_id AND j.created_at = c.at)",
        ),
        jobs_without_check_in=_count(
            db,
            "SELECT count(*) FROM print_jobs AS j WHERE j.reason = 'first' AND NOT EXISTS "
            "(SELECT 1 FROM checkins AS c WHERE c.registration_id = j.registration_id "
            "AND c.at = j.created_at)",
        ),
        double_active=_count(
            db,
            "SELECT count(*) FROM (SELECT registration_id FROM badge_prints "
            "WHERE deactivated_at IS NULL GROUP BY registration_id HAVING count(*) > 1)",
        ),
        double_versions=_count(
            db,
            "SELECT count(*) FROM (SELECT 1 FROM print_jobs WHERE state != 'cancelled' "
            "GROUP BY registration_id, badge_version HAVING count(*) > 1)",
        ),
        double_check_ins=_count(
            db,
            "SELECT count(*) FROM (SELECT registration_id FROM checkins GROUP BY registration_id "
            "HAVING count(*) > 1 + (SELECT count(*) FROM print_jobs AS j WHERE "
            "j.registration_id = checkins.registration_id AND j.state = 'cancelled'))",
        ),
    )


def _count(db: sqlite_utils.Database, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0])
