"""Print jobs end to end on a real database: retry, reroute, cancel, reprint, crash recovery."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from wsis_event import CATEGORIES, EVENT

from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.credentials import Credential, PublicKey, public_from_private, sign_credential
from kiosk.core.model import Participant, ParticipantStatus, ScanSource
from kiosk.printing.base import (
    PrinterError,
    PrinterState,
    PrinterStatus,
    PrintResult,
    RenderedBadge,
)
from kiosk.services.badges import BadgeDesigner
from kiosk.services.check_in import CheckInService
from kiosk.services.printing import (
    ASK_STAFF,
    PrinterSet,
    PrintJobError,
    PrintJobs,
    PrintSetup,
    recover_interrupted,
)
from kiosk.settings import SettingsError, load_settings
from kiosk.store import Database, events, journal, keys, open_database, participants
from kiosk.store.journal import JobState

KEY = bytes(range(32))
PEOPLE = [
    Participant(101, 22, "Amina", "Diallo", "Amina Diallo", category="DEL", country="SN"),
    Participant(102, 22, "Wei", "Li", "李伟", native_name="李伟", category="DEL"),
    Participant(103, 22, "Olga", "Ivanova", "Ольга", status=ParticipantStatus.REVOKED),
]
NOW = datetime(2022, 5, 30, 6, 45, tzinfo=UTC)


class Printer:
    """Records badges; ``failures`` says how many of the next prints fail."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self.printed: list[RenderedBadge] = []
        self.failures = 0

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        if self.failures:
            self.failures -= 1
            raise PrinterError(f"{self.uri}: paper out")
        self.printed.append(badge)
        return PrintResult(self.uri, (f"/prints/{badge.content.registration_id}.png",))

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.ONLINE)


def make_db(path: Path) -> Database:
    db = open_database(path)
    events.save_event(db, EVENT, CATEGORIES)
    participants.save_participants(db, PEOPLE)
    keys.save_key(db, PublicKey(1, public_from_private(KEY)))
    return db


def code_for(registration_id: int) -> str:
    return sign_credential(Credential(1, 22, registration_id, 1, 0, NOW), KEY)


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = make_db(tmp_path / "kiosk.db")
    yield database
    database.close()


@pytest.fixture
def printers() -> tuple[Printer, Printer]:
    return Printer("test://hall-a"), Printer("test://desk")


def jobs_for(db: Database, printers: tuple[Printer, Printer], retries: int = 0) -> PrintJobs:
    designer = BadgeDesigner(EVENT, CATEGORIES)
    setup = PrintSetup.of(PrinterSet.of(*printers), BADGE_SIZES["a6"], retries=retries)
    return PrintJobs(db, setup, designer, "k1", lambda: NOW)


def check_in(db: Database, printers: tuple[Printer, Printer], retries: int = 0) -> CheckInService:
    setup = PrintSetup.of(PrinterSet.of(*printers), BADGE_SIZES["a6"], retries=retries)
    return CheckInService(db, setup, "k1", lambda: NOW)


def test_the_job_is_journalled_before_a_byte_is_sent(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, int]] = []

    class Watching(Printer):
        def print_badge(self, badge: RenderedBadge) -> PrintResult:
            other = open_database(tmp_path / "kiosk.db")  # what a crash right now would leave
            seen.extend((j.state.value, j.attempts) for j in journal.open_jobs(other))
            other.close()
            return super().print_badge(badge)

    service = check_in(db, (Watching("test://hall-a"), Printer("test://desk")))
    assert service.scan(code_for(101), ScanSource.SCANNER).is_success
    assert seen == [("sent", 1)]


