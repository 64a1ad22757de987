"""scripts/setup on real machines: it waits for another package manager with a message and a
time limit, and it stays short (a few lines; a failing step shows the end of its log).

The functions are run from the sourced script against a lock file of the test's own, held the
way dpkg holds its lock (fcntl) or by flock(1). The whole script runs in a copy of the checkout
whose .venv and dpkg-query are stand-ins, so the test never installs anything.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SETUP = Path(__file__).resolve().parent.parent / "scripts" / "setup"
HOLDER = """
import fcntl, sys, time
with open(sys.argv[1], "w") as lock:
    fcntl.lockf(lock, fcntl.LOCK_EX)  # as dpkg and apt do (a POSIX record lock)
    print("locked", flush=True)
    time.sleep(120)
"""

pytestmark = pytest.mark.skipif(
    not Path("/proc/locks").exists() or shutil.which("bash") is None,
    reason="needs bash and Linux's /proc/locks",
)


def _source(function: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["bash", "-c", f'source "{SETUP}"; {function}'],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def lock_file(tmp_path: Path) -> Path:
    lock = tmp_path / "lock-frontend"
    lock.touch()
    return lock


@pytest.fixture
def unattended_upgrade(tmp_path: Path, lock_file: Path) -> Iterator[subprocess.Popen[str]]:
    """A process named like Debian's unattended-upgrade holding the lock until killed."""
    script = tmp_path / "unattended-upgrade"
    script.write_text(HOLDER, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, str(script), str(lock_file)], stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        yield holder
        holder.kill()


def _env(lock_file: Path, timeout: int) -> dict[str, str]:
    missing = lock_file.with_name("no-such-lock")
    return {
        "SETUP_APT_LOCKS": f"{missing}:{lock_file}",
        "SETUP_LOCK_TIMEOUT": str(timeout),
        "SETUP_LOCK_POLL": "0.1",
    }


def test_a_free_lock_costs_nothing_and_says_nothing(lock_file: Path) -> None:
    run = _source("wait_for_package_manager", _env(lock_file, 60))
    _, err = run.communicate(timeout=60)
    assert (run.returncode, err) == (0, "")


def test_it_names_the_package_manager_it_waits_for_and_goes_on_when_it_finishes(
    lock_file: Path, unattended_upgrade: subprocess.Popen[str]
) -> None:
    run = _source("wait_for_package_manager && echo went-on", _env(lock_file, 600))
    assert run.stderr is not None
    first = run.stderr.readline()
    assert first == (
        f"setup: waiting for another package manager (unattended-upgrade, pid "
        f"{unattended_upgrade.pid}) to finish… (up to 600 s)\n"
    )
    unattended_upgrade.kill()
    out, rest = run.communicate(timeout=60)
    assert (run.returncode, out, rest) == (0, "went-on\n", "")  # said once, not every poll


def test_it_gives_up_after_the_timeout_with_what_to_do(
    lock_file: Path, unattended_upgrade: subprocess.Popen[str]
) -> None:
    started = time.monotonic()
    run = _source("wait_for_package_manager", _env(lock_file, 2))
    _, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert time.monotonic() - started >= 2
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[1] == (
        f"setup: another package manager (unattended-upgrade, pid {unattended_upgrade.pid}) "
        f"still holds {lock_file} after 2 s; let it finish (or stop it) and run scripts/setup "
        "again"
    )


