"""The Indico client against recorded Indico 3.3 answers (httpx.MockTransport): every call."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, date, datetime

import pytest
from fake_indico import EVENT_ID, FORM_ID, TOKEN, FakeIndico, json_answer, recorded

from kiosk.core.exchange import (
    ONE_PER_PERSON_KIOSKS,
    Heartbeat,
    OutboxEntry,
    OutboxKind,
    PushStatus,
)
from kiosk.core.foreign_codes import recognise
from kiosk.core.model import ParticipantStatus, ScanSource
from kiosk.core.photos import OutgoingPhoto
from kiosk.core.translations import frozen
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.indico import IndicoAddress, IndicoCategories, IndicoClient, parse_event_url
from kiosk.sync.indico.roster import read_registration

HOST = "indico.example.org"
ROOT = f"https://{HOST}"
ADDRESS = IndicoAddress(ROOT, EVENT_ID, FORM_ID)


def client_for(fake: FakeIndico, categories: IndicoCategories | None = None) -> IndicoClient:
    return IndicoClient(ADDRESS, TOKEN, categories=categories, transport=fake.transport())


def indico_qr(registration_id: int) -> str:
    """The QR Indico prints on a ticket (version 2: host and the ticket UUID's 16 bytes)."""
    secret = uuid.UUID(recorded("registrations.json")[registration_id - 9001]["checkin_secret"])
    ticket = base64.b64encode(secret.bytes).decode("ascii")
    return json.dumps({"i": [2, HOST, ticket]}, separators=(",", ":"))


def checkin(entry_id: str, registration_id: int) -> OutboxEntry:
    payload = {
        "id": entry_id,
        "registration_id": registration_id,
        "event_id": EVENT_ID,
        "at": "2022-05-30T06:55:00+00:00",
        "kiosk_id": "indico-indico.example.org-1234",
        "source": "scanner",
    }
    return OutboxEntry(entry_id, OutboxKind.CHECKIN, json.dumps(payload))


# -- the address ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "root", "event", "form"),
    [
        ("https://indico.example.org/event/1234", ROOT, 1234, None),
        ("https://indico.example.org/event/1234/?regform=56", ROOT, 1234, 56),
        ("https://indico.example.org/event/1234/registrations/56/", ROOT, 1234, None),
        ("http://10.0.0.9:8000/indico/event/77/", "http://10.0.0.9:8000/indico", 77, None),
    ],
)
def test_an_event_address_gives_the_server_root_event_and_form(
    url: str, root: str, event: int, form: int | None
) -> None:
    address = parse_event_url(url)
    assert (address.root, address.event_id, address.regform_id) == (root, event, form)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://indico.example.org/", "names no Indico event"),
        ("https://indico.example.org/category/3/", "names no Indico event"),
        ("https://indico.example.org/event/0/", "is not an Indico event id"),
        ("https://indico.example.org/event/12/?regform=abc", "is not a registration form id"),
    ],
)
def test_a_bad_event_address_is_refused_with_a_reason(url: str, words: str) -> None:
    with pytest.raises(SyncError, match=words) as caught:
        parse_event_url(url)
    assert caught.value.problem is SyncProblem.REFUSED


# -- enroll -----------------------------------------------------------------------------------


def test_enroll_checks_the_token_by_reading_and_names_the_form() -> None:
    fake = FakeIndico()
    client = IndicoClient(IndicoAddress(ROOT, EVENT_ID), transport=fake.transport())
    answer = client.enroll(f" {TOKEN} ", b"k" * 32, "1.0")
    # the event's kiosks are told apart by their device key (Indico knows no devices)
    assert answer.kiosk_id == "indico-indico.example.org-1234-5e318f"
    other = IndicoClient(IndicoAddress(ROOT, EVENT_ID), transport=fake.transport())
    assert other.enroll(TOKEN, b"j" * 32, "1.0").kiosk_id != answer.kiosk_id
    assert (answer.token, answer.event_id, answer.holds_device_keys) == (TOKEN, EVENT_ID, False)
    assert dict(answer.detail) == {"event_id": "1234", "regform_id": "56"}
    assert {call.method for call in fake.calls} == {"GET"}  # reads before writes: no write
    assert all(call.authorization == f"Bearer {TOKEN}" for call in fake.calls)


def test_an_event_with_several_forms_needs_the_form_named() -> None:
    fake = FakeIndico(single_form=False)
    client = IndicoClient(IndicoAddress(ROOT, EVENT_ID), transport=fake.transport())
    with pytest.raises(SyncError) as caught:
        client.enroll(TOKEN, b"k" * 32, "1.0")
    assert caught.value.problem is SyncProblem.REFUSED
    assert "?regform=ID" in str(caught.value)
    assert "56 (WSIS Forum 2022 registration), 57 (Media accreditation)" in str(caught.value)
    named = IndicoClient(IndicoAddress(ROOT, EVENT_ID, 57), transport=fake.transport())
    assert dict(named.enroll(TOKEN, b"k" * 32, "1.0").detail)["regform_id"] == "57"


