"""What the desk window works with, on its worker thread: one database connection shared by the
check-in service (codes, photos, staff sign-in, the print journal) and the desk's actions.

The desk window's runner (ui/background.ServiceRunner) builds one DeskBackend on its thread and
hands it to every piece of work; nothing here may be touched from the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.core.staff import SignIn, StaffCredential
from kiosk.services.check_in import CheckInService
from kiosk.services.desk import DeskService, DeskStaff
from kiosk.services.printing import PrintJobs
from kiosk.services.staff import sign_in
from kiosk.store import Database


@dataclass(slots=True)
class DeskBackend:
    """The desk's services on one thread's connection (built by app code, see desk_app.py)."""

    service: CheckInService  # codes scanned at the desk, photos, the print journal (service.jobs)
    desk: DeskService  # the desk's audited actions (docs/desk.md)
    kiosk_id: str  # this machine, as the audit log and the registry name it
    clock: Callable[[], datetime]
    credentials: tuple[StaffCredential, ...] = field(default=())

    @property
    def db(self) -> Database:
        return self.service.jobs.db

    @property
    def jobs(self) -> PrintJobs:
        return self.service.jobs

    def reload_keys(self) -> None:
        """A sync round brought keys or revocations: codes scanned at the desk see them."""
        self.service.reload_keys()

    def sign_in(self, secret: str) -> SignIn:
        """A PIN or a staff QR's text (slow: scrypt), audited, with the machine's lockout."""
        return sign_in(self.db, self.credentials, secret, self.kiosk_id, self.clock())


def desk_backend(
    service: CheckInService,
    kiosk_id: str,
    clock: Callable[[], datetime],
    credentials: Sequence[StaffCredential],
) -> DeskBackend:
    """The backend around a check-in service built on the worker thread."""
    desk = DeskService(service.jobs.db, service.jobs, kiosk_id, clock)
    return DeskBackend(service, desk, kiosk_id, clock, tuple(credentials))


__all__ = ["DeskBackend", "DeskStaff", "desk_backend"]
