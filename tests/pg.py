"""A private PostgreSQL server for tests: initdb in a temporary folder, on 127.0.0.1, a free port.

Nothing of the machine's own PostgreSQL is used: the cluster, its socket and its log live in one
temporary folder that is removed afterwards. As root the server runs as the ``postgres`` user
(PostgreSQL refuses to run as root). ``find_bin_dir()`` is None when the binaries are absent
(Debian package ``postgresql``); tests then skip, saying so.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SKIP_REASON = "PostgreSQL server binaries not installed (apt-get install postgresql)"
_names = itertools.count(1)


def missing_reason() -> str | None:
    """Why no private cluster can be started here, or None when one can."""
    if find_bin_dir() is None:
        return SKIP_REASON
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and no postgres user to run the server as"
    return None


def find_bin_dir() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if candidates:
        return candidates[0].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Cluster:
    bin_dir: Path
    root: Path
    port: int
    user: str = "kiosk"

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Create an empty database and return its URL."""
        name = f"registry_{os.getpid()}_{next(_names)}"
        self.psql(f"CREATE DATABASE {name}")
        return self.url(name)

    def psql(self, sql: str) -> str:
        command = [str(self.bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(self.port)]
        command += ["-U", self.user, "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-Atc", sql]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _as_server_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


@contextmanager
def running_cluster(bin_dir: Path) -> Iterator[Cluster]:
    """Start a throwaway cluster; stop it and remove its files afterwards."""
    root = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(root, owner.pw_uid, owner.pw_gid)
    cluster = Cluster(bin_dir, root, free_port())
    data = root / "data"
    run = _as_server_user()
    try:
        subprocess.run(
            [
                *run,
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                cluster.user,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
        )
        options = (
            f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        subprocess.run(
            [
                *run,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(root / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ],
            check=True,
            capture_output=True,
        )
        yield cluster
    finally:
        subprocess.run(
            [*run, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)
