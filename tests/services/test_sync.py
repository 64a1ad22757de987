"""sync_once against the in-package fake registry: push, pull in pages, heartbeat, conflicts."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from sync_kiosks import PEOPLE, Kiosk, kiosk, wsis_registry
from wsis_event import EVENT

from kiosk.core.exchange import ChangePage
from kiosk.services.sync import PrinterHealth, SyncOptions, retry_delay, sync_once
from kiosk.store import Database, events, journal, keys, outbox, participants, sync_state
from kiosk.store.changes import count_conflicts, open_conflicts
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.fake import FakeRegistry


@pytest.fixture
def registry() -> FakeRegistry:
    return wsis_registry()


@pytest.fixture
def kiosk_a(tmp_path: Path, registry: FakeRegistry) -> Kiosk:
    return kiosk(tmp_path, registry, "itu-tower-1")


@pytest.fixture
def kiosk_b(tmp_path: Path, registry: FakeRegistry) -> Kiosk:
    return kiosk(tmp_path, registry, "cicg-1")


def test_a_fresh_kiosk_gets_the_event_roster_and_keys(kiosk_a: Kiosk) -> None:
    report = kiosk_a.sync()
    assert report.ok
    assert report.online
    assert report.reached_end
    assert report.pulled == 1 + 2 + len(PEOPLE) + 1  # event, categories, people, key
    assert events.load_event(kiosk_a.db) == EVENT
    assert [c.code for c in events.load_categories(kiosk_a.db, EVENT.id)] == ["DEL", "VIP"]
    assert participants.get_participant(kiosk_a.db, 102).badge_name == "李伟"  # type: ignore[union-attr]
    assert 7 in keys.load_keyring(kiosk_a.db)
    assert report.keys_changed
    assert (
        sync_state.load_state(kiosk_a.db).watermark == report.watermark == len(kiosk_a.registry.log)
    )


def test_a_check_in_on_one_kiosk_shows_on_the_other(kiosk_a: Kiosk, kiosk_b: Kiosk) -> None:
    kiosk_a.sync(), kiosk_b.sync()
    check_in = kiosk_a.check_in(101)
    report = kiosk_a.sync()
    assert (report.pushed, report.outbox_left) == (1, 0)
    kiosk_b.sync()
    person = participants.get_participant(kiosk_b.db, 101)
    assert person is not None
    assert person.checked_in_at == check_in.at
    assert journal.count_check_ins(kiosk_b.db) == 1
    assert outbox.pending_count(kiosk_b.db) == 0  # a remote check-in is not sent back


def test_own_check_ins_coming_back_are_not_doubled(kiosk_a: Kiosk) -> None:
    kiosk_a.sync()
    kiosk_a.check_in(101)
    kiosk_a.sync()
    kiosk_a.sync()
    assert journal.count_check_ins(kiosk_a.db) == 1


def test_a_cut_answer_is_retried_without_a_duplicate(
    kiosk_a: Kiosk, registry: FakeRegistry
) -> None:
    kiosk_a.sync()
    kiosk_a.check_in(101)
    kiosk_a.registry.client(kiosk_a.kiosk_id).push(outbox.pending_entries(kiosk_a.db, 10))
    # The registry stored the item but the answer never arrived: the item is still pending.
    report = kiosk_a.sync()
    assert (report.pushed, report.duplicates, report.outbox_left) == (0, 1, 0)
    assert sum(1 for kind, _ in registry.log if kind == "checkin") == 1


def test_the_outbox_goes_in_batches_oldest_first(kiosk_a: Kiosk, registry: FakeRegistry) -> None:
    kiosk_a.sync()
    for person in PEOPLE:
        kiosk_a.check_in(person.registration_id)
    report = kiosk_a.sync(SyncOptions(batch_size=2))
    assert report.pushed == 3
    assert report.outbox_left == 0
    uploaded = [data["registration_id"] for kind, data in registry.log if kind == "checkin"]
    assert uploaded == [101, 102, 103]


def test_an_unreachable_registry_keeps_everything_for_later(
    kiosk_a: Kiosk, registry: FakeRegistry
) -> None:
    kiosk_a.sync()
    kiosk_a.check_in(101)
    registry.failures.append(SyncError(SyncProblem.NETWORK, "cannot reach the registry"))
    report = kiosk_a.sync()
    assert not report.ok
    assert not report.online
    assert not report.heartbeat_sent
    assert report.outbox_left == 1
    assert sync_state.load_state(kiosk_a.db).last_error == "cannot reach the registry"
    assert kiosk_a.sync().pushed == 1


def test_a_cut_during_the_download_resumes_from_the_last_whole_page(
    kiosk_a: Kiosk, registry: FakeRegistry
) -> None:
    client = registry.client(kiosk_a.kiosk_id)
    calls = []

    class CutAfterTwoPages:
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(client, name)

        def changes(self, since: int, limit: int):  # type: ignore[no-untyped-def]
            calls.append(since)
            if len(calls) > 2:
                raise SyncError(SyncProblem.NETWORK, "connection reset")
            return client.changes(since, limit)

    from kiosk.services.sync import sync_once

    first = sync_once(kiosk_a.db, CutAfterTwoPages(), kiosk_a.clock, SyncOptions(page_limit=2))  # type: ignore[arg-type]
    assert (first.pages, first.watermark, first.reached_end) == (2, 4, False)
    second = kiosk_a.sync(SyncOptions(page_limit=2))
    assert second.reached_end
    assert second.pulled == len(registry.log) - 4


def test_both_offline_check_ins_are_kept_and_the_higher_badge_wins(
    kiosk_a: Kiosk, kiosk_b: Kiosk, registry: FakeRegistry
) -> None:
    kiosk_a.sync(), kiosk_b.sync()
    kiosk_a.check_in(101)
    older = kiosk_a.print_badge(101, 1)
    kiosk_b.check_in(101, minutes=2)
    newer = kiosk_b.print_badge(101, 1, minutes=2)  # same version, later: it wins
    for k in (kiosk_a, kiosk_b, kiosk_a):
        k.sync()
    for k in (kiosk_a, kiosk_b):
        assert journal.count_check_ins(k.db) == 2
        records = {r.issue.id: r for r in journal.badge_records(k.db, 101)}
        assert records[newer.id].is_active
        assert not records[older.id].is_active
        assert participants.get_participant(k.db, 101).badge_version == 1  # type: ignore[union-attr]


def test_conflicts_from_the_registry_are_kept_until_closed(
    kiosk_a: Kiosk, registry: FakeRegistry
) -> None:
    opened = {
        "id": "c-1",
        "registration_id": 101,
        "kind": "double-check-in",
        "opened_at": "2022-05-30T07:10:00+00:00",
        "closed_at": None,
        "detail": "2 kiosks",
    }
    registry.publish("conflict", opened)
    assert kiosk_a.sync().open_conflicts == 1
    [case] = open_conflicts(kiosk_a.db)
    assert (case.id, case.registration_id, case.kind) == ("c-1", 101, "double-check-in")
    registry.publish("conflict", {**opened, "closed_at": "2022-05-30T08:00:00+00:00"})
    kiosk_a.sync()
    assert count_conflicts(kiosk_a.db) == 0
    assert count_conflicts(kiosk_a.db, open_only=False) == 1


def test_a_rejected_item_stays_marked_for_staff(kiosk_a: Kiosk, registry: FakeRegistry) -> None:
    kiosk_a.sync()
    check_in = kiosk_a.check_in(999_999)  # nobody the registry knows

    client = registry.client(kiosk_a.kiosk_id)
    from kiosk.core.exchange import PushResult, PushStatus

    class Refusing:
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(client, name)

        def push(self, items):  # type: ignore[no-untyped-def]
            return [
                PushResult(i.id, PushStatus.REJECTED, "unknown-participant", "no such registration")
                for i in items
            ]

    from kiosk.services.sync import sync_once

    report = sync_once(kiosk_a.db, Refusing(), kiosk_a.clock)  # type: ignore[arg-type]
    assert report.rejected == 1
    assert report.outbox_left == 0
    [item] = outbox.rejected_items(kiosk_a.db)
    assert item.entry.id == check_in.id
    assert item.error == "unknown-participant: no such registration"
    assert kiosk_a.sync().pushed == 0  # never sent again


def test_heartbeat_carries_the_kiosk_health_and_clears_a_healed_error(
    kiosk_a: Kiosk, registry: FakeRegistry
) -> None:
    kiosk_a.sync()
    kiosk_a.check_in(101)
    registry.failures.append(SyncError(SyncProblem.UNAVAILABLE, "HTTP 503"))
    kiosk_a.sync()
    health = PrinterHealth("escpos+tcp://10.0.0.5:9100", "ok", "near-end")
    kiosk_a.clock.advance(42)
    report = kiosk_a.sync(SyncOptions(printer=lambda: health, app_version="9.9"))
    assert report.heartbeat_sent
    beat = registry.heartbeats[-1]
    assert beat["printer"] == {
        "name": "escpos+tcp://10.0.0.5:9100",
        "state": "ok",
        "paper": "near-end",
    }
    assert beat["app_version"] == "9.9"
    assert beat["outbox_length"] == 0
    assert beat["data_age_s"] == 0
    assert beat["watermark"] == report.watermark
    assert beat["last_error"] == ""


def test_a_revoked_kiosk_stops_and_says_why(kiosk_a: Kiosk, registry: FakeRegistry) -> None:
    registry.revoked.add(kiosk_a.kiosk_id)
    report = kiosk_a.sync()
    assert report.problem is SyncProblem.DEVICE_REVOKED
    assert report.online
    assert not report.heartbeat_sent
    assert "revoked" in report.error


def test_backoff_doubles_from_two_seconds_to_five_minutes_with_jitter() -> None:
    rng = random.Random(8)
    assert retry_delay(0, rng) == 0
    for failures, ceiling in ((1, 2), (2, 4), (5, 32), (9, 300), (40, 300)):
        delays = [retry_delay(failures, rng) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1  # jittered


def test_a_bulk_download_is_searchable_once_the_feed_is_read_to_its_end(
    tmp_path: Path,
) -> None:
    crowd = [
        replace(PEOPLE[0], registration_id=1000 + n, given_name=f"Nr{n}x", badge_name="X")
        for n in range(250)
    ]
    registry = wsis_registry(crowd)
    node = kiosk(tmp_path, registry, "itu-tower-9")
    cut = SyncError(SyncProblem.NETWORK, "connection reset")

    class CutAfterFirstPage:
        def __init__(self) -> None:
            self.calls = 0

        def __getattr__(self, name: str) -> object:
            return getattr(registry.client(node.kiosk_id), name)

        def changes(self, since: int, limit: int) -> ChangePage:
            self.calls += 1
            if self.calls > 1:
                raise cut
            return registry.client(node.kiosk_id).changes(since, limit)

    sync_once(node.db, CutAfterFirstPage(), node.clock, SyncOptions(page_limit=240))  # type: ignore[arg-type]
    assert participants.search_participants(node.db, "nr17x") == []  # paused mid-download
    assert event_index(node.db) == []  # dropped for the download, rebuilt at its end
    assert node.sync().reached_end
    found = participants.search_participants(node.db, "nr17x")
    assert [p.registration_id for p in found] == [1017]
    assert event_index(node.db) == ["participants_event"]
    plan = node.db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM participants WHERE event_id = 22 AND category = 'DEL'"
    ).fetchall()
    assert "participants_event" in str(plan)


def event_index(db: Database) -> list[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'participants_event'"
    ).fetchall()
    return [row[0] for row in rows]


def test_a_registry_that_was_reset_is_read_again_from_the_start(
    kiosk_a: Kiosk, registry: FakeRegistry
) -> None:
    kiosk_a.sync()
    registry.log[:] = registry.log[:3]  # restored from an older backup: the feed is shorter
    report = kiosk_a.sync()
    assert report.ok
    assert (report.pulled, report.watermark) == (3, 3)
