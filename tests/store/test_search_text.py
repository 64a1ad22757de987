"""The first sync's cached search text folds exactly as the store does, in every sample script.

kiosk.store.changes folds each name part on its own through caches; participants.search_text
folds the whole joined text with kiosk.core.folding.fold. A desk search must find a synced
person exactly as an imported one, so the two must give the same text for every name.
"""

from __future__ import annotations

import itertools

import pytest

from kiosk.core.model import Participant
from kiosk.sample.names import POOLS, NamePool
from kiosk.store import participants
from kiosk.store.changes import _search_text


def pool_people(pool: NamePool) -> list[Participant]:
    """Every given name of the pool with two family names: Latin, native and mixed badges."""
    people = []
    numbers = itertools.count(22_000_001)
    for given, family in itertools.product(pool.women + pool.men, pool.families[:2]):
        for badge in (
            f"{given.latin} {family.female.latin}",
            f"{given.native}{family.male.native}",
        ):
            people.append(
                Participant(
                    registration_id=next(numbers),
                    event_id=22,
                    given_name=given.latin,
                    family_name=family.male.latin,
                    badge_name=badge,
                    native_name=f"{family.male.native} {given.native}",
                    organisation=f"Ministry of ICT ({given.native})",
                )
            )
    return people


@pytest.mark.parametrize("pool", POOLS, ids=[f"{p.language}-{p.script.value}" for p in POOLS])
def test_every_sample_script_folds_as_the_store_does(pool: NamePool) -> None:
    people = pool_people(pool)
    assert people
    assert [_search_text(p) for p in people] == [participants.search_text(p) for p in people]


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("", "", "", "", ""), "7"),
        (("---", "'", "()", " ", "!"), "7"),
        (("Ｆｕｌｌ", "ß", "Ærø  Łódź", "李明", "O'Brien-Ndiaye  ITU-D"), None),
        (("José", "José", "JOSÉ", "josé", "jose"), "jose jose jose jose jose 7"),
    ],
    ids=["empty", "punctuation only", "width, ligatures, Han", "one word repeated"],
)
def test_odd_parts_fold_as_the_store_does(parts: tuple[str, ...], expected: str | None) -> None:
    person = Participant(7, 22, parts[0], parts[1], parts[2], parts[3], parts[4])
    assert _search_text(person) == participants.search_text(person)
    if expected is not None:
        assert _search_text(person) == expected


@pytest.mark.parametrize(
    ("email", "country", "expected"),
    [
        ("", "", "ana 7"),
        ("Ana.Lopez@Example.ORG", "", "ana ana lopez example org 7"),
        ("müller@münchen.de", "DE", None),
        (
            "a\x00b@x\u200f.org",
            "CH",
            "ana ab x org 7 ch switzerland suisse suiza швеицария 瑞 士 سويسرا",
        ),
        ("", "XK", "ana 7 xk kosovo косово 科 索 沃 كوسوفو"),
        ("", "ZZ", "ana 7 zz"),
    ],
    ids=["none", "ascii address", "unicode address", "controls and marks", "kosovo", "unknown"],
)
def test_email_and_country_fold_as_the_store_does(
    email: str, country: str, expected: str | None
) -> None:
    person = Participant(7, 22, "Ana", "", "", country=country, email=email)
    assert _search_text(person) == participants.search_text(person)
    if expected is not None:
        assert _search_text(person) == expected
