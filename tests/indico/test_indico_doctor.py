"""`kiosk doctor` knocks on an Indico kiosk's event with its token, not on a feed of ours."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx
from fake_indico import TOKEN, FakeIndico

from kiosk.doctoring import doctor_plan
from kiosk.paths import Home
from kiosk.services.doctor import Verdict
from kiosk.services.doctor_devices import check_registry
from kiosk.sync.enrollment import RegistryLink, save_link


def indico_home(tmp_path: Path, token: str) -> Home:
    home = Home(tmp_path / "kiosk")
    home.make_folders()
    link = RegistryLink(
        "https://indico.example.org/event/1234",
        "indico-indico.example.org-1234",
        token,
        7,
        datetime(2022, 5, 29, tzinfo=UTC),
        kind="indico",
        detail={"event_id": "1234", "regform_id": "56"},
    )
    save_link(home.registry_link, link)
    return home


def registry_check(home: Home, transport: httpx.MockTransport) -> tuple[Verdict, str]:
    plan = replace(doctor_plan(home), registry_transport=transport)
    result = check_registry(plan)[0]
    return result.verdict, result.finding


def test_an_indico_kiosk_passes_when_indico_accepts_its_token(tmp_path: Path) -> None:
    fake = FakeIndico()
    verdict, finding = registry_check(indico_home(tmp_path, TOKEN), fake.transport())
    assert verdict is Verdict.PASS
    assert "enrolled as indico-indico.example.org-1234" in finding
    assert [call.path for call in fake.calls] == ["/api/checkin/event/1234/"]


def test_an_indico_kiosk_with_a_revoked_token_is_told_to_enroll_again(tmp_path: Path) -> None:
    verdict, finding = registry_check(indico_home(tmp_path, "indp_old"), FakeIndico().transport())
    assert verdict is Verdict.FAIL
    assert "refuses this kiosk's token (HTTP 401)" in finding
