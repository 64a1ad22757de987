"""Bulk seeding of the real pretix peer (seed_orders.py) and its prepare lock (peer.py)."""

from __future__ import annotations

import fcntl
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from peer import PeerUnavailableError, PretixPeer, cache_dir, prepare, running_peer, seed_orders

pytestmark = pytest.mark.integration
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
NAMES = (  # given, family: Latin with diacritics, Arabic, Chinese
    ("Aïcha", "Diallo"),
    ("محمد", "عبد الحميد"),
    ("伟", "李"),
)


@pytest.fixture(scope="module")
def peer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PretixPeer]:
    try:
        with running_peer(tmp_path_factory.mktemp("pretix")) as running:
            yield running
    except PeerUnavailableError as error:
        pytest.skip(f"no pretix peer: {error}")


def _people(count: int) -> list[tuple[str, str, str, str, str]]:
    return [
        (
            NAMES[n % 3][0],
            f"{NAMES[n % 3][1]}{n}",
            f"person{n}@example.org",
            ("PAR", "SPK", "MED")[n % 3],
            "".join(secrets.choice(ALPHABET) for _ in range(32)),
        )
        for n in range(count)
    ]


def _redeem(peer: PretixPeer, secret: str) -> object:
    body = {"secret": secret, "lists": [peer.checkin_list], "nonce": secrets.token_hex(8)}
    return peer.team_request("POST", f"/organizers/{peer.organizer}/checkinrpc/redeem/", body)


def _orders(peer: PretixPeer) -> int:
    answer = peer.team_request("GET", f"/organizers/{peer.organizer}/events/{peer.event}/orders/")
    assert isinstance(answer, dict)
    return int(answer["count"])


def test_fifty_seeded_tickets_redeem_and_are_found_by_name(peer: PretixPeer) -> None:
    before = _orders(peer)
    people = _people(50)
    seed_orders(peer, people)
    assert _orders(peer) == before + 50
    for given, family, _, item, secret in (people[0], people[1], people[2]):
        answer = _redeem(peer, secret)
        assert isinstance(answer, dict)
        assert answer["status"] == "ok"
        assert answer["position"]["item"] == peer.items[item]
        assert answer["position"]["attendee_name_parts"]["given_name"] == given
        assert answer["position"]["attendee_name_parts"]["family_name"] == family
    for family in ("Diallo48", "عبد الحميد49", "李47"):  # substrings of no other name
        found = peer.team_request(
            "GET",
            f"/organizers/{peer.organizer}/checkinrpc/search/"
            f"?list={peer.checkin_list}&search={quote(family)}",
        )
        assert isinstance(found, dict)
        assert [p["attendee_name_parts"]["family_name"] for p in found["results"]] == [family]


def test_a_second_batch_gets_its_own_order_codes(peer: PretixPeer) -> None:
    before = _orders(peer)
    seed_orders(peer, _people(5))
    assert _orders(peer) == before + 5


def test_a_secret_pretix_already_holds_adds_nothing_and_says_so(peer: PretixPeer) -> None:
    people = _people(4)
    seed_orders(peer, people[:1])
    before = _orders(peer)
    with pytest.raises(PeerUnavailableError, match="seeding pretix orders"):
        seed_orders(peer, people[1:] + people[:1])  # the last one is taken
    assert _orders(peer) == before  # one transaction: the three new ones are not half-written


def test_prepare_waits_for_the_lock_another_preparer_holds(peer: PretixPeer) -> None:
    # The peer fixture prepared the cache; a preparer holding the lock makes another wait
    # only when there is work to do, so a ready cache answers at once even while locked.
    lock_path = cache_dir() / "prepare.lock"
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = threading.Event()
        worker = threading.Thread(target=lambda: (prepare(), done.set()), daemon=True)
        worker.start()
        assert done.wait(timeout=60)
    python, template = prepare()
    assert python.exists()
    assert (template / "db.sqlite3").exists()


def test_prepare_on_an_empty_cache_waits_for_the_lock_holder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_TEST_CACHE", str(tmp_path))
    cache_dir().mkdir(parents=True)
    calls: list[str] = []
    monkeypatch.setattr("peer.ensure_installed", lambda: calls.append("install") or Path("py"))
    monkeypatch.setattr("peer.ensure_template", lambda _: calls.append("template") or Path("t"))
    with (cache_dir() / "prepare.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        worker = threading.Thread(target=prepare, daemon=True)
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive()  # blocked on the lock: nothing installed meanwhile
        assert calls == []
    worker.join(timeout=60)
    assert calls == ["install", "template"]
