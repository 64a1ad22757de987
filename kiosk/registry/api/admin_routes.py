"""The endpoints event IT calls with the admin token: status, fleet, conflicts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from kiosk.registry import conflicts, fleet
from kiosk.registry.api.auth import admin, clock, database
from kiosk.registry.api.device_routes import ERRORS
from kiosk.registry.api.models import (
    CloseRequest,
    ConflictOut,
    ConflictsResponse,
    FleetDevice,
    FleetResponse,
    StatusResponse,
)
from kiosk.registry.database import Database
from kiosk.registry.tokens import Caller
from kiosk.registry.wire import timestamp

router = APIRouter(prefix="/api/v1", responses=ERRORS, tags=["admin"])
Db = Annotated[Database, Depends(database)]
Now = Annotated[Callable[[], datetime], Depends(clock)]
Admin = Annotated[Caller, Depends(admin)]


@router.get("/status", response_model=StatusResponse)
def status(_caller: Admin, db: Db) -> StatusResponse:
    """Counts: participants, check-ins, people checked in, badge prints, kiosks, open conflicts."""
    with db.read() as conn:
        return StatusResponse(**asdict(fleet.counts(conn)))


@router.get("/fleet", response_model=FleetResponse)
def get_fleet(_caller: Admin, db: Db, now: Now) -> FleetResponse:
    """Every enrolled device with its last heartbeat."""
    with db.read() as conn:
        found = fleet.fleet(conn)
    return FleetResponse(
        devices=[FleetDevice(**asdict(d)) for d in found], server_time=timestamp(now())
    )


@router.get("/conflicts", response_model=ConflictsResponse)
def get_conflicts(
    _caller: Admin, db: Db, open_only: Annotated[bool, Query(alias="open")] = False
) -> ConflictsResponse:
    """Conflicts (``?open=true``: only those staff have not closed)."""
    with db.read() as conn:
        found = conflicts.listing(conn, open_only)
    return ConflictsResponse(conflicts=[ConflictOut(**asdict(c)) for c in found])


@router.post("/conflicts/{conflict_id}/close", response_model=ConflictOut)
def close_conflict(
    conflict_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    body: CloseRequest,
    _caller: Admin,
    db: Db,
    now: Now,
) -> ConflictOut:
    """Staff looked at a conflict and closed it, with a note."""
    with db.write() as conn:
        closed = conflicts.close(conn, conflict_id, body.note, now())
    return ConflictOut(**asdict(closed))
