"""The actions under a person's detail on the People page: check in, print or reprint, void,
correct the name, replace the photo, VIP pick-up, and a walk-in (docs/desk-window.md).

Each button opens a dialog; its input goes to DeskService on the worker thread. A refusal
(``DeskError``) comes back as a sentence in the dialog, which stays open with what was typed;
success closes it, says so on the message bar and emits ``changed``. Supervisor-only actions
pressed by desk staff go to the service too, so the refusal is audited, then explained.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.desk import DeskProblem
from kiosk.core.model import Participant, ParticipantStatus
from kiosk.services.desk import DeskError, WalkIn
from kiosk.services.desk_backend import DeskBackend
from kiosk.services.printing import PrintOutcome
from kiosk.store.desk import NameResult
from kiosk.ui.desk.context import DeskContext, DeskPanel
from kiosk.ui.desk.dialogs import ActionDialog, CheckInDialog, PrintDialog, VoidDialog
from kiosk.ui.desk.dialogs_people import NameDialog, VipPickupDialog, WalkInDialog
from kiosk.ui.desk.photo_replace import PhotoChooser, PhotoReplacer
from kiosk.ui.desk.problems import photo_problem_text, problem_text
from kiosk.ui.i18n import in_reading_order
from kiosk.ui.messages import printer_text
from kiosk.ui.widgets import label

T = TypeVar("T")
V = TypeVar("V")


def _attempt(call: Callable[[], T]) -> T | DeskError:
    """A refusal is an answer, not a failure: it comes back to the dialog as a value."""
    try:
        return call()
    except DeskError as exc:
        return exc


class PersonActions(DeskPanel):
    """Buttons and their dialogs for the person shown; ``changed`` after an action wrote."""

    # The registration id (an int) after an action wrote: the detail reloads, lists refresh.
    # An object, as a walk-in's number is above 2**31, which Signal(int) wraps to negative.
    changed = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._person: Participant | None = None
        self._valid_version: int | None = None
        self._open_job: str | None = None
        self._dialog: ActionDialog | None = None
        self.photo = PhotoReplacer(context, self)  # Replace photo…: a file or the webcam
        self.check_in_button = self._button("desk-action-check-in", self._on_check_in)
        self.print_button = self._button("desk-action-print", self._on_print)
        self.name_button = self._button("desk-action-name", self._on_correct_name)
        self.photo_button = self._button("desk-action-photo", self._on_replace_photo)
        self.vip_button = self._button("desk-action-vip", self._on_vip_pickup)
        self.void_button = self._button("desk-action-void", self._on_void)
        self.walk_in_button = self._button("desk-action-walk-in", self.start_walk_in)
        self.photo.kept.connect(self._on_photo_kept)
        self.photo.failed.connect(self._on_failed)
        self.photo.working.connect(lambda: self.photo_button.setEnabled(False))
        self.why_not = label("hint", wrap=True)
        self._lay_out()
        context.staff_changed.connect(self._on_staff_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Actions")

    def show_person(
        self, person: Participant | None, valid_badge_version: int | None, open_job_id: str | None
    ) -> None:
        """The person now shown (None: nobody), whether a badge of theirs is valid, and the id
        of a print job of theirs still open (a desk print is refused until it is answered)."""
        self._person = person
        self._valid_version = valid_badge_version
        self._open_job = open_job_id
        self._update()

    @property
    def dialog(self) -> ActionDialog | None:
        """The action's dialog now open, if any."""
        return self._dialog

    @property
    def choose_photo(self) -> PhotoChooser:
        """The file chooser for Replace photo… (tests hand in a chosen file)."""
        return self.photo.choose_photo

    @choose_photo.setter
    def choose_photo(self, chooser: PhotoChooser) -> None:
        self.photo.choose_photo = chooser

    def clear(self) -> None:
        self._close_dialog()
        self.show_person(None, None, None)

    @Slot()
    def start_walk_in(self) -> None:
        """A temporary registration (the People page's Walk-in button calls this too)."""
        staff = self.context.staff
        if staff is None:
            return
        if not self.context.is_supervisor:
            self._refused(lambda b: b.desk.walk_in(staff, WalkIn("", ""), ""))
            return
        dialog = WalkInDialog(self)
        self._open(
            dialog,
            lambda: (dialog.walk_in(), dialog.reason.reason()),
            lambda b, typed: b.desk.walk_in(staff, *typed),
            self._on_walked_in,
        )

    # -- the buttons ----------------------------------------------------------------------

    @Slot()
    def _on_check_in(self) -> None:
        person, staff = self._person, self.context.staff
        if person is None or staff is None:
            return
        dialog = CheckInDialog(person, self)
        self._open(
            dialog,
            dialog.id_checked.isChecked,
            lambda b, checked: b.desk.check_in(staff, person.registration_id, checked),
            lambda _: self._done(person, self.tr("{name} is checked in.")),
        )

    @Slot()
    def _on_print(self) -> None:
        person, staff = self._person, self.context.staff
        if person is None or staff is None:
            return
        dialog = PrintDialog(person, self._valid_version, self)
        self._open(
            dialog,
            dialog.reason.reason,
            lambda b, why: b.desk.print_badge(staff, person.registration_id, why),
            lambda outcome: self._on_printed(person, outcome),
        )

    @Slot()
    def _on_void(self) -> None:
        person, staff = self._person, self.context.staff
        if person is None or staff is None:
            return
        registration_id = person.registration_id
        if not self.context.is_supervisor:
            self._refused(lambda b: b.desk.void(staff, registration_id, ""))
            return
        if self._valid_version is None:  # the button is disabled then
            return
        dialog = VoidDialog(person, self._valid_version, self)
        self._open(
            dialog,
            dialog.reason.reason,
            lambda b, why: b.desk.void(staff, registration_id, why),
            lambda _: self._done(person, self.tr("The badge of {name} is void.")),
        )

    @Slot()
    def _on_correct_name(self) -> None:
        person, staff = self._person, self.context.staff
        if person is None or staff is None:
            return
        dialog = NameDialog(person, self)
        seen_name = dialog.seen_name
        self._open(
            dialog,
            lambda: (dialog.new_name.text(), dialog.reason.reason()),
            lambda b, typed: (
                b.desk.correct_name(staff, person.registration_id, typed[0], seen_name, typed[1]),
                typed[0],
            ),
            lambda answer: self._on_name_saved(person, *answer),
        )

    @Slot()
    def _on_vip_pickup(self) -> None:
        person, staff = self._person, self.context.staff
        if person is None or staff is None:
            return
        dialog = VipPickupDialog(person, self)
        self._open(
            dialog,
            lambda: (dialog.collector.text(), dialog.chosen_document()),
            lambda b, typed: b.desk.vip_pickup(staff, person.registration_id, *typed),
            lambda _: self._done(
                person, self.tr("The pick-up of the badge of {name} is recorded.")
            ),
        )

    @Slot()
    def _on_replace_photo(self) -> None:
        if self._person is not None and self.context.staff is not None:
            self.photo.start(self._person)

    # -- answers --------------------------------------------------------------------------

    def _open(
        self,
        dialog: ActionDialog,
        read: Callable[[], V],
        work: Callable[[DeskBackend, V], T],
        done: Callable[[T], None],
    ) -> None:
        """Show ``dialog``; its button reads the input here (``read``), runs ``work`` with it
        on the worker thread, then ``done`` here with the answer."""
        self._close_dialog()
        self._dialog = dialog

        def answered(result: T | DeskError) -> None:
            if isinstance(result, DeskError):
                dialog.show_problem(problem_text(result.problem))
                return
            dialog.accept()
            done(result)

        def failed(text: str) -> None:
            dialog.show_problem(
                self.tr("That did not work. Reference for IT: {ref}").format(ref=text)
            )

        def submitted() -> None:
            typed = read()  # widgets are read on the GUI thread only
            self.context.run(lambda b: _attempt(lambda: work(b, typed)), answered, failed)

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()

    def _refused(self, work: Callable[[DeskBackend], object]) -> None:
        """Desk staff pressed a supervisor's action: the service audits the refusal."""

        def answered(result: object) -> None:
            if isinstance(result, DeskError):
                self.context.message.emit(problem_text(result.problem))

        self.context.run(lambda b: _attempt(lambda: work(b)), answered, self._on_failed)

    def _done(self, person: Participant, text: str, name: str = "") -> None:
        """Success: a line on the message bar (``{name}`` filled in), the page reloads."""
        # "{name}: ..." with a Latin name would otherwise read as a left-to-right line in Arabic.
        self.context.message.emit(
            in_reading_order(text.replace("{name}", name or person.badge_name))
        )
        self.changed.emit(person.registration_id)
        self.context.data_changed.emit()

    def _on_printed(self, person: Participant, outcome: PrintOutcome) -> None:
        version = outcome.job.badge_version
        if outcome.printed:
            text = self.tr("{name}: badge version {version} printed on {printer}.")
        else:
            text = self.tr(
                "{name}: badge version {version} did not print: {problem} "
                "The job waits on the Exceptions page."
            )
        problem = printer_text(outcome.printer_state)
        self._done(
            person,
            text.replace("{version}", str(version))
            .replace("{printer}", outcome.job.printer)
            .replace("{problem}", problem),
        )

    def _on_walked_in(self, person: Participant) -> None:
        self._done(
            person,
            self.tr(
                "{name}: temporary registration {id} created. Check them in and print their badge."
            ).replace("{id}", str(person.registration_id)),
        )

    def _on_photo_kept(self, person: Participant, on_badge: bool | None) -> None:
        self._update()
        if on_badge is None:
            self.context.message.emit(photo_problem_text())
            return
        if on_badge:
            text = self.tr("The photo of {name} is replaced; the badge waiting to print shows it.")
        else:
            text = self.tr(
                "The photo of {name} is replaced. Reprint the badge (reason: photo replaced) "
                "to show it."
            )
        self._done(person, text)

    def _on_failed(self, text: str) -> None:
        self._update()
        self.context.message.emit(
            self.tr("That did not work. Reference for IT: {ref}").format(ref=text)
        )

    def _on_name_saved(self, person: Participant, result: NameResult, typed: str) -> None:
        if not result.applied:
            text = self.tr(
                "Another desk saved a later badge name for this person: it stays. Your "
                "correction is kept in the history and listed on the Exceptions page."
            )
        elif result.conflict_id:
            text = self.tr(
                "The badge name is saved as {name}. Another desk changed it meanwhile: both "
                "corrections are kept and listed on the Exceptions page."
            )
        else:
            text = self.tr("The badge name is saved as {name}.")
        self._done(person, text, unicodedata.normalize("NFC", " ".join(typed.split())))

    def _forget(self, dialog: ActionDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.reject()
        self.photo.close()  # the webcam stops with its dialog

    # -- the buttons' state -------------------------------------------------------------

    @Slot()
    def _on_staff_changed(self) -> None:
        """A dialog belongs to whoever opened it (its answer would be dropped for anyone
        else); signed out, the person goes too."""
        self._close_dialog()
        if self.context.staff is None:
            self.show_person(None, None, None)
        self._update()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        grid = QGridLayout()
        buttons = (
            self.check_in_button,
            self.print_button,
            self.name_button,
            self.photo_button,
            self.vip_button,
            self.void_button,
            self.walk_in_button,
        )
        for index, button in enumerate(buttons):
            grid.addWidget(button, index // 3, index % 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid)
        column.addWidget(self.why_not)

    @Slot()
    def _update(self) -> None:
        """Enable what applies to the person shown; say why the rest does not."""
        person, signed_in = self._person, self.context.staff is not None
        shown = person is not None and signed_in
        for button in (self.check_in_button, self.print_button, self.name_button):
            button.setEnabled(shown)
        for button in (self.photo_button, self.vip_button, self.void_button):
            button.setEnabled(shown)
        self.walk_in_button.setEnabled(signed_in)
        reasons = self._why_not(person) if shown and person is not None else []
        self.why_not.setText("\n".join(reasons))
        self.why_not.setVisible(bool(reasons))
        self._set_texts()

    def _why_not(self, person: Participant) -> list[str]:
        reasons = []
        if person.status is not ParticipantStatus.REGISTERED:
            self.check_in_button.setEnabled(False)
            self.print_button.setEnabled(False)
            reasons.append(problem_text(DeskProblem.NOT_REGISTERED))
        elif self._open_job is not None:
            self.print_button.setEnabled(False)
            reasons.append(
                self.tr(
                    "Print: a print job for this person is still open. Answer it first on the "
                    "Exceptions page."
                )
            )
        if self._valid_version is None:
            self.void_button.setEnabled(False)
            reasons.append(self.tr("Void: this person has no valid badge."))
        return reasons

    def _set_texts(self) -> None:
        person = self._person
        reprint = person is not None and person.badge_version > 0
        self.check_in_button.setText(self.tr("Check in…"))
        self.print_button.setText(self.tr("Reprint badge…") if reprint else self.tr("Print badge…"))
        self.name_button.setText(self.tr("Correct name…"))
        self.photo_button.setText(self.tr("Replace photo…"))
        self.vip_button.setText(self.tr("VIP pick-up…"))
        if self.context.is_supervisor:
            self.void_button.setText(self.tr("Void badge…"))
            self.walk_in_button.setText(self.tr("Walk-in…"))
        else:
            self.void_button.setText(self.tr("Void badge (supervisor only)"))
            self.walk_in_button.setText(self.tr("Walk-in (supervisor only)"))

    def retranslate(self) -> None:
        self._update()
