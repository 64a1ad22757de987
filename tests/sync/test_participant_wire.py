"""The one-pass participant reader accepts exactly what the field-by-field reader accepts.

A first sync reads 100,000 participants through kiosk.sync.participant_wire; anything it is unsure
of goes to the careful reader in wire.py, which names the bad field. Both must give the same value
for a good record and the same refusal for a bad one, whichever field is wrong.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.sync import wire
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.fields import MAX_TEXT, Fields
from kiosk.sync.participant_page import FeedParticipant, participant_page
from kiosk.sync.participant_wire import quick_change, quick_participant

PERSON: dict[str, Any] = {
    "registration_id": 22000101,
    "event_id": 22,
    "given_name": "Amina",
    "family_name": "Diallo",
    "badge_name": "Amina Diallo",
    "native_name": "",
    "organisation": "ITU",
    "country": "SN",
    "email": "amina.diallo@example.org",
    "category": "DEL",
    "status": "registered",
    "reissue": 0,
    "valid_from": None,
    "valid_until": None,
    "is_sample": True,
    "is_provisional": False,
    "secret_hashes": [],
}


def careful(data: Any) -> FeedParticipant:
    return wire._participant(Fields(data, "changes[0].data"))


def page_of(data: Any, seq: int = 1) -> dict[str, Any]:
    return {
        "since": 0,
        "next": 1,
        "more": False,
        "changes": [{"seq": seq, "kind": "participant", "data": data}],
    }


GOOD = {
    "as sent": PERSON,
    "native script, dates, hashes": {
        **PERSON,
        "native_name": "أمينة ديالو",
        "valid_from": "2022-05-30",
        "valid_until": "2022-06-03",
        "secret_hashes": ["a" * 64, "b" * 64],
        "status": "revoked",
        "reissue": 255,
        "is_provisional": True,
    },
    "optional fields left out": {
        k: v
        for k, v in PERSON.items()
        if k not in ("native_name", "organisation", "country", "email")
    },
    "flags and hashes left out": {
        k: v for k, v in PERSON.items() if k not in ("is_sample", "is_provisional", "secret_hashes")
    },
    "longest texts": {**PERSON, "badge_name": "x" * MAX_TEXT, "organisation": "y" * MAX_TEXT},
}


@pytest.mark.parametrize("data", GOOD.values(), ids=GOOD.keys())
def test_a_good_record_takes_the_quick_path_to_the_same_value(data: dict[str, Any]) -> None:
    assert quick_participant(data) == careful(data)


def test_null_optional_texts_read_as_empty_through_the_careful_reader() -> None:
    data = {**PERSON, "native_name": None, "organisation": None, "country": None, "email": None}
    assert quick_participant(data) is None  # unsure: left to the careful reader
    person = wire.change_page(page_of(data), 0).participants[0].participant
    assert (person.native_name, person.organisation, person.country) == ("", "", "")
    assert person.email == ""


def test_the_e_mail_address_comes_through_every_reader() -> None:
    assert careful(PERSON).participant.email == "amina.diallo@example.org"
    quick = quick_participant(PERSON)
    assert quick is not None
    assert quick.participant.email == "amina.diallo@example.org"
    page = participant_page(json.dumps(page_of(PERSON)).encode())
    assert page is not None
    assert page.people[0].participant.email == "amina.diallo@example.org"


# Each bad value, the field it goes into, and the words the refusal must carry.
BAD: list[tuple[str, Any, str]] = [
    ("registration_id", "22000101", "registration_id is not a whole number"),
    ("registration_id", True, "registration_id is not a whole number"),
    ("registration_id", -1, "registration_id is not a whole number"),
    ("registration_id", 2**53 + 1, "registration_id is not a whole number"),
    ("registration_id", 1.5, "registration_id is not a whole number"),
    ("event_id", None, "event_id is not a whole number"),
    ("given_name", None, "given_name is not a text"),
    ("given_name", 7, "given_name is not a text"),
    ("family_name", ["Diallo"], "family_name is not a text"),
    ("badge_name", "x" * (MAX_TEXT + 1), "badge_name is not a text of at most"),
    ("native_name", False, "native_name is not a text"),
    ("organisation", {"name": "ITU"}, "organisation is not a text"),
    ("country", 41, "country is not a text"),
    ("email", ["amina@example.org"], "email is not a text"),
    ("category", "", "category is not a text"),
    ("category", None, "category is not a text"),
    ("status", "paused", "'paused' is not a known status"),
    ("status", ["registered"], "status is not a text"),
    ("reissue", 256, "reissue is not a whole number from 0 to 255"),
    ("reissue", False, "reissue is not a whole number"),
    ("valid_from", "30.05.2022", "valid_from is not a YYYY-MM-DD date"),
    ("valid_until", 20220603, "valid_until is not a text"),
    ("is_sample", "yes", "is_sample is not true or false"),
    ("is_sample", None, "is_sample is not true or false"),
    ("is_provisional", 1, "is_provisional is not true or false"),
    ("secret_hashes", "abc", "secret_hashes is not a list of texts"),
    ("secret_hashes", ["abc", 5], "secret_hashes is not a list of texts"),
]


@pytest.mark.parametrize(("key", "value", "words"), BAD, ids=[f"{k}={v!r:.20}" for k, v, _ in BAD])
def test_a_bad_field_is_refused_by_name(key: str, value: Any, words: str) -> None:
    data = {**PERSON, key: value}
    assert quick_participant(data) is None
    with pytest.raises(SyncError) as caught:
        wire.change_page(page_of(data), 0)
    assert caught.value.problem is SyncProblem.BAD_ANSWER
    assert f"changes[0].data.{key}" in str(caught.value) or words.startswith("'")
    assert words in str(caught.value)


@pytest.mark.parametrize("key", ["registration_id", "given_name", "category", "status"])
def test_a_missing_field_is_refused_by_name(key: str) -> None:
    data = {k: v for k, v in PERSON.items() if k != key}
    assert quick_participant(data) is None
    with pytest.raises(SyncError, match=f"changes\\[0\\].data has no '{key}'"):
        wire.change_page(page_of(data), 0)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"seq": 2, "kind": "participant", "data": PERSON}, "seq 2 is outside 0..1"),
        ({"seq": "1", "kind": "participant", "data": PERSON}, "seq is not a whole number"),
        ({"seq": 1, "kind": "participant", "data": [PERSON]}, "data is not an object"),
        ({"seq": 1, "kind": "participant"}, "has no 'data'"),
    ],
    ids=["seq beyond the page", "seq a text", "data a list", "no data"],
)
def test_a_bad_change_around_a_person_is_refused(change: dict[str, Any], words: str) -> None:
    assert quick_change(change, 0, 1) is None
    with pytest.raises(SyncError, match="malformed") as caught:
        wire.change_page({**page_of(PERSON), "changes": [change]}, 0)
    assert words in str(caught.value)


def test_other_kinds_are_left_to_the_careful_reader() -> None:
    assert quick_change({"seq": 1, "kind": "session", "data": PERSON}, 0, 1) is None
    assert quick_change({"seq": 1, "kind": "participant", "data": PERSON}, 0, 1) == careful(PERSON)


ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=2**53 + 3),
    st.sampled_from([0, 1, 255, 256, 2**53, 1.0, "", "registered", "cancelled", "DEL"]),
    st.sampled_from(["2022-05-30", "20220530", "2022-13-01", "x" * (MAX_TEXT + 1)]),
    st.text(max_size=8),
    st.lists(st.one_of(st.text(max_size=4), st.integers()), max_size=3),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(PERSON)), ODD_VALUES, max_size=4))
def test_both_readers_agree_on_any_record(changed: dict[str, Any]) -> None:
    data = {**PERSON, **changed}
    quick = quick_participant(data)
    try:
        expected = careful(data)
    except SyncError:
        assert quick is None  # the quick reader never lets through what the careful one refuses
        return
    assert quick is None or quick == expected


def test_dates_are_read_as_dates() -> None:
    data = {**PERSON, "valid_from": "2022-05-30", "valid_until": "2022-06-01"}
    person = wire.change_page(page_of(data), 0).participants[0].participant
    assert (person.valid_from, person.valid_until) == (date(2022, 5, 30), date(2022, 6, 1))


# --- the whole page at once (kiosk.sync.participant_page, msgspec) ---------------------------


def page_bytes(*people: Any, since: int = 0, more: bool = False) -> bytes:
    changes = [
        {"seq": since + n, "kind": "participant", "data": data} for n, data in enumerate(people, 1)
    ]
    body = {"since": since, "next": since + len(people), "more": more, "changes": changes}
    return json.dumps(body).encode()


@pytest.mark.parametrize("data", GOOD.values(), ids=GOOD.keys())
def test_a_page_of_good_people_is_decoded_in_one_go_to_the_same_page(data: dict[str, Any]) -> None:
    content = page_bytes(data, PERSON, since=40, more=True)
    quick = wire.quick_change_page(content, 40)
    assert quick is not None
    assert quick == wire.change_page(json.loads(content), 40)
    assert (quick.count, quick.next, quick.more) == (2, 42, True)


@pytest.mark.parametrize(("key", "value", "words"), BAD, ids=[f"{k}={v!r:.20}" for k, v, _ in BAD])
def test_a_page_with_a_bad_field_is_left_to_the_careful_reader(
    key: str, value: Any, words: str
) -> None:
    """msgspec's own message never reaches anyone: the careful reader names the field."""
    assert participant_page(page_bytes(PERSON, {**PERSON, key: value})) is None


