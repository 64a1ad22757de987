"""Indico failing: each fault is one SyncError of the right kind, and nothing wrong is applied."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from fake_indico import EVENT_ID, FORM_ID, TOKEN, FakeIndico, Fault, json_answer, recorded
from test_indico_client import checkin

from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.indico import IndicoAddress, IndicoClient

ADDRESS = IndicoAddress("https://indico.example.org", EVENT_ID, FORM_ID)


def pull(client: IndicoClient) -> Any:
    return client.changes(0, 1000)


def push(client: IndicoClient) -> Any:
    return client.push([checkin("c-1", 9001)])


CALLS: dict[str, Callable[[IndicoClient], Any]] = {"changes": pull, "push": push}


def failing(fault: Fault, call: str) -> SyncError:
    fake = FakeIndico()
    fake.faults.append(fault)
    client = IndicoClient(ADDRESS, TOKEN, transport=fake.transport())
    with pytest.raises(SyncError) as caught:
        CALLS[call](client)
    assert fake.patches == []  # a failed read never leads to a write
    return caught.value


@pytest.mark.parametrize("call", CALLS)
@pytest.mark.parametrize(
    ("fault", "problem", "words"),
    [
        (
            json_answer(401, recorded("error_401_invalid_token.json")),
            SyncProblem.UNAUTHENTICATED,
            "enroll the kiosk again with a valid token",
        ),
        (
            json_answer(403, recorded("error_403_forbidden.json")),
            SyncProblem.UNAUTHENTICATED,
            "Access Denied: You are not authorized",
        ),
        (Fault(500, b"<h1>Internal Server Error</h1>"), SyncProblem.UNAVAILABLE, "HTTP 500"),
        (Fault(503, b"maintenance"), SyncProblem.UNAVAILABLE, "HTTP 503"),
        (
            Fault(429, b"", {"Retry-After": "30"}),
            SyncProblem.UNAVAILABLE,
            "too many requests; it asks to wait 30 s",
        ),
        (Fault(200, b"<html>login</html>"), SyncProblem.BAD_ANSWER, "not JSON"),
        (Fault(302, b"", {"Location": "/login/"}), SyncProblem.BAD_ANSWER, "login page"),
        (Fault(0, timeout=True), SyncProblem.NETWORK, "did not answer in time"),
    ],
)
def test_each_fault_is_the_right_problem(
    fault: Fault, problem: SyncProblem, words: str, call: str
) -> None:
    error = failing(fault, call)
    assert error.problem is problem
    assert words in str(error)
    assert TOKEN not in str(error)


@pytest.mark.parametrize(
    ("registrations", "words"),
    [
        ({"id": 9001}, "is not a list"),
        ([{"id": "9001"}], "Indico registration.id is not a whole number"),
        ([{**recorded("registrations.json")[0], "state": "lost"}], "unknown state 'lost'"),
        ([{**recorded("registrations.json")[0], "checked_in": "yes"}], "is not true or false"),
        ([{**recorded("registrations.json")[0], "checkin_secret": "1234"}], "no UUID"),
        ([{**recorded("registrations.json")[0], "tags": [{"title": 3}]}], "are not titles"),
        (
            [{**recorded("registrations.json")[1], "checked_in_dt": "30 May"}],
            "not an ISO date-time",
        ),
    ],
)
def test_a_registration_list_of_the_wrong_shape_is_never_applied(
    registrations: Any, words: str
) -> None:
    fake = FakeIndico()
    fake.faults.extend([json_answer(200, recorded("event.json")), json_answer(200, registrations)])
    client = IndicoClient(ADDRESS, TOKEN, transport=fake.transport())
    with pytest.raises(SyncError) as caught:
        client.changes(0, 1000)
    assert caught.value.problem is SyncProblem.BAD_ANSWER
    assert words in str(caught.value)


def test_an_event_that_ends_before_it_starts_is_a_bad_answer() -> None:
    fake = FakeIndico()
    event = {**recorded("event.json"), "end_dt": "2022-05-01T00:00:00+00:00"}
    fake.faults.append(json_answer(200, event))
    client = IndicoClient(ADDRESS, TOKEN, transport=fake.transport())
    with pytest.raises(SyncError, match="ends before it starts"):
        client.changes(0, 1000)


def test_a_form_deleted_in_indico_is_refused_not_emptied() -> None:
    fake = FakeIndico()
    fake.faults.extend(
        [json_answer(200, recorded("event.json")), json_answer(404, recorded("error_404.json"))]
    )
    client = IndicoClient(ADDRESS, TOKEN, transport=fake.transport())
    with pytest.raises(SyncError) as caught:
        client.changes(0, 1000)
    assert caught.value.problem is SyncProblem.REFUSED
    assert "Not Found" in str(caught.value)


def test_a_lost_answer_to_a_check_in_is_retried_without_a_second_write() -> None:
    """The PATCH reached Indico but its answer did not reach the kiosk: the retry reads first."""
    fake = FakeIndico()
    client = IndicoClient(ADDRESS, TOKEN, transport=fake.transport())
    real = fake.handle

    def lose_the_patch_answer(method: str, path: str, auth: str, body: bytes) -> Fault:
        reply = real(method, path, auth, body)
        return Fault(0, timeout=True) if method == "PATCH" else reply

    fake.handle = lose_the_patch_answer  # type: ignore[method-assign]
    with pytest.raises(SyncError) as caught:
        client.push([checkin("c-1", 9001)])
    assert caught.value.problem is SyncProblem.NETWORK
    fake.handle = real  # type: ignore[method-assign]
    (result,) = client.push([checkin("c-1", 9001)])
    assert result.status.value == "duplicate"
    assert fake.patches == [9001]
    assert json.loads(json.dumps(fake.registrations[9001]))["checked_in"] is True
