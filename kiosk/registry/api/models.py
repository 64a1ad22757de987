"""Request and response bodies of the v1 API; FastAPI turns them into the OpenAPI document."""

from __future__ import annotations

import base64
import binascii
import uuid
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

Short = Annotated[str, Field(max_length=64)]


class ErrorDetail(BaseModel):
    code: str
    message: str
    fields: dict[str, str] | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


class EnrollRequest(BaseModel):
    code: Annotated[str, Field(min_length=1, max_length=64)]
    device_public_key: Annotated[str, Field(description="Base64 of a raw 32-byte Ed25519 key")]
    app_version: Annotated[str, Field(max_length=40)] = ""

    @field_validator("device_public_key")
    @classmethod
    def _is_key(cls, value: str) -> str:
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("not standard Base64") from exc
        if len(raw) != 32:
            raise ValueError("an Ed25519 public key is 32 bytes")
        return value


class KeyOut(BaseModel):
    key_id: int
    public_key: str
    status: str
    label: str


class EnrollResponse(BaseModel):
    kiosk_id: str
    token: str
    device_key_id: int
    event_id: int | None
    keys: list[KeyOut]
    server_time: str
    # The sample's demo clock start when the registry serves sample data of a past event only.
    simulated_time: str | None = None


class OutboxItemIn(BaseModel):
    id: uuid.UUID
    kind: Annotated[str, Field(max_length=32)]
    data: dict[str, Any]


class OutboxRequest(BaseModel):
    items: Annotated[list[OutboxItemIn], Field(max_length=500)]


class ItemResultOut(BaseModel):
    id: str
    status: Literal["accepted", "duplicate", "rejected"]
    code: str | None = None
    message: str | None = None


class OutboxResponse(BaseModel):
    results: list[ItemResultOut]


class Change(BaseModel):
    seq: int
    kind: Annotated[
        str,
        Field(
            description="event, category, participant, session, session_withdrawn, room, track, "
            "key, revocation, device_key, checkin, badge_print or conflict "
            "(docs/registry-protocol.md); a kiosk "
            "skips a kind it does not know"
        ),
    ]
    data: dict[str, Any]


class ChangesResponse(BaseModel):
    since: int
    next: int
    more: bool
    server_time: str
    changes: list[Change]


class PrinterReport(BaseModel):
    model_config = ConfigDict(extra="ignore")
    name: Annotated[str, Field(max_length=200)] = ""
    state: Short = "unknown"
    paper: Short = "unknown"


class HeartbeatRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    app_version: Annotated[str, Field(max_length=40)] = ""
    outbox_length: Annotated[int, Field(ge=0, le=2**31 - 1)] = 0
    watermark: Annotated[int, Field(ge=0, le=2**63 - 1)] = 0
    data_age_s: Annotated[float, Field(ge=0, le=1e9)] | None = None
    printer: PrinterReport = PrinterReport()
    last_error: Annotated[str, Field(max_length=500)] = ""
    sent_at: AwareDatetime | None = None
    # The registry the kiosk serves, "pretix · tickets.example.org · itu/wsis22"; older kiosks
    # send none.
    registry: Annotated[str, Field(max_length=200)] = ""


class HeartbeatResponse(BaseModel):
    server_time: str


class StatusResponse(BaseModel):
    participants: int
    checkins: int
    checked_in: int
    badge_prints: int
    kiosks: int
    open_conflicts: int
    last_seq: int


class FleetDevice(BaseModel):
    kiosk_id: str
    status: str
    device_key_id: int
    enrolled_at: str
    last_seen_at: str | None
    app_version: str
    outbox_length: int | None
    watermark: int | None
    data_age_s: float | None
    printer_name: str
    printer_state: str
    paper: str
    last_error: str
    checkins: int
    registry: str


class FleetResponse(BaseModel):
    devices: list[FleetDevice]
    server_time: str


class ConflictOut(BaseModel):
    id: int
    registration_id: int
    kind: str
    opened_at: str
    closed_at: str | None
    detail: str
    note: str


class ConflictsResponse(BaseModel):
    conflicts: list[ConflictOut]


class CloseRequest(BaseModel):
    note: Annotated[str, Field(max_length=1000)] = ""
