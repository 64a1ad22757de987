"""The desk's person actions end to end: a button, its dialog, a real DeskBackend on a demo home;
then the record, the audit line and the outbox item are in the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desk_actions_support import DESK_PIN, SUPERVISOR_PIN, Desk, open_desks
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.desk import WALK_IN_FIRST_ID, DeskProblem, IdDocument
from kiosk.core.exchange import OutboxKind
from kiosk.services.desk_backend import DeskBackend
from kiosk.store import desk as desk_store
from kiosk.store import journal, outbox, participants
from kiosk.store.staff import StaffEvent, recent_events
from kiosk.ui.desk.dialogs import ActionDialog
from kiosk.ui.desk.dialogs_people import NameDialog, VipPickupDialog, WalkInDialog
from kiosk.ui.desk.problems import problem_text
from kiosk.ui.i18n import install_language

AMINA = 22000003  # a delegate in the demo roster, nothing printed yet
MakeDesk = Callable[[str], Desk]


@pytest.fixture(autouse=True)
def english_first(qapp: QApplication) -> None:
    """Each test starts in English whatever an earlier test module left installed."""
    install_language(qapp, "en")


@pytest.fixture
def make_desk(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeDesk]:
    yield from open_desks(qtbot, tmp_path)


def open_dialog(desk: Desk, button_name: str) -> ActionDialog:
    button = getattr(desk.actions, button_name)
    assert button.isEnabled(), desk.actions.why_not.text()
    desk.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = desk.actions.dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def press_ok(desk: Desk, dialog: ActionDialog) -> bool:
    """The action's button; waits for the service's answer: True when the dialog closed (it is
    gone then), False when it shows a refusal."""
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    desk.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: bool(closed) or dialog.problem.isVisible(), timeout=20_000)
    return bool(closed)


def last_staff_line(desk: Desk) -> StaffEvent:
    return desk.on_worker(lambda b: recent_events(b.db, 1))[0]


def outbox_kinds(desk: Desk) -> list[OutboxKind]:
    return desk.on_worker(lambda b: [e.kind for e in outbox.pending_entries(b.db, 1000)])


def said(language: str, text: str, name: str = "Aoife Wilson") -> str:
    """What the message bar shows for PersonActions' ``text`` in ``language``."""
    translated = QCoreApplication.translate("PersonActions", text)
    if language != "en":
        assert translated != text, f"not translated into {language}"
    line = translated.replace("{name}", name)
    return f"\u200f{line}" if language == "ar" else line


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_check_in_needs_the_id_box_ticked_then_writes_record_audit_and_outbox(
    make_desk: MakeDesk, qapp: QApplication, language: str
) -> None:
    install_language(qapp, language)
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    dialog = open_dialog(desk, "check_in_button")
    assert not dialog.ok_button.isEnabled()  # not before the ID document is checked
    dialog.id_checked.setChecked(True)  # type: ignore[attr-defined]
    assert press_ok(desk, dialog)
    person = desk.on_worker(lambda b: participants.get_participant(b.db, AMINA))
    assert person is not None
    assert person.checked_in_at is not None
    line = last_staff_line(desk)
    assert (line.action, line.outcome, line.staff_id, line.registration_id) == (
        "desk-check-in",
        "done",
        "desk-demo",
        AMINA,
    )
    assert outbox_kinds(desk) == [OutboxKind.CHECKIN]  # no registry: it waits in the outbox
    assert desk.changed == [AMINA]
    assert desk.messages == [said(language, "{name} is checked in.")]


