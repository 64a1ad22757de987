"""A real registry process on 127.0.0.1 and kiosk homes enrolled to it: the one harness for every
test that needs the registry as its own process (fleet, sync, registry) and for the benchmarks
(benchmarks/sync_bench.py, simulated_fleet.py and registry_feed.py import this file too).

The registry runs as `kiosk-registry serve` (uvicorn) on a SQLite file or a PostgreSQL URL; the
kiosks are homes made by `kiosk enroll`, as an installer would make them. ``LiveRegistry`` drives
the registry as its operator would (its commands, then ``serve()``/``stop()``);
``registry_process`` is the same server as a context manager for code that only needs its URL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from pg import free_port

BIN = Path(sys.executable).parent
REGISTRY = str(BIN / "kiosk-registry")
KIOSK = str(BIN / "kiosk")
# The console scripts import the package the virtualenv was installed from; a checkout's tests
# run its own code (a git worktree shares the virtualenv of another checkout).
SOURCE = str(Path(__file__).resolve().parents[1])
FIRST = 22_000_001  # the sample's first registration id (event 22)
MONDAY = "2022-05-30T08:45:00+02:00"  # kiosks run on the sample event's first morning
MONDAY_UTC = datetime(2022, 5, 30, 6, 45, tzinfo=UTC)
START_TIMEOUT_S = 60
STOP_TIMEOUT_S = 20


def kiosk_env() -> dict[str, str]:
    """The environment for `kiosk` subprocesses: no display, the sample event's Monday."""
    return {**registry_env(), "QT_QPA_PLATFORM": "offscreen", "KIOSK_SIMULATED_TIME": MONDAY}


def registry_env() -> dict[str, str]:
    """The environment for `kiosk-registry` subprocesses: this checkout's code first."""
    path = os.pathsep.join(p for p in (SOURCE, os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}


@dataclass
class LiveRegistry:
    """`kiosk-registry` on ``db_url``; ``serve()`` starts it on a free port of 127.0.0.1."""

    folder: Path
    db_url: str
    url: str = ""
    port: int = 0
    admin_token: str = ""
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None  # where the serving process writes (``serve-<port>.log`` by default)
    _log: Any = field(default=None, repr=False)

    def run(self, *args: str, timeout: float = 300) -> str:
        done = subprocess.run(
            [REGISTRY, "--db", self.db_url, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=registry_env(),
        )
        if done.returncode != 0:
            raise AssertionError(f"kiosk-registry {args[0]} failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def init_demo(self, participants: int) -> None:
        out = self.run("init-demo", "--participants", str(participants))
        self.admin_token = self.run("admin-token").splitlines()[-1]
        assert "sample event loaded" in out, out

    def serve(self, port: int | None = None, log: Path | None = None) -> LiveRegistry:
        """Starts `kiosk-registry serve` and returns once it answers (its log says why not)."""
        port = self.port = port or free_port()
        self.log = log or self.folder / f"serve-{port}.log"
        self._log = self.log.open("w")
        self.process = subprocess.Popen(
            [REGISTRY, "--db", self.db_url, "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=registry_env(),
        )
        self.url = f"http://127.0.0.1:{port}"
        try:
            wait_until_answering(self.url, self.process, self.log)
        except BaseException:
            self.stop()
            raise
        return self

    @contextmanager
    def serving(self, log: Path | None = None) -> Iterator[LiveRegistry]:
        """``serve()`` for the length of a ``with`` block, then ``stop()``."""
        self.serve(log=log)
        try:
            yield self
        finally:
            self.stop()

    def stop(self) -> None:
        """Terminates the serving process (killed if it does not stop in time)."""
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def enroll_code(self, kiosk_id: str) -> str:
        return self.run("enroll-code", "--kiosk-id", kiosk_id).splitlines()[-1]

    def code(self, registration_id: int) -> str:
        return self.run("code", str(registration_id)).splitlines()[-1]

    def status(self) -> dict[str, int]:
        """The registry's counts: over HTTP while it serves (fast), else `status --json`."""
        if self.process is None or not self.admin_token:
            counts: dict[str, int] = json.loads(self.run("status", "--json"))
            return counts
        answer = httpx.get(f"{self.url}/api/v1/status", headers=self.admin, timeout=30)
        answer.raise_for_status()
        served: dict[str, int] = answer.json()
        return served

    @property
    def admin(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_token}"}


@contextmanager
def registry_process(db_url: str, log: Path) -> Iterator[str]:
    """Serves ``db_url`` from a new process logging to ``log``; yields its base URL, stops it
    afterwards."""
    with LiveRegistry(log.parent, db_url).serving(log) as registry:
        yield registry.url


@contextmanager
def demo_registry(folder: Path, participants: int) -> Iterator[LiveRegistry]:
    """A registry on a SQLite file in ``folder`` holding the sample event with ``participants``
    people, serving for the length of a ``with`` block."""
    registry = LiveRegistry(folder, f"sqlite:///{folder / 'registry.db'}")
    registry.init_demo(participants)
    with registry.serving() as served:
        yield served


def wait_until_answering(
    url: str, server: subprocess.Popen[bytes], log: Path, timeout_s: float = START_TIMEOUT_S
) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the registry at {url} stopped: {_tail(log)}")
        try:
            httpx.get(f"{url}/api/v1/status", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)  # a process starting up: polling is the only way to know
    raise AssertionError(f"the registry at {url} did not answer in {timeout_s:.0f} s: {_tail(log)}")


def _tail(log: Path, chars: int = 4000) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-chars:]


def kiosk(home: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Runs the `kiosk` command on ``home`` in its own process."""
    return subprocess.run(
        [KIOSK, "--home", str(home), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=kiosk_env(),
    )


def enroll(home: Path, registry: LiveRegistry, kiosk_id: str) -> Path:
    done = kiosk(home, "enroll", registry.url, registry.enroll_code(kiosk_id))
    assert done.returncode == 0, done.stderr
    return home


def point_at(home: Path, url: str) -> None:
    """Sends ``home``'s sync through ``url`` (a proxy) from now on, same token."""
    from kiosk.sync.enrollment import load_link, save_link

    link = load_link(home / "registry.json")
    assert link is not None, f"{home} is not enrolled"
    save_link(home / "registry.json", replace(link, url=url))


def device_token(home: Path) -> str:
    data: dict[str, Any] = json.loads((home / "registry.json").read_text(encoding="utf-8"))
    return str(data["token"])


def feed(url: str, token: str, since: int = 0) -> list[dict[str, Any]]:
    """Every change the registry publishes after ``since``, as a kiosk would read them."""
    found: list[dict[str, Any]] = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as http:
        while True:
            answer = http.get("/api/v1/changes", params={"since": since, "limit": 5000})
            answer.raise_for_status()
            page = answer.json()
            found += page["changes"]
            since = page["next"]
            if not page["more"]:
                return found
