"""The desk's People page: search as you type, scans that open a person, the detail, sign-out.

Each test runs in English, Arabic (right to left) and Chinese on a real desk window over a demo
home, signed in with the demo desk PIN; the worker thread and its database are real.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from people_desk import SARA, TINGTING, Desk, open_desk, texts_on_screen
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.services.desk_views import CodeNotice, CodeProblem
from kiosk.store import journal, open_database
from kiosk.store.person_history import check_ins_of
from kiosk.ui.desk import people_texts as words
from kiosk.ui.desk.people import PeoplePanel

WAIT_MS = 30_000


@pytest.fixture(params=["en", "ar", "zh"])
def desk(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> Iterator[Desk]:
    yield from open_desk(qtbot, tmp_path, request.param)


def _ids(panel: PeoplePanel) -> list[int]:
    rows = (panel.model.row_at(i) for i in range(panel.model.rowCount()))
    return [row.person.registration_id for row in rows if row is not None]


def _type(qtbot: QtBot, panel: PeoplePanel, text: str) -> None:
    """Type ``text`` key by key (QTest's keyClicks knows only Latin-1 keys)."""
    panel.search.clear()
    for character in text:
        press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(panel.search, press)


def _shown(panel: PeoplePanel) -> int | None:
    view = panel.detail.view
    return view.person.registration_id if view is not None else None


def _section(panel: PeoplePanel, key: str) -> str:
    found = panel.detail.findChild(QLabel, f"desk-{key}")
    assert found is not None
    return found.text()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Husseini", SARA), ("سارة", SARA), ("欧阳", TINGTING), ("ouyang ting", TINGTING)],
)
def test_typing_finds_people_by_latin_arabic_and_chinese_names(
    desk: Desk, qtbot: QtBot, typed: str, expected: int
) -> None:
    panel = desk.people
    _type(qtbot, panel, typed)
    qtbot.waitUntil(lambda: expected in _ids(panel), timeout=WAIT_MS)
    row = _ids(panel).index(expected)
    name = panel.model.index(row, 0).data()
    assert name.split("\n")[0] in {"سارة الحسيني", "欧阳婷婷"}  # as printed, then the Latin name
    assert name.split("\n")[1] in {"Sara Al-Husseini", "Tingting Ouyang"}
    assert not panel.hint.isVisible()
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # Enter in the field opens the selected row
    qtbot.waitUntil(lambda: _shown(panel) == expected, timeout=WAIT_MS)


def test_the_country_is_named_in_the_staff_members_language(desk: Desk, qtbot: QtBot) -> None:
    from kiosk.core.country_names import COUNTRY_NAMES

    panel = desk.people
    _type(qtbot, panel, "Husseini")
    qtbot.waitUntil(lambda: SARA in _ids(panel), timeout=WAIT_MS)
    row = _ids(panel).index(SARA)
    person = panel.model.row_at(row).person  # type: ignore[union-attr]
    names = COUNTRY_NAMES[person.country]
    own = names[("en", "fr", "es", "ru", "zh", "ar").index(desk.language)]
    details = panel.model.index(row, 1).data().split("\n")[-1]
    assert details.startswith(own)
    if desk.language != "en":
        assert names[0] not in details  # not the English name
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown(panel) == SARA, timeout=WAIT_MS)
    assert own in texts_on_screen(panel.detail)


def test_up_and_down_move_through_the_results_and_enter_opens_one(desk: Desk, qtbot: QtBot) -> None:
    panel = desk.people
    _type(qtbot, panel, "Ministry")
    qtbot.waitUntil(lambda: len(_ids(panel)) >= 3, timeout=WAIT_MS)
    assert panel.results.currentIndex().row() == 0
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(panel.search, Qt.Key.Key_Up)
    assert panel.results.currentIndex().row() == 1
    qtbot.keyClick(panel.search, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: _shown(panel) == _ids(panel)[1], timeout=WAIT_MS)


def test_empty_text_shows_the_hint_and_no_match_says_nobody_found(desk: Desk, qtbot: QtBot) -> None:
    panel = desk.people
    english_hint = "Type a name, an organisation, a country or a registration number."
    assert panel.hint.isVisible()
    assert panel.hint.text() == QCoreApplication.translate("PeoplePanel", english_hint)
    _type(qtbot, panel, "Qwxzqk")
    qtbot.waitUntil(lambda: "Qwxzqk" in panel.hint.text(), timeout=WAIT_MS)
    assert panel.model.rowCount() == 0
    nobody = QCoreApplication.translate("PeoplePanel", "Nobody found for “{text}”.")
    assert panel.hint.text() == nobody.format(text="Qwxzqk")
    if desk.language != "en":
        assert "Nobody" not in panel.hint.text()  # said in the staff member's language
    _type(qtbot, panel, "")
    qtbot.waitUntil(lambda: panel.hint.text() != nobody.format(text="Qwxzqk"), timeout=WAIT_MS)
    assert panel.model.rowCount() == 0