def test_print_then_reprint_says_which_version_and_which_stops_working(
    make_desk: MakeDesk,
) -> None:
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    assert desk.actions.print_button.text() == "Print badge…"
    dialog = open_dialog(desk, "print_button")
    assert "Badge version 1 will be printed." in dialog.explanation.text()
    assert "stops working" not in dialog.explanation.text()  # nothing valid yet
    assert press_ok(desk, dialog)  # the first badge's reason is chosen already
    assert "Aoife Wilson: badge version 1 printed on file:prints" in desk.messages[-1]
    assert desk.on_worker(lambda b: journal.active_badge_version(b.db, AMINA)) == 1
    desk.show(AMINA)
    assert desk.actions.print_button.text() == "Reprint badge…"
    dialog = open_dialog(desk, "print_button")
    assert "Badge version 2 will be printed." in dialog.explanation.text()
    assert "(version 1) stops working" in dialog.explanation.text()
    dialog.reason.choose("lost")  # type: ignore[attr-defined]
    dialog.reason.details.setText("in the plenary hall")  # type: ignore[attr-defined]
    assert press_ok(desk, dialog)
    assert desk.on_worker(lambda b: journal.active_badge_version(b.db, AMINA)) == 2
    line = last_staff_line(desk)
    assert (line.action, line.outcome, line.reason) == (
        "desk-print",
        "printed",
        "lost: in the plenary hall",
    )
    assert outbox_kinds(desk) == [OutboxKind.BADGE_PRINT, OutboxKind.BADGE_PRINT]


@pytest.fixture
def make_desk_out_of_paper(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeDesk]:
    yield from open_desks(qtbot, tmp_path, printer_uri="fake://?state=paper-out")


def test_a_print_the_printer_refuses_says_why_and_leaves_the_job_for_the_exceptions_page(
    make_desk_out_of_paper: MakeDesk,
) -> None:
    desk = make_desk_out_of_paper(DESK_PIN)
    desk.show(AMINA)
    assert press_ok(desk, open_dialog(desk, "print_button"))
    assert desk.messages[-1] == (
        "Aoife Wilson: badge version 1 did not print: The printer is out of paper. "
        "The job waits on the Exceptions page."
    )
    line = last_staff_line(desk)
    assert (line.action, line.outcome) == ("desk-print", "failed")
    assert desk.on_worker(lambda b: journal.active_badge_version(b.db, AMINA)) is None
    desk.show(AMINA)
    assert not desk.actions.print_button.isEnabled()  # answer the job first
    assert "Exceptions page" in desk.actions.why_not.text()


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_a_supervisor_voids_the_valid_badge(
    make_desk: MakeDesk, qapp: QApplication, language: str
) -> None:
    install_language(qapp, language)
    desk = make_desk(SUPERVISOR_PIN)
    desk.show(AMINA)
    assert not desk.actions.void_button.isEnabled()
    assert desk.actions.why_not.text() == QCoreApplication.translate(
        "PersonActions", "Void: this person has no valid badge."
    )
    assert press_ok(desk, open_dialog(desk, "print_button"))
    desk.show(AMINA)
    dialog = open_dialog(desk, "void_button")
    assert "1" in dialog.explanation.text()  # the version that stops working
    dialog.reason.choose("reported stolen")  # type: ignore[attr-defined]
    assert press_ok(desk, dialog)
    assert desk.on_worker(lambda b: journal.active_badge_version(b.db, AMINA)) is None
    line = last_staff_line(desk)
    assert (line.action, line.outcome, line.staff_id, line.reason) == (
        "desk-void",
        "done",
        "supervisor-demo",
        "reported stolen",
    )
    assert outbox_kinds(desk)[-1] is OutboxKind.BADGE_VOID
    assert desk.messages[-1] == said(language, "The badge of {name} is void.")


def test_desk_staff_pressing_void_or_walk_in_get_an_audited_refusal_and_nothing_else(
    make_desk: MakeDesk,
) -> None:
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    assert press_ok(desk, open_dialog(desk, "print_button"))  # a valid badge, so Void is enabled
    desk.show(AMINA)
    before = outbox_kinds(desk)
    assert desk.actions.void_button.text() == "Void badge (supervisor only)"
    assert desk.actions.walk_in_button.text() == "Walk-in (supervisor only)"
    for button in (desk.actions.void_button, desk.actions.walk_in_button):
        desk.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert desk.actions.dialog is None  # no dialog to fill in for nothing
        desk.idle()
    lines = desk.on_worker(lambda b: recent_events(b.db, 2))
    assert [(x.action, x.outcome, x.staff_id) for x in lines] == [
        ("desk-walk-in", "refused", "desk-demo"),
        ("desk-void", "refused", "desk-demo"),
    ]
    assert outbox_kinds(desk) == before
    assert desk.on_worker(lambda b: journal.active_badge_version(b.db, AMINA)) == 1
    assert desk.messages[-2:] == [problem_text(DeskProblem.SUPERVISOR_ONLY)] * 2
    assert "supervisor" in desk.messages[-1]


