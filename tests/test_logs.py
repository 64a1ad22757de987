"""The JSON-lines log (logs/kiosk.jsonl) and `kiosk logs`: what each line holds, that real work
leaves no participant's name or e-mail in it, and that --follow survives rotation."""

from __future__ import annotations

import itertools
import json
import logging
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.app import check_in_service_factory, configure_logging, read_settings
from kiosk.cli import EXIT_SETUP, main
from kiosk.core.model import Participant
from kiosk.core.staff import Role
from kiosk.logfile import LogTail, follow, json_log_handler, log_path
from kiosk.paths import Home
from kiosk.services.demo import init_demo
from kiosk.services.desk import DeskStaff
from kiosk.services.desk_backend import desk_backend
from kiosk.store import open_database, participants

FIRST = 22_000_001
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_kiosk_log_handlers() -> Iterator[None]:
    """Another module's fixture may have configured logging for its own home, for the whole
    session: each test here starts without it (and gives it back afterwards)."""
    root = logging.getLogger()
    kept = [handler for handler in root.handlers if getattr(handler, "kiosk_handler", False)]
    for handler in kept:
        root.removeHandler(handler)
    yield
    for handler in kept:
        root.addHandler(handler)


@pytest.fixture
def home(tmp_path: Path) -> Home:
    home = Home(tmp_path / "home")
    init_demo(home, count=30)
    return home


def entries(home: Home) -> list[dict[str, str]]:
    return [json.loads(line) for line in log_path(home).read_text("utf-8").splitlines()]


def person(home: Home, registration_id: int) -> Participant:
    db = open_database(home.database)
    try:
        found = participants.get_participant(db, registration_id)
    finally:
        db.close()
    assert found is not None
    return found


def names(who: Participant) -> list[str]:
    """Every name of a person (and the organisation): none may reach the log."""
    words = [who.given_name, who.family_name, who.badge_name, who.native_name, who.organisation]
    return [word for word in words if len(word) > 2]


