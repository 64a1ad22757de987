"""The staff desk window: sign-in, then four pages (People, Exceptions, Operations, Arrivals).

Sign-in is a PIN or a staff QR checked on the worker thread (scrypt, the machine's lockout, the
audit). No key, click or scan for ``idle_sign_out_s`` signs staff out and wipes every page, so a
desk left alone shows nobody's name. A code scanned while signed in opens that person.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.staff import Attempt, Role, SignIn, StaffAction
from kiosk.services.desk import DeskStaff
from kiosk.services.staff import is_staff_code, record_action
from kiosk.ui.activity import ActivityWatcher
from kiosk.ui.desk.context import DeskContext, DeskPanel
from kiosk.ui.desk.dashboard import ArrivalsPanel
from kiosk.ui.desk.exceptions import ExceptionsPanel
from kiosk.ui.desk.operations import OperationsPanel
from kiosk.ui.desk.people import PeoplePanel
from kiosk.ui.desk.sign_in import DeskSignInPage
from kiosk.ui.desk.style import DESK_STYLESHEET, desk_font
from kiosk.ui.i18n import current_language, in_reading_order, install_language
from kiosk.ui.messages import LANGUAGE_NAMES
from kiosk.ui.widgets import label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

log = logging.getLogger(__name__)


class DeskWindow(QMainWindow):
    """The desk: scans arrive through ``on_scanned`` (keyboard wedge, serial or camera)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        options = context.options
        self.setFont(desk_font())
        self.setStyleSheet(DESK_STYLESHEET)
        self.sign_in_page = DeskSignInPage(options.languages)
        self.people = PeoplePanel(context)
        self.exceptions = ExceptionsPanel(context)
        self.operations = OperationsPanel(context)
        self.arrivals = ArrivalsPanel(context)
        self.panels: tuple[DeskPanel, ...] = (
            self.people,
            self.exceptions,
            self.operations,
            self.arrivals,
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("desk-pages")
        for panel in self.panels:
            self.tabs.addTab(panel, "")
            panel.open_person.connect(self._on_panel_open_person)
        self.exceptions.count_changed.connect(self._on_exceptions_counted)
        self._staff_label = QLabel()
        self._staff_label.setObjectName("deskStaff")
        self._title = QLabel()
        self._languages = QComboBox()
        self._languages.setObjectName("desk-language")
        for code in options.languages:
            self._languages.addItem(LANGUAGE_NAMES[code], code)
        self._sign_out = QPushButton()
        self._sign_out.setObjectName("desk-sign-out")
        self._message = label("deskMessage", wrap=True)
        self._message.hide()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.sign_in_page)
        self._work = self._work_page()
        self._stack.addWidget(self._work)
        self.setCentralWidget(self._stack)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(options.idle_sign_out_s * 1000))
        self._activity = ActivityWatcher(self)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(15_000)
        self._connect()
        self._set_language(options.languages[0])
        self.retranslate()

    # -- what the outside world drives --------------------------------------------------

    @property
    def signed_in(self) -> DeskStaff | None:
        return self.context.staff

    @Slot(str)
    def on_scanned(self, text: str) -> None:
        """A staff code signs in (or hands over to another staff member); any other code
        opens that person on the People page, once someone is signed in."""
        if is_staff_code(text):
            self._check_secret(text)
            return
        if self.context.staff is None:
            self.sign_in_page.show_message(self.tr("Sign in first, then scan the visitor's code."))
            return
        self._idle.start()
        self.tabs.setCurrentWidget(self.people)
        self.people.show_code(text)

    def sign_out(self, reason: str = "staff") -> None:
        """Back to the sign-in page; every page forgets what it showed. Audited."""
        staff = self.context.staff
        if staff is None:
            return
        self.context.runner.run(
            lambda backend: record_action(
                backend.db,
                backend.kiosk_id,
                staff.staff_id,
                StaffAction.SIGN_OUT,
                backend.clock(),
                reason,
            ),
            lambda _: None,
            lambda text: log.error("sign-out not audited: %s", text),
        )
        self.context.set_staff(None)
        for panel in self.panels:
            panel.clear()
        self._show_message("")
        self._idle.stop()
        self.sign_in_page.reset()
        self._stack.setCurrentWidget(self.sign_in_page)
        log.info("desk: staff %s signed out (%s)", staff.staff_id, reason)

    # -- wiring ---------------------------------------------------------------------------

    def _connect(self) -> None:
        self.sign_in_page.secret_entered.connect(self._check_secret)
        self.sign_in_page.language_chosen.connect(self._set_language)
        self._languages.activated.connect(
            lambda index: self._set_language(self._languages.itemData(index))
        )
        self._sign_out.clicked.connect(lambda: self.sign_out("staff"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._idle.timeout.connect(lambda: self.sign_out("idle"))
        self._activity.input_seen.connect(self._on_input_seen)
        self.context.message.connect(self._show_message)
        self._message_timer.timeout.connect(lambda: self._show_message(""))
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)

    def _work_page(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("deskBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 6, 16, 6)
        row.addWidget(self._title, 1)
        row.addWidget(self._staff_label)
        row.addWidget(self._languages)
        row.addWidget(self._sign_out)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(bar)
        column.addWidget(self.tabs, 1)
        column.addWidget(self._message)
        return page

    @Slot(str)
    def _check_secret(self, secret: str) -> None:
        self.sign_in_page.set_busy(True)
        self.context.runner.run(
            lambda backend: backend.sign_in(secret),
            self._on_signed_in,
            self._on_sign_in_failed,
        )

    def _on_signed_in(self, answer: SignIn) -> None:
        if answer.attempt is not Attempt.OK or answer.role is None:
            if self.context.staff is None:
                self.sign_in_page.show_answer(answer)
            else:  # a wrong staff code scanned while signed in: the signed-in staff stay
                self._show_message(self.tr("That staff code was not accepted."))
            return
        self.context.set_staff(DeskStaff(answer.staff_id, answer.role))
        self.sign_in_page.show_answer(answer)
        self._update_staff_label()
        self._stack.setCurrentWidget(self._work)
        self.tabs.setCurrentWidget(self.people)
        self._idle.start()
        current = self.tabs.currentWidget()
        if isinstance(current, DeskPanel):
            current.activate()
        log.info("desk: staff %s signed in", answer.staff_id)

    def _on_sign_in_failed(self, text: str) -> None:
        self.sign_in_page.show_message(
            self.tr("The desk could not check this. Reference for IT: {ref}").format(ref=text)
        )

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        panel = self.tabs.widget(index)
        if isinstance(panel, DeskPanel) and self.context.staff is not None:
            panel.activate()

    @Slot(int)
    def _on_exceptions_counted(self, _count: int) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.exceptions), self.exceptions.title())

    @Slot(object)
    def _on_panel_open_person(self, registration_id: int) -> None:
        self.tabs.setCurrentWidget(self.people)
        self.people.show_person(registration_id)

    @Slot()
    def _on_input_seen(self) -> None:
        if self.context.staff is not None:
            self._idle.start()

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text))
        if text:
            self._message_timer.start()

    def _set_language(self, code: str) -> None:
        app = QCoreApplication.instance()
        if app is not None and code != current_language():
            install_language(app, code)
        for chooser in (self._languages,):
            index = chooser.findData(code)
            if index >= 0:
                chooser.setCurrentIndex(index)
        self.sign_in_page.show_language(code)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accreditation desk"))
        title = self.context.options.event_title_in(current_language())
        self.sign_in_page.show_event_title(title)
        self._title.setText(
            self.tr("Accreditation desk · {event}").format(event=title)
            if title
            else self.tr("Accreditation desk")
        )
        self._sign_out.setText(self.tr("Sign out"))
        self._languages.setAccessibleName(self.tr("Language"))
        for index, panel in enumerate(self.panels):
            self.tabs.setTabText(index, panel.title())
        self._update_staff_label()

    def _update_staff_label(self) -> None:
        staff = self.context.staff
        if staff is None:
            self._staff_label.clear()
            return
        role = self.tr("Supervisor") if staff.role is Role.SUPERVISOR else self.tr("Desk staff")
        self._staff_label.setText(
            in_reading_order(self.tr("{staff} · {role}").format(staff=staff.staff_id, role=role))
        )
