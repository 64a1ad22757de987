"""`kiosk enroll`, `kiosk sync --once` and `kiosk scan` against the real registry on 127.0.0.1.

The registry runs as its own process (`kiosk-registry serve`, uvicorn) on a SQLite file; the
kiosks are fresh homes driven through the `kiosk` command, as an installer would drive them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fleet_harness import FIRST, LiveRegistry
from pytestqt.qtbot import QtBot

from kiosk.cli import EXIT_REFUSED, EXIT_SETUP, main
from kiosk.core.model import ScanSource
from kiosk.services.sync import SyncReport
from kiosk.store import Database, journal, open_database, participants, sync_state
from kiosk.store.changes import count_conflicts

pytestmark = pytest.mark.integration


def kiosk(home: Path, *args: str) -> int:
    return main(["--home", str(home), *args])


def enrolled(tmp_path: Path, live: LiveRegistry, kiosk_id: str) -> Path:
    home = tmp_path / kiosk_id
    assert kiosk(home, "enroll", live.url, live.enroll_code(kiosk_id)) == 0
    return home


def sync(home: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    code = kiosk(home, "sync", "--once", "--json")
    report: dict[str, object] = json.loads(capsys.readouterr().out)
    assert code == (0 if report["ok"] else EXIT_REFUSED)
    return report


def check_ins_of(db: Database, registration_id: int) -> int:
    query = "SELECT count(*) FROM checkins WHERE registration_id = ?"
    return int(db.execute(query, [registration_id]).fetchone()[0])


def test_a_fresh_home_enrolls_syncs_checks_in_and_the_registry_counts_it(
    tmp_path: Path, live: LiveRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    home = enrolled(tmp_path, live, "itu-tower-1")
    assert (home / "registry.json").stat().st_mode & 0o777 == 0o600
    first = sync(home, capsys)
    assert first["ok"]
    assert first["reached_end"]
    assert first["heartbeat_sent"]
    db = open_database(home / "kiosk.db")
    assert participants.count_participants(db) == 60
    before = live.status()["checkins"]
    assert kiosk(home, "scan", live.code(FIRST)) == 0
    after = sync(home, capsys)
    assert after["pushed"] == 2
    assert after["outbox_left"] == 0
    assert live.status()["checkins"] == before + 1
    assert check_ins_of(db, FIRST) == 1  # its own check-in came back and was not doubled
    db.close()


def test_a_kiosk_enrolled_to_the_sample_registry_runs_on_the_sample_clock(
    tmp_path: Path,
    live: LiveRegistry,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The README's steps with no clock set anywhere: the sample registry's codes are dated on the
    sample's first morning and its kiosks run on that clock, so the code checks in."""
    monkeypatch.delenv("KIOSK_SIMULATED_TIME")
    home = enrolled(tmp_path, live, "itu-tower-clock")
    assert "sample's clock" in (home / "settings.toml").read_text(encoding="utf-8")
    capsys.readouterr()
    assert kiosk(home, "sync", "--once") == 0
    out, err = capsys.readouterr()
    first, report = out.splitlines()[:2]
    host = live.url.removeprefix("http://")
    assert first == f"sync with kiosk registry · {host} as kiosk itu-tower-clock"
    assert report.startswith("pushed 0 (0 already there, 0 refused), pulled ")
    # Not a terminal: the first sync's progress is a line per page, never '\r' run together.
    assert err.endswith(")\n")
    assert all(line.startswith("first sync: ") for line in err.splitlines())
    assert "\r" not in err
    assert kiosk(home, "scan", live.code(FIRST + 20)) == 0


