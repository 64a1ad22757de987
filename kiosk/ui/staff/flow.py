"""The staff path through the kiosk window: PIN pad (or staff QR) -> staff menu -> an action.

Checking a PIN is slow on purpose (scrypt), so it runs on the check-in thread through the
runner, like every other piece of work; so do the audit lines and the test print.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from kiosk.core.staff import Attempt, SignIn, StaffAction, StaffCredential
from kiosk.services.printer_check import PrinterReport
from kiosk.ui.background import CheckInRunner
from kiosk.ui.staff.menu import StaffMenuScreen
from kiosk.ui.staff.pin_pad import PinPadScreen

log = logging.getLogger(__name__)


class StaffFlow(QObject):
    """Owns the staff screens; the window shows what ``screen_wanted`` names and returns to
    attract on ``closed``. The other signals ask the window to do what only it can."""

    screen_wanted = Signal(QWidget)
    closed = Signal()
    leave_kiosk_mode_requested = Signal()
    quit_requested = Signal()
    scan_test_requested = Signal()

    def __init__(
        self,
        runner: CheckInRunner,
        credentials: Sequence[StaffCredential],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._credentials = tuple(credentials)
        self._staff_id = ""
        self._printers: PrinterReport | None = None
        self._round = 0  # a sign-in answered after the window went back to attract is dropped
        self.pin_pad = PinPadScreen()
        self.menu = StaffMenuScreen()
        self.pin_pad.pin_entered.connect(self.sign_in)
        self.pin_pad.cancelled.connect(self.closed)
        self.menu.chosen.connect(self._on_menu_chosen)
        self.menu.closed.connect(self.closed)

    @property
    def screens(self) -> tuple[QWidget, ...]:
        return (self.pin_pad, self.menu)

    @property
    def signed_in(self) -> str:
        """The staff id signed in now, or ""."""
        return self._staff_id

    def open_pin_pad(self) -> None:
        self.pin_pad.reset()
        self.screen_wanted.emit(self.pin_pad)

    @Slot(str)
    def sign_in(self, secret: str) -> None:
        """Check a PIN or a staff QR's text (off the GUI thread); the answer moves the flow on."""
        self.pin_pad.set_busy(True)
        self.pin_pad.show_message(self.tr("Checking…"))
        self.screen_wanted.emit(self.pin_pad)
        credentials, asked_in = self._credentials, self._round
        self._runner.run(
            lambda service: service.staff_sign_in(credentials, secret),
            lambda answer: self._on_signed_in(answer) if asked_in == self._round else None,
            lambda message: self._on_failed(message) if asked_in == self._round else None,
        )

    def show_printers(self, report: PrinterReport) -> None:
        self._printers = report
        self.menu.show_printers(report)

    def reset(self) -> None:
        """Sign out (the window went back to attract)."""
        self._round += 1
        self._staff_id = ""
        self.pin_pad.reset()

    def _on_signed_in(self, answer: SignIn) -> None:
        self.pin_pad.set_busy(False)
        if answer.attempt is Attempt.OK and answer.role is not None:
            self._staff_id = answer.staff_id
            self.menu.open_for(answer.staff_id, answer.role)
            self.menu.show_printers(self._printers)
            self._audit(StaffAction.OPEN_MENU)
            self.screen_wanted.emit(self.menu)
            return
        self.pin_pad.reset()
        if answer.locked_for_s:
            self.pin_pad.show_message(
                self.tr("Too many wrong attempts. Try again in {seconds} s.").format(
                    seconds=answer.locked_for_s
                )
            )
        else:
            self.pin_pad.show_message(self.tr("Wrong PIN or staff code. Try again."))

    def _on_failed(self, message: str) -> None:
        log.error("staff sign-in could not be checked: %s", message)
        self.pin_pad.set_busy(False)
        self.pin_pad.show_message(
            self.tr("The kiosk could not check this. Reference: {ref}").format(ref=message)
        )

    @Slot(StaffAction)
    def _on_menu_chosen(self, action: StaffAction) -> None:
        if not self._staff_id:
            return
        if action is StaffAction.TEST_PRINT:
            self.menu.show_message(self.tr("Printing a test page…"))
            self._runner.run(
                lambda service: service.print_test_page(),
                lambda _: self.menu.show_message(self.tr("The test page was sent to the printer.")),
                lambda _: self.menu.show_message(
                    self.tr("The test page could not be printed: see `kiosk printers`.")
                ),
            )
        follow = {
            StaffAction.SCAN_TEST: self.scan_test_requested,
            StaffAction.LEAVE_KIOSK_MODE: self.leave_kiosk_mode_requested,
            StaffAction.QUIT: self.quit_requested,
        }.get(action)
        # The audit line is written before the window leaves kiosk mode or quits.
        self._audit(action, then=follow.emit if follow is not None else None)

    def _audit(self, action: StaffAction, then: object = None) -> None:
        staff_id = self._staff_id

        def done(_: object) -> None:
            if callable(then):
                then()

        def failed(message: str) -> None:
            log.error("staff action %s not audited: %s", action.value, message)
            done(None)  # staff must still be able to act on a kiosk whose disk is full

        self._runner.run(
            lambda service: service.record_staff_action(staff_id, action), done, failed
        )
