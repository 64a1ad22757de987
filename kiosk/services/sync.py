"""One sync round with the registry: push the outbox, pull the change feed, send a heartbeat.

Upload first, so what this kiosk did reaches everyone even when the download is long; then the
feed page by page, each page applied in one transaction with its watermark, so a cut anywhere
resumes from the last whole page. Every failure ends the round with a report, never an exception:
the caller (a timer, `kiosk sync --once`) decides when to try again (``retry_delay``).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.core.exchange import DEFAULT_PAGE, MAX_PUSH_ITEMS, ChangePage, Heartbeat, PushStatus
from kiosk.services.photo_upload import push_photos
from kiosk.store import Database, StoreError, changes, outbox, sync_state
from kiosk.sync.client import RegistryClient, SyncError, SyncProblem

log = logging.getLogger(__name__)

FIRST_DELAY_S = 2.0
MAX_DELAY_S = 300.0
_UNREACHED = frozenset({SyncProblem.NETWORK, SyncProblem.UNAVAILABLE})


@dataclass(frozen=True, slots=True)
class PrinterHealth:
    """What the heartbeat says about the badge printer (docs/registry-protocol.md)."""

    name: str = ""
    state: str = "unknown"  # ok, paper-out, cover-open, offline, unknown
    paper: str = "unknown"  # ok, near-end, out, unknown


@dataclass(frozen=True, slots=True)
class SyncOptions:
    batch_size: int = MAX_PUSH_ITEMS
    page_limit: int = DEFAULT_PAGE
    app_version: str = __version__
    printer: Callable[[], PrinterHealth] = PrinterHealth
    # Called after each applied page with (changes applied so far, watermark): progress lines.
    progress: Callable[[int, int], None] | None = None
    photos_dir: Path | None = None  # where the kiosk's photos are: uploaded after the outbox
    registry: str = ""  # the registry served, named in heartbeats (registries.describe)


@dataclass(frozen=True, slots=True)
class SyncReport:
    """How a round went; ``error`` is empty when every step reached the registry and succeeded."""

    started_at: datetime
    finished_at: datetime
    pushed: int = 0  # outbox items the registry accepted
    duplicates: int = 0  # items it already held (a retry after a cut connection)
    rejected: int = 0  # items it refused: kept in the outbox, marked for staff
    pulled: int = 0  # changes applied
    pages: int = 0
    watermark: int = 0
    outbox_left: int = 0
    reached_end: bool = False  # the whole feed is applied: the data is current
    keys_changed: bool = False  # keys, revocations or the event changed: reload the keyring
    heartbeat_sent: bool = False
    error: str = ""
    problem: SyncProblem | None = None
    data_as_of: datetime | None = None  # when the kiosk last read the feed to its end
    open_conflicts: int = 0  # cases the registry flagged for staff (two check-ins, two badges)
    photos_uploaded: int = 0
    photos_refused: int = 0
    retry_after_s: float | None = None  # the registry asked to wait this long (HTTP 429)

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def needs_person(self) -> bool:
        """Retrying alone will not help: the kiosk must be enrolled again."""
        return self.problem in (SyncProblem.UNAUTHENTICATED, SyncProblem.DEVICE_REVOKED)

    @property
    def online(self) -> bool:
        """The registry answered (even if it refused something)."""
        return self.problem not in _UNREACHED

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "online": self.online,
            "pushed": self.pushed,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "pulled": self.pulled,
            "pages": self.pages,
            "watermark": self.watermark,
            "outbox_left": self.outbox_left,
            "reached_end": self.reached_end,
            "heartbeat_sent": self.heartbeat_sent,
            "error": self.error,
            "problem": self.problem.value if self.problem else None,
            "data_as_of": self.data_as_of.isoformat() if self.data_as_of else None,
            "open_conflicts": self.open_conflicts,
            "photos_uploaded": self.photos_uploaded,
            "photos_refused": self.photos_refused,
            "seconds": round((self.finished_at - self.started_at).total_seconds(), 3),
        }


@dataclass(slots=True)
class _Tally:
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    pages: int = 0
    reached_end: bool = False
    keys_changed: bool = False
    error: str = ""
    problem: SyncProblem | None = None
    heartbeat_sent: bool = False
    photos_uploaded: int = 0
    photos_refused: int = 0
    retry_after_s: float | None = None


def sync_once(
    db: Database,
    client: RegistryClient,
    clock: Callable[[], datetime],
    options: SyncOptions | None = None,
) -> SyncReport:
    """Push, pull, heartbeat; returns what happened (errors included, never raised)."""
    options = options or SyncOptions()
    started = clock()
    tally = _Tally()
    try:
        _push(db, client, options, tally)
        if options.photos_dir is not None:
            sent = push_photos(db, client, options.photos_dir, clock)
            tally.photos_uploaded, tally.photos_refused = sent.uploaded, sent.refused
        _pull(db, client, options, tally)
    except SyncError as exc:
        tally.error, tally.problem = str(exc), exc.problem
        tally.retry_after_s = exc.retry_after_s
    except StoreError as exc:
        tally.error, tally.problem = str(exc), SyncProblem.BAD_ANSWER
    if tally.problem not in _UNREACHED and not (tally.problem and _needs_person(tally)):
        _heartbeat(db, client, clock, options, tally)
    sync_state.record_round(db, clock(), tally.error, tally.reached_end)
    report = _report(db, started, clock(), tally)
    _log(report)
    return report


def _needs_person(tally: _Tally) -> bool:
    return tally.problem in (SyncProblem.UNAUTHENTICATED, SyncProblem.DEVICE_REVOKED)


def _push(db: Database, client: RegistryClient, options: SyncOptions, tally: _Tally) -> None:
    rounds = outbox.pending_count(db) // max(1, options.batch_size) + 1
    for _ in range(rounds):
        batch = outbox.pending_entries(db, options.batch_size)
        if not batch:
            return
        outbox.note_attempt(db, [entry.id for entry in batch])
        results = client.push(batch)
        stored = [r.id for r in results if r.status.is_stored]
        refused = [
            (r.id, f"{r.code}: {r.message}".strip(": "))
            for r in results
            if r.status is PushStatus.REJECTED
        ]
        outbox.acknowledge(db, stored)
        outbox.reject(db, refused)
        tally.pushed += sum(r.status is PushStatus.ACCEPTED for r in results)
        tally.duplicates += sum(r.status is PushStatus.DUPLICATE for r in results)
        tally.rejected += len(refused)
        if len(results) < len(batch):
            return  # the registry left items unanswered: they stay pending for the next round


def _pull(db: Database, client: RegistryClient, options: SyncOptions, tally: _Tally) -> None:
    try:
        _pull_pages(db, client, options, tally)
    except SyncError as exc:
        if exc.problem is not SyncProblem.FEED_RESET:
            raise
        log.warning("the registry's feed is behind this kiosk's watermark; reading it from 0")
        sync_state.restart_feed(db)
        _pull_pages(db, client, options, tally)


def _pull_pages(db: Database, client: RegistryClient, options: SyncOptions, tally: _Tally) -> None:
    """Apply pages in order; the next page downloads on a helper thread while this one is
    written (SQLite and the socket both release the GIL), so a first sync takes about as long
    as the slower of the two rather than their sum."""
    since = sync_state.load_state(db).watermark
    durability = changes.first_download(db) if since == 0 else nullcontext()
    with durability, ThreadPoolExecutor(1, thread_name_prefix="sync-download") as download:
        upcoming = download.submit(client.changes, since, options.page_limit)
        while True:
            page = upcoming.result()
            if page.more:
                upcoming = download.submit(client.changes, page.next, options.page_limit)
            _apply(db, page, options, tally)
            if not page.more:
                changes.rebuild_search_index(db)
                tally.reached_end = True
                return


def _apply(db: Database, page: ChangePage, options: SyncOptions, tally: _Tally) -> None:
    changes.apply_page(db, page)
    tally.pages += 1
    tally.pulled += page.count
    tally.keys_changed |= bool(page.keys or page.revocations or page.events or page.ticket_keys)
    if options.progress is not None:
        options.progress(tally.pulled, page.next)


def _heartbeat(
    db: Database,
    client: RegistryClient,
    clock: Callable[[], datetime],
    options: SyncOptions,
    tally: _Tally,
) -> None:
    state = sync_state.load_state(db)
    now = clock()
    last_pull = now if tally.reached_end else state.last_pull_at
    printer = options.printer()
    beat = Heartbeat(
        app_version=options.app_version,
        outbox_length=outbox.pending_count(db),
        watermark=state.watermark,
        data_age_s=None if last_pull is None else max(0, round((now - last_pull).total_seconds())),
        printer_name=printer.name,
        printer_state=printer.state,
        paper=printer.paper,
        last_error=tally.error[:500],  # "" once the kiosk is healthy again
        sent_at=now,
        registry=options.registry,
    )
    try:
        client.heartbeat(beat)
    except SyncError as exc:
        tally.error = tally.error or str(exc)
        tally.problem = tally.problem or exc.problem
        return
    tally.heartbeat_sent = True


def _report(db: Database, started: datetime, finished: datetime, tally: _Tally) -> SyncReport:
    report = SyncReport(
        started_at=started,
        finished_at=finished,
        pushed=tally.pushed,
        duplicates=tally.duplicates,
        rejected=tally.rejected,
        pulled=tally.pulled,
        pages=tally.pages,
        reached_end=tally.reached_end,
        keys_changed=tally.keys_changed,
        heartbeat_sent=tally.heartbeat_sent,
        photos_uploaded=tally.photos_uploaded,
        photos_refused=tally.photos_refused,
        error=tally.error,
        problem=tally.problem,
        retry_after_s=tally.retry_after_s,
    )
    state = sync_state.load_state(db)
    return replace(
        report,
        watermark=state.watermark,
        outbox_left=outbox.pending_count(db),
        data_as_of=state.last_pull_at,
        open_conflicts=changes.count_conflicts(db),
    )


def _log(report: SyncReport) -> None:
    if report.ok:
        log.info(
            "sync: pushed %d (+%d duplicate, %d rejected), pulled %d in %d pages, watermark %d",
            report.pushed,
            report.duplicates,
            report.rejected,
            report.pulled,
            report.pages,
            report.watermark,
        )
    else:
        log.warning("sync round failed (%s): %s", report.problem, report.error)


def retry_delay(
    failures: int, rng: random.Random | None = None, asked_s: float | None = None
) -> float:
    """Seconds to wait after ``failures`` failed rounds in a row: 2 s doubling to 5 min, each
    drawn between half and all of that (jitter), so a fleet cut off together does not return
    together; never less than the registry ``asked_s`` (HTTP 429 Retry-After), up to 5 min."""
    if failures <= 0:
        return 0.0
    ceiling = min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** min(failures - 1, 20))
    drawn = (rng or random.Random()).uniform(ceiling / 2, ceiling)
    return max(drawn, min(asked_s or 0.0, MAX_DELAY_S))


class SyncSession:
    """A sync engine bound to one database connection and one client, used on one thread."""

    def __init__(
        self,
        db: Database,
        client: RegistryClient,
        clock: Callable[[], datetime],
        options: SyncOptions | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self._db = db
        self._client = client
        self._clock = clock
        self._options = options or SyncOptions()
        self._on_close = on_close

    def run(self) -> SyncReport:
        return sync_once(self._db, self._client, self._clock, self._options)

    def close(self) -> None:
        self._db.close()
        if self._on_close is not None:
            self._on_close()
