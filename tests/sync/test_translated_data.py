"""Translated data (core/translations.py) through the change feed and into the kiosk's store:
the event title and the category labels, in the six UN languages of the WSIS 2022 sample."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.core.wire_format import category_data, event_data
from kiosk.sample.wsis2022 import DESK_LOCATION_TRANSLATIONS, sample_categories, sample_event
from kiosk.store import events, open_database
from kiosk.store.changes import apply_page
from kiosk.sync import wire
from kiosk.sync.client import SyncError


def page(*changes: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "since": 0,
        "next": len(changes),
        "more": False,
        "changes": [
            {"seq": n + 1, "kind": kind, "data": data} for n, (kind, data) in enumerate(changes)
        ],
    }


def feed() -> dict[str, Any]:
    event = sample_event()
    return page(
        ("event", event_data(event)),
        *(("category", category_data(event.id, c)) for c in sample_categories()),
    )


def test_titles_and_labels_travel_from_the_registry_into_the_store(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kiosk.db")
    apply_page(db, wire.change_page(feed(), 0))
    event = events.load_event(db)
    assert event is not None
    assert event.title_in("zh") == "2022年信息社会世界峰会论坛"
    assert event.title_in("fr") == "Forum du SMSI 2022"
    assert event.desk_location_translations["ar"] == DESK_LOCATION_TRANSLATIONS["ar"]
    labels = {c.code: c for c in events.load_categories(db, event.id)}
    assert labels["IGO"].label_in("fr") == "Organisation internationale"
    assert labels["EXH"].label_in("ar") == "عارض"
    assert labels["PAR"].label_in("zh") == "与会者"
    assert labels["PAR"].label_in("en") == "Participant"
    db.close()


def test_a_registry_that_sends_no_translations_gives_english(tmp_path: Path) -> None:
    data = category_data(22, sample_categories()[0])
    del data["label_translations"]  # an older registry
    parsed = wire.change_page(page(("category", data)), 0)
    assert parsed.categories[0].category.label_in("ru") == "Delegate — Member State"


@pytest.mark.parametrize(
    "bad",
    [["fr", "Délégué"], {"fr": 3}, "Délégué", {"fr": "x" * 5000}],
    ids=["a list", "a number", "a text", "too long"],
)
def test_malformed_translations_are_refused_by_name(bad: object) -> None:
    data = {**category_data(22, sample_categories()[0]), "label_translations": bad}
    with pytest.raises(SyncError, match="label_translations"):
        wire.change_page(page(("category", data)), 0)


def test_the_store_keeps_translations_of_a_saved_event(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kiosk.db")
    events.save_event(db, sample_event(), sample_categories())
    assert events.load_event(db) == sample_event()
    assert events.load_categories(db, sample_event().id) == sample_categories()
    db.close()
