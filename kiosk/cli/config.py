"""`kiosk config check FILE`: validate a settings.toml before it goes onto a kiosk (no home)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.cli.common import EXIT_SETUP, CommandError, command
from kiosk.paths import Home


def register(commands: Any) -> None:
    sub = command(commands, "config", lambda _home, _args: EXIT_SETUP, "settings.toml tools")
    actions = sub.add_subparsers(title="actions", required=True, metavar="ACTION")
    check = command(
        actions,
        "check",
        _check,
        "validate a settings.toml as the kiosk reads it at start (every key, naming a bad one)",
    )
    check.add_argument("file", type=Path, metavar="FILE", help="the settings.toml to check")


def _check(_home: Home, args: argparse.Namespace) -> int:
    from kiosk.doctoring import settings_key_count
    from kiosk.settings import load_settings

    path: Path = args.file
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    load_settings(path, environ={})  # SettingsError names the key; the CLI prints it, exit 3
    print(f"{path}: ok ({settings_key_count(path)} keys)")
    return 0