@pytest.mark.skipif(shutil.which("flock") is None, reason="needs flock(1) from util-linux")
def test_a_flock_holder_is_seen_too(lock_file: Path) -> None:
    with subprocess.Popen(
        ["flock", str(lock_file), "sh", "-c", "echo locked; exec sleep 120"],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline() == "locked\n"
            run = _source("wait_for_package_manager", _env(lock_file, 1))
            _, err = run.communicate(timeout=120)
        finally:
            holder.kill()
    assert run.returncode == 1
    assert f"(flock, pid {holder.pid})" in err


def _fake_program(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.mark.parametrize(
    ("version", "option"), [("2.6.1", "-o\nDPkg::Lock::Timeout=900\n"), ("1.8.2", "")]
)
def test_apt_waits_for_the_lock_itself_where_it_can(
    tmp_path: Path, version: str, option: str
) -> None:
    _fake_program(tmp_path, "apt-get", f'echo "apt {version} (amd64)"')
    path = f"{tmp_path}:{os.environ['PATH']}"
    run = _source("apt_lock_option", {"PATH": path, "SETUP_LOCK_TIMEOUT": "900"})
    out, _ = run.communicate(timeout=60)
    if shutil.which("dpkg") is None:
        pytest.skip("needs dpkg to compare versions")
    assert out == option


def _checkout(tmp_path: Path, python: str) -> tuple[Path, dict[str, str]]:
    """A copy of the checkout already set up: a .venv whose stamp matches, every package in."""
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(SETUP, root / "scripts" / "setup")
    pyproject = SETUP.parent.parent / "pyproject.toml"
    shutil.copy(pyproject, root / "pyproject.toml")
    venv_bin = root / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    _fake_program(venv_bin, "python", python)
    stamp = hashlib.sha256(pyproject.read_bytes()).hexdigest()[:16]
    (root / ".venv" / ".kiosk-installed").write_text(stamp + "\n", encoding="utf-8")
    tools = tmp_path / "bin"
    tools.mkdir()
    _fake_program(tools, "dpkg-query", "printf 'install ok installed'")
    env = {
        **os.environ,
        "PATH": f"{tools}:{os.environ['PATH']}",
        "PYTHON": sys.executable,
        "TMPDIR": str(tmp_path),
    }
    return root, env


def test_setup_on_a_set_up_checkout_says_nothing(tmp_path: Path) -> None:
    root, env = _checkout(tmp_path, f'exec "{sys.executable}" "$@"')
    run = subprocess.run(
        [str(root / "scripts" / "setup")], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert run.stderr == ""  # scripts/test and scripts/kiosk-demo run it every time
    assert not list(tmp_path.glob("kiosk-setup.*.log"))  # no log left behind


def test_a_failing_pip_shows_the_end_of_its_log_not_screens_of_it(tmp_path: Path) -> None:
    noisy_pip = (
        'case "$*" in *"-m pip"*) i=0; while [ $i -lt 500 ]; do echo "WARNING: noise $i"; '
        'i=$((i+1)); done; echo "ERROR: No matching distribution found for PySide6" >&2; '
        f'exit 1;; esac; exec "{sys.executable}" "$@"'
    )
    root, env = _checkout(tmp_path, noisy_pip)
    (root / ".venv" / ".kiosk-installed").write_text("stale\n", encoding="utf-8")
    run = subprocess.run(
        [str(root / "scripts" / "setup"), "--dev"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = run.stderr.splitlines()
    assert run.returncode == 1
    assert lines[0] == "setup: installing the kiosk[dev] into .venv (a few minutes the first time)"
    assert lines[1].startswith("setup: upgrading pip failed; its last lines (all of it in ")
    assert lines[-1] == "ERROR: No matching distribution found for PySide6"
    assert len(lines) <= 30
    logs = list(tmp_path.glob("kiosk-setup.*.log"))
    assert len(logs) == 1
    assert "WARNING: noise 0" in logs[0].read_text(encoding="utf-8")  # all of it kept there


def test_an_install_says_two_lines_however_much_pip_says(tmp_path: Path) -> None:
    chatty_pip = (
        'case "$*" in *"-m pip"*) i=0; while [ $i -lt 500 ]; do echo "WARNING: noise $i" >&2; '
        f'i=$((i+1)); done; exit 0;; esac; exec "{sys.executable}" "$@"'
    )
    root, env = _checkout(tmp_path, chatty_pip)
    stamp = root / ".venv" / ".kiosk-installed"
    wanted = stamp.read_text(encoding="utf-8")
    stamp.write_text("stale\n", encoding="utf-8")
    run = subprocess.run(
        [str(root / "scripts" / "setup")], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [
        "setup: installing the kiosk into .venv (a few minutes the first time)",
        "setup: ready: .venv/bin/kiosk --help",
    ]
    assert stamp.read_text(encoding="utf-8") == wanted  # the next run does nothing
    assert not list(tmp_path.glob("kiosk-setup.*.log"))
