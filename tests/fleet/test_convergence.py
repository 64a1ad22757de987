"""Three kiosks check people in while they sync through a hostile network, then all agree.

The registry runs as its own process; the kiosks are real homes (`kiosk enroll`), each with a
background sync thread (its own SQLite connection, as in the kiosk window) that runs sync rounds
back to back through the fault proxy (tests/faultproxy.py: drops, delays, duplicates, reorders,
cut answers, 500/502/503, garbage). Meanwhile the main thread scans people in at random kiosks,
as attendees would, with the real check-in service (`kiosk scan`'s code path, badge printed to a
file printer). Small push batches and feed pages make every round many requests.

The registry is one process on SQLite, or two processes on one private PostgreSQL server with
the proxy handing requests to both in turn (tests/pg.py; skipped, saying so, without the Debian
package postgresql).

Then the network heals and every kiosk syncs until nothing moves, and the test checks:
- every check-in and badge print a kiosk made is at the registry, exactly once (zero lost, zero
  duplicated), and each kiosk's count of check-ins matches the scans it answered "checked in";
- all three kiosks hold exactly the registry's check-ins and badge prints, with empty outboxes;
- all three kiosks and the registry agree on each person's one valid badge.

CI runs 90 sync rounds (30 per kiosk, 40 people) with a fixed seed. The big run (300 people):
KIOSK_FAULT_ROUNDS=600 KIOSK_FAULT_SEED=7 pytest tests/fleet/test_convergence.py -s
"""

from __future__ import annotations

import contextlib
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pg
import pytest
from faultproxy import FaultProxy, RandomPolicy, fault_proxy
from fleet_harness import FIRST, MONDAY, LiveRegistry, device_token, feed, point_at

from kiosk.app import scan_headless
from kiosk.cli import main
from kiosk.core.checkin import Outcome
from kiosk.paths import Home
from kiosk.registry import operations
from kiosk.registry.database import Database as RegistryDatabase
from kiosk.services.sync import SyncOptions, SyncReport
from kiosk.store import Database, journal, open_database, outbox
from kiosk.syncing import session_factory, sync_setup

pytestmark = pytest.mark.integration

