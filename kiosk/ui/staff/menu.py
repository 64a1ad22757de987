"""The staff menu: printers' state, test print, scanner test, leaving kiosk mode, quitting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.staff import Role, StaffAction, may
from kiosk.services.doctor import CheckResult
from kiosk.services.printer_check import PrinterReport
from kiosk.ui.kiosk.printer_status import state_words
from kiosk.ui.start_up import problem_lines
from kiosk.ui.widgets import Screen, label


class StaffMenuScreen(Screen):
    """What a signed-in staff member may do; ``chosen`` carries the action, ``closed`` is Back."""

    chosen = Signal(StaffAction)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff_id = ""
        self._role = Role.DESK
        self._report: PrinterReport | None = None
        self._problems: tuple[CheckResult, ...] = ()
        self._title = label("header")
        self._who = label("body", wrap=True)
        self._printers = label("hint", wrap=True)
        self._checks = label("hint", wrap=True)  # the start-up checks' failures, for staff
        self._checks.hide()
        self._message = label("body", wrap=True)
        self._note = label("small", wrap=True)
        self._buttons = {action: self._button(action) for action in _ACTIONS}
        self._back = QPushButton()
        self._back.setObjectName("done")
        self._back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._back.clicked.connect(self.closed)
        self._lay_out()
        self.retranslate()

    def open_for(self, staff_id: str, role: Role) -> None:
        self._staff_id, self._role = staff_id, role
        for action, button in self._buttons.items():
            button.setEnabled(may(role, action))
        self.show_message("")
        self.retranslate()

    def show_printers(self, report: PrinterReport | None) -> None:
        self._report = report
        self.retranslate()

    def show_start_up_problems(self, problems: tuple[CheckResult, ...]) -> None:
        self._problems = problems
        self._checks.setVisible(bool(problems))
        self.retranslate()

    def show_message(self, text: str) -> None:
        self._message.setText(text)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Staff menu"))
        role = self.tr("supervisor") if self._role is Role.SUPERVISOR else self.tr("desk staff")
        self._who.setText(
            self.tr("Signed in: {staff} ({role})").format(staff=self._staff_id, role=role)
        )
        self._printers.setText("\n".join(self._printer_lines()))
        self._checks.setText("\n".join(problem_lines(self._problems)))
        self._buttons[StaffAction.TEST_PRINT].setText(self.tr("Test print"))
        self._buttons[StaffAction.SCAN_TEST].setText(self.tr("Scanner test"))
        self._buttons[StaffAction.LEAVE_KIOSK_MODE].setText(self.tr("Leave kiosk mode"))
        self._buttons[StaffAction.QUIT].setText(self.tr("Quit the kiosk"))
        self._back.setText(self.tr("Back to the kiosk"))
        self._note.setText(
            ""
            if self._role is Role.SUPERVISOR
            else self.tr("Leaving kiosk mode and quitting need a supervisor.")
        )

    def _printer_lines(self) -> list[str]:
        if self._report is None:
            return [self.tr("Printers: not checked yet")]
        lines = [
            self.tr("Printer {number}: {state}").format(number=n, state=state_words(s.state))
            for n, (_, s) in enumerate(self._report.statuses, start=1)
        ]
        if not self._report.can_print:
            lines.append(self.tr("No printer can print: badges wait for the desk."))
        return lines

    def _button(self, action: StaffAction) -> QPushButton:
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.chosen.emit(action))
        return button

    def _lay_out(self) -> None:
        """What the staff member reads on one side, what they can press on the other."""
        info = QVBoxLayout()
        info.setSpacing(14)
        for widget in (self._who, self._printers, self._checks, self._message):
            info.addWidget(widget)
        info.addStretch(1)
        info.addWidget(self._note)
        actions = QVBoxLayout()
        actions.setSpacing(14)
        for action in _ACTIONS:
            actions.addWidget(self._buttons[action])
        actions.addStretch(1)
        actions.addWidget(self._back)
        body = QHBoxLayout()
        body.setContentsMargins(48, 20, 48, 24)
        body.setSpacing(40)
        body.addLayout(info, 3)
        body.addLayout(actions, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._title)
        outer.addLayout(body, 1)


_ACTIONS = (
    StaffAction.TEST_PRINT,
    StaffAction.SCAN_TEST,
    StaffAction.LEAVE_KIOSK_MODE,
    StaffAction.QUIT,
)
