"""The kiosk window: composes the self-service screens in a stack and routes between them."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.model import ScanSource
from kiosk.core.photos import PhotoStep
from kiosk.core.programme import DayProgramme
from kiosk.scan.camera import CameraFeed
from kiosk.services.check_in import ScanResult
from kiosk.services.doctor import CheckResult
from kiosk.services.printer_check import PrinterReport, WhenUnavailable
from kiosk.services.staff import is_staff_code
from kiosk.ui.accessibility import TextSize
from kiosk.ui.activity import ActivityWatcher
from kiosk.ui.background import CheckInRunner
from kiosk.ui.feedback import Feedback
from kiosk.ui.i18n import SOURCE_LANGUAGE, install_language
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.camera_preview import CameraPreview
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.now_next import NowNextStrip
from kiosk.ui.kiosk.photo import PhotoScreen, photo_at_desk
from kiosk.ui.kiosk.printer_status import PrinterStatusLabel
from kiosk.ui.kiosk.refusal import RefusalScreen
from kiosk.ui.kiosk.sessions import SessionsBoard
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.kiosk_mode import KioskGuard, show_as_a_window, show_in_kiosk_mode
from kiosk.ui.messages import failure_text, result_text
from kiosk.ui.options import UiOptions
from kiosk.ui.printer_monitor import PrinterMonitor
from kiosk.ui.staff.flow import StaffFlow

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override
from kiosk.ui.tap_guard import TapGuard

__all__ = ["MainWindow", "UiOptions"]  # UiOptions lives in kiosk.ui.options; re-exported here

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """attract -> checking -> (photo, docs/photos.md) -> welcome or refusal -> attract (after a
    timeout or Done).

    Scans arrive through ``on_scanned``: connect every scanner's ``scanned`` signal to it.
    With a ``camera`` the attract screen shows its live picture (or that it is missing).
    A ``status_corner`` (the registry sync status) sits under every screen, beside the
    printer's state when a ``printer_monitor`` asks the printers. With ``full_screen`` the window
    is in kiosk mode: frameless, no keyboard way out; staff leave it through the staff menu
    (five taps in the top-left corner, or a staff QR; docs/kiosk-mode.md).
    """

    def __init__(
        self,
        runner: CheckInRunner,
        options: UiOptions,
        parent: QWidget | None = None,
        *,
        camera: CameraFeed | None = None,
        feedback: Feedback | None = None,
        status_corner: QWidget | None = None,
        printer_monitor: PrinterMonitor | None = None,
        open_scan_test: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._feedback = feedback or Feedback(parent=self)  # silent unless given a player
        self._options = options
        self._language = SOURCE_LANGUAGE
        preview = CameraPreview(camera) if camera is not None and camera.is_wanted else None
        self._attract = AttractScreen(
            options.event_title,
            options.languages,
            preview=preview,
            title_translations=options.event_title_translations,
        )
        self._checking = CheckingScreen()
        self._welcome = WelcomeScreen(desk=options.desk)
        self._refusal = RefusalScreen(options.timezone, desk=options.desk)
        self._board = SessionsBoard(self._load_programme)
        self._now_next = NowNextStrip(self._load_programme)
        self._welcome.add_strip(self._now_next)  # along its bottom edge
        self._photo = PhotoScreen(camera, runner, countdown_ms=options.photo_countdown_ms)
        self._staff = StaffFlow(runner, options.staff_credentials, self)
        self._monitor = printer_monitor
        self._open_scan_test = open_scan_test
        self._quitting = False
        self._stack = QStackedWidget()
        screens = (self._attract, self._checking, self._welcome, self._refusal, self._board)
        for screen in (*screens, self._photo, *self._staff.screens):
            self._stack.addWidget(screen)
        self._printer_label = PrinterStatusLabel() if printer_monitor is not None else None
        self.setCentralWidget(_with_corner(self._stack, self._printer_label, status_corner))
        self._guard = KioskGuard(self, options.full_screen, self)
        self._feedback.attach(self)
        self._return_timer = QTimer(self)
        self._return_timer.setSingleShot(True)
        self._activity = ActivityWatcher(self)
        self._tap_guard = TapGuard(self._stack, self)  # a double tap never presses the next screen
        self._text_size = TextSize(self, options.screen_dpi)  # theme, large text, touch targets
        self._connect()
        self.setWindowTitle(options.event_title)
        self._attract.set_language(self._language)
        self._set_language(options.home_language)

    def show_for_kiosk(self) -> None:
        """Show the window as the options ask: full screen on a kiosk, else 1280x800."""
        if self._options.full_screen:
            show_in_kiosk_mode(self)
        else:
            self.resize(1280, 800)
            self.show()

    @property
    def in_kiosk_mode(self) -> bool:
        return self._guard.active

    def show_start_up_problems(self, problems: list[CheckResult]) -> None:
        """The start-up checks' failures, in the staff menu only (never on a visitor's screen)."""
        self._staff.menu.show_start_up_problems(tuple(problems))

    @Slot(str, ScanSource)
    def on_scanned(self, text: str, source: ScanSource) -> None:
        """Check a scanned code, unless one is being checked already; a staff QR signs in."""
        current: QWidget | None = self._stack.currentWidget()
        if is_staff_code(text):
            if current in (self._attract, self._staff.pin_pad):
                self._staff.sign_in(text)
            return
        why = self._scan_refusal(current)
        if why:
            log.info("scan from %s ignored: %s", source.value, why)
            return
        self._return_timer.stop()
        self._stack.setCurrentWidget(self._checking)
        hold = self._monitor is not None and not self._monitor.can_print
        self._runner.submit_scan(text, source, hold_print=hold)

    def _scan_refusal(self, current: QWidget | None) -> str:
        if current is self._checking:
            return "the previous one is still being checked"
        if current is self._photo:
            return "a photo is being taken"
        if current in self._staff.screens:
            return "staff are using the kiosk"
        if self._stopped_for_printer():
            return "no printer can print and [printer] when_unavailable is stop"
        return ""

    def _stopped_for_printer(self) -> bool:
        stop = self._options.when_unavailable is WhenUnavailable.STOP
        return stop and self._monitor is not None and not self._monitor.can_print

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._guard.active and not self._quitting:  # Alt+F4, the window manager's close
            log.info("kiosk mode: a request to close the window was ignored")
            event.ignore()
            return
        super().closeEvent(event)

    def _connect(self) -> None:
        self._runner.scan_finished.connect(self._on_runner_scan_finished)
        self._runner.scan_failed.connect(self._on_runner_scan_failed)
        self._attract.language_chosen.connect(self._on_attract_language_chosen)
        self._attract.sessions_requested.connect(self._on_sessions_requested)
        self._now_next.board_requested.connect(self._on_sessions_requested)
        self._board.back_requested.connect(self._on_board_back_requested)
        self._attract.large_text_asked.connect(self._on_attract_large_text_asked)
        self._text_size.changed.connect(self._attract.set_large_text)
        self._welcome.dismissed.connect(self._on_result_dismissed)
        self._refusal.dismissed.connect(self._on_result_dismissed)
        self._photo.finished.connect(self._on_runner_scan_finished)
        self._photo.step_changed.connect(self._on_photo_step_changed)
        self._return_timer.timeout.connect(self._on_return_timer_timeout)
        self._activity.input_seen.connect(self._on_activity_input_seen)
        self._connect_staff()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)  # removed by Qt when the watcher is deleted
            app.installEventFilter(self._guard)

    def _connect_staff(self) -> None:
        self._guard.staff_gesture.connect(self._on_guard_staff_gesture)
        self._staff.screen_wanted.connect(self._on_staff_screen_wanted)
        self._staff.closed.connect(self._return_to_attract)
        self._staff.leave_kiosk_mode_requested.connect(self._on_staff_leave_kiosk_mode_requested)
        self._staff.quit_requested.connect(self._on_staff_quit_requested)
        self._staff.scan_test_requested.connect(self._on_staff_scan_test_requested)
        if self._monitor is not None:
            self._monitor.report_ready.connect(self._on_monitor_report_ready)
            self._runner.scan_finished.connect(self._on_runner_scan_finished_check_printer)

    @Slot()
    def _on_guard_staff_gesture(self) -> None:
        if self._stack.currentWidget() is self._attract:
            self._staff.open_pin_pad()

    @Slot(QWidget)
    def _on_staff_screen_wanted(self, screen: QWidget) -> None:
        self._stack.setCurrentWidget(screen)
        self._return_timer.start(_ms(self._options.idle_timeout_s))

    @Slot()
    def _on_staff_leave_kiosk_mode_requested(self) -> None:
        self._guard.active = False
        show_as_a_window(self)
        self._return_to_attract()

    @Slot()
    def _on_staff_quit_requested(self) -> None:
        self._quitting = True
        self.close()  # the last window closed: the application ends (app.py stops the threads)

    @Slot()
    def _on_staff_scan_test_requested(self) -> None:
        if self._open_scan_test is not None:
            self._open_scan_test()

    @Slot(PrinterReport)
    def _on_monitor_report_ready(self, report: PrinterReport) -> None:
        notice = None if report.can_print else self._options.when_unavailable
        self._attract.show_printer_notice(notice)
        self._staff.show_printers(report)
        if self._printer_label is not None:
            self._printer_label.show_report(report)

    @Slot(ScanResult)
    def _on_runner_scan_finished_check_printer(self, result: ScanResult) -> None:
        if result.print_error and self._monitor is not None:
            self._monitor.check_now()  # the attract screen should know before the next visitor

    @Slot(ScanResult)
    def _on_runner_scan_finished(self, result: ScanResult) -> None:
        if result.photo_step is PhotoStep.CAPTURE:
            if self._photo.start(result):
                self._stack.setCurrentWidget(self._photo)
                return
            result = photo_at_desk(self._runner, result)  # no camera now: the desk takes it
        screen = self._welcome if result.outcome.is_success else self._refusal
        screen.show_result(result)
        self._show_result(screen)
        self._feedback.give(result_text(result))

    @Slot(str)
    def _on_runner_scan_failed(self, reference: str) -> None:
        self._refusal.show_failure(reference)
        self._show_result(self._refusal)
        self._feedback.give(failure_text())

    @Slot(str)
    def _on_attract_language_chosen(self, code: str) -> None:
        self._set_language(code)
        self._restart_idle_timer()

    @Slot(bool)
    def _on_attract_large_text_asked(self, large: bool) -> None:
        self._text_size.ask(large)
        self._restart_idle_timer()  # idle puts the text back for the next visitor

    @Slot()
    def _on_sessions_requested(self) -> None:
        self._now_next.dismiss()
        self._board.open()  # asks first, so showing it does not lay out the old programme too
        self._stack.setCurrentWidget(self._board)
        self._restart_idle_timer()

    @Slot()
    def _on_board_back_requested(self) -> None:
        self._stack.setCurrentWidget(self._attract)  # in the visitor's language until idle
        self._restart_idle_timer()

    def _load_programme(
        self, done: Callable[[DayProgramme], None], failed: Callable[[str], None]
    ) -> None:
        self._runner.run(lambda service: service.programme.today(), done, failed)

    @Slot()
    def _on_activity_input_seen(self) -> None:
        if self._return_timer.isActive():
            self._restart_idle_timer()

    @Slot()
    def _on_result_dismissed(self) -> None:
        self._return_to_attract()

    @Slot(bool)
    def _on_photo_step_changed(self, waits_for_person: bool) -> None:
        if waits_for_person:
            self._return_timer.start(_ms(self._options.idle_timeout_s))
        else:
            self._return_timer.stop()

    @Slot()
    def _on_return_timer_timeout(self) -> None:
        self._photo.abandon()  # the person left mid-photo: their badge waits at the desk
        self._return_to_attract()

    def _return_to_attract(self) -> None:
        self._return_timer.stop()
        self._now_next.dismiss()
        self._staff.reset()
        self._stack.setCurrentWidget(self._attract)
        self._set_language(self._options.home_language)
        self._text_size.reset()

    def _show_result(self, screen: QWidget) -> None:
        self._stack.setCurrentWidget(screen)
        if screen is self._welcome:
            self._now_next.refresh()
        else:
            self._now_next.dismiss()
        self._return_timer.start(_ms(self._options.result_timeout_s))

    def _restart_idle_timer(self) -> None:
        self._return_timer.start(
            max(_ms(self._options.idle_timeout_s), self._return_timer.remainingTime())
        )

    def _set_language(self, code: str) -> None:
        if code == self._language:
            return
        app = QCoreApplication.instance()
        if app is not None:
            install_language(app, code)
        self._language = code
        self._attract.set_language(code)
        self._board.set_language(code)
        self._now_next.set_language(code)


def _with_corner(stack: QStackedWidget, *corners: QWidget | None) -> QWidget:
    """The stack, with the status line (printer, then sync) under it if there is one."""
    shown = [corner for corner in corners if corner is not None]
    if not shown:
        return stack
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)  # the screens keep the whole width; the corner's own
    layout.setSpacing(0)
    layout.addWidget(stack, 1)
    row = QHBoxLayout()
    for corner in shown:
        corner.setContentsMargins(20, 2, 20, 6)  # margins keep its text off either edge (RTL)
        row.addWidget(corner, 1)
    layout.addLayout(row)
    return holder


def _ms(seconds: float) -> int:
    return round(seconds * 1000)
