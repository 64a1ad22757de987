"""A demo home behind a real desk backend, with two printers (a fake one staff can make fail
and a file printer) and helpers that make each kind of exception through the real services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from kiosk.app import read_settings
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.credentials import Credential, sign_credential
from kiosk.core.model import ScanSource
from kiosk.core.staff import Attempt, Role, SignIn, parse_credentials
from kiosk.paths import Home
from kiosk.printing.base import PrinterError, PrinterState
from kiosk.printing.fake import FakePrinter
from kiosk.printing.uri import open_printer
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_KEY_ID, demo_private_key, init_demo
from kiosk.services.desk import DeskService, DeskStaff
from kiosk.services.desk_backend import DeskBackend, desk_backend
from kiosk.services.printing import PrinterSet, PrintSetup, recover_interrupted
from kiosk.store import Database, events, journal, open_database, outbox, participants
from kiosk.ui.background import ServiceRunner
from kiosk.ui.desk.context import DeskContext, DeskOptions

# Monday 30 May 2022, 10:00 in Geneva (UTC+2)
MONDAY_10H = datetime(2022, 5, 30, 8, 0, tzinfo=UTC)
DESK_PIN = "2022"  # desk-demo, desk staff
UNKNOWN_REGISTRATION = 987_654
PAPER_OUT = PrinterError("The printer reports: paper-out.", PrinterState.PAPER_OUT)


class MovingClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@dataclass
class QueueHome:
    """The demo home, its two printers, the desk's runner and context, and a kiosk beside it."""

    home: Home
    clock: MovingClock
    fake: FakePrinter  # the main printer: set fail_with / reported to make it refuse
    runner: ServiceRunner[DeskBackend]
    context: DeskContext
    db: Database  # the test's own connection (the desk's lives on its worker thread)
    kiosk: CheckInService  # a kiosk on the same database, printing through ``fake``
    people: list[int]  # registered people, none checked in yet

    second_uri: str  # the second printer: a file printer in the home's second/

    def code(self, registration_id: int) -> str:
        """A signed registration code, as the confirmation e-mail carries."""
        event = events.load_event(self.db)
        assert event is not None
        numbers = {c.code: c.number for c in events.load_categories(self.db, event.id)}
        person = participants.get_participant(self.db, registration_id)
        category = numbers.get(person.category, 1) if person else 1
        reissue = person.reissue if person else 0
        credential = Credential(
            DEMO_KEY_ID, event.id, registration_id, category, reissue, self.clock()
        )
        return sign_credential(credential, demo_private_key(self.home))

    def checked_in_held(self, registration_id: int) -> str:
        """A kiosk checks the person in while no printer can print: the job waits (queued)."""
        result = self.kiosk.scan(self.code(registration_id), ScanSource.SCANNER, hold_print=True)
        assert result.is_success, result
        job = journal.open_job_for(self.db, registration_id)
        assert job is not None
        return job.id

    def interrupted(self, registration_id: int) -> str:
        """A kiosk stopped while the badge was being sent: the job is unconfirmed."""
        job_id = self.checked_in_held(registration_id)
        assert journal.mark_sent(self.db, job_id, self.fake.uri, self.clock())
        assert recover_interrupted(self.db, self.clock(), "kiosk-a")
        return job_id

    def failed(self, registration_id: int) -> str:
        """A kiosk's print fails: the main printer is out of paper (no fallback at the kiosk)."""
        self.fake.fail_with = PAPER_OUT
        result = self.kiosk.scan(self.code(registration_id), ScanSource.SCANNER)
        self.fake.fail_with = None
        assert result.print_error, result
        job = journal.open_job_for(self.db, registration_id)
        assert job is not None
        return job.id

    def refused(self, registration_id: int = UNKNOWN_REGISTRATION) -> None:
        """A scan the kiosk refuses and sends to the desk (not on the roster, by default)."""
        result = self.kiosk.scan(self.code(registration_id), ScanSource.SCANNER)
        assert not result.is_success

    def name_conflict(self, registration_id: int) -> None:
        """Two desks correct one badge name from the same old name: a name-edit conflict."""
        person = participants.get_participant(self.db, registration_id)
        assert person is not None
        other = open_database(self.home.database)
        try:
            for db, kiosk, name in ((self.db, "desk-2", "Name One"), (other, "desk-3", "Name Two")):
                desk = DeskService(db, None, kiosk, self.clock)
                staff = DeskStaff("maria", Role.DESK)
                desk.correct_name(staff, registration_id, name, person.badge_name, "misspelt")
                self.clock.at += timedelta(seconds=5)
        finally:
            other.close()

    def rejected(self, registration_id: int) -> None:
        """The registry refuses this machine's check-in of the person."""
        self.checked_in_held(registration_id)
        checkins = [e for e in outbox.pending_entries(self.db, 1000) if e.kind.value == "checkin"]
        entry = checkins[-1]
        outbox.reject(self.db, [(entry.id, "registration closed at the registry")])

    def later(self, minutes: int = 2) -> None:
        self.clock.at += timedelta(minutes=minutes)


def make_queue_home(home: Home) -> QueueHome:
    """init-demo (40 people), a desk backend on its worker thread and a kiosk beside it."""
    init_demo(home, count=40)
    settings = read_settings(home)
    clock = MovingClock(MONDAY_10H)
    fake = FakePrinter(uri="fake://main")
    second = open_printer("file:second?format=png", base_dir=home.root)
    size = BADGE_SIZES[settings.badge_size]
    credentials = parse_credentials(settings.staff_credentials)

    def build() -> DeskBackend:
        setup = PrintSetup(PrinterSet.of(fake, second), size)
        service = CheckInService(open_database(home.database), setup, "desk-1", clock)
        return desk_backend(service, "desk-1", clock, credentials)

    runner: ServiceRunner[DeskBackend] = ServiceRunner(build, name="desk worker")
    options = DeskOptions(kiosk_id="desk-1", timezone="Europe/Zurich", event_title="WSIS")
    context = DeskContext(runner, options)
    db = open_database(home.database)
    # The kiosk prints on the main printer only, so a failure there stays failed for the desk.
    kiosk = CheckInService(db, PrintSetup(PrinterSet.of(fake), size), "kiosk-a", clock)
    registered = [
        p.registration_id
        for p in participants.iter_participants(db)
        if p.status.value == "registered" and p.badge_name
    ]
    return QueueHome(home, clock, fake, runner, context, db, kiosk, registered, second.uri)


def sign_in(qtbot: QtBot, context: DeskContext) -> None:
    """Sign desk-demo in through the real sign-in (scrypt on the worker thread)."""
    answers: list[object] = []
    context.runner.run(lambda backend: backend.sign_in(DESK_PIN), answers.append, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=30_000)
    answer = answers[0]
    assert isinstance(answer, SignIn), answer
    assert answer.attempt is Attempt.OK, answer
    assert answer.role is not None
    context.set_staff(DeskStaff(answer.staff_id, answer.role))
