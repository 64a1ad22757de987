"""`kiosk logs`: the home's JSON-lines log, readable; --follow keeps printing (docs/logs.md)."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.cli.common import CommandError, command
from kiosk.logfile import (
    LEVELS,
    LogTail,
    at_least,
    follow,
    last_lines,
    log_path,
    parse_line,
    readable,
)
from kiosk.paths import Home


def register(commands: Any) -> None:
    sub = command(commands, "logs", _logs, "print the kiosk's log readably (logs/kiosk.jsonl)")
    sub.add_argument("--follow", "-f", action="store_true", help="keep printing new lines")
    sub.add_argument(
        "--level",
        type=str.upper,
        choices=LEVELS,
        default="DEBUG",
        metavar="LEVEL",
        help="only this level and above: " + ", ".join(LEVELS),
    )
    sub.add_argument(
        "--lines", "-n", type=_count, default=50, metavar="N", help="the last N lines (50)"
    )


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _logs(home: Home, args: argparse.Namespace) -> int:
    path = log_path(home)
    if not path.exists() and not args.follow:
        raise CommandError(f"no log in {home.logs} yet")
    keep = at_least(args.level)
    tail = LogTail(path) if args.follow else None  # before the last lines: none is missed
    for line in last_lines(path, args.lines):
        _show(line, keep)
    if tail is not None:
        try:
            for line in follow(tail):
                _show(line, keep)
        except KeyboardInterrupt:
            pass
    return 0


def _show(line: str, keep: Any) -> None:
    entry = parse_line(line)
    if keep(entry):
        print(readable(entry), flush=True)
