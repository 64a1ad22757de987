"""The registry's one error type: a stable code, an HTTP status and a message for people."""

from __future__ import annotations

from collections.abc import Mapping

STATUS_BY_CODE: Mapping[str, int] = {
    "unauthenticated": 401,
    "forbidden": 403,
    "device-revoked": 403,
    "enrollment-code-invalid": 400,
    "not-found": 404,
    "method-not-allowed": 405,
    "malformed-json": 400,
    "validation-failed": 422,
    "body-too-large": 413,
    "conflict": 409,
    "unavailable": 503,
}


class RegistryError(Exception):
    """A refusal the caller can act on; the API answers it as ``{"error": {code, message}}``."""

    def __init__(self, code: str, message: str, fields: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.fields = dict(fields or {})

    @property
    def status(self) -> int:
        return STATUS_BY_CODE.get(self.code, 400)
