"""Bad input at the desk's action dialogs: each gets the translated sentence for its problem,
the dialog stays open with everything typed, and nothing is written. And the photo from a
file: kept like `kiosk photo`, or refused in words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desk_actions_support import DESK_PIN, SUPERVISOR_PIN, Desk, open_desks
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.desk import DeskProblem
from kiosk.store import outbox, participants, photos
from kiosk.store.staff import recent_events
from kiosk.ui.desk.dialogs import ActionDialog, CheckInDialog, PrintDialog
from kiosk.ui.desk.dialogs_people import NameDialog, WalkInDialog
from kiosk.ui.desk.problems import photo_problem_text, problem_text
from kiosk.ui.i18n import install_language

AMINA = 22000003
MakeDesk = Callable[[str], Desk]
LONG_NAME = "Ä" * 10_000  # a 10 kB paste


@pytest.fixture(autouse=True)
def english_first(qapp: QApplication) -> None:
    """Each test starts in English whatever an earlier test module left installed."""
    install_language(qapp, "en")


@pytest.fixture
def make_desk(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeDesk]:
    yield from open_desks(qtbot, tmp_path)


def refused(desk: Desk, dialog: ActionDialog) -> str:
    """Press the action's button; the dialog must stay open with a refusal: its text."""
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    desk.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: bool(closed) or dialog.problem.isVisible(), timeout=20_000)
    assert not closed
    assert dialog.isVisible()
    assert dialog.ok_button.isEnabled()  # correct it and try again
    return dialog.problem.text()


def written(desk: Desk) -> tuple[int, int]:
    """Outbox items and staff audit lines other than sign-ins."""

    def count(b: object) -> tuple[int, int]:
        db = b.db  # type: ignore[attr-defined]
        lines = [e for e in recent_events(db, 1000) if e.action.startswith("desk-")]
        return outbox.pending_count(db), len(lines)

    return desk.on_worker(count)


def translated(problem: DeskProblem, language: str) -> str:
    text = problem_text(problem)
    if language != "en":  # a real translation, not the English sentence
        install_language(QCoreApplication.instance(), "en")  # type: ignore[arg-type]
        assert text != problem_text(problem)
        install_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    return text


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
@pytest.mark.parametrize(
    ("name", "reason", "problem"),
    [
        (LONG_NAME, "misspelt", DeskProblem.TOO_LONG),
        ("Aoife\x07Wilson", "misspelt", DeskProblem.CONTROL_CHARACTER),
        ("Aoife\u202eWilson", "misspelt", DeskProblem.DIRECTION_OVERRIDE),
        ("   ", "misspelt", DeskProblem.EMPTY),
        ("Aoife Wilson-Byrne", "", DeskProblem.REASON_MISSING),
    ],
)
def test_a_bad_name_or_reason_is_explained_and_the_dialog_keeps_the_text(
    make_desk: MakeDesk,
    qapp: QApplication,
    language: str,
    name: str,
    reason: str,
    problem: DeskProblem,
) -> None:
    install_language(qapp, language)
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    before = written(desk)
    desk.qtbot.mouseClick(desk.actions.name_button, Qt.MouseButton.LeftButton)
    dialog = desk.actions.dialog
    assert isinstance(dialog, NameDialog)
    dialog.new_name.setText(name)
    dialog.reason.choose(reason)
    assert refused(desk, dialog) == translated(problem, language)
    assert dialog.new_name.text() == name  # nothing typed is lost
    assert dialog.reason.reason() == reason
    person = desk.on_worker(lambda b: participants.get_participant(b.db, AMINA))
    assert person is not None
    assert person.badge_name == "Aoife Wilson"
    assert written(desk) == before


def test_a_reprint_reason_other_left_empty_is_asked_for_then_printed(make_desk: MakeDesk) -> None:
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    desk.qtbot.mouseClick(desk.actions.print_button, Qt.MouseButton.LeftButton)
    dialog = desk.actions.dialog
    assert isinstance(dialog, PrintDialog)
    dialog.reason.choose("other")
    assert refused(desk, dialog) == problem_text(DeskProblem.REASON_MISSING)
    dialog.reason.details.setText("badge printed for the wrong event day")
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    desk.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: bool(closed), timeout=20_000)
    assert "printed on" in desk.messages[-1]


