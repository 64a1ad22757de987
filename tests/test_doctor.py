"""`kiosk doctor` on a demo home and on broken ones: each problem gets its verdict, its hint and
the exit status IT scripts rely on (0: nothing failed, 1: something failed)."""

from __future__ import annotations

import json
import os
import pty
import shutil
import socket
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import NamedTuple

import httpx
import pytest

from kiosk import paths
from kiosk.cli import main
from kiosk.doctoring import doctor_plan
from kiosk.paths import Home
from kiosk.services.demo import init_demo
from kiosk.services.doctor import (
    GIB,
    MIB,
    CheckResult,
    DoctorPlan,
    Verdict,
    exit_status,
    run_checks,
)
from kiosk.services.doctor_checks import check_display, check_fonts, expected_font_files
from kiosk.services.doctor_devices import check_scanners
from kiosk.store.migrations import MIGRATIONS

pytestmark = pytest.mark.usefixtures("qapp")  # the command makes no Qt application of its own


class Usage(NamedTuple):
    total: int
    used: int
    free: int


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("doctor") / "demo"
    init_demo(Home(root), count=20)
    return root


@pytest.fixture
def home(demo_root: Path, tmp_path: Path) -> Home:
    """A fresh copy of the demo home: each test may break it its own way."""
    root = tmp_path / "home"
    shutil.copytree(demo_root, root)
    return Home(root)


