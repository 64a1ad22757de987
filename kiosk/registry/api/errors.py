"""Every error the API answers has one shape: ``{"error": {"code", "message"}}`` (+ ``fields``).

FastAPI's own handlers (validation, 404, 405) are replaced, bodies over 2 MB are refused before the
application reads them, and a database that cannot be reached is ``unavailable`` (503), not a 500.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.registry.errors import STATUS_BY_CODE, RegistryError

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 2 * 1024 * 1024
_CODE_BY_STATUS = {404: "not-found", 405: "method-not-allowed", 401: "unauthenticated"}


def error_response(
    code: str, message: str, fields: Mapping[str, str] | None = None
) -> JSONResponse:
    detail: dict[str, Any] = {"code": code, "message": message}
    if fields:
        detail["fields"] = dict(fields)
    status = STATUS_BY_CODE.get(code, 400)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None  # RFC 9110
    return JSONResponse({"error": detail}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RegistryError, _registry_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(OperationalError, _database_error)
    app.add_middleware(BodyLimit)


async def _registry_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RegistryError)
    return error_response(exc.code, exc.message, exc.fields)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response("malformed-json", "the request body is not valid JSON")
    if not request.headers.get("content-type", "").startswith("application/json") and any(
        tuple(e.get("loc", ())) == ("body",) for e in errors
    ):
        message = "send the body as JSON, with Content-Type: application/json"
        return error_response("validation-failed", message, {"body": message})
    fields = {".".join(str(p) for p in e.get("loc", ())): str(e.get("msg", "")) for e in errors}
    first = next(iter(fields.items()), ("request", "invalid"))
    return error_response("validation-failed", f"{first[0]}: {first[1]}", fields)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = _CODE_BY_STATUS.get(exc.status_code, "validation-failed")
    response = error_response(code, str(exc.detail))
    response.status_code = exc.status_code
    response.headers.update(exc.headers or {})  # 405 keeps its Allow header (RFC 9110)
    return response


async def _database_error(_request: Request, exc: Exception) -> JSONResponse:
    log.warning("database unavailable: %s", type(exc).__name__)
    return error_response("unavailable", "the registry's database is busy or down; retry later")


class BodyLimit:
    """Refuse request bodies over MAX_BODY_BYTES with 413, whatever Content-Length claims."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await _read_limited(scope, receive)
        if body is None:
            await _send_too_large(scope, receive, send)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _read_limited(scope: Scope, receive: Receive) -> bytes | None:
    declared = dict(scope.get("headers", ())).get(b"content-length", b"")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _send_too_large(scope: Scope, receive: Receive, send: Send) -> None:
    limit = MAX_BODY_BYTES // (1024 * 1024)
    response = error_response("body-too-large", f"request bodies are limited to {limit} MB")
    response.headers["connection"] = "close"
    await response(scope, receive, send)