@pytest.mark.parametrize(
    "content",
    [
        page_bytes({k: v for k, v in PERSON.items() if k != "category"}),
        page_bytes({**PERSON, "native_name": None}),  # the careful reader reads it as ""
        json.dumps(
            {"since": 0, "next": 1, "changes": [{"seq": 2, "kind": "participant", "data": PERSON}]}
        ).encode(),
        json.dumps(
            {
                "since": 0,
                "next": 2,
                "changes": [
                    {"seq": 1, "kind": "participant", "data": PERSON},
                    {"seq": 2, "kind": "session", "data": {}},
                ],
            }
        ).encode(),
        json.dumps({"since": True, "next": 1, "changes": []}).encode(),
        json.dumps({"next": 1, "changes": []}).encode(),
        b'{"since": 0, "next": 1, "changes": [',
        b"[]",
    ],
    ids=[
        "no category",
        "null text",
        "seq beyond",
        "a session",
        "since a flag",
        "no since",
        "cut short",
        "not an object",
    ],
)
def test_anything_but_a_clean_page_of_people_is_left_to_the_careful_reader(content: bytes) -> None:
    assert wire.quick_change_page(content, 0) is None


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            {"since": 3, "next": 4, "changes": [{"seq": 4, "kind": "participant", "data": PERSON}]},
            "page 3..4 does not continue from watermark 0",
        ),
        ({"next": 0, "more": True}, "says there is more but gives nothing"),
        ({"more": "yes"}, "more is not true or false"),
        ({"server_time": "2022-05-30T09:00:00"}, "server_time has no UTC offset"),
    ],
    ids=["another watermark", "more of nothing", "more a text", "naive server time"],
)
def test_the_page_fields_get_the_careful_readers_refusal(body: dict[str, Any], words: str) -> None:
    content = page_bytes(PERSON) if body.get("next") != 0 else page_bytes()
    full = {**json.loads(content), **body}
    for read in (
        lambda: wire.quick_change_page(json.dumps(full).encode(), 0),
        lambda: wire.change_page(full, 0),
    ):
        with pytest.raises(SyncError, match="malformed") as caught:
            read()
        assert words in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(PERSON)), ODD_VALUES, max_size=4))
def test_the_page_decoder_agrees_with_the_careful_reader(changed: dict[str, Any]) -> None:
    content = page_bytes({**PERSON, **changed})
    quick = wire.quick_change_page(content, 0)
    try:
        expected = wire.change_page(json.loads(content), 0)
    except SyncError:
        assert quick is None  # never lets through what the careful reader refuses
        return
    assert quick is None or quick == expected
