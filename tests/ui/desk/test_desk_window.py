"""The desk window's frame: sign-in by PIN or staff QR, the lockout, idle sign-out, hand-over by
scanning another staff code, and scans before anyone signed in. Real services on a demo home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.app import read_settings
from kiosk.core.staff import Method, Role, StaffAction, make_credential
from kiosk.desk_app import desk_backend_factory, desk_options
from kiosk.paths import Home
from kiosk.services.demo import DEMO_DESK_PIN, DEMO_SUPERVISOR_PIN, init_demo
from kiosk.store import open_database
from kiosk.store.staff import SIGN_IN, recent_events
from kiosk.ui.background import ServiceRunner
from kiosk.ui.desk.context import DeskContext
from kiosk.ui.desk.window import DeskWindow
from kiosk.ui.i18n import install_language

STAFF_QR_SECRET = "desk-window-test-secret-0123456789"


@pytest.fixture
def home(tmp_path: Path) -> Home:
    home = Home(tmp_path / "home")
    init_demo(home, count=12)
    qr = make_credential("desk-qr", Role.DESK, Method.QR, STAFF_QR_SECRET, bytes(range(16)), 10)
    text = home.settings.read_text(encoding="utf-8")
    text = text.replace("credentials = [\n", f'credentials = [\n  "{qr.line()}",\n', 1)
    home.settings.write_text(text, encoding="utf-8")
    return home


@pytest.fixture
def window(qtbot: QtBot, home: Home) -> Iterator[DeskWindow]:
    settings = read_settings(home)
    runner = ServiceRunner(desk_backend_factory(home, settings), name="desk worker")
    context = DeskContext(runner, desk_options(home, settings))
    window = DeskWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    assert runner.stop()


def _type_pin(qtbot: QtBot, window: DeskWindow, pin: str) -> None:
    field = window.sign_in_page.findChild(QLineEdit, "desk-pin")
    assert field is not None
    field.setText(pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _status(window: DeskWindow) -> str:
    status = window.sign_in_page.findChild(QLabel, "desk-sign-in-status")
    assert status is not None
    return status.text()


def _staff_lines(home: Home) -> list[tuple[str, str, str, str]]:
    db = open_database(home.database)
    try:
        return [(e.action, e.outcome, e.staff_id, e.reason) for e in recent_events(db, 100)]
    finally:
        db.close()


def test_a_supervisor_signs_in_with_a_pin_and_sees_the_four_pages(
    qtbot: QtBot, window: DeskWindow, home: Home
) -> None:
    _type_pin(qtbot, window, DEMO_SUPERVISOR_PIN)
    qtbot.waitUntil(lambda: window.signed_in is not None, timeout=10_000)
    assert window.signed_in is not None
    assert (window.signed_in.staff_id, window.signed_in.role) == (
        "supervisor-demo",
        Role.SUPERVISOR,
    )
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "People",
        "Exceptions",
        "Operations",
        "Arrivals",
    ]
    assert window.tabs.currentWidget() is window.people
    assert (SIGN_IN, "ok", "supervisor-demo", "") in _staff_lines(home)


def test_a_wrong_pin_is_refused_and_ten_lock_the_desk_audited(
    qtbot: QtBot, window: DeskWindow, home: Home
) -> None:
    _type_pin(qtbot, window, "0000")
    qtbot.waitUntil(lambda: "Wrong PIN" in _status(window), timeout=10_000)
    for _ in range(9):
        _type_pin(qtbot, window, "0000")
        qtbot.waitUntil(lambda: window.sign_in_page.findChild(QLineEdit, "desk-pin").isEnabled())
    qtbot.waitUntil(lambda: "Too many wrong attempts" in _status(window), timeout=10_000)
    # locked: even the right PIN is refused now, and that attempt is audited as locked too
    _type_pin(qtbot, window, DEMO_DESK_PIN)
    qtbot.waitUntil(lambda: len(_staff_lines(home)) == 11, timeout=10_000)
    assert window.signed_in is None
    outcomes = [outcome for action, outcome, _, _ in _staff_lines(home) if action == SIGN_IN]
    assert outcomes[0] == "locked"
    assert outcomes.count("wrong") + outcomes.count("locked") == 11


def test_a_staff_qr_signs_in_and_an_empty_pin_asks_for_one(
    qtbot: QtBot, window: DeskWindow
) -> None:
    _type_pin(qtbot, window, "   ")
    assert "Type your PIN first" in _status(window)
    window.on_scanned(f"KIOSK-STAFF:{STAFF_QR_SECRET}")
    qtbot.waitUntil(lambda: window.signed_in is not None, timeout=10_000)
    assert window.signed_in is not None
    assert window.signed_in.staff_id == "desk-qr"


def test_a_visitor_code_before_sign_in_asks_staff_to_sign_in(window: DeskWindow) -> None:
    window.on_scanned("WSIS22-NOT-A-REAL-CODE")
    assert "Sign in first" in _status(window)
    assert window.signed_in is None


def test_scanning_another_staff_code_hands_the_desk_over(qtbot: QtBot, window: DeskWindow) -> None:
    _type_pin(qtbot, window, DEMO_DESK_PIN)
    qtbot.waitUntil(lambda: window.signed_in is not None, timeout=10_000)
    window.on_scanned(f"KIOSK-STAFF:{STAFF_QR_SECRET}")
    qtbot.waitUntil(
        lambda: window.signed_in is not None and window.signed_in.staff_id == "desk-qr",
        timeout=10_000,
    )


def test_sign_out_and_idle_sign_out_are_audited_and_show_the_sign_in_page(
    qtbot: QtBot, window: DeskWindow, home: Home
) -> None:
    _type_pin(qtbot, window, DEMO_DESK_PIN)
    qtbot.waitUntil(lambda: window.signed_in is not None, timeout=10_000)
    sign_out = window.findChild(QPushButton, "desk-sign-out")
    assert sign_out is not None
    qtbot.mouseClick(sign_out, Qt.MouseButton.LeftButton)
    assert window.signed_in is None
    assert window.centralWidget().currentWidget() is window.sign_in_page  # type: ignore[attr-defined]
    _type_pin(qtbot, window, DEMO_DESK_PIN)
    qtbot.waitUntil(lambda: window.signed_in is not None, timeout=10_000)
    window._idle.setInterval(50)  # the setting's floor is 30 s: the timer itself is what counts
    window._idle.start()
    qtbot.waitUntil(lambda: window.signed_in is None, timeout=5_000)
    qtbot.waitUntil(
        lambda: (
            [r for a, _, _, r in _staff_lines(home) if a == StaffAction.SIGN_OUT.value]
            == ["idle", "staff"]
        ),
        timeout=5_000,
    )


@pytest.mark.parametrize("language", ["ar", "zh"])
def test_the_desk_speaks_the_chosen_language_and_mirrors_in_arabic(
    qtbot: QtBot, window: DeskWindow, qapp: QApplication, language: str
) -> None:
    install_language(qapp, language)
    qtbot.waitUntil(lambda: window.windowTitle() != "Accreditation desk")
    assert window.sign_in_page.findChild(QLineEdit, "desk-pin").placeholderText() != "Staff PIN"
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert window.layoutDirection() == expected
