"""Sessions taken off the programme (`session_withdrawn`, a registry's schedule import): the
change feed's order decides, whatever order the store applies a page's kinds in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.core.wire_format import event_data, session_data
from kiosk.sample.wsis2022 import sample_event, sample_sessions
from kiosk.store import open_database
from kiosk.store.changes import apply_page
from kiosk.sync import wire
from kiosk.sync.client import SyncError

EVENT = sample_event()
FIRST, SECOND, THIRD = sample_sessions(EVENT)[:3]


def page(since: int, *changes: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "since": since,
        "next": since + len(changes),
        "more": False,
        "changes": [
            {"seq": since + n + 1, "kind": kind, "data": data}
            for n, (kind, data) in enumerate(changes)
        ],
    }


def gone(session_id: int) -> tuple[str, dict[str, Any]]:
    return ("session_withdrawn", {"id": session_id, "event_id": EVENT.id})


def stored(tmp_path: Path, *pages: dict[str, Any]) -> set[int]:
    db = open_database(tmp_path / "kiosk.db")
    for body in pages:
        apply_page(db, wire.change_page(body, body["since"]))
    rows = db.execute("SELECT id FROM sessions").fetchall()
    db.close()
    return {int(row[0]) for row in rows}


def programme(since: int = 0) -> dict[str, Any]:
    return page(
        since,
        ("event", event_data(EVENT)),
        *(("session", session_data(s)) for s in (FIRST, SECOND, THIRD)),
    )


def test_a_withdrawn_session_leaves_the_kiosk(tmp_path: Path) -> None:
    later = page(4, gone(SECOND.id))
    assert stored(tmp_path, programme(), later) == {FIRST.id, THIRD.id}


def test_published_then_withdrawn_in_one_page_goes(tmp_path: Path) -> None:
    body = page(0, ("event", event_data(EVENT)), ("session", session_data(FIRST)), gone(FIRST.id))
    parsed = wire.change_page(body, 0)
    assert (parsed.sessions, parsed.withdrawn_sessions) == ((), (FIRST.id,))
    assert stored(tmp_path, body) == set()


def test_withdrawn_then_published_again_in_one_page_stays(tmp_path: Path) -> None:
    again = page(4, gone(SECOND.id), ("session", session_data(SECOND)), gone(THIRD.id))
    parsed = wire.change_page(again, 4)
    assert [s.id for s in parsed.sessions] == [SECOND.id]
    assert parsed.withdrawn_sessions == (THIRD.id,)
    assert stored(tmp_path, programme(), again) == {FIRST.id, SECOND.id}


def test_withdrawing_a_session_the_kiosk_never_had_is_harmless(tmp_path: Path) -> None:
    assert stored(tmp_path, programme(), page(4, gone(123456789))) == {
        FIRST.id,
        SECOND.id,
        THIRD.id,
    }


@pytest.mark.parametrize(
    "data",
    [{"event_id": 22}, {"id": "seven", "event_id": 22}, {"id": 7}, {"id": -1, "event_id": 22}],
    ids=["no id", "text id", "no event", "negative"],
)
def test_a_malformed_withdrawal_refuses_the_page_before_anything_is_applied(
    tmp_path: Path, data: dict[str, Any]
) -> None:
    body = page(0, ("session", session_data(FIRST)), ("session_withdrawn", data))
    with pytest.raises(SyncError, match=r"changes\[1\]|id|event_id"):
        wire.change_page(body, 0)
    assert stored(tmp_path) == set()
