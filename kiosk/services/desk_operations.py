"""What the desk's Operations page shows: the printers, the print queue and where sync stands.

Read on the desk's worker thread: asking printers for their state may take seconds (each query
has its own deadline, services/printer_check.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.printing.base import PrintResult
from kiosk.services.check_in import CheckInService
from kiosk.services.printer_check import PrinterReport, check_printers
from kiosk.store import Database, journal, outbox, sync_state
from kiosk.store.exceptions import badge_names
from kiosk.store.journal import PrintJob
from kiosk.store.sync_state import SyncState


@dataclass(frozen=True, slots=True)
class QueuedJob:
    job: PrintJob
    name: str  # the badge name on the roster now; "" when unknown


@dataclass(frozen=True, slots=True)
class OperationsView:
    printers: PrinterReport  # every configured printer, primary first
    queue: tuple[QueuedJob, ...]  # open print jobs, newest first
    sync: SyncState  # the last round's time and error, the last complete pull
    outbox_waiting: int  # what this machine did that the registry has not acknowledged
    outbox_rejected: int
    now: datetime  # the desk's clock when this was read (for the data's age)


def operations_view(service: CheckInService, now: datetime) -> OperationsView:
    """The printers' answers, the open jobs and the sync state (slow: printers are asked)."""
    jobs = service.jobs
    db: Database = jobs.db
    # The desk's worker thread prints through these printers itself: it may ask them all,
    # USB and serial ones included.
    report = check_printers(jobs.printers, asked=lambda _uri: True)
    return OperationsView(report, print_queue(db), *_sync(db), now)


def print_queue(db: Database) -> tuple[QueuedJob, ...]:
    """Every open print job, newest first, with the person's badge name."""
    found = journal.open_jobs(db)
    found.reverse()  # open_jobs is oldest first
    names = badge_names(db, (j.registration_id for j in found))
    return tuple(QueuedJob(job, names.get(job.registration_id, "")) for job in found)


def _sync(db: Database) -> tuple[SyncState, int, int]:
    rejected = len(outbox.rejected_items(db, limit=10_000))
    return sync_state.load_state(db), outbox.pending_count(db), rejected


def test_print(service: CheckInService, uri: str) -> PrintResult:
    """The test page on one configured printer (no journal: it is no one's badge)."""
    return service.print_test_page(uri)