ROUNDS = int(os.environ.get("KIOSK_FAULT_ROUNDS", "90"))  # sync rounds, all kiosks together
SEED = int(os.environ.get("KIOSK_FAULT_SEED", "2022"))
PEOPLE = max(40, ROUNDS // 2)  # enough people that scans keep checking new ones in
KIOSKS = ("tower-1", "montbrillant-2", "cicg-3")
# The sample has VIPs (collected at the desk) and a few revoked codes: refusals, no check-in.
_EXPECTED = (
    Outcome.CHECKED_IN,
    Outcome.ALREADY_COLLECTED,
    Outcome.COLLECT_AT_DESK,
    Outcome.REVOKED,
)
SMALL = SyncOptions(batch_size=3, page_limit=7)  # many requests a round: many chances to fail


@pytest.fixture(scope="module", params=["sqlite", "postgresql-two-processes"])
def registries(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[LiveRegistry]]:
    """One registry process on SQLite, or two processes sharing one private PostgreSQL server
    (the proxy hands requests to both in turn, as a load balancer would)."""
    folder = tmp_path_factory.mktemp("registry")
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            urls = [f"sqlite:///{folder / 'registry.db'}"]
        else:
            bin_dir = pg.find_bin_dir()
            if bin_dir is None:
                pytest.skip(pg.SKIP_REASON)
            cluster = stack.enter_context(pg.running_cluster(bin_dir))
            urls = [cluster.new_database()] * 2
        first = LiveRegistry(folder, urls[0])
        first.init_demo(PEOPLE)
        served = []
        for url in urls:
            registry = LiveRegistry(folder, url, admin_token=first.admin_token)
            stack.callback(registry.stop)
            served.append(registry.serve())
        yield served


@pytest.fixture(scope="module")
def live(registries: list[LiveRegistry]) -> LiveRegistry:
    return registries[0]


@pytest.fixture(autouse=True)
def monday_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_SIMULATED_TIME", MONDAY)


def _codes(live: LiveRegistry) -> dict[int, str]:
    """Every participant's signed credential, as on their confirmation e-mail."""
    db = RegistryDatabase(live.db_url)
    try:
        now = datetime(2022, 5, 20, tzinfo=UTC)
        return {
            reg: operations.credential_for(db, reg, now) for reg in range(FIRST, FIRST + PEOPLE)
        }
    finally:
        db.close()


def _enrolled_homes(tmp_path: Path, live: LiveRegistry, proxy: FaultProxy) -> list[Path]:
    homes = []
    for kiosk_id in KIOSKS:
        home = tmp_path / kiosk_id
        assert main(["--home", str(home), "enroll", live.url, live.enroll_code(kiosk_id)]) == 0
        assert main(["--home", str(home), "sync", "--once"]) == 0  # the roster, before the storm
        point_at(home, proxy.url)
        homes.append(home)
    return homes


class _SyncThread(threading.Thread):
    """A kiosk's background sync: rounds back to back, on its own connection."""

    def __init__(self, home: Path, rounds: int, seed: int) -> None:
        super().__init__(daemon=True)
        self.home, self.rounds, self.seed = home, rounds, seed
        self.reports: list[SyncReport] = []
        self.failure: BaseException | None = None

    def run(self) -> None:
        rng = random.Random(self.seed)
        session = session_factory(sync_setup(Home(self.home)), SMALL)()
        try:
            for _ in range(self.rounds):
                self.reports.append(session.run())
                time.sleep(rng.uniform(0.02, 0.15))  # air between rounds, so scans land mid-round
        except BaseException as exc:  # reported by the test, not lost in a thread
            self.failure = exc
        finally:
            session.close()


def _scan_while_syncing(
    homes: list[Path], threads: list[_SyncThread], codes: dict[int, str]
) -> Counter[str]:
    """Scans at random kiosks until the sync threads are done; counts "checked in" per kiosk."""
    rng = random.Random(SEED)
    checked_in: Counter[str] = Counter()
    while any(thread.is_alive() for thread in threads):
        home = rng.choice(homes)
        result = scan_headless(Home(home), codes[rng.choice(list(codes))])
        assert result.outcome in _EXPECTED, result
        checked_in[home.name] += result.outcome is Outcome.CHECKED_IN
    return checked_in


def _settle(homes: list[Path], proxy: FaultProxy, live: LiveRegistry) -> None:
    """The network heals: sync every kiosk until no round moves anything."""
    assert isinstance(proxy.policy, RandomPolicy)
    proxy.policy.fault_rate = 0.0
    proxy.drain()
    for _ in range(6):
        before = live.status()["last_seq"]
        reports = [session_factory(sync_setup(Home(home)), SMALL)().run() for home in homes]
        calm = all(r.ok and r.reached_end and r.outbox_left == 0 for r in reports)
        if calm and live.status()["last_seq"] == before:
            return
    raise AssertionError("the kiosks did not settle after six quiet rounds each")


def _rows(db: Database, table: str) -> list[tuple[Any, ...]]:
    return list(db.execute(f"SELECT id, registration_id, origin FROM {table}").fetchall())


def test_three_kiosks_converge_through_a_faulty_network(
    tmp_path: Path, registries: list[LiveRegistry], live: LiveRegistry, qapp: object
) -> None:
    codes = _codes(live)
    ports = [registry.port for registry in registries]
    with fault_proxy(ports, RandomPolicy(SEED), max_delay_s=0.15) as proxy:
        homes = _enrolled_homes(tmp_path, live, proxy)
        per_kiosk = ROUNDS // len(homes)
        threads = [_SyncThread(home, per_kiosk, SEED + i) for i, home in enumerate(homes)]
        for thread in threads:
            thread.start()
        checked_in = _scan_while_syncing(homes, threads, codes)
        for thread in threads:
            thread.join(timeout=600)
            assert thread.failure is None, thread.failure
        failed = sum(not r.ok for t in threads for r in t.reports)
        _settle(homes, proxy, live)
        faults = ", ".join(
            f"{fault.value} {n}" for fault, n in sorted(proxy.stats.items(), key=_by_name)
        )
    made = sum(checked_in.values())
    print(f"\n{ROUNDS} rounds, seed {SEED}: {made} check-ins, {failed} rounds failed; {faults}")
    assert failed > 0  # the network really was hostile
    _check_agreement(homes, live, checked_in)


def _check_agreement(homes: list[Path], live: LiveRegistry, checked_in: Counter[str]) -> None:
    changes = feed(live.url, device_token(homes[0]))
    registry_checkins = [c["data"]["id"] for c in changes if c["kind"] == "checkin"]
    registry_prints = {c["data"]["id"]: c["data"] for c in changes if c["kind"] == "badge_print"}
    assert len(set(registry_checkins)) == len(registry_checkins)  # the feed lists each once
    status = live.status()
    assert status["checkins"] == len(set(registry_checkins))  # nothing stored twice
    assert status["badge_prints"] == len(registry_prints)
    assert status["checkins"] == sum(checked_in.values())  # every "checked in" arrived
    valid_at_registry = _valid_badges(
        (data["registration_id"], data["id"])
        for data in registry_prints.values()
        if not data.get("deactivated_at")
    )
    assert all(len(ids) == 1 for ids in valid_at_registry.values())  # one valid badge each
    for home in homes:
        db = open_database(home / "kiosk.db")
        try:
            checkins, prints = _rows(db, "checkins"), _rows(db, "badge_prints")
            local = [row for row in checkins if row[2] == "local"]
            assert len(local) == checked_in[home.name], home.name  # zero lost on the kiosk
            assert sorted(row[0] for row in checkins) == sorted(registry_checkins), home.name
            assert sorted(row[0] for row in prints) == sorted(registry_prints), home.name
            assert outbox.pending_count(db) == 0, home.name
            assert _kiosk_valid_badges(db) == valid_at_registry, home.name
        finally:
            db.close()


def _valid_badges(pairs: Iterator[tuple[int, str]] | Any) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for registration_id, badge_id in pairs:
        found.setdefault(registration_id, []).append(badge_id)
    return {reg: sorted(ids) for reg, ids in found.items()}


def _kiosk_valid_badges(db: Database) -> dict[int, list[str]]:
    people = [r[0] for r in db.execute("SELECT DISTINCT registration_id FROM badge_prints")]
    return _valid_badges(
        (reg, record.issue.id)
        for reg in people
        for record in journal.badge_records(db, reg)
        if record.is_active
    )


def _by_name(item: tuple[Any, int]) -> str:
    return str(item[0].value)
