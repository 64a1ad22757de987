"""Registry URLs name their kind; the link keeps it (kiosk.sync.registries)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.sync.enrollment import RegistryLink, load_link, save_link
from kiosk.sync.registries import RegistryKind, describe, parse_registry_url


@pytest.mark.parametrize(
    ("text", "kind", "url"),
    [
        ("https://registry.example.org/", RegistryKind.KIOSK, "https://registry.example.org"),
        ("http://10.0.0.2:8700", RegistryKind.KIOSK, "http://10.0.0.2:8700"),
        ("pretix+https://tickets.example.org", RegistryKind.PRETIX, "https://tickets.example.org"),
        ("PRETIX+http://127.0.0.1:8000/", RegistryKind.PRETIX, "http://127.0.0.1:8000"),
        ("indico+https://indico.un.org", RegistryKind.INDICO, "https://indico.un.org"),
    ],
)
def test_a_registry_url_names_its_kind(text: str, kind: RegistryKind, url: str) -> None:
    address = parse_registry_url(text)
    assert (address.kind, address.url) == (kind, url)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("registry.example.org", "not a URL"),
        ("eventbrite+https://x.org", "unknown registry kind 'eventbrite'"),
        ("kiosk+https://x.org", "plain http(s) URL"),
        ("pretix+ftp://x.org", "http or https"),
        ("https://", "names no server"),
    ],
)
def test_a_bad_registry_url_is_refused_with_a_reason(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        parse_registry_url(text)


def test_the_link_keeps_its_kind_and_detail(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    link = RegistryLink(
        "https://tickets.example.org",
        "pretix-device-4",
        "secret",
        1,
        datetime(2022, 5, 30, 8, tzinfo=UTC),
        kind="pretix",
        detail={"organizer": "itu", "event": "wsis22", "checkin_list": "3"},
    )
    save_link(path, link)
    again = load_link(path)
    assert again == link
    assert describe(link) == "pretix · tickets.example.org · itu/wsis22"


def test_an_older_link_file_is_this_projects_registry(tmp_path: Path) -> None:
    path = tmp_path / "registry.json"
    path.write_text(
        '{"url": "http://r", "kiosk_id": "k1", "token": "t", "device_key_id": 1,'
        ' "enrolled_at": "2022-05-30T08:00:00+00:00"}',
        encoding="utf-8",
    )
    link = load_link(path)
    assert link is not None
    assert link.kind == "kiosk"
    assert link.detail == {}
    assert describe(link) == "kiosk registry · r"
