"""The endpoints kiosks call: enroll, outbox, changes, heartbeat."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response

from kiosk.registry import catalog, changes, devices, outbox, signing
from kiosk.registry.api.auth import clock, database, device
from kiosk.registry.api.models import (
    ChangesResponse,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    HeartbeatRequest,
    HeartbeatResponse,
    KeyOut,
    OutboxRequest,
    OutboxResponse,
)
from kiosk.registry.database import Database
from kiosk.registry.tokens import Caller
from kiosk.registry.wire import dumps, timestamp

log = logging.getLogger(__name__)
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 409, 413, 422, 503)
}
router = APIRouter(prefix="/api/v1", responses=ERRORS)
Db = Annotated[Database, Depends(database)]
Now = Annotated[Callable[[], datetime], Depends(clock)]
Device = Annotated[Caller, Depends(device)]


@router.post("/devices/enroll", status_code=201, response_model=EnrollResponse, tags=["devices"])
def enroll(body: EnrollRequest, db: Db, now: Now) -> EnrollResponse:
    """Spend a one-time enrollment code: the kiosk gets its device token and the public keys."""
    moment = now()
    with db.write() as conn:
        done = devices.enroll(conn, body.code, base64.b64decode(body.device_public_key), moment)
        keys = [KeyOut(**k) for k in signing.public_keys(conn)]
        event_ids = catalog.event_ids(conn)
    log.info("kiosk %s enrolled (device key %d)", done.kiosk_id, done.device_key_id)
    return EnrollResponse(
        kiosk_id=done.kiosk_id,
        token=done.token,
        device_key_id=done.device_key_id,
        event_id=event_ids[0] if len(event_ids) == 1 else None,
        keys=keys,
        server_time=timestamp(moment),
    )


@router.post(
    "/outbox", response_model=OutboxResponse, tags=["sync"], response_model_exclude_none=True
)
def push_outbox(body: OutboxRequest, caller: Device, db: Db, now: Now) -> OutboxResponse:
    """Upload a batch of outbox items (at most 500); each is stored once under its id."""
    moment = now()
    items = [outbox.Item(str(i.id), i.kind, i.data) for i in body.items]
    with db.write() as conn:
        results = outbox.receive(conn, caller.kiosk_id, items, moment)
        devices.touch(conn, caller.kiosk_id, moment, None)
    accepted = sum(r.status == "accepted" for r in results)
    log.info("kiosk %s pushed %d items, %d accepted", caller.kiosk_id, len(items), accepted)
    return OutboxResponse.model_validate(
        {
            "results": [
                {
                    "id": r.id,
                    "status": r.status,
                    "code": r.code or None,
                    "message": r.message or None,
                }
                for r in results
            ]
        }
    )


@router.get("/changes", response_model=ChangesResponse, tags=["sync"])
def get_changes(
    _caller: Device,
    db: Db,
    now: Now,
    since: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
    limit: Annotated[int, Query(ge=1, le=changes.MAX_PAGE)] = changes.DEFAULT_PAGE,
) -> Response:
    """The changes after the watermark ``since``, in pages; ``more`` means ask again at once."""
    with db.read() as conn:
        page = changes.page(conn, since, limit)
    head = dumps(
        {"since": page.since, "next": page.next, "more": page.more, "server_time": timestamp(now())}
    )
    # The stored JSON is served as it is: no parsing, so a 100,000-row initial sync stays cheap.
    body = head[:-1] + f',"changes":{page.changes_json}}}'
    return Response(body.encode("utf-8"), media_type="application/json")


@router.post("/heartbeat", response_model=HeartbeatResponse, tags=["sync"])
def heartbeat(body: HeartbeatRequest, caller: Device, db: Db, now: Now) -> HeartbeatResponse:
    """A kiosk's state: app version, outbox length, data age, printer and paper, last error."""
    moment = now()
    with db.write() as conn:
        devices.touch(conn, caller.kiosk_id, moment, body.model_dump(mode="json"))
    return HeartbeatResponse(server_time=timestamp(moment))
