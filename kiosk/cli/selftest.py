"""`kiosk self-test`: the whole chain of a kiosk, in a throw-away home, frozen or from source.

Starts Qt offscreen with the shipped fonts, creates a demo database, scans a demo code through
the real check-in service, "prints" the badge to a file printer (PNG and PDF), reads the QR code
back from the PNG with zxing-cpp, checks it as a door reader would, and scans the same code
again (already collected, nothing printed). Every step says what it found; the first failure
stops the test with a message and exit status 1 (docs/deployment.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.cli.common import CommandError, command
from kiosk.paths import Home

EXIT_FAILED = 1
DEMO_PEOPLE = 12  # enough for a database; creating it takes a fraction of a second


class SelfTestError(Exception):
    """A step found something wrong; the message says what, for event IT."""


@dataclass
class Run:
    """What the steps share: the home they work in and what earlier steps found."""

    home: Home
    code: str = ""
    registration_id: int = 0
    png: Path | None = None
    found: dict[str, Any] = field(default_factory=dict)


Step = tuple[str, Callable[[Run], str]]


def register(commands: Any) -> None:
    """Add `kiosk self-test` to the `kiosk` parser."""
    sub = command(
        commands,
        "self-test",
        _self_test,
        "check this installation end to end in a temporary home, offscreen: database, "
        "check-in, badge printed to a file, its QR code read back",
    )
    sub.add_argument(
        "--keep", metavar="DIR", help="work in DIR (new or empty) and leave it for inspection"
    )
    sub.add_argument("--json", action="store_true", help="print the steps as JSON")


def _self_test(_home: Home, args: argparse.Namespace) -> int:
    results: list[dict[str, Any]] = []
    with _scratch(args.keep) as root:
        run = Run(Home(root))
        for name, step in STEPS:
            started = time.perf_counter()
            try:
                detail, ok = step(run), True
            except SelfTestError as exc:
                detail, ok = str(exc), False
            except Exception as exc:  # any other error is a failed step too
                detail, ok = _describe(exc), False
            ms = round((time.perf_counter() - started) * 1000)
            results.append({"step": name, "ok": ok, "detail": detail, "ms": ms})
            if not args.json:
                print(f"{'ok  ' if ok else 'FAIL'} {name:<9} {detail} ({ms} ms)", flush=True)
            if not ok:
                break
    passed = all(r["ok"] for r in results)
    if args.json:
        print(json.dumps({"passed": passed, "frozen": _frozen(), "steps": results}))
    elif passed:
        print(f"self-test passed ({'frozen bundle' if _frozen() else 'from source'})")
    else:
        print("self-test FAILED: see the step marked FAIL", file=sys.stderr)
    return 0 if passed else EXIT_FAILED


@contextmanager
def _scratch(keep: str | None) -> Iterator[Path]:
    if keep:
        path = Path(keep).expanduser().resolve()
        if path.exists() and any(path.iterdir()):
            raise CommandError(f"{path} is not empty; give --keep a new or empty directory")
        path.mkdir(parents=True, exist_ok=True)
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="kiosk-self-test-") as tmp:
        yield Path(tmp)


def _describe(exc: Exception) -> str:
    """The kiosk's own errors are written for people; anything else also gets its type."""
    if type(exc).__module__.startswith("kiosk."):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


# --- the steps -----------------------------------------------------------------------------------


def _start(_run: Run) -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import ensure_gui_application
    from kiosk.printing.fonts import load_fonts

    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the same everywhere: no screen needed
    ensure_gui_application()
    families = load_fonts()
    if not families:
        raise SelfTestError("no shipped font could be loaded from assets/fonts")
    platform = QGuiApplication.platformName()
    return f"Qt {qVersion()} on {platform}, {len(families)} font families"


def _database(run: Run) -> str:
    from kiosk.services.demo import init_demo

    summary = init_demo(run.home, count=DEMO_PEOPLE)
    if summary.participants != DEMO_PEOPLE:
        raise SelfTestError(f"the database took {summary.participants} of {DEMO_PEOPLE} people")
    return f"{summary.participants} people, {summary.sessions} sessions in {run.home.database.name}"


def _scan(run: Run) -> str:
    from kiosk.app import clock_for, read_settings, scan_headless
    from kiosk.core.checkin import Outcome
    from kiosk.sample.people import sample_participants
    from kiosk.sample.wsis2022 import sample_event
    from kiosk.services.demo import issue_demo_code

    person = next(iter(sample_participants(sample_event().id, DEMO_PEOPLE, 2022)))
    run.registration_id = person.registration_id
    now = clock_for(read_settings(run.home))()
    run.code = issue_demo_code(run.home, person.registration_id, now)
    result = scan_headless(run.home, run.code)
    if result.outcome is not Outcome.CHECKED_IN or result.print_error:
        problem = result.print_error or result.outcome.value
        raise SelfTestError(f"scanning a demo code gave {problem!r}, not a printed badge")
    pngs = [Path(p) for p in result.printed if p.endswith(".png")]
    if not pngs or not pngs[0].is_file():
        raise SelfTestError(f"the file printer wrote no PNG: {list(result.printed)}")
    run.png = pngs[0]
    names = ", ".join(Path(p).name for p in result.printed)
    return f"registration {person.registration_id} checked in, printed {names}"


def _qr(run: Run) -> str:
    import zxingcpp
    from PIL import Image

    from kiosk.services.door_check import check_badge
    from kiosk.store import open_database

    assert run.png is not None
    with Image.open(run.png) as image:
        found = zxingcpp.read_barcodes(image)
    codes = [c for c in found if c.format == zxingcpp.BarcodeFormat.QRCode]
    if len(codes) != 1:
        raise SelfTestError(f"{run.png.name} holds {len(codes)} readable QR codes, not 1")
    db = open_database(run.home.database)
    try:
        checked = check_badge(db, codes[0].text)
    finally:
        db.close()
    badge = checked.decision.badge
    if not checked.decision.is_valid or badge is None:
        raise SelfTestError(f"the printed QR code is {checked.decision.verdict.value}, not valid")
    if badge.registration_id != run.registration_id:
        raise SelfTestError(
            f"the printed QR code is registration {badge.registration_id}, "
            f"not {run.registration_id}"
        )
    return f"read {badge.format.value} badge v{badge.badge_version} of the same registration: valid"


def _rescan(run: Run) -> str:
    from kiosk.app import scan_headless
    from kiosk.core.checkin import Outcome

    before = sorted(run.home.prints.iterdir())
    result = scan_headless(run.home, run.code)
    if result.outcome is not Outcome.ALREADY_COLLECTED:
        raise SelfTestError(f"a second scan gave {result.outcome.value!r}, not already-collected")
    if sorted(run.home.prints.iterdir()) != before:
        raise SelfTestError("a second scan printed another badge")
    return "already collected, nothing printed"


STEPS: tuple[Step, ...] = (
    ("start", _start),
    ("database", _database),
    ("scan", _scan),
    ("QR", _qr),
    ("rescan", _rescan),
)