@pytest.mark.usefixtures("qapp")
def test_real_work_logs_json_lines_without_names_or_e_mails(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--home", str(home.root), "code", str(FIRST)]) == 0
    code = capsys.readouterr().out.strip()
    assert main(["--home", str(home.root), "scan", code]) == 0  # a check-in and its badge
    first, second = person(home, FIRST), person(home, FIRST + 1)
    main(["--home", str(home.root), "search", second.family_name])  # a search by name
    main(["--home", str(home.root), "search", "ana.lopez@example.org"])  # ... and by e-mail
    service = check_in_service_factory(home, read_settings(home))()
    backend = desk_backend(service, "demo-kiosk-1", lambda: datetime.now(UTC), ())
    staff = DeskStaff("desk-demo", Role.DESK)
    new_name = "Zoë Ñandú-Kowalska"
    result = backend.desk.correct_name(staff, FIRST + 1, new_name, second.badge_name, "typo")
    backend.db.close()
    capsys.readouterr()

    lines = entries(home)
    text = log_path(home).read_text("utf-8")
    assert result.applied
    assert not result.conflict_id
    assert any("checked-in (registration 22000001" in e["message"] for e in lines)
    assert any(f"badge name of {FIRST + 1} corrected" in e["message"] for e in lines)
    for entry in lines:
        assert set(entry) >= {"time", "level", "logger", "message", "kiosk"}
        assert entry["time"].endswith("+00:00")
        assert entry["kiosk"] == "demo-kiosk-1"
    private = [*names(first), *names(second), new_name, "ana.lopez@example.org"]
    for word in private:
        assert word not in text, word


def test_an_exception_keeps_its_traceback_in_one_line(home: Home) -> None:
    configure_logging(home)
    try:
        raise ValueError("registration 7 failed")
    except ValueError:
        logging.getLogger("kiosk.test").exception("the thing broke (ref abc)")
    last = entries(home)[-1]
    assert (last["level"], last["logger"], last["message"]) == (
        "ERROR",
        "kiosk.test",
        "the thing broke (ref abc)",
    )
    assert "ValueError: registration 7 failed" in last["exception"]
    assert len(log_path(home).read_text("utf-8").splitlines()) == len(entries(home))


def test_stderr_gets_a_short_line_and_info_only_with_verbose(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    import escpos.capabilities  # noqa: F401  (its import calls logging.basicConfig())

    configure_logging(home)
    logging.getLogger("kiosk.test").info("registration 5 printed")
    logging.getLogger("kiosk.test").warning("printer 2 offline")
    err = capsys.readouterr().err
    assert "registration 5 printed" not in err
    assert err.count("printer 2 offline") == 1
    assert err.strip().endswith("WARNING kiosk.test: printer 2 offline")


def write_log(home: Home, records: list[tuple[int, str]]) -> None:
    handler = json_log_handler(home, "k-9")
    log = logging.getLogger("kiosk.sample")
    for level, message in records:
        handler.handle(log.makeRecord(log.name, level, __file__, 1, message, (), None))
    handler.close()


def test_logs_prints_the_last_lines_readably_by_level(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    write_log(
        home,
        [(logging.INFO, f"scan {n}") for n in range(10)]
        + [(logging.WARNING, "printer 1 paper low"), (logging.ERROR, "printer 1 offline")],
    )
    assert main(["--home", str(home.root), "logs", "--lines", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" [k-9] ")[1] for line in out] == [
        "scan 9",
        "printer 1 paper low",
        "printer 1 offline",
    ]
    assert " WARNING kiosk.sample [k-9] " in out[1]
    assert main(["--home", str(home.root), "logs", "--level", "warning"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" [k-9] ")[1] for line in out] == [
        "printer 1 paper low",
        "printer 1 offline",
    ]


def test_a_line_cut_by_a_crash_is_shown_as_it_is(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    write_log(home, [(logging.INFO, "before the crash")])
    with log_path(home).open("a", encoding="utf-8") as out:
        out.write('{"time": "2022-05-30T08:00:00+00:00", "lev\n')
    assert main(["--home", str(home.root), "logs"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("before the crash")
    assert lines[1].endswith('{"time": "2022-05-30T08:00:00+00:00", "lev')


def test_no_log_yet_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(tmp_path / "new"), "logs"]) == EXIT_SETUP
    assert "no log in" in capsys.readouterr().err


def test_bad_arguments_are_refused(home: Home, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--level", "LOUD"], ["--lines", "-1"]):
        with pytest.raises(SystemExit) as exited:
            main(["--home", str(home.root), "logs", *args])
        assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_the_log_rotates_and_lines_go_back_into_the_older_files(home: Home) -> None:
    handler = json_log_handler(home, "k-9")
    handler.maxBytes = 2_000  # type: ignore[attr-defined]
    log = logging.getLogger("kiosk.sample")
    for n in range(100):
        handler.handle(log.makeRecord(log.name, logging.INFO, __file__, 1, f"scan {n}", (), None))
    handler.close()
    assert Path(f"{log_path(home)}.1").exists()
    from kiosk.logfile import last_lines

    shown = [json.loads(line)["message"] for line in last_lines(log_path(home), 40)]
    assert shown == [f"scan {n}" for n in range(60, 100)]


# --- --follow ------------------------------------------------------------------------------


class Follower:
    """`kiosk logs --follow` in its own process; its lines arrive through a reading thread."""

    def __init__(self, home: Home) -> None:
        command = [sys.executable, "-m", "kiosk", "--home", str(home.root), "logs", "-f", "-n", "1"]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def next_line(self) -> str:
        """The next line, waiting up to a generous deadline (the machine may be busy)."""
        try:
            return self.lines.get(timeout=60)
        except queue.Empty:
            pytest.fail("kiosk logs --follow printed nothing")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.reader.join(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def follower(home: Home) -> Iterator[Follower]:
    write_log(home, [(logging.INFO, "already there")])
    running = Follower(home)
    yield running
    running.stop()


def test_follow_prints_new_lines_across_a_rotation(home: Home, follower: Follower) -> None:
    assert follower.next_line().endswith("already there")
    write_log(home, [(logging.INFO, "first new line")])
    assert follower.next_line().endswith("first new line")
    handler = json_log_handler(home, "k-9")
    log = logging.getLogger("kiosk.sample")
    handler.handle(log.makeRecord(log.name, logging.INFO, __file__, 1, "last of old", (), None))
    handler.doRollover()
    handler.handle(log.makeRecord(log.name, logging.INFO, __file__, 1, "first of new", (), None))
    handler.close()
    assert follower.next_line().endswith("last of old")
    assert follower.next_line().endswith("first of new")


def test_follow_reads_every_line_once_across_rotations(home: Home) -> None:
    """In-process, with the waits replaced by writes: no line lost, none doubled."""
    handler = json_log_handler(home, "k-9")
    log = logging.getLogger("kiosk.sample")
    written = iter(range(30))
    tail = LogTail(log_path(home))

    def write_more(_seconds: float) -> None:
        for n in itertools.islice(written, 3):
            handler.handle(log.makeRecord(log.name, logging.INFO, __file__, 1, f"n{n}", (), None))
            if n % 7 == 6:
                handler.doRollover()

    seen: list[str] = []
    for line in follow(tail, keep_going=lambda: len(seen) < 30, sleep=write_more):
        seen.append(json.loads(line)["message"])
    handler.close()
    assert seen == [f"n{n}" for n in range(30)]
