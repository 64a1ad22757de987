"""Synthetic sample participants for demos, tests and benchmarks: fictional people, many scripts.

Nobody here is real: each person is a seeded random combination of common names (names.py) and an
invented organisation (organisations.py). Every participant is marked ``is_sample``.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.folding import fold
from kiosk.core.model import Participant, ParticipantStatus
from kiosk.sample.names import POOLS, FamilyName, Name, NamePool, Script
from kiosk.sample.organisations import sample_organisation
from kiosk.sample.wsis2022 import EVENT_END, EVENT_START, EVENT_TIMEZONE, PICKUP_FROM

# Share of each badge category in an ITU forum crowd (sample figures, not ITU statistics).
CATEGORY_MIX: tuple[tuple[str, int], ...] = (
    ("DEL", 30),
    ("PAR", 22),
    ("ITU", 13),
    ("IGO", 10),
    ("SPK", 8),
    ("MED", 4),
    ("EXH", 4),
    ("ORG", 4),
    ("VIP", 2),
    ("SEC", 2),
    ("TMP", 1),
)
ID_BLOCK = 1_000_000  # event N numbers its registrations N * ID_BLOCK + 1 upward
MAX_REGISTRATION_ID = 2**32 - 1  # the credential carries the id as an unsigned 32-bit number
REVOKED_SHARE = 0.005
CANCELLED_SHARE = 0.005
COLLECTED_SHARE = 0.02  # picked up on the pickup day or early on the opening morning
NATIVE_BADGE_SHARE = 0.5  # non-Latin people whose badge shows their name in their own script

_POOL_WEIGHTS = tuple(itertools.accumulate(pool.weight for pool in POOLS))
_CATEGORIES = tuple(code for code, _ in CATEGORY_MIX)
_CATEGORY_WEIGHTS = tuple(itertools.accumulate(share for _, share in CATEGORY_MIX))
_ZONE = ZoneInfo(EVENT_TIMEZONE)
# Sample addresses are under .example (RFC 2606): no real mailbox can receive anything.
EMAIL_DOMAIN = "example"
_NOT_ADDRESS = re.compile(r"[^a-z0-9-]")
_SMALL_WORDS = frozenset({"of", "for", "the", "and", "in", "to", "de", "du", "la", "le", "des"})


def first_registration_id(event_id: int) -> int:
    return event_id * ID_BLOCK + 1


def sample_participants(
    event_id: int, count: int = 1500, seed: int = 2022
) -> Iterator[Participant]:
    """``count`` fictional participants of one event; the same seed gives the same people."""
    if not 0 <= count < ID_BLOCK:
        raise ValueError(f"count must be between 0 and {ID_BLOCK - 1}")
    first = first_registration_id(event_id)
    if event_id < 0 or first + count - 1 > MAX_REGISTRATION_ID:
        raise ValueError(f"event {event_id}: registration ids would not fit in 32 bits")
    rng = random.Random(seed)
    for registration_id in range(first, first + count):
        yield _with_history(rng, _participant(rng, event_id, registration_id))


def _participant(rng: random.Random, event_id: int, registration_id: int) -> Participant:
    pool = rng.choices(POOLS, cum_weights=_POOL_WEIGHTS)[0]
    woman = rng.random() < 0.5
    given = rng.choice(pool.women if woman else pool.men)
    family = _family_name(rng, pool, woman)
    country = rng.choice(pool.countries)
    category = rng.choices(_CATEGORIES, cum_weights=_CATEGORY_WEIGHTS)[0]
    latin = f"{given.latin} {family.latin}"
    native = "" if pool.script is Script.LATIN else pool.native_name(given, family)
    badge = native if native and rng.random() < NATIVE_BADGE_SHARE else latin
    organisation = sample_organisation(rng, category, country)
    return Participant(
        registration_id=registration_id,
        event_id=event_id,
        given_name=given.latin,
        family_name=family.latin,
        badge_name=badge,
        native_name=native,
        organisation=organisation,
        country=country,
        email=sample_email(given.latin, family.latin, organisation),
        category=category,
        is_sample=True,
    )


def sample_email(given: str, family: str, organisation: str) -> str:
    """given.family@<the organisation's initials>.example, ASCII-folded ("Müller" -> "muller")."""
    local = ".".join(_address_part(name) for name in (given, family) if _address_part(name))
    words = [w for w in _address_part(organisation).split("-") if w and w not in _SMALL_WORDS]
    domain = words[0] if len(words) == 1 else "".join(word[0] for word in words)
    return f"{local or 'participant'}@{domain or 'org'}.{EMAIL_DOMAIN}"


def _address_part(text: str) -> str:
    return _NOT_ADDRESS.sub("", "-".join(fold(text).split()))


def _family_name(rng: random.Random, pool: NamePool, woman: bool) -> Name:
    picked: list[FamilyName] = rng.sample(pool.families, pool.surnames)
    names = [family.female if woman else family.male for family in picked]
    if len(names) == 1:
        return names[0]
    return Name(" ".join(n.native for n in names), " ".join(n.latin for n in names))


def _with_history(rng: random.Random, person: Participant) -> Participant:
    """Give a few people a cancelled or revoked registration, a collected badge or a day pass."""
    roll = rng.random()
    if roll < REVOKED_SHARE:
        return replace(person, status=ParticipantStatus.REVOKED)
    if roll < REVOKED_SHARE + CANCELLED_SHARE:
        return replace(person, status=ParticipantStatus.CANCELLED)
    if roll < REVOKED_SHARE + CANCELLED_SHARE + COLLECTED_SHARE:
        arrived = _arrival(rng)
        printed = arrived + timedelta(seconds=rng.randrange(40, 240))
        person = replace(person, checked_in_at=arrived, collected_at=printed, badge_version=1)
    if person.category == "TMP":
        day = EVENT_START + timedelta(days=rng.randrange((EVENT_END - EVENT_START).days + 1))
        person = replace(person, valid_from=day, valid_until=day)
    return person


def _arrival(rng: random.Random) -> datetime:
    """A check-in time: during the pickup day, or in the opening-morning rush."""
    if rng.random() < 0.4:
        start, minutes = _local(PICKUP_FROM, 9, 0), 8 * 60
    else:
        start, minutes = _local(EVENT_START, 7, 30), 150
    return (start + timedelta(seconds=rng.randrange(minutes * 60))).astimezone(UTC)


def _local(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=_ZONE)