def test_a_form_the_event_does_not_have_is_refused() -> None:
    fake = FakeIndico()
    client = IndicoClient(IndicoAddress(ROOT, EVENT_ID, 99), transport=fake.transport())
    with pytest.raises(SyncError, match="has no registration form 99; its forms: 56"):
        client.enroll(TOKEN, b"k" * 32, "1.0")


@pytest.mark.parametrize(
    "answer",
    ["error_401_invalid_token.json", "error_403_insufficient_scope.json"],
)
def test_a_refused_token_is_unauthenticated_with_a_sentence(answer: str) -> None:
    fake = FakeIndico()
    status = 401 if "401" in answer else 403
    fake.faults.append(json_answer(status, recorded(answer)))
    client = IndicoClient(IndicoAddress(ROOT, EVENT_ID), transport=fake.transport())
    with pytest.raises(SyncError) as caught:
        client.enroll("indp_wrong", b"k" * 32, "1.0")
    assert caught.value.problem is SyncProblem.UNAUTHENTICATED
    assert caught.value.needs_person
    assert "Indico refused the token" in str(caught.value)
    assert recorded(answer)["error"] in str(caught.value)
    assert "indp_wrong" not in str(caught.value)


def test_an_empty_token_is_refused_before_any_request() -> None:
    fake = FakeIndico()
    client = IndicoClient(IndicoAddress(ROOT, EVENT_ID), transport=fake.transport())
    with pytest.raises(SyncError, match="give the Indico API token"):
        client.enroll("  ", b"k" * 32, "1.0")
    assert fake.calls == []


# -- changes ----------------------------------------------------------------------------------


def test_changes_bring_the_form_as_roster_entries() -> None:
    page = client_for(FakeIndico()).changes(0, 1000)
    people = {entry.registration_id: entry for entry in page.participants}
    assert sorted(people) == list(range(9001, 9008))
    amina = people[9001]
    assert (amina.given_name, amina.family_name, amina.badge_name) == (
        "Amina",
        "Diallo",
        "Amina Diallo",
    )
    assert amina.organisation.startswith("Ministry of Communication")
    assert (amina.country, amina.email, amina.event_id) == ("SN", "amina.diallo@example.sn", 1234)
    assert people[9007].family_name == "Nguyễn Thị"
    statuses = {i: entry.status for i, entry in people.items()}
    assert statuses == {
        9001: ParticipantStatus.REGISTERED,
        9002: ParticipantStatus.REGISTERED,
        9003: ParticipantStatus.CANCELLED,  # withdrawn
        9004: ParticipantStatus.CANCELLED,  # unpaid: to the desk
        9005: ParticipantStatus.CANCELLED,  # pending approval
        9006: ParticipantStatus.REGISTERED,
        9007: ParticipantStatus.REGISTERED,
    }


def test_the_scanned_indico_qr_matches_its_roster_entry() -> None:
    page = client_for(FakeIndico()).changes(0, 1000)
    for entry in page.participants:
        code = recognise(indico_qr(entry.registration_id))
        assert code is not None
        assert entry.secret_hashes == (code.secret_hash,)


def test_the_event_and_its_days_come_with_every_page() -> None:
    page = client_for(FakeIndico()).changes(0, 1000)
    (event,) = page.events
    assert (event.id, event.title, event.timezone) == (1234, "WSIS Forum 2022 (sample)", "UTC")
    assert (event.pickup_from, event.start, event.end) == (
        date(2022, 5, 29),
        date(2022, 5, 30),
        date(2022, 6, 3),
    )


def test_indico_check_ins_come_with_a_stable_id() -> None:
    client = client_for(FakeIndico())
    first, again = client.changes(0, 1000), client.changes(1, 1000)
    (checkin,) = first.checkins
    assert (checkin.registration_id, checkin.kiosk_id, checkin.source) == (
        9002,
        "indico",
        ScanSource.DESK,
    )
    assert checkin.at == datetime(2022, 5, 30, 7, 41, 12, 345678, tzinfo=UTC)
    assert checkin.kiosk_id in ONE_PER_PERSON_KIOSKS  # read back, the kiosk's own is not doubled
    assert again.checkins == first.checkins


def test_every_round_reads_the_whole_form_as_one_page() -> None:
    fake = FakeIndico()
    client = client_for(fake)
    page = client.changes(41, 5)  # Indico does not page: the limit does not cut the list
    assert (page.since, page.next, page.more) == (41, 42, False)
    assert len(page.participants) == 7
    assert page.count == 1 + 1 + 7 + 1  # the event, one category, seven people, one check-in
    assert {call.method for call in fake.calls} == {"GET"}


