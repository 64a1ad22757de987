"""What every command shares: exit statuses, the user-fixable error, argument helpers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from kiosk.paths import Home

EXIT_REFUSED = 1  # the command ran and the answer is "no" (a refused scan, nothing found)
EXIT_SETUP = 3  # the home, settings or database are missing or broken

Handler = Callable[[Home, argparse.Namespace], int]


class CommandError(Exception):
    """A problem the user can fix; printed as one line, exit status EXIT_SETUP."""


def command(commands: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """Add a sub-command whose ``handler(home, args)`` returns the exit status."""
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def require_home(home: Home) -> None:
    if home.is_empty():
        raise CommandError(
            f"no kiosk database in {home.root}; run `kiosk init-demo` or pass --home DIR"
        )
