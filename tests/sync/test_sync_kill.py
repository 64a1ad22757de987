"""A kiosk killed (SIGKILL) in the middle of a sync round restarts and converges, losing nothing.

Each case runs one round in a child process against the real registry and kills it at a chosen
point: right after the registry stored an outbox batch (the answer never processed), inside the
transaction applying a page, and between pages. Then `kiosk sync --once` runs normally.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from fleet_harness import FIRST, LiveRegistry

from kiosk.cli import main
from kiosk.store import open_database, outbox, participants, sync_state

pytestmark = pytest.mark.integration

CHILD = """
import os, signal, sys
from pathlib import Path

import httpx

from kiosk.paths import Home
from kiosk.services.sync import SyncOptions, sync_once
from kiosk.store import changes, open_database
from kiosk.sync.http import HttpRegistryClient
from kiosk.syncing import sync_setup

home, where, after = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
seen = {"pages": 0, "applies": 0}


def die():
    os.kill(os.getpid(), signal.SIGKILL)


class KillAfterOutbox(httpx.HTTPTransport):
    def handle_request(self, request):
        response = super().handle_request(request)
        if where == "push" and request.url.path.endswith("/outbox"):
            response.read()
            die()  # the registry stored the batch; the kiosk never hears it
        return response


set_watermark = changes.set_watermark


def set_watermark_then_maybe_die(db, watermark):
    set_watermark(db, watermark)
    seen["applies"] += 1
    if where == "apply" and seen["applies"] == after:
        die()  # inside the page's transaction, every change written, before COMMIT


def progress(pulled, watermark):
    seen["pages"] += 1
    if where == "pull" and seen["pages"] == after:
        die()  # between two committed pages


changes.set_watermark = set_watermark_then_maybe_die
setup = sync_setup(Home(home))
client = HttpRegistryClient(setup.link.url, setup.link.token, transport=KillAfterOutbox())
options = SyncOptions(batch_size=1, page_limit=7, progress=progress)
sync_once(open_database(home / "kiosk.db"), client, setup.clock, options)
print("the round ended without being killed")
"""


def kiosk(home: Path, *args: str) -> int:
    return main(["--home", str(home), *args])


def killed_round(home: Path, where: str, after: int) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(home), where, str(after)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("where", "after"),
    [("push", 1), ("apply", 1), ("apply", 4), ("pull", 2)],
    ids=["after-outbox-stored", "in-first-page", "in-fourth-page", "between-pages"],
)
def test_a_killed_round_loses_nothing_and_doubles_nothing(
    tmp_path: Path,
    live: LiveRegistry,
    capsys: pytest.CaptureFixture[str],
    where: str,
    after: int,
) -> None:
    home = tmp_path / "kiosk"
    assert kiosk(home, "enroll", live.url, live.enroll_code(f"killed-{where}-{after}")) == 0
    registration = FIRST + 10 + after + 5 * (where == "pull") + 10 * (where == "apply")
    if where == "push":
        assert kiosk(home, "sync", "--once") == 0
        assert kiosk(home, "scan", live.code(registration)) == 0  # a check-in and a badge print
    before = live.status()
    killed_round(home, where, after)
    capsys.readouterr()
    assert kiosk(home, "sync", "--once", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    after_status = live.status()
    db = open_database(home / "kiosk.db")
    try:
        assert outbox.pending_count(db) == 0
        assert participants.count_participants(db) == after_status["participants"]
        assert sync_state.load_state(db).watermark == report["watermark"]
        if where == "push":
            assert report["duplicates"] == 1  # the batch the kill cut off was already stored
            assert after_status["checkins"] == before["checkins"] + 1
            assert after_status["badge_prints"] == before["badge_prints"] + 1
    finally:
        db.close()