def test_categories_come_from_tags_then_the_form_title_then_the_default() -> None:
    table = IndicoCategories(
        frozen({"Media": "MED", "Speaker": "SPK", "WSIS Forum 2022 registration": "DEL"}), "PAR"
    )
    page = client_for(FakeIndico(), table).changes(0, 1000)
    codes = {entry.registration_id: entry.category for entry in page.participants}
    assert (codes[9001], codes[9006], codes[9002]) == ("SPK", "MED", "DEL")
    published = {(c.category.code, c.category.number) for c in page.categories}
    assert published == {("PAR", 1), ("DEL", 2), ("MED", 3), ("SPK", 4)}
    speaker = next(c.category for c in page.categories if c.category.code == "SPK")
    assert (speaker.label, speaker.label_in("ar"), speaker.label_in("zh")) == (
        "Speaker",
        "متحدث",
        "发言人",
    )


def test_without_indicos_older_registrants_list_the_display_name_stands() -> None:
    fake = FakeIndico(legacy_list=False)  # answers 404, as a later Indico may
    page = client_for(fake).changes(0, 1000)
    amina = next(entry for entry in page.participants if entry.registration_id == 9001)
    assert (amina.given_name, amina.family_name, amina.organisation) == ("", "Amina Diallo", "")
    assert amina.secret_hashes  # check-in by QR still works


# -- push -------------------------------------------------------------------------------------


def test_a_check_in_is_sent_after_a_read_and_a_retry_is_a_duplicate() -> None:
    fake = FakeIndico()
    client = client_for(fake)
    (result,) = client.push([checkin("c-1", 9001)])
    assert result.status is PushStatus.ACCEPTED
    assert [c.method for c in fake.calls] == ["GET", "PATCH"]
    assert fake.checked_in() == {9001, 9002}
    (again,) = client.push([checkin("c-1", 9001)])
    assert again.status is PushStatus.DUPLICATE
    assert fake.patches == [9001]  # the retry wrote nothing


def test_someone_indico_already_checked_in_is_a_duplicate_without_a_write() -> None:
    fake = FakeIndico()
    (result,) = client_for(fake).push([checkin("c-2", 9002)])
    assert result.status is PushStatus.DUPLICATE
    assert fake.patches == []


@pytest.mark.parametrize(
    ("registration_id", "words"),
    [
        (9003, "the registration was withdrawn in Indico; see the desk"),
        (9005, "the registration awaits approval in Indico; see the desk"),
        (9999, "Indico has no registration 9999 in form 56 (deleted?)"),
    ],
)
def test_a_check_in_indico_cannot_take_is_rejected_with_words(
    registration_id: int, words: str
) -> None:
    fake = FakeIndico()
    (result,) = client_for(fake).push([checkin("c-3", registration_id)])
    assert (result.status, result.message) == (PushStatus.REJECTED, words)
    assert fake.patches == []


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (OutboxKind.PARTICIPANT, "register the person in Indico"),
        (OutboxKind.NAME_CORRECTION, "correct the registration in Indico"),
        (OutboxKind.BADGE_VOID, "Indico keeps no badges"),
    ],
)
def test_other_outbox_kinds_are_rejected_with_a_sentence_for_staff(
    kind: OutboxKind, words: str
) -> None:
    fake = FakeIndico()
    (result,) = client_for(fake).push([OutboxEntry("x-1", kind, "{}")])
    assert result.status is PushStatus.REJECTED
    assert words in result.message
    assert fake.calls == []


def test_a_batch_answers_every_item_in_order() -> None:
    fake = FakeIndico()
    items = [checkin("a", 9001), OutboxEntry("b", OutboxKind.BADGE_PRINT, "{}"), checkin("c", 9002)]
    results = client_for(fake).push(items)
    assert [(r.id, r.status) for r in results] == [
        ("a", PushStatus.ACCEPTED),
        ("b", PushStatus.ACCEPTED),  # a badge print: kept on the kiosk, nothing for staff
        ("c", PushStatus.DUPLICATE),
    ]


def test_heartbeat_and_photos_make_no_request() -> None:
    fake = FakeIndico()
    client = client_for(fake)
    now = datetime(2022, 5, 30, 7, tzinfo=UTC)
    beat = Heartbeat("1.0", 0, 1, 0, "", "ok", "ok", "", now)
    assert client.heartbeat(beat) is None
    assert client.upload_photo(OutgoingPhoto(9001, b"jpeg", "00" * 32, now)) is False
    assert fake.calls == []


@pytest.mark.parametrize(
    ("answer", "state", "checked_in"),
    [
        ("registration_9001.json", "complete", False),
        ("registration_9001_checked_in.json", "complete", True),
        ("registration_9002.json", "complete", True),
        ("registration_9003.json", "withdrawn", False),
    ],
)
def test_a_full_registration_answer_reads_like_a_list_entry(
    answer: str, state: str, checked_in: bool
) -> None:
    """GET and PATCH of one registration add ``registration_data`` (the form's sections)."""
    registration = read_registration(recorded(answer), EVENT_ID, HOST)
    assert (registration.state, registration.checked_in) == (state, checked_in)
    assert (registration.checkin is not None) == checked_in
