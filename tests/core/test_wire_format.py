"""The feed's JSON forms of domain values (kiosk/core/wire_format.py), read back by the kiosk's
strict parser (kiosk/sync/wire.py): what the registry and the fake registry publish comes back as
the same values, through real JSON text."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from kiosk.core import wire_format as forms
from kiosk.core.credentials import KeyStatus
from kiosk.core.model import Participant
from kiosk.sample.wsis2022 import sample_categories, sample_event, sample_sessions
from kiosk.sync import wire

EVENT = sample_event()
LI_WEI = Participant(
    22_000_002,
    EVENT.id,
    "Li",
    "Wei",
    "李伟",
    "李伟",
    category="DEL",
    valid_from=date(2022, 5, 31),
    is_sample=True,
)


def read_back(*changes: tuple[str, dict[str, Any]]) -> Any:
    body = {
        "since": 0,
        "next": len(changes),
        "more": False,
        "changes": [
            {"seq": seq, "kind": kind, "data": data}
            for seq, (kind, data) in enumerate(changes, start=1)
        ],
    }
    return wire.change_page(json.loads(json.dumps(body, ensure_ascii=False)), 0)


def test_event_categories_and_sessions_come_back_unchanged() -> None:
    categories = sample_categories()
    sessions = sample_sessions(EVENT)[:5]
    page = read_back(
        ("event", forms.event_data(EVENT)),
        *(("category", forms.category_data(EVENT.id, c)) for c in categories),
        *(("session", forms.session_data(s)) for s in sessions),
    )
    assert page.events == (EVENT,)
    assert [(c.event_id, c.category) for c in page.categories] == [
        (EVENT.id, c) for c in categories
    ]
    assert page.sessions == tuple(sessions)


def test_a_participant_keeps_names_dates_hashes_and_the_provisional_mark() -> None:
    page = read_back(("participant", forms.participant_data(LI_WEI, ["ab" * 16], provisional=True)))
    (remote,) = page.participants
    assert remote.participant == LI_WEI
    assert remote.is_provisional
    assert remote.secret_hashes == ("ab" * 16,)


def test_session_times_are_utc_with_microseconds_so_text_order_is_time_order() -> None:
    session = sample_sessions(EVENT)[0]
    assert forms.session_data(session)["starts_at"].endswith("+00:00")
    assert "." in forms.session_data(session)["starts_at"]


def test_keys_carry_their_public_bytes_in_base64() -> None:
    public = bytes(range(32))
    page = read_back(
        ("key", forms.key_data(7, public, KeyStatus.ACTIVE.value, "registry 2022")),
        ("device_key", forms.device_key_data(9, "cicg-1", public, "active")),
    )
    assert page.keys[0].key_id == 7
    assert page.keys[0].public_bytes == public
    assert page.device_keys[0].kiosk_id == "cicg-1"
