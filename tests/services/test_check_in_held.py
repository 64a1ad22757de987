"""Check-in while no printer can print: the person is checked in, the badge waits (a queued job)
for the desk or their next scan, and "already collected" stays right throughout."""

from __future__ import annotations

from test_check_in import code_for, setup  # noqa: F401 - the fixture is used by name

from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.printing.base import PrinterError
from kiosk.store import journal
from kiosk.store.journal import JobState


def test_a_held_check_in_is_journalled_with_a_queued_job_and_prints_nothing(setup) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    service, db, printer = setup

    result = service.scan(code_for(101), ScanSource.SCANNER, hold_print=True)

    assert (result.outcome, result.print_held, result.journalled) == (
        Outcome.CHECKED_IN,
        True,
        True,
    )
    assert result.is_success
    assert not result.print_error
    assert not result.printed
    assert printer.printed == []
    assert journal.count_check_ins(db) == 1
    job = journal.open_job_for(db, 101)
    assert job is not None
    assert (job.state, job.attempts, job.badge_version) == (JobState.QUEUED, 0, 1)
    assert "print held for the desk" in journal.recent_audit(db, 1)[0].detail


def test_scanning_again_while_held_checks_in_once_and_keeps_one_job(setup) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    service, db, printer = setup
    service.scan(code_for(101), ScanSource.SCANNER, hold_print=True)

    again = service.scan(code_for(101), ScanSource.SCANNER, hold_print=True)

    assert (again.outcome, again.print_held, again.journalled) == (Outcome.CHECKED_IN, True, False)
    assert journal.count_check_ins(db) == 1
    assert len(journal.open_jobs(db)) == 1
    assert printer.printed == []


def test_when_the_printer_is_back_the_next_scan_prints_the_held_badge_once(setup) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    service, db, printer = setup
    service.scan(code_for(101), ScanSource.SCANNER, hold_print=True)

    back = service.scan(code_for(101), ScanSource.SCANNER)
    after = service.scan(code_for(101), ScanSource.SCANNER)

    assert (back.outcome, back.badge_version, back.print_held) == (Outcome.CHECKED_IN, 1, False)
    assert len(printer.printed) == 1
    assert after.outcome is Outcome.ALREADY_COLLECTED
    assert journal.count_check_ins(db) == 1


def test_the_desk_prints_the_held_badge_and_the_kiosk_then_says_collected(setup) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    service, db, printer = setup
    service.scan(code_for(102), ScanSource.SCANNER, hold_print=True)
    job = journal.open_job_for(db, 102)
    assert job is not None

    outcome = service.jobs.retry(job.id[:8])

    assert outcome.printed
    assert [b.content.registration_id for b in printer.printed] == [102]
    later = service.scan(code_for(102), ScanSource.SCANNER, hold_print=True)
    assert later.outcome is Outcome.ALREADY_COLLECTED
    assert len(printer.printed) == 1


def test_a_printer_unplugged_mid_badge_leaves_the_job_for_the_desk(setup) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    service, db, printer = setup
    printer.error = PrinterError("the printer at 10.0.0.21:9100 broke off: the badge may be cut")

    first = service.scan(code_for(102), ScanSource.SCANNER)
    held = service.scan(code_for(102), ScanSource.SCANNER, hold_print=True)

    assert first.outcome is Outcome.CHECKED_IN
    assert "broke off" in first.print_error
    assert not first.is_success
    job = journal.open_job_for(db, 102)
    assert job is not None
    assert job.state is JobState.FAILED
    assert held.print_held  # not sent again while no printer can print
    assert not held.print_error
    assert journal.open_job_for(db, 102) == job
    printer.error = None
    assert service.scan(code_for(102), ScanSource.SCANNER).printed
    assert journal.count_check_ins(db) == 1


def test_refusals_are_not_changed_by_a_missing_printer(setup) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    service, db, _ = setup
    revoked = service.scan(code_for(104), ScanSource.SCANNER, hold_print=True)

    assert revoked.outcome is Outcome.REVOKED
    assert not revoked.print_held
    assert journal.count_check_ins(db) == 0
