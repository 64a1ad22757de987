"""A first download commits its pages without waiting for the disk; every later round waits.

The relaxed setting (synchronous=NORMAL) is on the sync's own connection only, and only while
the feed is read from watermark 0: a power cut can then cost pages that the next round fetches
again, never a check-in. Every other write keeps the home's setting (FULL).
"""

from __future__ import annotations

from pathlib import Path

from sync_kiosks import kiosk, wsis_registry

from kiosk.core.exchange import ChangePage
from kiosk.services.sync import SyncOptions, sync_once
from kiosk.store import participants, sync_state
from kiosk.sync.client import SyncError, SyncProblem

NORMAL, FULL = 1, 2


def test_only_the_first_download_relaxes_durability_and_it_is_restored(tmp_path: Path) -> None:
    registry = wsis_registry()
    tower, desk = kiosk(tmp_path, registry, "itu-tower-1"), kiosk(tmp_path, registry, "cicg-1")
    seen: list[int] = []

    def note_setting(_applied: int, _watermark: int) -> None:
        seen.append(tower.db.execute("PRAGMA synchronous").fetchone()[0])

    first = tower.sync(SyncOptions(page_limit=2, progress=note_setting))
    assert first.reached_end
    assert len(seen) == first.pages > 1
    assert set(seen) == {NORMAL}
    assert tower.db.execute("PRAGMA synchronous").fetchone()[0] == FULL

    desk.sync()
    desk.check_in(101)
    desk.sync()
    seen.clear()
    later = tower.sync(SyncOptions(progress=note_setting))
    assert later.pulled >= 1
    assert set(seen) == {FULL}
    person = participants.get_participant(tower.db, 101)
    assert person is not None
    assert person.checked_in_at is not None
    assert sync_state.load_state(tower.db).watermark == later.watermark


def test_a_first_download_cut_halfway_restores_the_setting(tmp_path: Path) -> None:
    registry = wsis_registry()
    tower = kiosk(tmp_path, registry, "itu-tower-1")
    client = registry.client(tower.kiosk_id)

    class CutAfterFirstPage:
        def __init__(self) -> None:
            self.calls = 0

        def __getattr__(self, name: str) -> object:
            return getattr(client, name)

        def changes(self, since: int, limit: int) -> ChangePage:
            self.calls += 1
            if self.calls > 1:
                raise SyncError(SyncProblem.NETWORK, "connection reset")
            return client.changes(since, limit)

    report = sync_once(tower.db, CutAfterFirstPage(), tower.clock, SyncOptions(page_limit=2))  # type: ignore[arg-type]
    assert report.problem is SyncProblem.NETWORK
    assert report.pages == 1
    assert tower.db.execute("PRAGMA synchronous").fetchone()[0] == FULL