def test_a_check_in_on_one_kiosk_is_seen_by_another(
    tmp_path: Path, live: LiveRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    tower, cicg = enrolled(tmp_path, live, "tower-2"), enrolled(tmp_path, live, "cicg-2")
    sync(tower, capsys), sync(cicg, capsys)
    assert kiosk(tower, "scan", live.code(FIRST + 1)) == 0
    sync(tower, capsys), sync(cicg, capsys)
    db = open_database(cicg / "kiosk.db")
    person = participants.get_participant(db, FIRST + 1)
    assert person is not None
    assert person.checked_in_at is not None
    assert person.badge_version == 1
    db.close()
    capsys.readouterr()
    assert kiosk(cicg, "scan", live.code(FIRST + 1)) == EXIT_REFUSED
    assert "already-collected" in capsys.readouterr().out


def test_two_offline_kiosks_keep_both_check_ins_and_agree_on_the_badge(
    tmp_path: Path, live: LiveRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = enrolled(tmp_path, live, "tower-3"), enrolled(tmp_path, live, "cicg-3")
    sync(one, capsys), sync(two, capsys)
    code = live.code(FIRST + 2)
    assert kiosk(one, "scan", code) == 0
    assert kiosk(two, "scan", code) == 0
    for home in (one, two, one):
        assert sync(home, capsys)["ok"]
    valid = []
    for home in (one, two):
        db = open_database(home / "kiosk.db")
        assert check_ins_of(db, FIRST + 2) == 2
        records = journal.badge_records(db, FIRST + 2)
        valid.append([r.issue.id for r in records if r.is_active])
        assert count_conflicts(db) >= 1
        db.close()
    assert valid[0] == valid[1]
    assert len(valid[0]) == 1
    assert live.status()["open_conflicts"] >= 1


def test_a_used_enrollment_code_and_a_revoked_kiosk_get_clear_messages(
    tmp_path: Path, live: LiveRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    code = live.enroll_code("tower-4")
    assert kiosk(tmp_path / "a", "enroll", live.url, code) == 0
    capsys.readouterr()
    assert kiosk(tmp_path / "b", "enroll", live.url, code) == EXIT_SETUP
    assert "HTTP 400 enrollment-code-invalid: this enrollment code is unknown, already used" in (
        capsys.readouterr().err
    )
    live.run("revoke-device", "tower-4")
    report = sync(tmp_path / "a", capsys)
    assert report["problem"] == "device-revoked"
    assert not report["ok"]


def test_sync_refuses_a_home_that_is_not_enrolled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kiosk(tmp_path / "demo", "init-demo", "--participants", "20") == 0
    capsys.readouterr()
    assert kiosk(tmp_path / "demo", "sync", "--once") == EXIT_SETUP
    assert "not enrolled" in capsys.readouterr().err


def test_the_window_syncs_in_the_background_and_shows_it(
    tmp_path: Path, live: LiveRegistry, qtbot: QtBot
) -> None:
    from kiosk.app import check_in_service_factory, read_settings
    from kiosk.paths import Home
    from kiosk.syncing import background_sync
    from kiosk.ui.background import CheckInRunner

    home = Home(enrolled(tmp_path, live, "montbrillant-5"))
    check_ins = CheckInRunner(check_in_service_factory(home, read_settings(home)))
    sync = background_sync(home, check_ins)
    assert sync is not None
    qtbot.addWidget(sync.corner)
    try:
        with qtbot.waitSignal(sync.runner.round_finished, timeout=30_000) as first:
            sync.runner.sync_now()
        assert first.args[0].ok
        assert first.args[0].reached_end
        host = live.url.removeprefix("http://")
        assert sync.corner.text() == (
            f"kiosk registry · \u2068{host}\u2069 · Online · data updated just now"
        )
        assert sync.runner.registry is not None
        assert str(sync.runner.registry) == f"kiosk registry · {host}"  # the desk's Registry row
        reports: list[SyncReport] = []
        sync.runner.round_finished.connect(reports.append)
        with qtbot.waitSignal(check_ins.scan_finished, timeout=30_000) as scanned:
            check_ins.submit_scan(live.code(FIRST + 30), ScanSource.SCANNER)
        assert scanned.args[0].is_success
        # The check-in starts a round at once: it reaches the registry without waiting 15 s.
        qtbot.waitUntil(lambda: any(r.pushed == 2 for r in reports), timeout=30_000)
    finally:
        assert sync.runner.stop()
        assert check_ins.stop()


def test_sync_without_once_repeats_every_interval_and_backs_off_when_cut_off(
    tmp_path: Path,
    live: LiveRegistry,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import kiosk.cli.sync as sync_command

    home = enrolled(tmp_path, live, "tower-6")
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 1:  # the registry goes away after the first round
            link = json.loads((home / "registry.json").read_text(encoding="utf-8"))
            link["url"] = "http://127.0.0.1:9"
            (home / "registry.json").write_text(json.dumps(link), encoding="utf-8")
        if len(waits) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(sync_command.time, "sleep", sleep)
    assert kiosk(home, "sync") == 0
    assert waits[0] == 15  # a good round: the next after [registry] interval_s
    assert 1 <= waits[1] <= 2
    assert 2 <= waits[2] <= 4
    assert "cannot reach the registry" in capsys.readouterr().err


def test_a_kiosk_ahead_of_a_reset_registry_reads_the_feed_again(
    tmp_path: Path, live: LiveRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    home = enrolled(tmp_path, live, "tower-7")
    first = sync(home, capsys)
    db = open_database(home / "kiosk.db")
    with db.atomic():
        sync_state.set_watermark(db, 10_000_000)  # as if the registry lost its database since
    db.close()
    again = sync(home, capsys)
    assert again["ok"]
    assert again["watermark"] >= first["watermark"]