@pytest.fixture(autouse=True)
def _plenty_of_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's own free space must not decide a test's verdicts."""
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(100 * GIB, 50 * GIB, 50 * GIB))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def doctor(home: Home, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(["--home", str(home.root), "doctor", *args])
    return status, capsys.readouterr().out


def verdicts(out: str) -> dict[str, dict[str, str]]:
    """The --json lines by check name."""
    return {entry["check"]: entry for entry in map(json.loads, out.splitlines())}


def set_printer(home: Home, uri: str) -> None:
    text = home.settings.read_text(encoding="utf-8")
    home.settings.write_text(
        text.replace('uri = "file:prints?format=png,pdf"', f'uri = "{uri}"'), encoding="utf-8"
    )


def enroll_at(home: Home, url: str) -> None:
    link = {
        "url": url,
        "kiosk_id": "kiosk-7",
        "token": "secret-token",
        "device_key_id": 3,
        "enrolled_at": "2022-05-29T08:00:00+00:00",
    }
    home.registry_link.write_text(json.dumps(link), encoding="utf-8")


# --- a demo home ----------------------------------------------------------------------------


def test_a_demo_home_passes_or_warns_and_exits_0(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = doctor(home, capsys, "--json")
    found = verdicts(out)
    assert status == 0
    assert {entry["verdict"] for entry in found.values()} <= {"pass", "warn"}
    for check in ("settings", "fonts", "database", "disk", "printer 1 (primary)"):
        assert found[check]["verdict"] == "pass", found[check]
    schema = len(MIGRATIONS)
    assert found["database"]["finding"].endswith(f"integrity_check ok, schema {schema}")
    # Tests run Qt offscreen: on a kiosk that is a warning, with what to do about it.
    assert found["display"]["verdict"] == "warn"
    assert "QT_QPA_PLATFORM" in found["display"]["hint"]
    assert found["registry"]["verdict"] == "warn"
    assert "kiosk enroll" in found["registry"]["hint"]
    assert list(found)[-2:] == ["registry", "clock"]


def test_the_table_names_each_check_its_verdict_and_the_hints(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = doctor(home, capsys)
    lines = out.splitlines()
    assert status == 0
    assert any(line.startswith("database") and "PASS" in line for line in lines)
    display = next(i for i, line in enumerate(lines) if line.startswith("display"))
    assert "WARN" in lines[display]
    assert lines[display + 1].strip().startswith("hint: unset QT_QPA_PLATFORM")
    assert lines[-1].endswith("0 fail: ready")


# --- broken homes ---------------------------------------------------------------------------


def test_an_unreachable_printer_fails_with_a_hint_and_exit_1(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    port = closed_port()
    set_printer(home, f"escpos+tcp://127.0.0.1:{port}?profile=tm-t88vii")
    status, out = doctor(home, capsys, "--json")
    printer = verdicts(out)["printer 1 (primary)"]
    assert status == 1
    assert printer["verdict"] == "fail"
    assert printer["finding"].startswith(
        f"escpos+tcp://127.0.0.1:{port}?profile=tm-t88vii: offline"
    )
    assert "refused the connection" in printer["finding"]
    assert "power, cable or network" in printer["hint"]


def test_a_fallback_printer_is_checked_too(home: Home) -> None:
    port = closed_port()
    plan = replace(doctor_plan(home), printer_uris=("file:prints", f"zpl+tcp://127.0.0.1:{port}"))
    results = {r.check: r for r in run_checks(plan)}
    assert results["printer 1 (primary)"].verdict is Verdict.PASS
    assert results["printer 2 (fallback)"].verdict is Verdict.FAIL


def test_a_printer_uri_that_makes_no_sense_fails(home: Home) -> None:
    plan = replace(doctor_plan(home), printer_uris=("lpt1://nowhere",))
    result = {r.check: r for r in run_checks(plan)}["printer 1 (primary)"]
    assert result.verdict is Verdict.FAIL
    assert "lpt1://nowhere" in result.finding


def test_missing_fonts_fail_with_reinstall_hint_and_exit_1(
    home: Home, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "fonts"
    empty.mkdir()
    monkeypatch.setattr(paths, "fonts_dir", lambda: empty)
    status, out = doctor(home, capsys, "--json")
    fonts = verdicts(out)["fonts"]
    assert status == 1
    assert fonts["verdict"] == "fail"
    assert f"{len(expected_font_files())} badge fonts missing" in fonts["finding"]
    assert "reinstall the kiosk" in fonts["hint"]


def test_one_missing_font_is_named(home: Home, tmp_path: Path) -> None:
    partial = tmp_path / "fonts"
    partial.mkdir()
    for name in expected_font_files():
        if name != "NotoSansCJK-Regular.ttc":
            (partial / name).symlink_to(paths.fonts_dir() / name)
    result = check_fonts(replace(doctor_plan(home), fonts_dir=partial))
    assert result.verdict is Verdict.FAIL
    assert result.finding.startswith("1 badge fonts missing")
    assert "NotoSansCJK-Regular.ttc" in result.finding


def test_a_font_that_cannot_be_read_fails(home: Home, tmp_path: Path) -> None:
    broken = tmp_path / "fonts"
    broken.mkdir()
    for name in expected_font_files():
        (broken / name).symlink_to(paths.fonts_dir() / name)
    (broken / "NotoSans-Regular.ttf").unlink()
    (broken / "NotoSans-Regular.ttf").write_bytes(b"not a font")
    result = check_fonts(replace(doctor_plan(home), fonts_dir=broken))
    assert result.verdict is Verdict.FAIL
    assert "NotoSans-Regular.ttf cannot be read" in result.finding


def test_an_unreachable_registry_fails_and_the_clock_is_not_measured(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    port = closed_port()
    enroll_at(home, f"http://127.0.0.1:{port}")
    status, out = doctor(home, capsys, "--json")
    found = verdicts(out)
    assert status == 1
    assert found["registry"]["verdict"] == "fail"
    assert f"http://127.0.0.1:{port} is unreachable" in found["registry"]["finding"]
    assert "check-ins go on offline" in found["registry"]["hint"]
    assert found["clock"]["verdict"] == "warn"
    assert "secret-token" not in out


def test_a_registry_in_settings_without_enrollment_fails_naming_the_command(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    text = home.settings.read_text(encoding="utf-8")
    assert 'url = ""' in text
    home.settings.write_text(text.replace('url = ""', 'url = "http://10.0.0.2:8470"'), "utf-8")
    status, out = doctor(home, capsys, "--json")
    found = verdicts(out)
    assert status == 1  # IT meant this kiosk to sync: alone, it is not ready
    assert found["registry"]["verdict"] == "fail"
    assert (
        "not enrolled, although [registry] url names http://10.0.0.2:8470"
        in (found["registry"]["finding"])
    )
    assert "`kiosk enroll http://10.0.0.2:8470 CODE`" in found["registry"]["hint"]
    assert found["clock"]["verdict"] == "warn"


def test_a_damaged_enrollment_file_fails(home: Home) -> None:
    home.registry_link.write_text("{not json", encoding="utf-8")
    result = {r.check: r for r in run_checks(doctor_plan(home))}["registry"]
    assert result.verdict is Verdict.FAIL
    assert "enroll the kiosk again" in result.hint


@pytest.mark.parametrize(
    ("free", "verdict", "status"),
    [(50 * MIB, "fail", 1), (1 * GIB, "warn", 0), (40 * GIB, "pass", 0)],
    ids=["full", "low", "plenty"],
)
def test_free_disk_below_the_thresholds(
    home: Home,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    free: int,
    verdict: str,
    status: int,
) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(100 * GIB, 0, free))
    code, out = doctor(home, capsys, "--json")
    disk = verdicts(out)["disk"]
    assert (code, disk["verdict"]) == (status, verdict)
    assert bool(disk["hint"]) is (verdict != "pass")


def test_a_damaged_database_fails(home: Home) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{home.database}{suffix}").unlink(missing_ok=True)
    data = bytearray(home.database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    home.database.write_bytes(bytes(data))
    result = {r.check: r for r in run_checks(doctor_plan(home))}["database"]
    assert result.verdict is Verdict.FAIL
    assert "restore the last backup" in result.hint


def test_a_home_without_database_fails_and_says_how_to_make_one(tmp_path: Path) -> None:
    result = {r.check: r for r in run_checks(doctor_plan(Home(tmp_path)))}["database"]
    assert result.verdict is Verdict.FAIL
    assert "kiosk init-demo" in result.hint


def test_a_bad_settings_file_fails_and_the_rest_runs_on_defaults(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    home.settings.write_text("[printer]\nretries = 9\n", encoding="utf-8")
    status, out = doctor(home, capsys, "--json")
    found = verdicts(out)
    assert status == 1
    assert "[printer] retries must be from 0 to 5" in found["settings"]["finding"]
    assert found["database"]["verdict"] == "pass"


# --- the registry's answer and the clock ----------------------------------------------------


def registry_answering(status: int, skew: timedelta | None) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer secret-token"
        assert request.url.path == "/api/v1/changes"
        headers = {}
        if skew is not None:
            headers["Date"] = format_datetime(datetime.now(UTC) - skew, usegmt=True)
        return httpx.Response(status, json={"since": 0, "next": 0, "more": False}, headers=headers)

    return httpx.MockTransport(answer)


@pytest.mark.parametrize(
    ("skew_s", "verdict"),
    [(3, Verdict.PASS), (-75, Verdict.WARN), (600, Verdict.FAIL)],
    ids=["in step", "75 s behind", "10 min ahead"],
)
def test_clock_skew_against_the_registry(home: Home, skew_s: int, verdict: Verdict) -> None:
    enroll_at(home, "http://registry.test")
    plan = replace(
        doctor_plan(home), registry_transport=registry_answering(200, timedelta(seconds=skew_s))
    )
    results = {r.check: r for r in run_checks(plan)}
    assert results["registry"].verdict is Verdict.PASS
    assert "enrolled as kiosk-7" in results["registry"].finding
    assert results["registry"].finding.startswith("kiosk registry · registry.test: ")
    assert results["clock"].verdict is verdict
    assert ("ahead of" if skew_s > 0 else "behind") in results["clock"].finding
    assert bool(results["clock"].hint) is (verdict is not Verdict.PASS)


def test_a_revoked_kiosk_is_told_to_enroll_again(home: Home) -> None:
    enroll_at(home, "http://registry.test")
    plan = replace(doctor_plan(home), registry_transport=registry_answering(401, timedelta(0)))
    results = {r.check: r for r in run_checks(plan)}
    assert results["registry"].verdict is Verdict.FAIL
    assert "refuses this kiosk's token (HTTP 401)" in results["registry"].finding
    assert results["clock"].verdict is Verdict.PASS  # the Date header came with the refusal


def test_the_registry_check_names_a_kind_it_does_not_know(home: Home) -> None:
    enroll_at(home, "http://registry.test")
    link = json.loads(home.registry_link.read_text(encoding="utf-8"))
    home.registry_link.write_text(json.dumps({**link, "kind": "eventbrite"}), encoding="utf-8")
    plan = replace(doctor_plan(home), registry_transport=registry_answering(200, timedelta(0)))
    result = {r.check: r for r in run_checks(plan)}["registry"]
    assert result.verdict is Verdict.FAIL
    assert "unknown registry kind 'eventbrite'" in result.finding
    assert "enroll the kiosk again" in result.hint
    assert "secret-token" not in result.finding


def test_something_else_answering_is_not_the_registry(home: Home) -> None:
    enroll_at(home, "http://registry.test")
    plan = replace(doctor_plan(home), registry_transport=registry_answering(404, timedelta(0)))
    results = {r.check: r for r in run_checks(plan)}
    assert results["registry"].verdict is Verdict.FAIL
    assert "HTTP 404: not as a kiosk registry" in results["registry"].finding
    assert "registry.json" in results["registry"].hint
    assert results["clock"].verdict is Verdict.WARN  # a proxy's Date says nothing of the registry


def test_no_date_header_leaves_the_clock_unmeasured(home: Home) -> None:
    enroll_at(home, "http://registry.test")
    plan = replace(doctor_plan(home), registry_transport=registry_answering(200, None))
    clock = {r.check: r for r in run_checks(plan)}["clock"]
    assert clock.verdict is Verdict.WARN
    assert "no Date header" in clock.finding


# --- display and scanners -------------------------------------------------------------------


def plan_with(home: Home, **changes: object) -> DoctorPlan:
    return replace(doctor_plan(home), **changes)  # type: ignore[arg-type]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
@pytest.mark.parametrize(
    ("environ", "verdict"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, Verdict.WARN),
        ({}, Verdict.FAIL),
        ({"DISPLAY": ":97"}, Verdict.FAIL),
        ({"DISPLAY": "screens.example:0"}, Verdict.PASS),
        ({"QT_QPA_PLATFORM": "eglfs"}, Verdict.PASS),
        ({"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": "/nonexistent"}, Verdict.FAIL),
    ],
    ids=["offscreen", "nothing", "dead X", "remote X", "eglfs", "dead Wayland"],
)
def test_display_verdicts(home: Home, environ: dict[str, str], verdict: Verdict) -> None:
    result = check_display(plan_with(home, environ=environ, platform=None))
    assert result.verdict is verdict
    assert bool(result.hint) is (verdict is not Verdict.PASS)


def test_a_live_wayland_socket_passes(home: Home, tmp_path: Path) -> None:
    (tmp_path / "wayland-1").touch()
    environ = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert check_display(plan_with(home, environ=environ)).verdict is Verdict.PASS


def test_the_running_kiosks_platform_decides(home: Home) -> None:
    assert check_display(plan_with(home, platform="xcb", environ={})).verdict is Verdict.FAIL
    assert check_display(plan_with(home, platform="offscreen")).verdict is Verdict.WARN


@pytest.fixture
def serial_port() -> Iterator[str]:
    controller, device = pty.openpty()
    yield os.ttyname(device)
    os.close(controller)
    os.close(device)


def test_a_serial_scanner_that_opens_passes(home: Home, serial_port: str) -> None:
    results = check_scanners(plan_with(home, serial_port=serial_port))
    assert [(r.check, r.verdict) for r in results] == [
        ("scanner (keyboard)", Verdict.PASS),
        ("scanner (serial)", Verdict.PASS),
    ]


def test_a_missing_serial_scanner_fails(home: Home) -> None:
    result = check_scanners(plan_with(home, serial_port="/dev/ttyACM97"))[-1]
    assert result.verdict is Verdict.FAIL
    assert "/dev/ttyACM97 does not exist" in result.finding
    assert "[scanner] serial_port" in result.hint


def test_no_way_to_scan_at_all_fails(home: Home) -> None:
    results = check_scanners(plan_with(home, keyboard_wedge=False, camera_device="none"))
    assert [r.verdict for r in results] == [Verdict.FAIL]


def test_a_named_camera_that_is_missing_fails(home: Home) -> None:
    results = {r.check: r for r in run_checks(plan_with(home, camera_device="Nonexistent Cam"))}
    assert results["camera"].verdict is Verdict.FAIL
    assert "Nonexistent Cam" in results["camera"].finding


def test_camera_none_passes(home: Home) -> None:
    results = {r.check: r for r in run_checks(plan_with(home, camera_device="none"))}
    assert results["camera"].verdict is Verdict.PASS


# --- the start-up run and the exit status ---------------------------------------------------


def test_the_quick_run_opens_nothing_the_kiosk_owns(home: Home) -> None:
    plan = plan_with(
        home, quick=True, printer_uris=("escpos+usb://04b8:0202", "file:prints"), platform="xcb"
    )
    checks = [r.check for r in run_checks(plan)]
    assert "camera" not in checks
    assert "printer 1 (primary)" not in checks
    assert "printer 2 (fallback)" in checks


def test_warnings_alone_exit_0_a_failure_exits_1() -> None:
    warn = CheckResult("disk", Verdict.WARN, "low", "free some")
    fail = CheckResult("fonts", Verdict.FAIL, "missing", "reinstall")
    assert exit_status([warn]) == 0
    assert exit_status([warn, fail]) == 1
