"""`kiosk config check FILE`: validate a settings.toml before it goes onto a kiosk (no home)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli.common import EXIT_SETUP, CommandError, command
from kiosk.paths import Home

if TYPE_CHECKING:
    from kiosk.settings import Settings


def register(commands: Any) -> None:
    sub = command(commands, "config", lambda _home, _args: EXIT_SETUP, "settings.toml tools")
    actions = sub.add_subparsers(title="actions", required=True, metavar="ACTION")
    check = command(
        actions,
        "check",
        _check,
        "validate a settings.toml as the kiosk reads it at start, naming every bad key",
    )
    check.add_argument("file", type=Path, metavar="FILE", help="the settings.toml to check")


def _check(_home: Home, args: argparse.Namespace) -> int:
    from kiosk.doctoring import settings_key_count
    from kiosk.settings import load_settings, settings_problems

    path: Path = args.file
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    problems = settings_problems(path)
    if not problems:  # the printers and the template, on the settings the kiosk would use
        problems = _printer_and_template_problems(path, load_settings(path, environ={}))
    for problem in problems:
        print(f"kiosk: {problem}", file=sys.stderr)
    if problems:
        if len(problems) > 1:
            print(f"kiosk: {path}: {len(problems)} problems", file=sys.stderr)
        return EXIT_SETUP
    print(f"{path}: ok ({settings_key_count(path)} keys)")
    return 0


def _printer_and_template_problems(path: Path, settings: Settings) -> list[str]:
    """Every printer URI parses (no connection is made) and the badge template reads; relative
    paths are taken from the file's folder, as the kiosk takes them from its home."""
    from kiosk.core.templates import TemplateError
    from kiosk.printing.base import PrinterError
    from kiosk.printing.uri import open_printer
    from kiosk.services.badges import BadgeError, load_template

    problems: list[str] = []
    named = [("[printer] uri", settings.printer_uri)]
    named += [("[printer] fallback", uri) for uri in settings.printer_fallback]
    for key, uri in named:
        try:
            open_printer(uri, base_dir=path.parent)
        except PrinterError as exc:
            problems.append(f"{path}: {key}: {exc}")
    try:
        load_template(settings.badge_template, path.parent)
    except (BadgeError, TemplateError) as exc:
        problems.append(f"{path}: [printer] template: {exc}")
    return problems
