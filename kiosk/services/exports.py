"""CSV exports of one day's check-ins and badge prints (docs/reports.md lists the columns).

UTF-8 with a byte-order mark so Excel opens the file in UTF-8; one row per journal entry; no
names (registration ids only): a spreadsheet travels further than the report.
"""

from __future__ import annotations

import csv
import enum
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.services.arrivals import ArrivalsError, day_window, load_event_for_report, venue_zone
from kiosk.store import Database, arrivals

CHECK_IN_COLUMNS = (
    "at_utc",
    "at_local",
    "registration_id",
    "category",
    "kiosk_id",
    "source",
    "origin",
)
PRINT_COLUMNS = (
    "at_utc",
    "at_local",
    "registration_id",
    "badge_version",
    "reason",
    "kiosk_id",
    "printer",
    "deactivated_at_utc",
    "origin",
)

Progress = Callable[[int, int], None]  # rows written, rows in all


class ExportKind(enum.Enum):
    CHECKINS = "checkins"
    PRINTS = "prints"


def export_csv(db: Database, kind: ExportKind, day: date, out: Path, progress: Progress) -> int:
    """Write the day's check-ins or prints to ``out``; the number of rows written."""
    event = load_event_for_report(db)
    window = day_window(event, day)
    zone = venue_zone(event)
    table = "checkins" if kind is ExportKind.CHECKINS else "badge_prints"
    total = arrivals.count_window(db, table, window)
    columns, batches = _source(db, kind, event.id, window, zone)
    partial = out.with_name(out.name + ".partial")
    written = 0
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for batch in batches:
                writer.writerows(batch)
                written += len(batch)
                progress(written, total)
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArrivalsError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return written


def _source(
    db: Database,
    kind: ExportKind,
    event_id: int,
    window: arrivals.Window,
    zone: ZoneInfo,
) -> tuple[tuple[str, ...], Iterator[list[list[object]]]]:
    if kind is ExportKind.CHECKINS:
        return CHECK_IN_COLUMNS, (
            [_check_in_row(r, zone) for r in batch]
            for batch in arrivals.iter_check_ins(db, event_id, window)
        )
    return PRINT_COLUMNS, (
        [_print_row(r, zone) for r in batch] for batch in arrivals.iter_prints(db, window)
    )


def _check_in_row(r: arrivals.CheckInRow, zone: ZoneInfo) -> list[object]:
    return [
        _utc(r.at),
        _local(r.at, zone),
        r.registration_id,
        r.category,
        r.kiosk_id,
        r.source,
        r.origin,
    ]


def _print_row(r: arrivals.PrintRow, zone: ZoneInfo) -> list[object]:
    deactivated = _utc(r.deactivated_at) if r.deactivated_at else ""
    head: Iterable[object] = (_utc(r.at), _local(r.at, zone), r.registration_id, r.badge_version)
    return [*head, r.reason, r.kiosk_id, r.printer, deactivated, r.origin]


def _utc(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


def _local(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
