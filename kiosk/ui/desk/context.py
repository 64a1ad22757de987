"""What every desk panel shares: the worker-thread runner, who is signed in, and the panel base.

A panel never touches the database itself: it asks ``context.run(work, done)``, where ``work``
runs on the desk's worker thread with the DeskBackend and ``done`` gets the answer back on the
GUI thread. Failures arrive as a short text with a reference (no personal data) and go to the
window's message line unless the panel handles them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.core.staff import Role
from kiosk.core.translations import in_language, no_translations
from kiosk.scan.camera import CameraFeed
from kiosk.services.desk import DeskStaff
from kiosk.services.desk_backend import DeskBackend
from kiosk.ui.background import ServiceRunner
from kiosk.ui.printer_monitor import PrinterMonitor
from kiosk.ui.sync_runner import SyncRunner
from kiosk.ui.widgets import Screen

T = TypeVar("T")

DeskRunner = ServiceRunner[DeskBackend]


@dataclass(frozen=True, slots=True)
class DeskOptions:
    """The desk window's settings ([desk] and [kiosk] in settings.toml)."""

    kiosk_id: str = "desk-1"
    languages: tuple[str, ...] = ("en", "fr", "es", "ru", "zh", "ar")
    idle_sign_out_s: float = 300.0  # no key, click or scan this long: signed out
    timezone: str = "UTC"  # the event's zone: times on screen are the venue's local time
    event_title: str = ""
    event_title_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)
    photos_dir: str = ""  # the home's photos/ (the detail shows the stored photo)

    def event_title_in(self, language: str) -> str:
        return in_language(self.event_title, self.event_title_translations, language)


class DeskContext(QObject):
    """Shared by the window and its panels; lives on the GUI thread."""

    staff_changed = Signal()  # signed in, out, or another staff member
    message = Signal(str)  # a line for the window's message bar (already translated)
    data_changed = Signal()  # an action wrote something: panels showing lists refresh

    def __init__(
        self, runner: DeskRunner, options: DeskOptions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.options = options
        self._staff: DeskStaff | None = None
        # The home's background sync (round_finished, sync_now), None when not enrolled.
        self.sync: SyncRunner | None = None
        # Asks the network printers on its own thread (report_ready), None in tests and tools:
        # then the worker asks them itself.
        self.printer_monitor: PrinterMonitor | None = None
        # The desk's webcam for a person's photo, None when [camera] device is "none". Started
        # only while the capture dialog is open (ui/desk/photo_capture.py).
        self.camera: CameraFeed | None = None

    @property
    def staff(self) -> DeskStaff | None:
        """Who is signed in now, or None."""
        return self._staff

    @property
    def is_supervisor(self) -> bool:
        return self._staff is not None and self._staff.role is Role.SUPERVISOR

    def set_staff(self, staff: DeskStaff | None) -> None:
        self._staff = staff
        self.staff_changed.emit()

    def run(
        self,
        work: Callable[[DeskBackend], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """``work(backend)`` on the worker thread, ``done(answer)`` back here.

        An answer that arrives after the staff member signed out is dropped, so a slow search
        never shows one person's results to the next staff member.
        """
        asked_by = self._staff

        def answered(result: T) -> None:
            if self._staff is asked_by:
                done(result)

        def went_wrong(text: str) -> None:
            if self._staff is not asked_by:
                return
            if failed is not None:
                failed(text)
            else:
                self.message.emit(
                    self.tr("That did not work. Reference for IT: {ref}").format(ref=text)
                )

        self.runner.run(work, answered, went_wrong)


class DeskPanel(Screen):
    """One page of the desk window (People, Exceptions, Operations, Arrivals)."""

    # Show this registration on the People page: an int, sent as an object because walk-ins are
    # numbered above 2**31 (core.desk.WALK_IN_FIRST_ID), which Signal(int) wraps to negative.
    open_person = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        """The page's name on its tab, translated."""
        raise NotImplementedError

    def activate(self) -> None:
        """The page was shown (or staff signed in while it was shown): load what it shows."""

    def clear(self) -> None:
        """Staff signed out: forget every name, photo and list on screen."""


class OneRead(QObject):
    """A page's reads on the worker, one at a time.

    A read asked while one is on its way runs once after that one's answer (two asks in the
    meantime are one read). A staff change forgets the read on its way: ``context.run`` drops its
    answer, so waiting for it would stop the page for good.
    """

    def __init__(self, context: DeskContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._busy = False
        self._again: Callable[[], None] | None = None
        context.staff_changed.connect(self.forget)

    def run(
        self,
        work: Callable[[DeskBackend], T],
        done: Callable[[T], None],
        failed: Callable[[str], None],
        again: Callable[[], None],
    ) -> None:
        """``work`` on the worker unless a read is on its way: then ``again`` once it is in.

        After a failure nothing is asked again (the page's timer or the next write will)."""
        if self._busy:
            self._again = again
            return
        self._busy = True

        def answered(result: T) -> None:
            self._busy = False
            done(result)
            follow, self._again = self._again, None
            if follow is not None:
                follow()

        def went_wrong(text: str) -> None:
            self._busy = False
            self._again = None
            failed(text)

        self._context.run(work, answered, went_wrong)

    def forget(self) -> None:
        """Signed out or another staff member: no read is on its way any more."""
        self._busy = False
        self._again = None