def test_an_answer_overtaken_by_newer_typing_is_dropped(desk: Desk, qtbot: QtBot) -> None:
    panel = desk.people
    gate = threading.Event()
    desk.context.run(lambda _backend: gate.wait(WAIT_MS / 1000), lambda _answer: None)
    shown: list[list[int]] = []
    panel.model.modelReset.connect(lambda: shown.append(_ids(panel)))
    _type(qtbot, panel, "Husseini")
    qtbot.waitUntil(lambda: not panel._typing.isActive(), timeout=WAIT_MS)  # asked, not answered
    _type(qtbot, panel, "欧阳")
    gate.set()
    qtbot.waitUntil(lambda: TINGTING in _ids(panel), timeout=WAIT_MS)
    desk.settle(qtbot)
    assert [SARA] not in shown  # the answer for "Husseini" never reached the list
    assert _ids(panel) == [TINGTING]


def test_a_scanned_code_opens_its_person_without_checking_them_in(desk: Desk, qtbot: QtBot) -> None:
    desk.window.on_scanned(desk.code_for(SARA))
    panel = desk.people
    qtbot.waitUntil(lambda: _shown(panel) == SARA, timeout=WAIT_MS)
    assert not panel.scan_note.isVisible()
    assert "سارة الحسيني" in texts_on_screen(panel.detail)
    db = open_database(desk.home.database)
    try:
        assert check_ins_of(db, SARA) == []
        assert journal.count_check_ins(db) == 0
        assert journal.open_job_for(db, SARA) is None
    finally:
        db.close()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("hello", CodeProblem.JUNK),
        ("7" * 10_000, CodeProblem.JUNK),
        ("\x00\x01\x02\xff\xfe binary", CodeProblem.JUNK),
        ("{not json", CodeProblem.JUNK),
    ],
    ids=["word", "10-kB", "binary", "broken-json"],
)
def test_junk_scans_get_a_clear_message_and_open_nobody(
    desk: Desk, qtbot: QtBot, text: str, problem: CodeProblem
) -> None:
    panel = desk.people
    desk.window.on_scanned(text)
    expected = words.problem_text(problem)
    qtbot.waitUntil(lambda: panel.scan_note.text() == expected, timeout=WAIT_MS)
    assert panel.scan_note.isVisible()
    assert panel.detail.view is None
    assert expected in texts_on_screen(desk.window)  # the window's message bar says it too


def test_a_forged_code_is_refused_by_its_signature(desk: Desk, qtbot: QtBot) -> None:
    code = desk.code_for(SARA)
    forged = code[:-6] + ("000000" if not code.endswith("000000") else "111111")
    desk.window.on_scanned(forged)
    panel = desk.people
    expected = words.problem_text(CodeProblem.BAD_SIGNATURE)
    qtbot.waitUntil(lambda: panel.scan_note.text() == expected, timeout=WAIT_MS)
    assert panel.detail.view is None


