"""Sync fixtures: the real registry on 127.0.0.1, one per test module."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from live_registry import MONDAY, REGISTRY, LiveRegistry, free_port, wait_until_answering


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRegistry]:
    folder = tmp_path_factory.mktemp("registry")
    registry = LiveRegistry("", f"sqlite:///{folder / 'registry.db'}")
    registry.run("init-demo", "--participants", "60")
    port = free_port()
    log = (folder / "serve.log").open("w")
    server = subprocess.Popen(
        [*REGISTRY, "--db", registry.db_url, "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    registry.url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(registry.url, server)
        yield registry
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


@pytest.fixture(autouse=True)
def monday_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample event is WSIS Forum 2022: kiosks run on its first morning."""
    monkeypatch.setenv("KIOSK_SIMULATED_TIME", MONDAY)
