"""Registry fixtures: a migrated registry on SQLite and on a private PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pg import SKIP_REASON, Cluster, find_bin_dir, missing_reason, running_cluster
from registry_harness import Registry, new_registry


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    reason = missing_reason()
    bin_dir = find_bin_dir()
    if reason is not None or bin_dir is None:
        pytest.skip(reason or SKIP_REASON)
    with running_cluster(bin_dir) as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'registry.db'}"
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database()


@pytest.fixture
def registry(db_url: str) -> Iterator[Registry]:
    made = new_registry(db_url)
    with made.client:
        yield made
    made.db.close()
