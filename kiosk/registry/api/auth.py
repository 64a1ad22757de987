"""Who is calling: the bearer token (or, for the fleet page, the admin cookie)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kiosk.registry.database import Database
from kiosk.registry.errors import RegistryError
from kiosk.registry.tokens import Caller, Role, identify

ADMIN_COOKIE = "kiosk_registry_admin"
_bearer = HTTPBearer(auto_error=False, description="a device token or an admin token")


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def clock(request: Request) -> Callable[[], datetime]:
    now: Callable[[], datetime] = request.app.state.clock
    return now


def caller_of(db: Database, token: str) -> Caller:
    if not token:
        raise RegistryError("unauthenticated", "send Authorization: Bearer <token>")
    with db.read() as conn:
        return identify(conn, token)


def any_caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    return caller_of(database(request), credentials.credentials if credentials else "")


def device(caller: Annotated[Caller, Depends(any_caller)]) -> Caller:
    if caller.role is not Role.DEVICE:
        raise RegistryError("forbidden", "this endpoint takes a device token")
    return caller


def admin(caller: Annotated[Caller, Depends(any_caller)]) -> Caller:
    if caller.role is not Role.ADMIN:
        raise RegistryError("forbidden", "this endpoint takes an admin token")
    return caller