def test_buttons_that_cannot_apply_are_disabled_with_a_reason(make_desk: MakeDesk) -> None:
    from dataclasses import replace

    from kiosk.core.model import ParticipantStatus

    desk = make_desk(SUPERVISOR_PIN)
    person = desk.on_worker(lambda b: participants.get_participant(b.db, AMINA))
    assert person is not None
    desk.actions.show_person(person, 1, "job-still-open")
    assert not desk.actions.print_button.isEnabled()
    assert "Exceptions page" in desk.actions.why_not.text()
    assert desk.actions.void_button.isEnabled()
    revoked = replace(person, status=ParticipantStatus.REVOKED)
    desk.actions.show_person(revoked, None, None)
    assert not desk.actions.check_in_button.isEnabled()
    assert not desk.actions.print_button.isEnabled()
    assert problem_text(DeskProblem.NOT_REGISTERED) in desk.actions.why_not.text()
    desk.actions.show_person(None, None, None)
    assert not desk.actions.name_button.isEnabled()
    assert desk.actions.walk_in_button.isEnabled()  # a walk-in needs nobody shown


def test_a_name_corrected_in_arabic_is_saved_with_audit_and_outbox(
    make_desk: MakeDesk, qapp: QApplication
) -> None:
    install_language(qapp, "ar")
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    dialog = open_dialog(desk, "name_button")
    assert isinstance(dialog, NameDialog)
    assert dialog.new_name.text() == "Aoife Wilson"  # the current name, to edit
    assert dialog.layoutDirection() is Qt.LayoutDirection.RightToLeft
    dialog.new_name.setText("إيفا ويلسون")
    dialog.reason.choose("as on the ID document")
    assert press_ok(desk, dialog)
    person = desk.on_worker(lambda b: participants.get_participant(b.db, AMINA))
    assert person is not None
    assert person.badge_name == "إيفا ويلسون"
    history = desk.on_worker(lambda b: desk_store.name_history(b.db, AMINA))
    assert [name for _at, name in history] == ["إيفا ويلسون"]
    line = last_staff_line(desk)
    assert (line.action, line.reason) == ("desk-correct-name", "as on the ID document")
    assert "إيفا" not in line.reason  # never a name in the audit log
    assert outbox_kinds(desk) == [OutboxKind.NAME_CORRECTION]
    saved = QCoreApplication.translate("PersonActions", "The badge name is saved as {name}.")
    assert saved != "The badge name is saved as {name}."
    assert desk.messages == ["\u200f" + saved.replace("{name}", "إيفا ويلسون")]


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_vip_pickup_records_the_document_and_keeps_the_name_out_of_the_audit(
    make_desk: MakeDesk, qapp: QApplication, language: str
) -> None:
    install_language(qapp, language)
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    dialog = open_dialog(desk, "vip_button")
    assert isinstance(dialog, VipPickupDialog)
    dialog.collector.setText("Jean Dupont")
    dialog.document.setCurrentIndex(list(IdDocument).index(IdDocument.UN_LAISSEZ_PASSER))
    assert press_ok(desk, dialog)
    pickups = desk.on_worker(lambda b: desk_store.vip_pickups(b.db, AMINA))
    assert [(p.collector, p.id_document, p.staff_id) for p in pickups] == [
        ("Jean Dupont", "un-laissez-passer", "desk-demo")
    ]
    line = last_staff_line(desk)
    assert (line.action, line.reason) == ("desk-vip-pickup", "un-laissez-passer")
    assert outbox_kinds(desk) == []  # pick-ups stay on this machine (docs/desk.md)
    assert desk.messages == [said(language, "The pick-up of the badge of {name} is recorded.")]


