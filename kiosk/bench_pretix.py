"""`kiosk bench --pretix`: the kiosk's offline decisions against a real pretix server's own
check-in API for the same tickets, as ratios measured in one run (issue 13, point 5).

Both sides hold the same people and the same ticket secrets. The kiosk: a demo home whose
roster gets the secrets' hashes the way a sync brings them (``changes.apply_page`` of
``RemoteParticipant`` entries). pretix: the test peer of tests/pretix/peer.py (pretix in its own
virtualenv, SQLite, gunicorn on 127.0.0.1) with one paid order a person written in bulk. Then,
ticket by ticket and alternating so both sides see the same machine load: the kiosk's scan with
its journal write against pretix's ``checkinrpc/redeem``, and the desk search against pretix's
``checkinrpc/search`` for the same queries. pretix is AGPL and only ever a separate process
here: this module talks to it over HTTP and never imports it.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from kiosk.bench_search import search_queries
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.exchange import ChangePage, RemoteParticipant
from kiosk.core.foreign_codes import secret_hash
from kiosk.core.model import Participant, ScanSource
from kiosk.paths import Home
from kiosk.printing.fake import FakePrinter
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_START, init_demo
from kiosk.services.printing import PrintSetup
from kiosk.services.search import find_participants
from kiosk.store import Database, changes, open_database, participants

DEFAULT_PEOPLE = 20_000
MAX_PEOPLE = 100_000
RESULTS = 50  # what the desk's list asks for; pretix's search pages hold 50 too
PAGE = 5_000  # roster entries per applied page, as a sync pages them
_SECRET_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"  # pretix's random secrets: 32 of these
_ITEMS = {"SPK": "SPK", "MED": "MED"}  # the peer's products; every other category is PAR
_WARM_UP = 8  # requests before timing: each gunicorn worker's first answers load code


class PretixBenchError(Exception):
    """pretix cannot be set up or answers wrongly; the message says why."""


@dataclass(frozen=True, slots=True)
class Ticket:
    """One person's pretix ticket, as both sides get it."""

    registration_id: int
    secret: str
    given_name: str
    family_name: str
    email: str
    item: str  # the peer's product code: PAR, SPK or MED


@dataclass(frozen=True, slots=True)
class Rounds:
    """How many of each timed action a run makes."""

    checks: int = 1_000
    scans: int = 300
    searches: int = 100


QUICK = Rounds(checks=300, scans=60, searches=30)