def test_a_failed_print_goes_to_the_fallback_printer(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, desk = printers
    hall.failures = 1
    result = check_in(db, printers).scan(code_for(101), ScanSource.SCANNER)
    assert (result.is_success, result.printed) == (True, ("/prints/101.png",))
    assert (len(hall.printed), len(desk.printed)) == (0, 1)
    done = journal.jobs_in_state(db, JobState.DONE)
    assert [(j.printer, j.attempts) for j in done] == [("test://desk", 2)]
    assert journal.badge_records(db, 101)[0].issue.printer == "test://desk"


def test_retries_stay_on_the_same_printer_first(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, desk = printers
    hall.failures = 1
    assert check_in(db, printers, retries=1).scan(code_for(101), ScanSource.SCANNER).is_success
    assert (len(hall.printed), len(desk.printed)) == (1, 0)
    assert journal.jobs_in_state(db, JobState.DONE)[0].attempts == 2


def test_when_every_printer_fails_the_job_waits_for_staff(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, desk = printers
    hall.failures = desk.failures = 1
    result = check_in(db, printers).scan(code_for(101), ScanSource.SCANNER)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.print_error == "test://desk: paper out"
    failed = journal.jobs_in_state(db, JobState.FAILED)
    assert [(j.registration_id, j.attempts, j.error) for j in failed] == [
        (101, 2, "test://desk: paper out")
    ]
    outcome = jobs_for(db, printers).retry(failed[0].id[:6])
    assert outcome.printed
    assert (outcome.job.printer, outcome.job.attempts) == ("test://desk", 3)
    assert len(desk.printed) == 1
    audit = journal.recent_audit(db, 1)[0]
    assert (audit.action, audit.outcome, audit.registration_id) == ("print-retry", "done", 101)


def test_a_rescan_prints_the_waiting_job_instead_of_a_new_one(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, desk = printers
    hall.failures = desk.failures = 1
    service = check_in(db, printers)
    assert not service.scan(code_for(101), ScanSource.SCANNER).is_success
    again = service.scan(code_for(101), ScanSource.SCANNER)
    assert (again.is_success, again.badge_version) == (True, 1)
    assert journal.count_check_ins(db) == 1
    assert len(journal.recent_jobs(db)) == 1
    assert service.scan(code_for(101), ScanSource.SCANNER).outcome is Outcome.ALREADY_COLLECTED


def test_staff_reroute_to_a_configured_printer_only(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, desk = printers
    hall.failures = desk.failures = 1
    check_in(db, printers).scan(code_for(101), ScanSource.SCANNER)
    jobs = jobs_for(db, printers)
    job_id = journal.jobs_in_state(db, JobState.FAILED)[0].id
    with pytest.raises(PrintJobError, match=r"not a configured printer.*1: test://hall-a"):
        jobs.reroute(job_id, "test://elsewhere")
    outcome = jobs.reroute(job_id, "1")  # by its number in `kiosk printers`
    assert outcome.printed
    assert outcome.job.printer == "test://hall-a"
    assert len(hall.printed) == 1


def test_cancel_prints_nothing_and_frees_the_person(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, desk = printers
    hall.failures = desk.failures = 1
    check_in(db, printers).scan(code_for(101), ScanSource.SCANNER)
    jobs = jobs_for(db, printers)
    job_id = journal.jobs_in_state(db, JobState.FAILED)[0].id
    cancelled = jobs.cancel(job_id, "printed at the desk by hand")
    assert (cancelled.state, cancelled.error) == (JobState.CANCELLED, "printed at the desk by hand")
    assert journal.open_job_for(db, 101) is None
    with pytest.raises(PrintJobError, match="it is cancelled"):
        jobs.retry(job_id)
    assert hall.printed == desk.printed == []


def test_a_reprint_raises_the_version_and_deactivates_the_old_badge(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, _ = printers
    check_in(db, printers).scan(code_for(101), ScanSource.SCANNER)
    outcome = jobs_for(db, printers).reprint(101, "  lost   at the gala dinner ")
    assert outcome.printed
    assert [b.content.qr_text for b in hall.printed] == ["B1-101-1", "B1-101-2"]
    records = journal.badge_records(db, 101)
    assert [(r.issue.badge_version, r.is_active, r.issue.reason) for r in records] == [
        (1, False, "first"),
        (2, True, "lost at the gala dinner"),
    ]
    assert journal.active_badge_version(db, 101) == 2


def test_a_failed_reprint_keeps_the_old_badge_active_until_it_prints(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, desk = printers
    jobs = jobs_for(db, printers)
    check_in(db, printers).scan(code_for(101), ScanSource.SCANNER)
    hall.failures = desk.failures = 1
    failed = jobs.reprint(101, "damaged")
    assert (failed.printed, failed.job.state, failed.job.badge_version) == (
        False,
        JobState.FAILED,
        2,
    )
    assert journal.active_badge_version(db, 101) == 1
    with pytest.raises(PrintJobError, match=r"already has a print job .* \(failed\)"):
        jobs.reprint(101, "damaged, again")
    assert jobs.retry(failed.job.id).printed
    assert journal.active_badge_version(db, 101) == 2


@pytest.mark.parametrize(
    ("registration_id", "reason", "message"),
    [
        (101, "", "needs a reason"),
        (101, " \t ", "needs a reason"),
        (101, "x" * 201, "needs a reason of 1 to 200"),
        (999, "lost", "999 is not on this kiosk's roster"),
        (103, "lost", "103 is revoked: no badge may be printed"),
    ],
    ids=["no reason", "blank reason", "reason too long", "unknown person", "revoked"],
)
def test_a_reprint_that_may_not_happen_says_why(
    db, printers, registration_id, reason, message
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PrintJobError, match=message):
        jobs_for(db, printers).reprint(registration_id, reason)
    assert journal.recent_jobs(db) == []
    assert printers[0].printed == printers[1].printed == []


@pytest.mark.parametrize(
    ("reference", "message"),
    [("", "no print job matches"), ("abc", "no print job matches"), ("zzzzzz", "no print job")],
)
def test_unknown_job_references_are_refused(db, printers, reference, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PrintJobError, match=message):
        jobs_for(db, printers).cancel(reference)


def test_after_a_stop_mid_print_staff_decide_and_the_kiosk_never_reprints(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, _ = printers
    jobs = jobs_for(db, printers)
    job = jobs.new_job(jobs.designer.content(101, 1, participants.get_participant(db, 101)))
    journal.add_job(db, job, NOW)
    journal.mark_sent(db, job.id, "test://hall-a", NOW)  # then the power went off
    assert [j.id for j in recover_interrupted(db, NOW, "k1")] == [job.id]
    result = check_in(db, printers).scan(code_for(101), ScanSource.SCANNER)
    assert (result.outcome, result.print_error) == (Outcome.CHECKED_IN, ASK_STAFF)
    assert result.print_unconfirmed
    assert hall.printed == []
    answered = jobs.answer(job.id, came_out=True)
    assert answered.state is JobState.DONE
    assert journal.active_badge_version(db, 101) == 1
    assert hall.printed == []
    with pytest.raises(PrintJobError, match=r"cannot answer job .* it is done"):
        jobs.answer(job.id, came_out=False)


def test_did_not_come_out_requeues_the_same_version(db, printers) -> None:  # type: ignore[no-untyped-def]
    hall, _ = printers
    jobs = jobs_for(db, printers)
    job = jobs.new_job(jobs.designer.content(102, 1, participants.get_participant(db, 102)))
    journal.add_job(db, job, NOW)
    journal.mark_sent(db, job.id, "test://hall-a", NOW)
    recover_interrupted(db, NOW, "k1")
    assert jobs.answer(job.id[:8], came_out=False).state is JobState.QUEUED
    assert jobs.retry(job.id).printed
    assert [b.content.qr_text for b in hall.printed] == ["B1-102-1"]


# --- a real crash: a kiosk process killed while its printer is busy ---------------------------

_BLOCKED_KIOSK = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from kiosk.core.badge_layout import BADGE_SIZES
    from kiosk.core.model import ScanSource
    from kiosk.printing.base import PrinterState, PrinterStatus
    from kiosk.services.check_in import CheckInService
    from kiosk.services.printing import PrintSetup
    from kiosk.store import open_database

    class BlockedPrinter:
        uri = "test://hall-a"

        def print_badge(self, badge):
            print("printing", badge.content.registration_id, flush=True)
            sys.stdin.read()  # the printer never answers; the test kills this process here

        def status(self):
            return PrinterStatus(PrinterState.UNKNOWN)

    now = datetime(2022, 5, 30, 6, 45, tzinfo=UTC)
    db = open_database(sys.argv[1])
    CheckInService(db, PrintSetup.of(BlockedPrinter(), BADGE_SIZES["a6"]), "k1", lambda: now).scan(
        sys.argv[2], ScanSource.SCANNER
    )
    """
)


def _read_line(process: subprocess.Popen[str], timeout_s: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout_s):
            raise AssertionError(f"the kiosk process said nothing in {timeout_s} s")
    return process.stdout.readline().strip()


def test_a_kiosk_killed_mid_print_loses_nothing_and_prints_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    make_db(path).close()
    with subprocess.Popen(
        [sys.executable, "-c", _BLOCKED_KIOSK, str(path), code_for(102)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    ) as process:
        try:
            assert _read_line(process, 60) == "printing 102"
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(30)
    assert process.returncode == -signal.SIGKILL
    db = open_database(path)  # the next start of the kiosk
    try:
        assert journal.count_check_ins(db) == 1
        assert [(j.registration_id, j.state) for j in journal.open_jobs(db)] == [
            (102, JobState.SENT)
        ]
        stuck = recover_interrupted(db, NOW, "k1")
        assert [(j.registration_id, j.state) for j in stuck] == [(102, JobState.UNCONFIRMED)]
        hall, desk = Printer("test://hall-a"), Printer("test://desk")
        rescan = check_in(db, (hall, desk)).scan(code_for(102), ScanSource.SCANNER)
        assert rescan.print_error == ASK_STAFF
        assert hall.printed == desk.printed == []
        jobs = jobs_for(db, (hall, desk))
        jobs.answer(stuck[0].id, came_out=False)
        assert jobs.retry(stuck[0].id).printed
        assert [b.content.badge_name for b in hall.printed] == ["李伟"]
        assert journal.active_badge_version(db, 102) == 1
    finally:
        db.close()


# --- configuration ---------------------------------------------------------------------------


def test_printers_come_from_settings_in_order(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        '[printer]\nuri = "fake://"\nfallback = ["file:prints?format=png,pdf", "fake://?b"]\n'
        "retries = 2\n",
        encoding="utf-8",
    )
    settings = load_settings(path, environ={})
    assert settings.printer_fallback == ("file:prints?format=png,pdf", "fake://?b")
    assert settings.printer_retries == 2
    one = load_settings(path, environ={"KIOSK_PRINTER_FALLBACK": "fake://?x"})
    assert one.printer_fallback == ("fake://?x",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("retries = 9", r"\[printer\] retries must be from 0 to 5"),
        ('retries = "two"', r"bad value for \[printer\] retries"),
        ("retries = 1.5", r"bad value for \[printer\] retries"),
        ("fallback = 3", r"bad value for \[printer\] fallback"),
    ],
)
def test_bad_printer_settings_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f"[printer]\n{text}\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(path, environ={})


def test_a_printer_set_needs_a_printer() -> None:
    with pytest.raises(PrinterError, match="No printer is configured"):
        PrinterSet(["", "  "], lambda uri: Printer(uri))


def test_an_unconfigured_printer_is_not_opened(printers) -> None:  # type: ignore[no-untyped-def]
    chosen = PrinterSet.of(*printers)
    assert chosen.route("test://desk") == ("test://desk", "test://hall-a")
    with pytest.raises(PrinterError, match="no longer configured"):
        chosen.get("test://gone")