def test_a_walk_in_in_chinese_creates_a_provisional_registration_and_opens_it(
    make_desk: MakeDesk, qapp: QApplication
) -> None:
    install_language(qapp, "zh")
    desk = make_desk(SUPERVISOR_PIN)
    desk.actions.start_walk_in()  # what the People page's Walk-in button calls
    dialog = desk.actions.dialog
    assert isinstance(dialog, WalkInDialog)
    assert dialog.category.text() == "TMP"
    dialog.given_name.setText("Wei")
    dialog.family_name.setText("Zhang")
    dialog.badge_name.setText("张伟")
    dialog.country.setText("cn")
    dialog.reason.choose("not registered")
    assert press_ok(desk, dialog), dialog.problem.text()
    (new_id,) = desk.changed
    assert new_id >= WALK_IN_FIRST_ID
    person = desk.on_worker(lambda b: participants.get_participant(b.db, new_id))
    assert person is not None
    assert (person.badge_name, person.country, person.category, person.is_provisional) == (
        "张伟",
        "CN",
        "TMP",
        True,
    )
    line = last_staff_line(desk)
    assert (line.action, line.outcome, line.registration_id) == ("desk-walk-in", "done", new_id)
    assert outbox_kinds(desk) == [OutboxKind.PARTICIPANT]
    assert str(new_id) in desk.messages[-1]
    assert "张伟" in desk.messages[-1]
    assert "Temporary" not in desk.messages[-1]  # said in Chinese


def test_signing_out_closes_the_open_dialog_and_forgets_the_person(make_desk: MakeDesk) -> None:
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    dialog = open_dialog(desk, "name_button")
    desk.context.set_staff(None)  # idle sign-out: the window clears the pages too
    assert not dialog.isVisible()
    assert desk.actions.dialog is None
    assert not desk.actions.check_in_button.isEnabled()
    assert not desk.actions.walk_in_button.isEnabled()


def test_two_desks_correcting_one_name_keep_both_the_later_wins_and_a_conflict_is_listed(
    make_desk: MakeDesk, qtbot: QtBot
) -> None:
    from kiosk.store import changes

    first, second = make_desk(DESK_PIN), make_desk(SUPERVISOR_PIN)
    first.show(AMINA)
    second.show(AMINA)  # both see "Aoife Wilson"
    one = open_dialog(first, "name_button")
    two = open_dialog(second, "name_button")
    for desk, dialog, name in ((first, one, "Aoife Wilsen"), (second, two, "Aoife Willson")):
        assert isinstance(dialog, NameDialog)
        dialog.new_name.setText(name)
        dialog.reason.choose("misspelt")
        assert press_ok(desk, dialog), dialog.problem.text()

    def read(b: DeskBackend) -> tuple[list[str], str, int]:
        person = participants.get_participant(b.db, AMINA)
        assert person is not None
        history = [name for _at, name in desk_store.name_history(b.db, AMINA)]
        return history, person.badge_name, len(changes.open_conflicts(b.db))

    history, name, conflicts = first.on_worker(read)
    assert history == ["Aoife Wilsen", "Aoife Willson"]
    assert name == "Aoife Willson"
    assert conflicts == 1
    assert "Another desk changed it meanwhile" in second.messages[-1]


def test_in_arabic_a_message_that_starts_with_a_latin_name_still_reads_from_the_right(
    make_desk: MakeDesk, qapp: QApplication
) -> None:
    install_language(qapp, "ar")
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    assert press_ok(desk, open_dialog(desk, "print_button"))
    line = desk.messages[-1]
    assert line.startswith("\u200fAoife Wilson: ")  # a right-to-left mark sets the direction
    assert "طُبعت" in line
