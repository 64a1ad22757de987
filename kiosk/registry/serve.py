"""Running the registry under uvicorn (one process, or several workers on one database)."""

from __future__ import annotations

import os

import uvicorn
from fastapi import FastAPI

from kiosk.registry.api.app import create_app
from kiosk.registry.database import Database

DB_VARIABLE = "KIOSK_REGISTRY_DB"


def app_from_environment() -> FastAPI:
    """The application for the database named in KIOSK_REGISTRY_DB (uvicorn's factory)."""
    return create_app(Database(os.environ[DB_VARIABLE]))


def serve(url: str, host: str, port: int, workers: int = 1) -> None:
    os.environ[DB_VARIABLE] = url
    # No access log: the fleet page's sign-in URL carries the admin token in its query.
    uvicorn.run(
        "kiosk.registry.serve:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        log_level="info",
    )
