"""The kiosk window: composes the self-service screens in a stack and routes between them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.model import ScanSource
from kiosk.scan.camera import CameraFeed
from kiosk.services.check_in import ScanResult
from kiosk.ui.accessibility import TextSize
from kiosk.ui.activity import ActivityWatcher
from kiosk.ui.background import CheckInRunner
from kiosk.ui.feedback import Feedback
from kiosk.ui.i18n import SOURCE_LANGUAGE, install_language
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.camera_preview import CameraPreview
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.refusal import RefusalScreen
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.messages import failure_text, result_text
from kiosk.ui.options import UiOptions
from kiosk.ui.tap_guard import TapGuard

__all__ = ["MainWindow", "UiOptions"]  # UiOptions lives in kiosk.ui.options; re-exported here

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """attract -> checking -> welcome or refusal -> attract (after a timeout or Done).

    Scans arrive through ``on_scanned``: connect every scanner's ``scanned`` signal to it.
    With a ``camera`` the attract screen shows its live picture (or that it is missing).
    A ``status_corner`` (the registry sync status) sits under every screen.
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
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._feedback = feedback or Feedback(parent=self)  # silent unless given a player
        self._options = options
        self._language = SOURCE_LANGUAGE
        preview = CameraPreview(camera) if camera is not None and camera.is_wanted else None
        self._attract = AttractScreen(options.event_title, options.languages, preview=preview)
        self._checking = CheckingScreen()
        self._welcome = WelcomeScreen()
        self._refusal = RefusalScreen(options.timezone)
        self._stack = QStackedWidget()
        for screen in (self._attract, self._checking, self._welcome, self._refusal):
            self._stack.addWidget(screen)
        self.setCentralWidget(_with_corner(self._stack, status_corner))
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
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()

    @Slot(str, ScanSource)
    def on_scanned(self, text: str, source: ScanSource) -> None:
        """Check a scanned code, unless one is being checked already."""
        if self._stack.currentWidget() is self._checking:
            log.info("scan from %s ignored: the previous one is still being checked", source.value)
            return
        self._return_timer.stop()
        self._stack.setCurrentWidget(self._checking)
        self._runner.submit_scan(text, source)

    def _connect(self) -> None:
        self._runner.scan_finished.connect(self._on_runner_scan_finished)
        self._runner.scan_failed.connect(self._on_runner_scan_failed)
        self._attract.language_chosen.connect(self._on_attract_language_chosen)
        self._attract.large_text_asked.connect(self._on_attract_large_text_asked)
        self._text_size.changed.connect(self._attract.set_large_text)
        self._welcome.dismissed.connect(self._on_result_dismissed)
        self._refusal.dismissed.connect(self._on_result_dismissed)
        self._return_timer.timeout.connect(self._on_return_timer_timeout)
        self._activity.input_seen.connect(self._on_activity_input_seen)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)  # removed by Qt when the watcher is deleted

    @Slot(ScanResult)
    def _on_runner_scan_finished(self, result: ScanResult) -> None:
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
    def _on_activity_input_seen(self) -> None:
        if self._return_timer.isActive():
            self._restart_idle_timer()

    @Slot()
    def _on_result_dismissed(self) -> None:
        self._return_to_attract()

    @Slot()
    def _on_return_timer_timeout(self) -> None:
        self._return_to_attract()

    def _return_to_attract(self) -> None:
        self._return_timer.stop()
        self._stack.setCurrentWidget(self._attract)
        self._set_language(self._options.home_language)
        self._text_size.reset()

    def _show_result(self, screen: QWidget) -> None:
        self._stack.setCurrentWidget(screen)
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


def _with_corner(stack: QStackedWidget, corner: QWidget | None) -> QWidget:
    if corner is None:
        return stack
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)  # the screens keep the whole width; the corner's own
    corner.setContentsMargins(20, 2, 20, 6)  # margins keep its text off either edge (RTL)
    layout.setSpacing(0)
    layout.addWidget(stack, 1)
    layout.addWidget(corner)
    return holder


def _ms(seconds: float) -> int:
    return round(seconds * 1000)
