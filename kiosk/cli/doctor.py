"""`kiosk doctor`: is this machine ready for the event? A table, or JSON lines (docs/doctor.md)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any

from kiosk.cli.common import command
from kiosk.paths import Home
from kiosk.services.doctor import CheckResult, Verdict, exit_status


def register(commands: Any) -> None:
    sub = command(
        commands,
        "doctor",
        _doctor,
        "check display, fonts, database, disk, printers, scanners, camera, registry and clock",
    )
    sub.add_argument("--json", action="store_true", help="one JSON object per check, a line each")


def _doctor(home: Home, args: argparse.Namespace) -> int:
    from kiosk.doctoring import run_doctor

    results = run_doctor(home)
    if args.json:
        for result in results:
            print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print(doctor_table(results))
    return exit_status(results)


def doctor_table(results: Sequence[CheckResult]) -> str:
    """One line per check (check, verdict, finding), the hint indented under a warn or fail."""
    width = max((len(result.check) for result in results), default=5)
    lines = []
    for result in results:
        verdict = result.verdict.value.upper()
        lines.append(f"{result.check:<{width}}  {verdict:<4}  {result.finding}")
        if result.hint:
            lines.append(f"{'':<{width}}        hint: {result.hint}")
    counts = {verdict: 0 for verdict in Verdict}
    for result in results:
        counts[result.verdict] += 1
    summary = ", ".join(f"{counts[verdict]} {verdict.value}" for verdict in Verdict)
    lines.append(f"\n{summary}: " + ("not ready" if counts[Verdict.FAIL] else "ready"))
    return "\n".join(lines)
