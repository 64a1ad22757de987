"""`kiosk purge`: after the event, remove personal data and photos; keep every count.

Order: refuse while the registry lacks something (unless forced), blank the database's personal
columns in one transaction with its audit line (store/purge.py), delete photo and badge files,
then VACUUM so the blanked text leaves the file. Running it again finishes an interrupted purge.
docs/data-lifecycle.md lists what goes and what stays.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.paths import Home
from kiosk.store import Database, events
from kiosk.store import purge as store

Step = Callable[[str], None]  # a progress line: what the purge is doing now


@dataclass(frozen=True, slots=True)
class PurgePlan:
    """What a purge of this home would remove, and what stands in its way."""

    event_code: str
    rows: store.PersonalRows
    unsent: store.Unsent
    files: tuple[Path, ...]  # photos and badge files on the disk


@dataclass(frozen=True, slots=True)
class PurgeResult:
    rows: store.PersonalRows
    files_removed: int
    files_left: tuple[Path, ...]  # the disk refused (shown to the user, never silently kept)
    compacted: bool  # False: another program held the database; run the purge again
    bytes_before: int
    bytes_after: int


def plan_purge(db: Database, home: Home) -> PurgePlan:
    event = events.load_event(db)
    return PurgePlan(
        event_code=event.code if event else "",
        rows=store.personal_rows(db),
        unsent=store.unsent(db),
        files=tuple(_personal_files(db, home)),
    )


def refusal(plan: PurgePlan) -> str | None:
    """Why the purge must not run without --force, or None."""
    unsent = plan.unsent
    if not unsent.total:
        return None
    parts = []
    if unsent.outbox_pending:
        parts.append(f"{unsent.outbox_pending} waiting to be sent")
    if unsent.outbox_rejected:
        parts.append(f"{unsent.outbox_rejected} refused by the registry")
    if unsent.photos_pending:
        photos = "photo" if unsent.photos_pending == 1 else "photos"
        parts.append(f"{unsent.photos_pending} {photos} not uploaded")
    return (
        f"the registry never got {unsent.total} records of this kiosk ({', '.join(parts)}); "
        "run `kiosk sync` (and ask the registry's operator about refused items), or pass "
        "--force to purge anyway and lose them"
    )


def purge(
    db: Database, home: Home, plan: PurgePlan, audit: tuple[datetime, str], step: Step
) -> PurgeResult:
    """Remove the personal data ``plan`` found; ``audit`` is (now, kiosk id).

    Items the registry never got (the caller allowed it: --force) are marked never to be sent.
    """
    at, kiosk_id = audit
    size_before = _database_bytes(home)
    step(f"blanking the names of {plan.rows.people:,} people and their badge contents")
    record = store.PurgeRecord(at, kiosk_id, "cli", len(plan.files))
    rows = store.blank_personal_data(db, record, give_up_unsent=plan.unsent.total > 0)
    step(f"deleting {len(plan.files):,} photos and badge files")
    left = tuple(path for path in plan.files if not _removed(path))
    step("compacting the database so the removed text leaves the file")
    compacted = store.compact(db)
    return PurgeResult(
        rows, len(plan.files) - len(left), left, compacted, size_before, _database_bytes(home)
    )


def _personal_files(db: Database, home: Home) -> list[Path]:
    """Every file under photos/ and prints/, and badge files the printer wrote elsewhere."""
    found: dict[Path, None] = {}
    for folder in (home.photos, home.prints):
        if folder.is_dir():
            for root, _, names in os.walk(folder):
                found.update((Path(root) / name, None) for name in names)
    for registration_id, output in store.badge_outputs(db):
        path = Path(output)
        # only the printer's own names (<registration>-v<version>...): never a stray path
        if path.name.startswith(f"{registration_id}-v") and path.is_file():
            found[path] = None
    return list(found)


def _removed(path: Path) -> bool:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _database_bytes(home: Home) -> int:
    db = home.database
    paths = (db, db.with_name(db.name + "-wal"))
    return sum(p.stat().st_size for p in paths if p.exists())
