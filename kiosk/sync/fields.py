"""Reading one JSON object field by field: every wrong type or value is a bad answer, never a crash.

The registry is trusted to be right, not to be well: a proxy, a half-written response or a bug
must not put garbage into the kiosk's database.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from kiosk.core.translations import frozen
from kiosk.sync.client import SyncError, SyncProblem

MAX_ID = 2**53  # larger whole numbers are not ids (and JSON readers elsewhere lose precision)
MAX_TEXT = 4096
MAX_LANGUAGE = 16  # a language code such as "zh" or "pt-BR"
_MISSING = object()


def bad(message: str) -> SyncError:
    return SyncError(SyncProblem.BAD_ANSWER, f"the registry sent a malformed answer: {message}")


class Fields:
    """Typed access to a JSON object, naming the object in every complaint."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, Mapping):
            raise bad(f"{where} is not an object")
        self._data = value
        self._where = where

    def _get(self, key: str) -> Any:
        if key not in self._data:
            raise bad(f"{self._where} has no '{key}'")
        return self._data[key]

    def raw(self, key: str) -> Any:
        return self._data.get(key)

    def has(self, key: str) -> bool:
        return self._data.get(key) is not None

    def whole(self, key: str, low: int = 0, high: int = MAX_ID) -> int:
        value = self._data.get(key, _MISSING)
        if type(value) is int and low <= value <= high:  # a bool is not a number here
            return value
        if value is _MISSING:
            raise bad(f"{self._where} has no '{key}'")
        raise bad(f"{self._where}.{key} is not a whole number from {low} to {high}")

    def maybe_whole(self, key: str) -> int | None:
        return self.whole(key) if self.has(key) else None

    def text(self, key: str, default: str | None = None, non_empty: bool = False) -> str:
        value = self._data.get(key, _MISSING)
        if type(value) is str and len(value) <= MAX_TEXT and (value or not non_empty):
            return value
        if default is not None and (value is None or value is _MISSING):
            return default
        if value is _MISSING:
            raise bad(f"{self._where} has no '{key}'")
        raise bad(f"{self._where}.{key} is not a text of at most {MAX_TEXT} characters")

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._data.get(key, default)
        if not isinstance(value, bool):
            raise bad(f"{self._where}.{key} is not true or false")
        return value

    def moment(self, key: str) -> datetime:
        text = self.text(key)
        try:
            stamp = datetime.fromisoformat(text)
        except ValueError:
            raise bad(f"{self._where}.{key} is not an ISO date-time") from None
        if stamp.tzinfo is None:
            raise bad(f"{self._where}.{key} has no UTC offset")
        return stamp.astimezone(UTC)

    def maybe_moment(self, key: str) -> datetime | None:
        return self.moment(key) if self.has(key) else None

    def day(self, key: str) -> date:
        try:
            return date.fromisoformat(self.text(key))
        except ValueError:
            raise bad(f"{self._where}.{key} is not a YYYY-MM-DD date") from None

    def maybe_day(self, key: str) -> date | None:
        return self.day(key) if self.has(key) else None

    def blob(self, key: str, size: int) -> bytes:
        try:
            raw = base64.b64decode(self.text(key), validate=True)
        except (binascii.Error, ValueError):
            raise bad(f"{self._where}.{key} is not Base64") from None
        if len(raw) != size:
            raise bad(f"{self._where}.{key} is not {size} bytes")
        return raw

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._data.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(v, str) and len(v) <= MAX_TEXT for v in value
        ):
            raise bad(f"{self._where}.{key} is not a list of texts")
        return tuple(value)

    def translations(self, key: str) -> Mapping[str, str]:
        """A translated field's ``{"fr": "...", ...}`` (core/translations.py); absent is none."""
        value = self._data.get(key, {})
        if value is None:
            return frozen({})
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str)
            and len(k) <= MAX_LANGUAGE
            and isinstance(v, str)
            and len(v) <= MAX_TEXT
            for k, v in value.items()
        ):
            raise bad(f"{self._where}.{key} is not an object of texts by language code")
        return frozen(value)

    def items(self, key: str) -> list[Any]:
        value = self._get(key)
        if not isinstance(value, list):
            raise bad(f"{self._where}.{key} is not a list")
        return value

    def child(self, key: str) -> Fields:
        return Fields(self._get(key), f"{self._where}.{key}")