def test_the_detail_shows_check_ins_and_badge_versions_with_the_valid_one_marked(
    desk: Desk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = desk.kiosk_service()
    result = service.scan(desk.code_for(TINGTING), ScanSource.SCANNER)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.printed
    assert service.jobs.reprint(TINGTING, "lost").printed
    panel = desk.people
    told: list[tuple[object, ...]] = []
    monkeypatch.setattr(panel.person_actions, "show_person", lambda *args: told.append(args))
    panel.show_person(TINGTING)
    qtbot.waitUntil(lambda: _shown(panel) == TINGTING, timeout=WAIT_MS)
    check_ins = _section(panel, "check_ins")
    assert "demo-kiosk-1" in check_ins
    assert words.source_text("scanner") in check_ins
    badges = _section(panel, "badges").split("<br>")
    assert len(badges) == 2
    tr = QCoreApplication.translate
    assert tr("PersonDetail", "valid") in badges[1]
    assert tr("PersonDetail", "deactivated {when}").split("{")[0] in badges[0]
    assert tr("PersonDetail", "valid") not in badges[0].replace(
        tr("PersonDetail", "deactivated {when}").split("{")[0], ""
    )
    assert told[-1][1:] == (2, None)  # the actions know version 2 is valid, no job is open
    assert panel.detail.view is not None
    assert panel.detail.view.preview_version == 2
    assert panel.detail.view.preview_png.startswith(b"\x89PNG")


def test_scanning_a_replaced_badge_opens_the_person_with_a_warning(
    desk: Desk, qtbot: QtBot
) -> None:
    service = desk.kiosk_service()
    assert service.scan(desk.code_for(SARA), ScanSource.SCANNER).printed
    assert service.jobs.reprint(SARA, "damaged").printed
    first = next(j for j in journal.recent_jobs(service.jobs.db) if j.badge_version == 1)
    assert first.content is not None
    desk.window.on_scanned(first.content.qr_text)
    panel = desk.people
    qtbot.waitUntil(lambda: _shown(panel) == SARA, timeout=WAIT_MS)
    warning = words.notice_text(CodeNotice.OLD_BADGE, 1)
    assert warning in texts_on_screen(panel.detail)


def test_signing_out_leaves_no_name_on_the_page(desk: Desk, qtbot: QtBot) -> None:
    panel = desk.people
    _type(qtbot, panel, "سارة")
    qtbot.waitUntil(lambda: SARA in _ids(panel), timeout=WAIT_MS)
    panel.show_person(SARA)
    qtbot.waitUntil(lambda: _shown(panel) == SARA, timeout=WAIT_MS)
    desk.window.sign_out()
    assert panel.model.rowCount() == 0
    assert panel.detail.view is None
    assert panel.search.text() == ""
    for text in texts_on_screen(desk.window):
        for part in ("سارة", "الحسيني", "Sara", "Husseini", str(SARA)):
            assert part not in text
    desk.settle(qtbot)  # nothing asked before the sign-out brings the name back
    assert panel.detail.view is None


def test_a_badge_waiting_to_print_shows_as_the_open_print_job(desk: Desk, qtbot: QtBot) -> None:
    service = desk.kiosk_service()
    held = service.scan(desk.code_for(SARA), ScanSource.SCANNER, hold_print=True)
    assert held.print_held
    panel = desk.people
    panel.show_person(SARA)
    qtbot.waitUntil(lambda: _shown(panel) == SARA, timeout=WAIT_MS)
    view = panel.detail.view
    assert view is not None
    assert view.open_job is not None
    job = _section(panel, "job")
    assert view.open_job.id[:8] in job
    assert words.job_state_text(view.open_job.state) in job
    assert _section(panel, "badges") == QCoreApplication.translate(
        "PersonDetail", "No badge printed yet."
    )


def test_an_action_reloads_the_detail_and_tells_the_window(desk: Desk, qtbot: QtBot) -> None:
    panel = desk.people
    panel.show_person(TINGTING)
    qtbot.waitUntil(lambda: _shown(panel) == TINGTING, timeout=WAIT_MS)
    assert panel.detail.view is not None
    assert panel.detail.view.check_ins == ()
    desk.kiosk_service().scan(desk.code_for(TINGTING), ScanSource.SCANNER)  # meanwhile
    with qtbot.waitSignal(desk.context.data_changed, timeout=WAIT_MS):
        panel.person_actions.changed.emit(TINGTING)
    qtbot.waitUntil(
        lambda: panel.detail.view is not None and len(panel.detail.view.check_ins) == 1,
        timeout=WAIT_MS,
    )


def test_a_refused_scan_takes_the_previous_person_off_the_page(desk: Desk, qtbot: QtBot) -> None:
    panel = desk.people
    panel.show_person(SARA)
    qtbot.waitUntil(lambda: _shown(panel) == SARA, timeout=WAIT_MS)
    desk.window.on_scanned("not a code")
    qtbot.waitUntil(lambda: panel.scan_note.isVisible(), timeout=WAIT_MS)
    assert panel.detail.view is None
    assert not any("سارة" in text for text in texts_on_screen(panel.detail))


def test_a_double_click_opens_a_row_and_the_page_mirrors_in_arabic(
    desk: Desk, qtbot: QtBot
) -> None:
    panel = desk.people
    _type(qtbot, panel, "Ouyang")
    qtbot.waitUntil(lambda: _ids(panel) == [TINGTING], timeout=WAIT_MS)
    cell = panel.results.visualRect(panel.model.index(0, 0)).center()
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    desk.settle(qtbot)
    assert _shown(panel) is None  # one click selects, it does not open
    qtbot.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: _shown(panel) == TINGTING, timeout=WAIT_MS)
    share = panel.results.width() / panel.width()
    assert 0.3 < share < 0.5  # the list takes about 40 %
    list_x = panel.results.mapTo(panel, panel.results.rect().center()).x()
    detail_x = panel.detail.mapTo(panel, panel.detail.rect().center()).x()
    assert (list_x > detail_x) is (desk.language == "ar")  # Arabic reads from the right


def test_the_search_field_has_the_focus_when_the_page_shows(desk: Desk, qtbot: QtBot) -> None:
    desk.window.activateWindow()
    desk.window.tabs.setCurrentWidget(desk.window.arrivals)
    desk.window.tabs.setCurrentWidget(desk.people)  # the window calls activate()
    qtbot.waitUntil(desk.people.search.hasFocus, timeout=WAIT_MS)
