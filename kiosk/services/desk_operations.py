"""What the desk's Operations page shows: the printers, the print queue and where sync stands.

Read on the desk's worker thread. Printers on the network are asked by the desk's printer monitor
on its own thread (ui/printer_monitor.py): a printer that does not answer holds up its own thread
for its deadline, never the worker that searches and prints. The worker asks only the printers it
owns (USB and serial ones, which one thread at a time may open), or all of them when there is no
monitor (tests, tools).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.printing.base import PrinterState, PrinterStatus, PrintResult
from kiosk.services.check_in import CheckInService
from kiosk.services.printer_check import ONE_OWNER, PrinterReport, check_printers
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


def operations_view(
    service: CheckInService, now: datetime, monitored: PrinterReport | None = None
) -> OperationsView:
    """The printers' answers, the open jobs and the sync state.

    ``monitored``: the printer monitor's latest report; its answers are used as they are and only
    the printers it may not open (USB, serial) are asked here. None: every printer is asked here.
    """
    jobs = service.jobs
    db: Database = jobs.db
    if monitored is None:
        report = check_printers(jobs.printers, asked=lambda _uri: True)
    else:
        own = check_printers(jobs.printers, asked=lambda uri: uri.lower().startswith(ONE_OWNER))
        answers = dict(monitored.statuses)
        not_yet = PrinterStatus(PrinterState.UNKNOWN)  # the monitor has not answered yet
        report = PrinterReport(
            tuple(
                (uri, status if uri.lower().startswith(ONE_OWNER) else answers.get(uri, not_yet))
                for uri, status in own.statuses
            )
        )
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
