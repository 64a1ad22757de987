"""A fake check-in service that signs staff in for real (scrypt, audit) on a temporary database,
and helpers to drive the staff gesture and the PIN pad like a person."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from screen_reading import FakeService, current_screen, taps_taken

from kiosk.core.staff import Method, Role, SignIn, StaffAction, StaffCredential, make_credential
from kiosk.printing.base import PrintResult
from kiosk.services import staff
from kiosk.store import open_database
from kiosk.ui.main_window import MainWindow
from kiosk.ui.staff.pin_pad import PinPadScreen

DESK_PIN = "2468"
SUPERVISOR_PIN = "135790"
QR_SECRET = "staff-qr-secret-" + "x" * 12
CREDENTIALS = (
    make_credential("desk-1", Role.DESK, Method.PIN, DESK_PIN, bytes(16), log2_n=10),
    make_credential("sup-1", Role.SUPERVISOR, Method.PIN, SUPERVISOR_PIN, bytes(16), log2_n=10),
    make_credential("sup-1", Role.SUPERVISOR, Method.QR, QR_SECRET, bytes(16), log2_n=10),
)
NOW = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)


class StaffService(FakeService):
    """FakeService plus the staff calls of CheckInService, on a real database (this thread's)."""

    def __init__(self, database: Path) -> None:
        super().__init__()
        self._path = database
        self.test_pages = 0
        self.now = NOW
        self.sign_in_gate = threading.Event()  # staff_sign_in waits for it: a slow PIN check
        self.sign_in_gate.set()

    def staff_sign_in(self, credentials: Sequence[StaffCredential], secret: str) -> SignIn:
        self.sign_in_gate.wait(timeout=10)
        db = open_database(self._path)
        try:
            return staff.sign_in(db, credentials, secret, "k1", self.now)
        finally:
            db.close()

    def record_staff_action(self, staff_id: str, action: StaffAction) -> None:
        db = open_database(self._path)
        try:
            staff.record_action(db, "k1", staff_id, action, self.now)
        finally:
            db.close()

    def print_test_page(self) -> PrintResult:
        self.test_pages += 1
        return PrintResult("fake://")


def corner_taps(window: MainWindow, count: int, where: QPoint | None = None) -> None:
    """Taps in the window's top-left corner, as staff do to open the PIN pad."""
    handle = window.windowHandle()
    assert handle is not None
    for _ in range(count):
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, pos=where or QPoint(20, 20))


def type_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    """Press the PIN pad's digits and OK, and wait until the kiosk has checked the PIN."""
    pad = current_screen(window)
    assert isinstance(pad, PinPadScreen)
    buttons = {b.objectName(): b for b in pad.findChildren(QPushButton)}
    taps_taken(qtbot, window)  # the pad has just appeared: a person reads it before typing
    for digit in pin:
        qtbot.mouseClick(buttons[f"key-{digit}"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["key-ok"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pad.findChild(QPushButton, "key-ok").isEnabled(), timeout=10_000)  # type: ignore[union-attr]
