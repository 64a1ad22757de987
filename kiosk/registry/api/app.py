"""The registry's ASGI application (FastAPI), built around one database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI

import kiosk
from kiosk.registry.api import admin_routes, device_routes, errors, fleet_page, photo_routes
from kiosk.registry.database import Database

OPENAPI_PATH = "/api/v1/openapi.json"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def create_app(db: Database, now: Callable[[], datetime] = _utc_now) -> FastAPI:
    """The application serving ``db``; ``now`` is the clock (tests pass their own)."""
    app = FastAPI(
        title="Kiosk registry",
        version=kiosk.__version__,
        summary="The central registry kiosks sync with (docs/registry-protocol.md).",
        openapi_url=OPENAPI_PATH,
        docs_url="/api/v1/docs",
        redoc_url=None,
    )
    app.state.db = db
    app.state.clock = now
    app.include_router(device_routes.router)
    app.include_router(admin_routes.router)
    app.include_router(photo_routes.router)
    app.include_router(fleet_page.router)
    errors.install(app)
    return app


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document the server serves, without opening any database."""
    document: dict[str, Any] = create_app(Database("sqlite:///:memory:")).openapi()
    return document
