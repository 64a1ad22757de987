"""`kiosk bench --pretix`'s parts that need no pretix: ratios, tickets, the kiosk's roster, the
command's refusals (tests/pretix/test_pretix_seed.py seeds a real pretix)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kiosk.bench_pretix import (
    PretixBenchError,
    give_secrets,
    load_peer,
    make_tickets,
    peer_people,
    percentiles,
    ratios,
    run_pretix_bench,
)
from kiosk.cli import EXIT_SETUP, main
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.checkin import Outcome
from kiosk.core.model import Participant
from kiosk.paths import Home
from kiosk.printing.fake import FakePrinter
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_START, init_demo
from kiosk.services.printing import PrintSetup
from kiosk.store import open_database, participants


def test_ratios_are_pretix_over_kiosk_at_each_percentile() -> None:
    figures = {
        "pretix_redeem_ms_p50": 87.0,
        "pretix_redeem_ms_p95": 120.0,
        "kiosk_scan_with_journal_ms_p50": 1.1,
        "kiosk_scan_with_journal_ms_p95": 4.0,
        "kiosk_decision_ms_p50": 0.2,
        "kiosk_decision_ms_p95": 0.5,
        "pretix_search_ms_p50": 552.0,
        "pretix_search_ms_p95": 900.0,
        "kiosk_search_ms_p50": 3.0,
        "kiosk_search_ms_p95": 9.0,
    }
    assert ratios(figures) == {
        "ratio_redeem_vs_scan_p50": 79.1,
        "ratio_redeem_vs_scan_p95": 30.0,
        "ratio_redeem_vs_decision_p50": 435.0,
        "ratio_redeem_vs_decision_p95": 240.0,
        "ratio_search_vs_search_p50": 184.0,
        "ratio_search_vs_search_p95": 100.0,
    }


def test_a_missing_or_zero_side_gives_no_ratio_rather_than_a_wrong_one() -> None:
    figures = {"pretix_redeem_ms_p50": 87.0, "kiosk_scan_with_journal_ms_p50": 0.0}
    assert ratios(figures) == {}
    assert ratios({"kiosk_search_ms_p50": 3.0}) == {}


def test_percentiles_take_the_median_and_the_95th_sample() -> None:
    figures = percentiles("x", [float(n) for n in range(100, 0, -1)])
    assert figures == {"x_ms_p50": 50.5, "x_ms_p95": 96.0}
    assert percentiles("x", []) == {}


def _person(number: int, category: str, given: str, family: str) -> Participant:
    return Participant(number, 22, given, family, f"{given} {family}", category=category)


def test_tickets_get_distinct_pretix_style_secrets_and_a_product() -> None:
    people = [
        _person(1, "SPK", "Aïcha", "Diallo"),
        _person(2, "MED", "伟", "李"),
        _person(3, "VIP", "محمد", "عبد الحميد"),
    ]
    tickets = make_tickets(iter(people))
    assert [t.item for t in tickets] == ["SPK", "MED", "PAR"]
    assert len({t.secret for t in tickets}) == 3
    for ticket in tickets:
        assert len(ticket.secret) == 32
        assert ticket.secret.isalnum()
        assert ticket.secret == ticket.secret.lower()
    assert peer_people(tickets)[1] == ("伟", "李", "", "MED", tickets[1].secret)


def test_the_kiosk_admits_a_ticket_by_its_secret_once_the_roster_holds_its_hash(
    tmp_path: Path,
) -> None:
    home = Home(tmp_path / "home")
    init_demo(home, 40)
    db = open_database(home.database)
    try:
        tickets = make_tickets(participants.iter_participants(db))
        give_secrets(db, tickets[:30])
        now = datetime.fromisoformat(DEMO_START).astimezone(UTC)
        setup = PrintSetup.of(FakePrinter(), BADGE_SIZES["a6"])
        service = CheckInService(db, setup, "bench", lambda: now)
        outcomes = {service.check(t.secret, now).outcome for t in tickets[:30]}
        assert Outcome.CHECKED_IN in outcomes
        assert Outcome.UNKNOWN_PARTICIPANT not in outcomes
        # A ticket whose secret the roster never got is unknown, not someone else's.
        assert service.check(tickets[35].secret, now).outcome is Outcome.UNKNOWN_PARTICIPANT
    finally:
        db.close()


def test_the_peer_loads_from_this_checkout() -> None:
    peer = load_peer()
    assert callable(peer.running_peer)
    assert callable(peer.seed_orders)


def test_out_of_range_people_are_refused_before_anything_starts() -> None:
    with pytest.raises(PretixBenchError, match="1 to 100000"):
        run_pretix_bench(100_001)


def test_the_command_refuses_pretix_people_without_pretix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--home", str(tmp_path), "bench", "--pretix-people", "500"])
    assert status == EXIT_SETUP
    assert "--pretix-people: only with --pretix" in capsys.readouterr().err


def test_the_command_refuses_more_than_100000_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--home", str(tmp_path), "bench", "--pretix", "--pretix-people", "100001"]
    assert main(args) == EXIT_SETUP
    assert "--pretix-people: at most 100000" in capsys.readouterr().err


def test_when_pretix_cannot_be_set_up_the_command_says_why_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class UnavailableError(Exception):
        pass

    def no_peer(_: Path) -> Any:
        raise UnavailableError("pip install pretix==2026.8.0 (needs the package registry) failed")

    fake = SimpleNamespace(
        PRETIX_VERSION="2026.8.0", PeerUnavailableError=UnavailableError, running_peer=no_peer
    )
    monkeypatch.setattr("kiosk.bench_pretix.load_peer", lambda: fake)
    args = ["--home", str(tmp_path), "bench", "--pretix", "--pretix-people", "30", "--json"]
    assert main(args) == EXIT_SETUP
    out, err = capsys.readouterr()
    assert out == ""
    assert "the pretix peer cannot be set up: pip install pretix==2026.8.0" in err
