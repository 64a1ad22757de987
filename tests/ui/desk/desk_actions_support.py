"""What the person actions' tests share: a demo home, a real DeskBackend on its worker thread,
a DeskContext signed in with the demo PINs, and the person actions widget on it.

Not a conftest: each test module makes its fixture with ``open_desks`` (the desk's other test
modules keep their own fixtures)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pytestqt.qtbot import QtBot

from kiosk.app import read_settings
from kiosk.core.staff import Attempt, SignIn
from kiosk.desk_app import desk_backend_factory, desk_options
from kiosk.paths import Home
from kiosk.services.demo import init_demo
from kiosk.services.desk import DeskStaff
from kiosk.services.desk_backend import DeskBackend
from kiosk.store import journal, participants
from kiosk.ui.background import ServiceRunner
from kiosk.ui.desk.context import DeskContext
from kiosk.ui.desk.person_actions import PersonActions

T = TypeVar("T")
DESK_PIN = "2022"  # desk-demo: desk staff
SUPERVISOR_PIN = "1975"  # supervisor-demo: supervisor


@dataclass
class Desk:
    """One desk: its context on a real backend, the actions widget, the messages it showed."""

    qtbot: QtBot
    context: DeskContext
    actions: PersonActions
    messages: list[str]
    changed: list[int]

    def on_worker(self, work: Callable[[DeskBackend], T]) -> T:
        """``work`` on the desk's worker thread (its own connection); the answer here."""
        answers: list[T] = []
        failures: list[str] = []
        self.context.runner.run(work, answers.append, failures.append)
        self.qtbot.waitUntil(lambda: bool(answers or failures), timeout=20_000)
        assert not failures, failures
        return answers[0]

    def sign_in(self, pin: str) -> None:
        answer: SignIn = self.on_worker(lambda b: b.sign_in(pin))
        assert answer.attempt is Attempt.OK
        assert answer.role is not None
        self.context.set_staff(DeskStaff(answer.staff_id, answer.role))

    def show(self, registration_id: int) -> None:
        """Show a registration as the People page does: the person, valid badge, open job."""

        def load(b: DeskBackend) -> tuple[object, int | None, str | None]:
            job = journal.open_job_for(b.db, registration_id)
            return (
                participants.get_participant(b.db, registration_id),
                journal.active_badge_version(b.db, registration_id),
                job.id if job is not None else None,
            )

        person, valid, job_id = self.on_worker(load)
        self.actions.show_person(person, valid, job_id)  # type: ignore[arg-type]

    def idle(self) -> None:
        """Wait until the worker has answered everything asked before."""
        self.on_worker(lambda _b: None)


def open_desks(
    qtbot: QtBot, folder: Path, printer_uri: str = ""
) -> Iterator[Callable[[str], Desk]]:
    """A demo home in ``folder`` (its printer ``printer_uri`` if given); yields a maker of
    desks on it (signed in with a PIN), all sharing its database; stops their workers after."""
    home = Home(folder / "home")
    init_demo(home, count=20)
    if printer_uri:
        settings_file = home.root / "settings.toml"
        text = settings_file.read_text(encoding="utf-8")
        demo_printer = 'uri = "file:prints?format=png,pdf"'
        assert demo_printer in text
        settings_file.write_text(
            text.replace(demo_printer, f'uri = "{printer_uri}"'), encoding="utf-8"
        )
    runners: list[ServiceRunner[DeskBackend]] = []
    settings = read_settings(home)
    factory = desk_backend_factory(home, settings)  # one clock for every desk

    def make(pin: str) -> Desk:
        runner = ServiceRunner(factory, name="desk test worker")
        runners.append(runner)
        context = DeskContext(runner, desk_options(home, settings))
        actions = PersonActions(context)
        qtbot.addWidget(actions)
        desk = Desk(qtbot, context, actions, [], [])
        context.message.connect(desk.messages.append)
        actions.changed.connect(desk.changed.append)
        desk.sign_in(pin)
        actions.resize(900, 200)
        actions.show()
        return desk

    yield make
    for runner in runners:
        assert runner.stop(timeout_s=120)  # a loaded machine: a QThread destroyed running aborts
