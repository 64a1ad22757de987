"""`kiosk scan-test` as IT runs it: --text in-process, the window with a serial scanner as a child
process (it installs an application-wide key filter, which must not outlive it into other tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.cli import EXIT_REFUSED, main
from kiosk.paths import Home
from kiosk.scan.layouts import DigitLayout, type_through
from kiosk.services.demo import DEMO_START, init_demo, issue_demo_code
from kiosk.store import journal, open_database

REGISTRATION = 22_000_005


@pytest.fixture
def home(tmp_path: Path, qapp: QApplication) -> Home:
    home = Home(tmp_path / "home")
    init_demo(home, 30)
    return home


def code(home: Home) -> str:
    return issue_demo_code(home, REGISTRATION, datetime.fromisoformat(DEMO_START))


def check_ins(home: Home) -> int:
    db = open_database(home.database)
    try:
        return journal.count_check_ins(db)
    finally:
        db.close()


def test_text_reads_a_pasted_azerty_code_without_checking_in(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = type_through(code(home), DigitLayout.BE_HOST)
    status = main(["--home", str(home.root), "scan-test", "--json", "--text", typed])
    entry = json.loads(capsys.readouterr().out)
    assert status == 0
    assert entry["layout"] == "qwerty-scanner-on-be-host"
    assert entry["code_kind"] == "credential"
    assert (entry["outcome"], entry["registration_id"]) == ("checked-in", REGISTRATION)
    assert check_ins(home) == 0


def test_text_of_junk_exits_refused_with_a_readable_line(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--home", str(home.root), "scan-test", "--text", "hello\x1b"])
    line = capsys.readouterr().out
    assert status == EXIT_REFUSED
    assert 'outcome="malformed"' in line
    assert 'raw="hello\\u001b"' in line


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal (POSIX)")
def test_once_waits_for_the_serial_scanner_and_reports_the_scan(home: Home) -> None:
    master, slave = os.openpty()
    try:
        with home.settings.open("a", encoding="utf-8") as settings:
            settings.write(f'\n[scanner]\nserial_port = "{os.ttyname(slave)}"\n')
        command = [sys.executable, "-m", "kiosk", "--home", str(home.root), "scan-test"]
        child = subprocess.Popen(
            [*command, "--once", "--json", "--timeout", "60"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        # Opening the port flushes what was written before, so the "scanner" repeats its code
        # until the child has read one and quit.
        for _ in range(120):
            os.write(master, code(home).encode() + b"\r\n")
            try:
                child.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                continue
        out, err = child.communicate(timeout=60)
    finally:
        os.close(master)
        os.close(slave)
    assert child.returncode == 0, err.decode(errors="replace")
    entry = json.loads(out.decode().strip().splitlines()[-1])
    assert (entry["source"], entry["outcome"]) == ("serial", "checked-in")
    assert entry["bytes_hex"].endswith("0d 0a")
    assert check_ins(home) == 0
