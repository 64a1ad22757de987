"""The kiosk(1) man page that the .deb ships: packaging/make-manpage writes it from the command's
own parser, so every command and option is in it, each with a sentence, and man renders it
without a warning."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


def commands(
    parser: argparse.ArgumentParser, prefix: str = "kiosk"
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every public command and sub-command (not the ones hidden with argparse.SUPPRESS)."""
    yield prefix, parser
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        shown = {c.dest for c in action._choices_actions if c.help != argparse.SUPPRESS}
        for name, sub in action.choices.items():
            if name in shown:
                yield from commands(sub, f"{prefix} {name}")


@pytest.fixture(scope="module")
def manpage(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("man") / "kiosk.1"
    subprocess.run(
        [ROOT / "packaging/make-manpage", sys.executable, "9.9.9", out], check=True, timeout=60
    )
    return out.read_text(encoding="utf-8")


def test_every_option_of_every_command_says_what_it_does() -> None:
    missing = [
        f"{name} {action.option_strings or action.dest}"
        for name, parser in commands(build_parser())
        for action in parser._actions
        if not action.help
        and not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction))
    ]
    assert missing == []


def test_the_man_page_has_every_command_and_option(manpage: str) -> None:
    assert manpage.startswith('.TH KIOSK "1"')
    assert "9.9.9" in manpage.splitlines()[0]
    for name, parser in commands(build_parser()):
        if name != "kiosk":
            assert f"COMMAND \\fI\\,'{name}'".replace("-", r"\-") in manpage, name
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue  # -h says what --help does; the page is the help
            for option in action.option_strings:
                assert option.replace("-", r"\-") in manpage, (name, option)
    assert "soak worker" not in manpage  # started by soak kill and race, not by people


def test_the_man_page_has_exit_status_environment_and_files(manpage: str) -> None:
    for section in ("EXIT STATUS", "ENVIRONMENT", "FILES", "SEE ALSO"):
        assert f'.SH "{section}"' in manpage or f".SH {section}" in manpage, section
    assert "KIOSK_HOME" in manpage
    assert "/var/lib/kiosk/kiosk.db" in manpage


def test_man_renders_it_without_a_warning(manpage: str, tmp_path: Path) -> None:
    if shutil.which("man") is None or shutil.which("groff") is None:
        pytest.skip("man-db and groff are not installed: the rendering is not checked")
    page = tmp_path / "kiosk.1"
    page.write_text(manpage, encoding="utf-8")
    shown = subprocess.run(
        ["man", "--warnings", "-E", "UTF-8", "-l", str(page)],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "MANWIDTH": "80",
            "LC_ALL": "C.UTF-8",
            "MAN_KEEP_FORMATTING": "0",
            "PATH": "/usr/bin:/bin",
        },
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stderr == ""
    text = re.sub(".\b", "", shown.stdout)  # bold and underline are overstrikes in a pipe
    assert "kiosk self-test" in text
    assert "EXIT STATUS" in text
