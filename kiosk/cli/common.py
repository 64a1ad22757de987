"""What every command shares: exit statuses, the user-fixable error, argument helpers."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
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


def kiosk_command() -> list[str]:
    """How this kiosk starts itself as a child process: the frozen bundle's program, else
    ``python -m kiosk`` with this interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "kiosk"]


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


def write_qr_png(text: str, path: Path) -> None:
    """``text`` as a QR code PNG (error correction Q), for printing or showing on a phone."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_Q

    image = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, box_size=8, border=4)
    image.add_data(text)
    try:
        image.make_image().save(str(path))
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from exc
