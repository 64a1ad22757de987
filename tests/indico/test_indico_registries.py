"""An indico+ URL and an Indico link give the Indico client (kiosk.sync.registries)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.enrollment import RegistryLink
from kiosk.sync.indico import IndicoClient
from kiosk.sync.registries import (
    describe,
    enrollment_client,
    parse_registry_url,
    registry_client,
)

URL = "https://indico.example.org/event/1234"


def link(**detail: str) -> RegistryLink:
    return RegistryLink(
        URL,
        "indico-indico.example.org-1234",
        "indp_token",
        7,
        datetime(2022, 5, 29, tzinfo=UTC),
        kind="indico",
        detail=detail,
    )


def test_an_indico_address_enrolls_with_the_indico_client() -> None:
    client = enrollment_client(parse_registry_url(f"indico+{URL}/?regform=56"))
    try:
        assert isinstance(client, IndicoClient)
    finally:
        client.close()


def test_an_indico_address_without_an_event_is_refused_at_once() -> None:
    with pytest.raises(SyncError, match="names no Indico event") as caught:
        enrollment_client(parse_registry_url("indico+https://indico.example.org/"))
    assert caught.value.problem is SyncProblem.REFUSED


def test_an_indico_link_syncs_with_the_indico_client() -> None:
    client = registry_client(link(event_id="1234", regform_id="56"))
    try:
        assert isinstance(client, IndicoClient)
    finally:
        client.close()
    assert describe(link(event_id="1234")) == "Indico · indico.example.org · event 1234"


def test_an_indico_link_without_its_form_says_to_enroll_again() -> None:
    with pytest.raises(SyncError, match="enroll the kiosk again") as caught:
        registry_client(link(event_id="1234"))
    assert caught.value.problem is SyncProblem.UNAUTHENTICATED
