"""The data of each outbox item kind (docs/registry-protocol.md, "the outbox"), validated."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

RegistrationId = Annotated[int, Field(ge=1, le=2**32 - 1)]
EventId = Annotated[int, Field(ge=0, le=2**16 - 1)]
Short = Annotated[str, Field(max_length=64)]
Text = Annotated[str, Field(max_length=200)]


class _Data(BaseModel):
    model_config = ConfigDict(extra="ignore")


class CheckinData(_Data):
    id: Annotated[str, Field(min_length=1, max_length=64)]
    registration_id: RegistrationId
    event_id: EventId
    at: AwareDatetime
    kiosk_id: Short
    source: Short = ""


class BadgePrintData(_Data):
    id: Annotated[str, Field(min_length=1, max_length=64)]
    registration_id: RegistrationId
    badge_version: Annotated[int, Field(ge=0, le=2**31 - 1)]
    at: AwareDatetime
    kiosk_id: Short
    printer: Text = ""
    reason: Text = ""
    job_id: Short | None = None
    device_key_id: Annotated[int, Field(ge=0, le=2**32 - 1)] | None = None


class BadgeVoidData(_Data):
    badge_print_id: Annotated[str, Field(min_length=1, max_length=64)]
    registration_id: RegistrationId
    at: AwareDatetime
    kiosk_id: Short
    reason: Text = ""


class NameCorrectionData(_Data):
    id: Annotated[str, Field(min_length=1, max_length=64)]
    registration_id: RegistrationId
    badge_name: Annotated[str, Field(min_length=1, max_length=200)]
    at: AwareDatetime
    kiosk_id: Short


class ParticipantData(_Data):
    registration_id: RegistrationId
    event_id: EventId
    given_name: Text = ""
    family_name: Text = ""
    badge_name: Text = ""
    native_name: Text = ""
    organisation: Text = ""
    country: Annotated[str, Field(max_length=2)] = ""
    email: Annotated[str, Field(max_length=254)] = ""
    category: Annotated[str, Field(min_length=1, max_length=16)]
    status: Annotated[str, Field(pattern="^(registered|cancelled|revoked)$")] = "registered"
    reissue: Annotated[int, Field(ge=0, le=255)] = 0
    valid_from: date | None = None
    valid_until: date | None = None
    is_sample: bool = False
    is_provisional: bool = True
    secret_hashes: Annotated[list[Annotated[str, Field(max_length=64)]], Field(max_length=4)] = []