def load_peer() -> ModuleType:
    """tests/pretix/peer.py from this source checkout (the peer is a test tool, not shipped)."""
    path = Path(__file__).resolve().parents[1] / "tests" / "pretix" / "peer.py"
    if not path.is_file():
        raise PretixBenchError(f"needs a source checkout: the pretix test peer {path} is missing")
    spec = importlib.util.spec_from_file_location("kiosk_bench_pretix_peer", path)
    if spec is None or spec.loader is None:
        raise PretixBenchError(f"cannot load the pretix test peer {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def make_tickets(people: Iterator[Participant]) -> list[Ticket]:
    """A fresh random pretix-style secret for each person."""
    return [
        Ticket(
            person.registration_id,
            "".join(secrets.choice(_SECRET_CHARS) for _ in range(32)),
            person.given_name,
            person.family_name,
            person.email,
            _ITEMS.get(person.category, "PAR"),
        )
        for person in people
    ]


def give_secrets(db: Database, tickets: Sequence[Ticket]) -> None:
    """Store each ticket's secret hash on its person, in pages as a sync applies them."""
    by_id = {ticket.registration_id: ticket for ticket in tickets}
    people = [
        RemoteParticipant(
            person, secret_hashes=(secret_hash(by_id[person.registration_id].secret),)
        )
        for person in participants.iter_participants(db)
        if person.registration_id in by_id
    ]
    for number, start in enumerate(range(0, len(people), PAGE)):
        page = tuple(people[start : start + PAGE])
        more = start + PAGE < len(people)
        changes.apply_page(db, ChangePage(number, number + 1, more, participants=page))
    changes.rebuild_search_index(db)


def peer_people(tickets: Sequence[Ticket]) -> list[tuple[str, str, str, str, str]]:
    """The tickets as peer.seed_orders takes them."""
    return [(t.given_name, t.family_name, t.email, t.item, t.secret) for t in tickets]


class PretixCheckIn:
    """The pretix side: a device's keep-alive HTTP client, as a pretix scanning app talks."""

    def __init__(self, peer: Any) -> None:
        self._peer = peer
        answer = httpx.post(
            f"{peer.api}/device/initialize",
            json={
                "token": peer.device_init_token,
                "hardware_brand": "ITU",
                "hardware_model": "Kiosk bench",
                "os_name": "Linux",
                "os_version": "6",
                "software_brand": "wsis-kiosk",
                "software_version": "bench",
            },
            timeout=60,
        )
        if answer.status_code != 200:
            raise PretixBenchError(f"device initialisation answered {answer.status_code}")
        token = answer.json()["api_token"]
        self._client = httpx.Client(headers={"Authorization": f"Device {token}"}, timeout=120)
        self._rpc = f"{peer.api}/organizers/{peer.organizer}/checkinrpc"

    def redeem(self, secret: str) -> None:
        """A first check-in; anything but pretix's "ok" spoils the comparison."""
        body = {
            "secret": secret,
            "lists": [self._peer.checkin_list],
            "source_type": "barcode",
            "type": "entry",
            "nonce": uuid.uuid4().hex,
        }
        answer = self._client.post(f"{self._rpc}/redeem/", json=body)
        status = answer.json().get("status") if answer.content else None
        if answer.status_code != 201 or status != "ok":
            raise PretixBenchError(f"pretix redeem answered {answer.status_code} {status!r}")

    def search(self, text: str) -> None:
        params: dict[str, str | int] = {"list": self._peer.checkin_list, "search": text}
        answer = self._client.get(f"{self._rpc}/search/", params=params)
        if answer.status_code != 200:
            raise PretixBenchError(f"pretix search answered {answer.status_code}")

    def close(self) -> None:
        self._client.close()


def run_pretix_bench(people: int = DEFAULT_PEOPLE, quick: bool = False) -> dict[str, Any]:
    """Both sides with ``people`` tickets; figures in ms, seconds for the set-up steps."""
    if not 1 <= people <= MAX_PEOPLE:
        raise PretixBenchError(f"--pretix-people: 1 to {MAX_PEOPLE}, not {people}")
    peer_module = load_peer()
    rounds = QUICK if quick else Rounds()
    figures: dict[str, Any] = {
        "pretix_people": people,
        "pretix_version": peer_module.PRETIX_VERSION,
        "load_average_1min_start": round(os.getloadavg()[0], 1),
    }
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-pretix-") as tmp:
        home = Home(Path(tmp) / "home")
        started = time.perf_counter()
        init_demo(home, people)
        db = open_database(home.database)
        try:
            tickets = make_tickets(participants.iter_participants(db))
            give_secrets(db, tickets)
            figures["kiosk_roster_s"] = round(time.perf_counter() - started, 1)
            figures.update(_with_peer(peer_module, Path(tmp), db, tickets, rounds))
        finally:
            db.close()
    figures.update(ratios(figures))
    figures["load_average_1min_end"] = round(os.getloadavg()[0], 1)
    return figures


def _with_peer(
    peer_module: ModuleType, tmp: Path, db: Database, tickets: list[Ticket], rounds: Rounds
) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    started = time.perf_counter()
    try:
        with peer_module.running_peer(tmp / "pretix") as peer:
            figures["pretix_start_s"] = round(time.perf_counter() - started, 1)
            started = time.perf_counter()
            peer_module.seed_orders(peer, peer_people(tickets))
            figures["pretix_seed_s"] = round(time.perf_counter() - started, 1)
            pretix = PretixCheckIn(peer)
            try:
                figures.update(_compare(db, pretix, tickets, rounds))
            finally:
                pretix.close()
    except peer_module.PeerUnavailableError as error:
        raise PretixBenchError(f"the pretix peer cannot be set up: {error}") from error
    except httpx.HTTPError as error:
        raise PretixBenchError(f"pretix on 127.0.0.1 did not answer: {error}") from error
    return figures


def _compare(
    db: Database, pretix: PretixCheckIn, tickets: list[Ticket], rounds: Rounds
) -> dict[str, Any]:
    """Decision, first check-in and search on each side; the tickets' spread over the roster."""
    now = datetime.fromisoformat(DEMO_START).astimezone(UTC)
    service = CheckInService(
        db, PrintSetup.of(FakePrinter(), BADGE_SIZES["a6"]), "bench", lambda: now
    )
    spread = tickets[:: max(1, len(tickets) // (rounds.checks + _WARM_UP))]
    decisions, admitted = _decisions(service, spread, now)
    if len(admitted) <= _WARM_UP:
        raise PretixBenchError(f"only {len(admitted)} of the kiosk's tickets admit: no comparison")
    warm, timed = admitted[:_WARM_UP], admitted[_WARM_UP : _WARM_UP + rounds.scans]

    def first_check_in(secret: str) -> None:
        if not service.scan(secret, ScanSource.CLI).journalled:
            raise PretixBenchError("a kiosk scan of the bench did not check anyone in")

    for secret in warm:
        first_check_in(secret)
        pretix.redeem(secret)
    scans, scans_cpu, redeems = _alternate(timed, first_check_in, pretix.redeem)
    queries = search_queries(db)
    asked = [queries[i * len(queries) // rounds.searches] for i in range(rounds.searches)]
    for text in asked[:_WARM_UP]:
        pretix.search(text)
    desk, desk_cpu, remote = _alternate(
        asked, lambda q: find_participants(db, q, RESULTS), pretix.search
    )
    return {
        "kiosk_rounds_scan": len(timed),
        "kiosk_rounds_search": len(asked),
        **percentiles("kiosk_decision", decisions),
        **percentiles("kiosk_scan_with_journal", scans),
        **percentiles("kiosk_scan_with_journal_cpu", scans_cpu),
        **percentiles("kiosk_search", desk),
        **percentiles("kiosk_search_cpu", desk_cpu),
        **percentiles("pretix_redeem", redeems),
        **percentiles("pretix_search", remote),
    }


def _decisions(
    service: CheckInService, tickets: Sequence[Ticket], now: datetime
) -> tuple[list[float], list[str]]:
    """The kiosk's decision time for each ticket, and the secrets of those it would admit."""
    samples: list[float] = []
    admitted: list[str] = []
    for ticket in tickets:
        started = time.perf_counter()
        result = service.check(ticket.secret, now)
        samples.append(_ms(started))
        if result.outcome is Outcome.CHECKED_IN:
            admitted.append(ticket.secret)
    return samples, admitted


def _alternate(
    items: Sequence[str], kiosk: Callable[[str], object], pretix: Callable[[str], object]
) -> tuple[list[float], list[float], list[float]]:
    """Each item on the kiosk, then on pretix: a busy moment of the machine hits both. Also
    the kiosk thread's CPU time: wall time far above it is the disk or other jobs, not the kiosk."""
    mine: list[float] = []
    cpu: list[float] = []
    theirs: list[float] = []
    for item in items:
        started, started_cpu = time.perf_counter(), time.thread_time()
        kiosk(item)
        mine.append(_ms(started))
        cpu.append((time.thread_time() - started_cpu) * 1000)
        started = time.perf_counter()
        pretix(item)
        theirs.append(_ms(started))
    return mine, cpu, theirs


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def percentiles(name: str, samples_ms: Sequence[float]) -> dict[str, float]:
    """``<name>_ms_p50`` and ``_p95`` (the sample at 95 % of the sorted list), in ms."""
    if not samples_ms:
        return {}
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return {f"{name}_ms_p50": round(statistics.median(ordered), 3), f"{name}_ms_p95": round(p95, 3)}


_RATIOS = (  # (figure, pretix's side, the kiosk's side)
    ("redeem_vs_scan", "pretix_redeem", "kiosk_scan_with_journal"),
    ("redeem_vs_decision", "pretix_redeem", "kiosk_decision"),
    ("search_vs_search", "pretix_search", "kiosk_search"),
)


def ratios(figures: dict[str, Any]) -> dict[str, float]:
    """How many times longer pretix takes than the kiosk, at p50 and p95 (``ratio_*``)."""
    out: dict[str, float] = {}
    for name, theirs, mine in _RATIOS:
        for at in ("p50", "p95"):
            slow, fast = figures.get(f"{theirs}_ms_{at}"), figures.get(f"{mine}_ms_{at}")
            if slow is not None and fast:
                out[f"ratio_{name}_{at}"] = round(slow / fast, 1)
    return out
