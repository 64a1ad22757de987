"""The OpenAPI document: the committed copy is current, and a property-based run over it finds
no server error and no response outside the schema (schemathesis, fixed seed)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from registry_harness import Registry, new_registry
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from kiosk.registry.api.app import OPENAPI_PATH, create_app
from kiosk.registry.database import Database

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "registry-api.yaml"
DEVICE_PATHS = ("/api/v1/outbox", "/api/v1/changes", "/api/v1/heartbeat")


def test_the_committed_document_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "registry-api.yaml"
    subprocess.run([str(ROOT / "scripts" / "export-openapi"), str(fresh)], check=True, cwd=ROOT)
    assert fresh.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8"), (
        "docs/registry-api.yaml is stale: run scripts/export-openapi and commit it"
    )


# The schema is read from an application at import time (schemathesis.pytest.from_fixture does
# not work with pytest 9); the fixture below points that application at a real registry.
APP = create_app(Database("sqlite:///:memory:"))
schema = schemathesis.openapi.from_asgi(OPENAPI_PATH, APP)


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'registry.db'}"
    made = new_registry(url, people=20)
    made.enroll("fuzz-kiosk")
    APP.state.db, APP.state.clock = made.db, made.clock
    yield made
    made.db.close()


@schema.parametrize()
@settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_server_error_and_no_schema_violation(case: schemathesis.Case, fuzzed: Registry) -> None:
    token = fuzzed.admin_token
    if case.operation.path in DEVICE_PATHS:
        token = fuzzed.kiosks[0].token
    # Left out on purpose: schema-valid data may still be refused (an unknown enrollment code is
    # 400), and unknown query parameters are ignored rather than refused, as HTTP APIs usually do.
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"},
        excluded_checks=[positive_data_acceptance, negative_data_rejection],
    )
