"""A real pretix server for the integration tests (issue 13), run on 127.0.0.1 only.

pretix (AGPL) is a test peer, never a dependency of the kiosk: it lives in its own virtualenv under
the test cache (``KIOSK_TEST_CACHE``, default ~/.cache/kiosk-tests), installed once, with its
database migrated once into a template that every test session copies (migrating takes minutes,
copying a file milliseconds). Each peer is seeded with the organizer, event, products, check-in
list, a team token and an uninitialised device, and served by gunicorn.

``PeerUnavailableError`` says exactly what is missing when the peer cannot be made (no network
for pip, a failed migration); the tests that need it skip with that sentence.

Installing and migrating take about 2.5 minutes on a cold cache (docs/testing.md), so scripts/test
starts ``python tests/pretix/peer.py --prepare`` in the background before the checks and the test
suite: whoever comes first (that process or a test's ``running_peer``) does the work under a lock
(``fcntl.flock`` on ``prepare.lock`` in the cache), the other waits for it and then finds it done.
pip's downloads are cached beside the virtualenv (``KIOSK_TEST_CACHE/pip``) so a new pretix version
or a wiped virtualenv downloads nothing it has had before.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PRETIX_VERSION = "2026.8.0"
SEED_SCRIPT = Path(__file__).with_name("seed_pretix.py")
ORDERS_SCRIPT = Path(__file__).with_name("seed_orders.py")
START_TIMEOUT_S = 120.0


class PeerUnavailableError(Exception):
    """The pretix peer cannot be set up here; the message names what is missing."""


@dataclass(frozen=True, slots=True)
class PretixPeer:
    """A running pretix server and what the seed made in it."""

    url: str  # http://127.0.0.1:PORT
    organizer: str
    event: str
    checkin_list: int
    items: dict[str, int]  # badge category code -> pretix item id
    team_token: str  # full access, for seeding orders and reading check-ins back
    device_init_token: str  # one-time: `kiosk enroll` turns it into the device's API token
    data_dir: Path

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"

    def team_request(self, method: str, path: str, body: object | None = None) -> object:
        """A call with the team token (the organiser's side), JSON in and out."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            f"{self.api}{path}",
            data=data,
            method=method,
            headers={
                "Authorization": f"Token {self.team_token}",
                "Content-Type": "application/json",
            },
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.loads(answer.read() or b"null")


def cache_root() -> Path:
    return Path(os.environ.get("KIOSK_TEST_CACHE") or Path.home() / ".cache" / "kiosk-tests")


def paid_order(item: int, given: str, family: str) -> dict[str, object]:
    """The body of a paid one-ticket order made in pretix's back office (no e-mail sent)."""
    return {
        "email": "attendee@example.org",
        "locale": "en",
        "sales_channel": "web",
        "status": "p",
        "send_email": False,
        "positions": [
            {
                "item": item,
                "attendee_name_parts": {"given_name": given, "family_name": family},
                "price": "0.00",
            }
        ],
    }


def cache_dir() -> Path:
    return (
        cache_root() / f"pretix-{PRETIX_VERSION}-py{sys.version_info.major}{sys.version_info.minor}"
    )


def _run(args: list[str], *, env: dict[str, str] | None = None, what: str, stdin: str = "") -> str:
    done = subprocess.run(args, input=stdin, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise PeerUnavailableError(f"{what} failed (exit {done.returncode}): {' | '.join(tail)}")
    return done.stdout


def _venv_python() -> Path:
    return cache_dir() / "venv" / "bin" / "python"


def _is_prepared() -> bool:
    venv = cache_dir() / "venv"
    return (venv / f"pretix-{PRETIX_VERSION}.installed").exists() and (
        cache_dir() / "template" / "migrated"
    ).exists()


def prepare() -> tuple[Path, Path]:
    """The peer's python and migrated template, made under the cache's lock if missing.

    A second caller (the background ``--prepare`` and a test, or two test runs) blocks on the
    lock until the first is done, then finds both ready."""
    if not _is_prepared():
        cache_dir().mkdir(parents=True, exist_ok=True)
        with (cache_dir() / "prepare.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            python = ensure_installed()
            ensure_template(python)
    return _venv_python(), cache_dir() / "template" / "data"


def ensure_installed() -> Path:
    """The peer's python, installing pretix and gunicorn into the cache on first use (call
    ``prepare``, which holds the lock, rather than this)."""
    venv = cache_dir() / "venv"
    python = _venv_python()
    marker = venv / f"pretix-{PRETIX_VERSION}.installed"
    if marker.exists():
        return python
    shutil.rmtree(venv, ignore_errors=True)
    venv.parent.mkdir(parents=True, exist_ok=True)
    _run([sys.executable, "-m", "venv", str(venv)], what="creating the pretix virtualenv")
    _run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            f"pretix=={PRETIX_VERSION}",
            "gunicorn",
        ],
        what=f"pip install pretix=={PRETIX_VERSION} (needs the package registry)",
        env={**os.environ, "PIP_CACHE_DIR": str(cache_root() / "pip")},
    )
    marker.write_text(PRETIX_VERSION, encoding="utf-8")
    return python


def _config(data_dir: Path, port: int) -> Path:
    config = data_dir.parent / "pretix.cfg"
    config.write_text(
        "[pretix]\n"
        "instance_name=kiosk test peer\n"
        f"url=http://127.0.0.1:{port}\n"
        f"datadir={data_dir}\n"
        "[database]\nbackend=sqlite3\n"
        "[mail]\nhost=127.0.0.1\nport=9\n"  # the discard port: no mail leaves
        "[django]\ndebug=false\n",
        encoding="utf-8",
    )
    return config


def _env(config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PRETIX_CONFIG_FILE"] = str(config)
    return env


def ensure_template(python: Path) -> Path:
    """A data directory whose database has every migration applied (made once, then copied)."""
    template = cache_dir() / "template"
    if (template / "migrated").exists():
        return template / "data"
    shutil.rmtree(template, ignore_errors=True)
    (template / "data").mkdir(parents=True)
    config = _config(template / "data", 8345)
    _run(
        [str(python), "-m", "pretix", "migrate", "--noinput"],
        env=_env(config),
        what="pretix migrate",
    )
    (template / "migrated").write_text(PRETIX_VERSION, encoding="utf-8")
    return template / "data"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PeerUnavailableError(f"gunicorn stopped at start (exit {process.returncode})")
        try:
            urllib.request.urlopen(f"{url}/api/v1/", timeout=2)
            return
        except urllib.error.HTTPError:
            return  # 401/403/404: pretix answers, so it is up
        except OSError:
            time.sleep(0.3)
    raise PeerUnavailableError(f"pretix did not answer within {START_TIMEOUT_S:.0f} s")


@contextmanager
def running_peer(work_dir: Path) -> Iterator[PretixPeer]:
    """Install (once), copy the migrated template, seed, serve; stop and clean up afterwards."""
    python, template = prepare()
    data_dir = work_dir / "data"
    shutil.copytree(template, data_dir)
    port = _free_port()
    config = _config(data_dir, port)
    env = _env(config)
    out = _run(
        [str(python), "-m", "pretix", "shell"],
        env=env,
        what="seeding pretix",
        stdin=SEED_SCRIPT.read_text(encoding="utf-8"),
    )
    seed = json.loads(next(line[5:] for line in out.splitlines() if line.startswith("SEED ")))
    log = (work_dir / "gunicorn.log").open("wb")
    process = subprocess.Popen(
        [
            str(python.parent / "gunicorn"),
            "pretix.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--timeout",
            "60",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process)
        yield PretixPeer(
            url=url,
            organizer=seed["organizer"],
            event=seed["event"],
            checkin_list=int(seed["checkin_list"]),
            items={code: int(pk) for code, pk in seed["items"].items()},
            team_token=seed["team_token"],
            device_init_token=seed["device_init_token"],
            data_dir=data_dir,
        )
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def seed_orders(peer: PretixPeer, people: list[tuple[str, str, str, str, str]]) -> None:
    """Add one paid order a person to the running ``peer`` in bulk (seed_orders.py).

    Each person is (given name, family name, e-mail, item code of ``peer.items``, ticket secret);
    the secrets must be new to the organizer. About 100,000 a minute, against 10 a second
    through the REST API."""
    if not people:
        return
    orders = peer.data_dir.parent / f"orders-{time.monotonic_ns()}.json"
    seed = {"organizer": peer.organizer, "event": peer.event, "items": peer.items}
    orders.write_text(json.dumps({**seed, "people": people}), encoding="utf-8")
    try:
        env = _env(peer.data_dir.parent / "pretix.cfg")
        env["KIOSK_SEED_ORDERS"] = str(orders)
        out = _run(
            [str(_venv_python()), "-m", "pretix", "shell"],
            env=env,
            what="seeding pretix orders",
            stdin=ORDERS_SCRIPT.read_text(encoding="utf-8"),
        )
    finally:
        orders.unlink()
    if f"ORDERS {len(people)}" not in out:
        raise PeerUnavailableError(f"seeding pretix orders said: {out.strip()[-200:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The pretix test peer (tests/pretix/peer.py).")
    parser.add_argument(
        "--prepare",
        action="store_true",
        help="install pretix and migrate its template into the test cache, then exit",
    )
    args = parser.parse_args(argv)
    if not args.prepare:
        parser.error("nothing to do: pass --prepare")
    started = time.monotonic()
    try:
        prepare()
    except PeerUnavailableError as error:
        print(f"pretix peer: cannot be prepared: {error}", file=sys.stderr)
        return 1
    print(f"pretix peer: ready in {cache_dir()} ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
