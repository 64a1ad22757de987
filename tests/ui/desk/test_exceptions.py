"""The desk's Exceptions page on a demo home with real services: each kind of exception shows
with its words, and each answer does what it says, is audited with the staff id and leaves the
list. Driven in English, Arabic and Chinese."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from queue_home import PAPER_OUT, UNKNOWN_REGISTRATION, QueueHome, make_queue_home, sign_in

from kiosk.core.checkin import Outcome
from kiosk.core.staff import Role
from kiosk.paths import Home
from kiosk.printing.base import PrinterState
from kiosk.services.desk import DeskStaff
from kiosk.services.exceptions import ExceptionKind
from kiosk.store import journal
from kiosk.store.journal import JobState
from kiosk.ui.desk.exception_words import kind_words
from kiosk.ui.desk.exceptions import MAX_ROWS, ExceptionsPanel
from kiosk.ui.i18n import install_language
from kiosk.ui.messages import outcome_text, printer_text

LANGUAGES = ["en", "ar", "zh"]


@pytest.fixture
def queue(tmp_path: Path) -> Iterator[QueueHome]:
    made = make_queue_home(Home(tmp_path / "home"))
    yield made
    assert made.runner.stop()
    made.db.close()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    install_language(qapp, request.param)
    return str(request.param)


@pytest.fixture
def messages(queue: QueueHome) -> list[str]:
    said: list[str] = []
    queue.context.message.connect(said.append)
    return said


def shown(qtbot: QtBot, queue: QueueHome) -> ExceptionsPanel:
    panel = ExceptionsPanel(queue.context)
    qtbot.addWidget(panel)
    panel.resize(1280, 760)
    panel.show()
    sign_in(qtbot, queue.context)
    panel.activate()
    return panel


def row_shown(qtbot: QtBot, panel: ExceptionsPanel, kind: ExceptionKind, person: int | None) -> int:
    qtbot.waitUntil(lambda: panel.row_of(kind, person) >= 0, timeout=20_000)
    return panel.row_of(kind, person)


def click(panel: ExceptionsPanel, row: int, name: str) -> None:
    button = panel.button(row, name)
    assert isinstance(button, QPushButton), name
    assert button.isEnabled()
    button.click()


def staff_lines(queue: QueueHome, action: str) -> list[tuple[object, ...]]:
    return queue.db.execute(
        "SELECT staff_id, kiosk_id, outcome, reason, registration_id FROM audit "
        "WHERE action = ? ORDER BY id",
        [action],
    ).fetchall()


def audit_text(queue: QueueHome) -> str:
    rows = queue.db.execute("SELECT * FROM audit").fetchall()
    return json.dumps(rows, ensure_ascii=False)


def cell(panel: ExceptionsPanel, row: int, column: int) -> str:
    item = panel.table.item(row, column)
    assert item is not None
    return item.text()


def test_an_interrupted_print_shows_and_yes_records_it_printed(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    person = queue.people[0]
    job_id = queue.interrupted(person)
    panel = shown(qtbot, queue)
    row = row_shown(qtbot, panel, ExceptionKind.UNCONFIRMED, person)
    assert cell(panel, row, 0) == kind_words(ExceptionKind.UNCONFIRMED)
    if language != "en":
        assert cell(panel, row, 0) != "Print interrupted"  # translated
    assert cell(panel, row, 1) == "10:00"  # the event's zone (Geneva), not UTC
    assert cell(panel, row, 2) == "kiosk-a"
    assert cell(panel, row, 3) == str(person)
    name = cell(panel, row, 4)
    assert name  # from the roster
    assert "1" in panel.title()  # "Exceptions (1)", "待处理事项（1）"
    click(panel, row, "job-yes")
    qtbot.waitUntil(lambda: panel.row_of(ExceptionKind.UNCONFIRMED, person) < 0, timeout=20_000)
    job = journal.get_job(queue.db, job_id)
    assert job is not None
    assert job.state is JobState.DONE
    assert journal.active_badge_version(queue.db, person) == job.badge_version
    assert staff_lines(queue, "desk-job-answer") == [
        ("desk-demo", "desk-1", "done", "came out", person)
    ]
    assert name not in audit_text(queue)  # no names in the audit
    assert "1" not in panel.title()


def test_no_requeues_an_interrupted_print_for_the_desk(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    person = queue.people[1]
    queue.interrupted(person)
    queue.later()  # the job was queued long ago: "No" puts it back as waiting for the desk
    panel = shown(qtbot, queue)
    click(panel, row_shown(qtbot, panel, ExceptionKind.UNCONFIRMED, person), "job-no")
    row = row_shown(qtbot, panel, ExceptionKind.WAITING, person)
    assert staff_lines(queue, "desk-job-answer")[0][3] == "did not come out"
    click(panel, row, "job-print-now")
    qtbot.waitUntil(lambda: panel.row_of(ExceptionKind.WAITING, person) < 0, timeout=20_000)
    assert [b.content.registration_id for b in queue.fake.printed] == [person]
    assert staff_lines(queue, "desk-job-print") == [
        ("desk-demo", "desk-1", "printed", "fake://main", person)
    ]


def test_a_failed_print_is_retried_once_the_printer_has_paper(
    qtbot: QtBot, queue: QueueHome, language: str, messages: list[str]
) -> None:
    person = queue.people[2]
    job_id = queue.failed(person)
    panel = shown(qtbot, queue)
    row = row_shown(qtbot, panel, ExceptionKind.FAILED, person)
    assert "paper-out" in cell(panel, row, 5)  # what the printer said
    queue.fake.fail_with = PAPER_OUT  # still out of paper: the answer says so in words
    click(panel, row, "job-retry")
    still = printer_text(PrinterState.PAPER_OUT)
    qtbot.waitUntil(lambda: any(still in m for m in messages), timeout=20_000)
    job = journal.get_job(queue.db, job_id)
    assert job is not None
    assert job.state is JobState.FAILED
    queue.fake.fail_with = None  # paper loaded
    row = row_shown(qtbot, panel, ExceptionKind.FAILED, person)
    click(panel, row, "job-retry")
    qtbot.waitUntil(lambda: panel.row_of(ExceptionKind.FAILED, person) < 0, timeout=20_000)
    assert [b.content.registration_id for b in queue.fake.printed] == [person]
    assert [line[2] for line in staff_lines(queue, "desk-job-retry")] == ["failed", "printed"]


def test_a_failed_print_rerouted_to_the_file_printer_is_written(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    person = queue.people[3]
    job_id = queue.failed(person)
    queue.fake.fail_with = PAPER_OUT
    panel = shown(qtbot, queue)
    row = row_shown(qtbot, panel, ExceptionKind.FAILED, person)
    button = panel.button(row, "job-reroute")
    assert button is not None
    menu = button.menu()
    assert [a.text() for a in menu.actions()] == [queue.second_uri]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: panel.row_of(ExceptionKind.FAILED, person) < 0, timeout=20_000)
    job = journal.get_job(queue.db, job_id)
    assert job is not None
    assert job.state is JobState.DONE
    assert list((queue.home.root / "second").glob("*.png"))
    assert staff_lines(queue, "desk-job-reroute")[0][2:4] == ("printed", queue.second_uri)


def test_cancel_needs_a_note_then_closes_the_job(
    qtbot: QtBot, queue: QueueHome, language: str, messages: list[str]
) -> None:
    person = queue.people[4]
    job_id = queue.failed(person)
    panel = shown(qtbot, queue)
    click(panel, row_shown(qtbot, panel, ExceptionKind.FAILED, person), "job-cancel")
    dialog = panel._jobs.note_dialog
    assert dialog is not None
    dialog.textValueSelected.emit("   ")  # no note: refused, nothing cancelled
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    job = journal.get_job(queue.db, job_id)
    assert job is not None
    assert job.state is JobState.FAILED
    assert staff_lines(queue, "desk-job-cancel") == []
    dialog.textValueSelected.emit("badge printed by hand at the desk")
    qtbot.waitUntil(lambda: panel.row_of(ExceptionKind.FAILED, person) < 0, timeout=20_000)
    job = journal.get_job(queue.db, job_id)
    assert job is not None
    assert job.state is JobState.CANCELLED
    assert staff_lines(queue, "desk-job-cancel") == [
        ("desk-demo", "desk-1", "cancelled", "badge printed by hand at the desk", person)
    ]


def test_a_name_edit_conflict_opens_the_person_and_is_marked_checked(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    person = queue.people[5]
    queue.name_conflict(person)
    panel = shown(qtbot, queue)
    row = row_shown(qtbot, panel, ExceptionKind.CONFLICT, person)
    assert cell(panel, row, 4) == "Name Two"  # the name now, from the roster
    opened: list[int] = []
    panel.open_person.connect(opened.append)
    click(panel, row, "open-person")
    assert opened == [person]
    click(panel, row, "mark-answered")
    qtbot.waitUntil(lambda: panel.row_of(ExceptionKind.CONFLICT, person) < 0, timeout=20_000)
    assert staff_lines(queue, "desk-conflict-checked") == [
        ("desk-demo", "desk-1", "checked", "name-edit", person)
    ]
    assert "Name Two" not in audit_text(queue)


def test_a_refused_scan_shows_once_per_person_and_handled_removes_it(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    queue.refused()
    queue.later(1)
    queue.refused()  # the visitor tried twice: one row
    panel = shown(qtbot, queue)
    row = row_shown(qtbot, panel, ExceptionKind.REFUSED_SCAN, UNKNOWN_REGISTRATION)
    words = cell(panel, row, 5)
    assert words.startswith(outcome_text(Outcome.UNKNOWN_PARTICIPANT).title)
    assert "2" in words
    assert cell(panel, row, 4) == ""  # not on the roster: no name
    assert panel.button(row, "open-person") is None  # nobody to open
    assert panel.listed.count(ExceptionKind.REFUSED_SCAN) == 1
    click(panel, row, "mark-answered")
    qtbot.waitUntil(
        lambda: panel.row_of(ExceptionKind.REFUSED_SCAN, UNKNOWN_REGISTRATION) < 0,
        timeout=20_000,
    )
    assert staff_lines(queue, "desk-scan-handled") == [
        ("desk-demo", "desk-1", "handled", Outcome.UNKNOWN_PARTICIPANT.value, UNKNOWN_REGISTRATION)
    ]
    handled = queue.db.execute("SELECT count(*) FROM exception_answers").fetchone()[0]
    assert handled == 2  # both scans


def test_an_item_the_registry_rejected_is_marked_seen(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    person = queue.people[6]
    queue.rejected(person)
    panel = shown(qtbot, queue)
    row = row_shown(qtbot, panel, ExceptionKind.REJECTED, person)
    assert "registration closed at the registry" in cell(panel, row, 5)
    assert cell(panel, row, 2) == "kiosk-a"  # the machine that did it, from the item
    click(panel, row, "mark-answered")
    qtbot.waitUntil(lambda: panel.row_of(ExceptionKind.REJECTED, person) < 0, timeout=20_000)
    assert staff_lines(queue, "desk-rejected-seen") == [
        ("desk-demo", "desk-1", "seen", "checkin", person)
    ]


def test_the_list_is_newest_first_counts_each_kind_and_sign_out_forgets_it(
    qtbot: QtBot, queue: QueueHome
) -> None:
    queue.refused()
    queue.later()
    queue.failed(queue.people[7])
    queue.later()
    queue.interrupted(queue.people[8])
    panel = shown(qtbot, queue)
    counted: list[int] = []
    panel.count_changed.connect(counted.append)
    qtbot.waitUntil(lambda: panel.listed.total == 3, timeout=20_000)
    assert [i.kind for i in panel.listed.items] == [
        ExceptionKind.UNCONFIRMED,
        ExceptionKind.FAILED,
        ExceptionKind.REFUSED_SCAN,
    ]
    assert panel.title() == "Exceptions (3)"
    assert panel.listed.count(ExceptionKind.FAILED) == 1
    queue.context.set_staff(None)
    panel.clear()
    assert panel.table.rowCount() == 0
    assert panel.title() == "Exceptions"
    assert counted[-1] == 0
    texts = [panel.table.item(r, 4) for r in range(panel.table.rowCount())]
    assert texts == []


def test_another_desk_answered_first_gets_a_clear_message(
    qtbot: QtBot, queue: QueueHome, messages: list[str]
) -> None:
    person = queue.people[9]
    job_id = queue.interrupted(person)
    panel = shown(qtbot, queue)
    row = row_shown(qtbot, panel, ExceptionKind.UNCONFIRMED, person)
    queue.kiosk.jobs.answer(job_id, came_out=True)  # another desk answered meanwhile
    click(panel, row, "job-yes")
    qtbot.waitUntil(lambda: panel.row_of(ExceptionKind.UNCONFIRMED, person) < 0, timeout=20_000)
    assert any("already dealt with" in m for m in messages)
    assert staff_lines(queue, "desk-job-answer") == []


def test_only_todays_refusals_are_listed(qtbot: QtBot, queue: QueueHome) -> None:
    queue.clock.at -= timedelta(days=1)
    queue.refused()  # yesterday: the visitor has long gone
    queue.clock.at += timedelta(days=1)
    queue.refused(UNKNOWN_REGISTRATION + 1)
    panel = shown(qtbot, queue)
    row_shown(qtbot, panel, ExceptionKind.REFUSED_SCAN, UNKNOWN_REGISTRATION + 1)
    assert panel.row_of(ExceptionKind.REFUSED_SCAN, UNKNOWN_REGISTRATION) < 0


def test_a_long_queue_lists_the_newest_rows_and_counts_them_all(
    qtbot: QtBot, queue: QueueHome
) -> None:
    for n in range(MAX_ROWS + 5):
        queue.refused(UNKNOWN_REGISTRATION + n)
        queue.clock.at += timedelta(seconds=1)
    panel = shown(qtbot, queue)
    qtbot.waitUntil(lambda: panel.listed.total == MAX_ROWS + 5, timeout=30_000)
    assert panel.table.rowCount() == MAX_ROWS
    assert cell(panel, 0, 3) == str(UNKNOWN_REGISTRATION + MAX_ROWS + 4)  # the newest first
    assert str(MAX_ROWS + 5) in panel.title()


def test_a_hand_over_while_a_read_is_on_its_way_does_not_stop_the_page(
    qtbot: QtBot, queue: QueueHome
) -> None:
    """The answer to the first staff member's read is dropped (context.run); the page must not
    wait for it for ever: the next staff member's refresh reads again."""
    panel = shown(qtbot, queue)
    qtbot.waitUntil(lambda: panel.listed.now is not None, timeout=20_000)
    gate = threading.Event()
    queue.context.runner.run(lambda _backend: gate.wait(20), lambda _: None, lambda _: None)
    queue.failed(queue.people[2])  # something new to list
    panel.refresh()  # queued behind the gate: its answer will be for the first staff member
    queue.context.set_staff(DeskStaff("desk-2", Role.DESK))  # hand-over: that answer is dropped
    gate.set()
    panel.refresh()
    qtbot.waitUntil(
        lambda: any(i.kind is ExceptionKind.FAILED for i in panel.listed.items),
        timeout=20_000,
    )
