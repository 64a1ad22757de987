"""The JSON forms of the change feed (docs/registry-protocol.md, "the change feed").

The domain values' forms live in kiosk.core.wire_format (the fake registry in kiosk/sync uses
them too); this module adds the registry's own JSON spelling and is where registry code imports
them from.
"""

from __future__ import annotations

import json
from typing import Any

from kiosk.core.wire_format import (
    JsonObject,
    category_data,
    device_key_data,
    event_data,
    key_data,
    participant_data,
    room_data,
    session_data,
    timestamp,
    track_data,
)

__all__ = [
    "JsonObject",
    "category_data",
    "device_key_data",
    "dumps",
    "event_data",
    "key_data",
    "participant_data",
    "room_data",
    "session_data",
    "timestamp",
    "track_data",
]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