def test_check_in_without_the_tick_is_refused_by_the_service_too(make_desk: MakeDesk) -> None:
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    desk.qtbot.mouseClick(desk.actions.check_in_button, Qt.MouseButton.LeftButton)
    dialog = desk.actions.dialog
    assert isinstance(dialog, CheckInDialog)
    assert not dialog.ok_button.isEnabled()  # the button waits for the tick
    dialog.submitted.emit()  # as if it were pressed anyway: the service refuses
    desk.qtbot.waitUntil(dialog.problem.isVisible, timeout=20_000)
    assert dialog.problem.text() == problem_text(DeskProblem.ID_NOT_CHECKED)
    assert dialog.isVisible()
    assert written(desk) == (0, 0)


@pytest.mark.parametrize(
    ("field", "text", "problem"),
    [
        ("country", "Switzerland", DeskProblem.BAD_COUNTRY),
        ("given_name", "", DeskProblem.EMPTY),
        ("organisation", "x" * 201, DeskProblem.TOO_LONG),
        ("category", "NOPE", DeskProblem.NO_CATEGORY),
    ],
)
def test_a_bad_walk_in_field_is_explained_in_arabic_and_kept(
    make_desk: MakeDesk, qapp: QApplication, field: str, text: str, problem: DeskProblem
) -> None:
    install_language(qapp, "ar")
    desk = make_desk(SUPERVISOR_PIN)
    before = written(desk)
    desk.actions.start_walk_in()
    dialog = desk.actions.dialog
    assert isinstance(dialog, WalkInDialog)
    dialog.given_name.setText("Wei")
    dialog.family_name.setText("Zhang")
    dialog.reason.choose("not registered")
    getattr(dialog, field).setText(text)
    assert refused(desk, dialog) == translated(problem, "ar")
    assert getattr(dialog, field).text() == text
    assert written(desk) == before
    assert desk.changed == []


def picture(path: Path) -> Path:
    image = QImage(600, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#6699cc"))
    assert image.save(str(path), "PNG")
    return path


def test_a_photo_from_a_file_is_cropped_and_kept_like_kiosk_photo(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    chosen = picture(tmp_path / "phone.png")
    desk.actions.choose_photo = lambda _parent: str(chosen)
    desk.qtbot.mouseClick(desk.actions.photo_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: bool(desk.messages), timeout=20_000)
    upload = desk.on_worker(lambda b: photos.get_upload(b.db, AMINA))
    assert upload is not None  # stored and queued for upload
    assert upload.size > 0
    assert "photo of Aoife Wilson is replaced" in desk.messages[-1]
    assert desk.changed == [AMINA]
    assert desk.actions.photo_button.isEnabled()


def test_a_file_that_is_no_picture_is_refused_in_words(make_desk: MakeDesk, tmp_path: Path) -> None:
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    chosen = tmp_path / "notes.png"
    chosen.write_text("not a picture", encoding="utf-8")
    desk.actions.choose_photo = lambda _parent: str(chosen)
    desk.qtbot.mouseClick(desk.actions.photo_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: bool(desk.messages), timeout=20_000)
    assert desk.messages == [photo_problem_text()]
    assert desk.on_worker(lambda b: photos.get_upload(b.db, AMINA)) is None
    assert desk.changed == []


def test_cancelling_the_file_chooser_does_nothing(make_desk: MakeDesk) -> None:
    desk = make_desk(DESK_PIN)
    desk.show(AMINA)
    desk.actions.choose_photo = lambda _parent: ""
    desk.qtbot.mouseClick(desk.actions.photo_button, Qt.MouseButton.LeftButton)
    desk.idle()
    assert desk.messages == []
    assert desk.actions.photo_button.isEnabled()
