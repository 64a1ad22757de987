"""The WSIS 2022 sample: a believable programme, readable categories, a crowd from every script."""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.model import Participant, ParticipantStatus, Session
from kiosk.core.roster import parse_roster
from kiosk.sample.names import POOLS, Script
from kiosk.sample.people import sample_participants
from kiosk.sample.wsis2022 import (
    FORUM_KINDS,
    HIGH_LEVEL_KINDS,
    SYNTHETIC_ROOMS,
    UN_LANGUAGES,
    VERIFIED_ROOMS,
    sample_categories,
    sample_event,
    sample_sessions,
)
from kiosk.sample.wsis2022_programme import FORUM_TRACK, HIGH_LEVEL_TRACK
from kiosk.store import events, open_database, participants, sessions

GENEVA = ZoneInfo("Europe/Zurich")
EVENT = sample_event()
SESSIONS = sample_sessions(EVENT)
CROWD = list(sample_participants(EVENT.id))
# Unicode blocks that show a name really is written in that script.
SCRIPTS = {
    "Latin with diacritics": "[\u00c0-\u024f]",
    "Vietnamese": "[\u1ea0-\u1ef9]",
    "Arabic": "[\u0600-\u06ff]",
    "Chinese (Han)": "[\u4e00-\u9fff]",
    "Japanese kana": "[\u3040-\u30ff]",
    "Hangul": "[\uac00-\ud7a3]",
    "Cyrillic": "[\u0400-\u04ff]",
    "Greek": "[\u0370-\u03ff]",
    "Devanagari": "[\u0900-\u097f]",
    "Ethiopic": "[\u1200-\u137f]",
    "Thai": "[\u0e00-\u0e7f]",
    "Hebrew": "[\u0590-\u05ff]",
}


def _local(moment: datetime) -> datetime:
    return moment.astimezone(GENEVA)


# --- the event and its categories -------------------------------------------------------------


def test_the_event_is_the_wsis_2022_final_week_marked_as_sample() -> None:
    assert (EVENT.id, EVENT.code, EVENT.title) == (22, "WSIS22", "WSIS Forum 2022")
    assert (EVENT.start, EVENT.end, EVENT.pickup_from) == (
        date(2022, 5, 30),
        date(2022, 6, 3),
        date(2022, 5, 29),
    )
    assert EVENT.venue == "ITU Headquarters and CICG, Geneva"
    assert EVENT.timezone == "Europe/Zurich"
    assert EVENT.is_sample


def test_the_eleven_categories_are_numbered_in_order() -> None:
    categories = sample_categories()
    codes = ["DEL", "ITU", "IGO", "PAR", "SPK", "VIP", "MED", "EXH", "ORG", "SEC", "TMP"]
    assert [c.code for c in categories] == codes
    assert [c.number for c in categories] == list(range(1, 12))


def test_only_vip_badges_are_collected_at_the_desk_and_only_temporary_ones_lack_a_photo() -> None:
    categories = sample_categories()
    assert [c.code for c in categories if c.collect_at_desk] == ["VIP"]
    assert [c.code for c in categories if not c.needs_photo] == ["TMP"]


def _luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _lab(colour: str) -> tuple[float, float, float]:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    r, g, b = (linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("category", sample_categories(), ids=lambda c: c.code)
def test_each_band_colour_carries_white_or_black_text_at_wcag_aa_contrast(category) -> None:  # type: ignore[no-untyped-def]
    assert re.fullmatch("#[0-9A-F]{6}", category.colour)
    lum = _luminance(category.colour)
    with_white, with_black = 1.05 / (lum + 0.05), (lum + 0.05) / 0.05
    assert max(with_white, with_black) >= 4.5


def test_band_colours_are_far_apart_so_they_are_told_apart_across_a_hall() -> None:
    colours = {c.code: _lab(c.colour) for c in sample_categories()}
    for (a, lab_a), (b, lab_b) in itertools.combinations(colours.items(), 2):
        assert math.dist(lab_a, lab_b) >= 25, (a, b)


# --- the programme ----------------------------------------------------------------------------


def test_at_least_sixty_sessions_on_all_five_days() -> None:
    assert len(SESSIONS) >= 60
    days = Counter(_local(s.starts_at).date() for s in SESSIONS)
    assert sorted(days) == [date(2022, 5, 30) + timedelta(days=n) for n in range(5)]
    assert min(days.values()) >= 8


def test_sessions_are_utc_and_run_between_nine_and_six_in_geneva() -> None:
    for s in SESSIONS:
        assert s.starts_at.utcoffset() == timedelta(0)
        assert s.ends_at.utcoffset() == timedelta(0)
        assert time(9) <= _local(s.starts_at).time() < _local(s.ends_at).time() <= time(18)
    opening = next(s for s in SESSIONS if s.kind == "Opening segment")
    assert opening.starts_at == datetime.fromisoformat("2022-05-30T07:00:00+00:00")


def test_both_tracks_and_every_listed_kind_are_present() -> None:
    kinds = {s.kind for s in SESSIONS}
    assert set(HIGH_LEVEL_KINDS) <= kinds
    assert set(FORUM_KINDS) <= kinds
    for s in SESSIONS:
        expected = HIGH_LEVEL_TRACK if s.kind in HIGH_LEVEL_KINDS else FORUM_TRACK
        assert s.track == expected


def test_no_room_holds_two_sessions_at_once() -> None:
    by_room: dict[str, list[Session]] = defaultdict(list)
    for s in SESSIONS:
        by_room[s.room].append(s)
    for room, booked in by_room.items():
        booked.sort(key=lambda s: s.starts_at)
        for before, after in itertools.pairwise(booked):
            assert before.ends_at <= after.starts_at, (room, before.title, after.title)


def test_verified_rooms_are_all_used_and_invented_ones_say_so() -> None:
    rooms = {s.room for s in SESSIONS}
    assert set(VERIFIED_ROOMS) <= rooms
    assert rooms <= set(VERIFIED_ROOMS) | set(SYNTHETIC_ROOMS)
    assert all("(sample room)" in room for room in SYNTHETIC_ROOMS)


def test_high_level_sessions_are_interpreted_and_workshops_are_mostly_english() -> None:
    for s in SESSIONS:
        assert s.languages
        assert set(s.languages) <= set(UN_LANGUAGES)
        if s.track == HIGH_LEVEL_TRACK:
            assert set(s.languages) == set(UN_LANGUAGES)
    workshops = [s for s in SESSIONS if s.kind.endswith("Workshop")]
    assert sum(s.languages == ("en",) for s in workshops) > len(workshops) / 2
    assert sum("en" in s.languages for s in workshops) > 0.8 * len(workshops)


def test_every_action_line_has_its_facilitation_meeting_and_tags_are_valid() -> None:
    valid = {f"C{n}" for n in range(1, 12)}
    for s in SESSIONS:
        assert set(s.action_lines) <= valid
    facilitated = {
        line
        for s in SESSIONS
        if s.kind == "Action Line Facilitation Meeting"
        for line in s.action_lines
    }
    assert facilitated == valid


def test_the_programme_is_the_same_every_time_with_unique_ids() -> None:
    assert sample_sessions(EVENT) == SESSIONS
    assert len({s.id for s in SESSIONS}) == len(SESSIONS)
    assert all(s.is_sample and s.event_id == EVENT.id for s in SESSIONS)


# --- the crowd --------------------------------------------------------------------------------


def _names_of(person: Participant) -> str:
    return " ".join((person.given_name, person.family_name, person.native_name, person.badge_name))


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_script_appears_among_1500_names_and_on_badges(script: str) -> None:
    pattern = re.compile(SCRIPTS[script])
    assert any(pattern.search(_names_of(p)) for p in CROWD)
    assert any(pattern.search(p.badge_name) for p in CROWD)


def test_about_half_of_non_latin_people_have_their_own_script_on_the_badge() -> None:
    non_latin = [p for p in CROWD if p.native_name]
    native_badges = sum(p.badge_name == p.native_name for p in non_latin)
    assert 0.35 < native_badges / len(non_latin) < 0.65
    for p in non_latin:
        assert p.badge_name in (p.native_name, p.latin_name)
        assert not re.search("[\u0370-\uffff]", p.latin_name), p  # Latin script only


def test_latin_people_have_the_latin_name_on_the_badge_and_no_native_name() -> None:
    latin = [p for p in CROWD if not p.native_name]
    assert latin
    assert all(p.badge_name == f"{p.given_name} {p.family_name}" for p in latin)


def test_every_name_pool_is_a_fictional_mix_of_plausible_countries() -> None:
    assert {pool.script for pool in POOLS} == set(Script)
    for pool in POOLS:
        assert pool.women
        assert pool.men
        assert pool.families
        assert all(re.fullmatch("[A-Z]{2}", c) for c in pool.countries)


def test_names_are_nfc_and_some_are_very_long() -> None:
    for p in CROWD:
        assert unicodedata.is_normalized("NFC", _names_of(p))
    assert sum(len(p.badge_name) > 40 for p in CROWD) >= 3


def test_registration_ids_are_unique_from_22000001_and_fit_32_bits() -> None:
    ids = [p.registration_id for p in CROWD]
    assert ids == list(range(22_000_001, 22_001_501))
    assert max(ids) < 2**32


def test_the_category_mix_is_mostly_delegates_and_participants() -> None:
    counts = Counter(p.category for p in CROWD)
    assert set(counts) == {c.code for c in sample_categories()}
    assert counts["DEL"] + counts["PAR"] + counts["ITU"] + counts["IGO"] > 0.6 * len(CROWD)
    assert 0.005 < counts["VIP"] / len(CROWD) < 0.04
    assert all(p.organisation for p in CROWD)
    assert all(p.valid_from == p.valid_until is not None for p in CROWD if p.category == "TMP")


def test_some_registrations_are_revoked_or_cancelled_and_some_badges_already_collected() -> None:
    statuses = Counter(p.status for p in CROWD)
    assert statuses[ParticipantStatus.REVOKED]
    assert statuses[ParticipantStatus.CANCELLED]
    assert (
        statuses[ParticipantStatus.REVOKED] + statuses[ParticipantStatus.CANCELLED]
    ) < 0.03 * 1500
    collected = [p for p in CROWD if p.collected_at is not None]
    assert 0.01 * 1500 < len(collected) < 0.04 * 1500
    for p in collected:
        assert p.status is ParticipantStatus.REGISTERED
        assert p.badge_version == 1
        assert p.checked_in_at is not None
        assert p.checked_in_at <= p.collected_at
        assert p.collected_at.utcoffset() == timedelta(0)
        assert _local(p.checked_in_at).date() in (date(2022, 5, 29), date(2022, 5, 30))
    assert all(p.is_sample and p.event_id == 22 for p in CROWD)


def test_the_same_seed_gives_the_same_people_and_another_seed_others() -> None:
    assert list(sample_participants(22, 200)) == CROWD[:200]
    assert list(sample_participants(22, 200, seed=7)) != CROWD[:200]
    assert list(sample_participants(22, 200, seed=7)) == list(sample_participants(22, 200, seed=7))


def test_everyone_has_a_plausible_ascii_address_that_no_mailbox_receives() -> None:
    shape = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*@[a-z0-9-]+\.example")
    assert all(shape.fullmatch(p.email) for p in CROWD), [p.email for p in CROWD[:5]]
    first = CROWD[0]
    assert (first.given_name, first.family_name) == ("Büşra", "Özkan")
    assert first.organisation == "Centre for Digital Policy, Aurora University"
    assert first.email == "busra.ozkan@cdpau.example"  # folded, the organisation's initials
    assert len({p.email for p in CROWD}) > 1400  # a few namesakes share one


def test_one_hundred_thousand_participants_can_be_generated() -> None:
    last = None
    count = 0
    for count, last in enumerate(sample_participants(22, 100_000), start=1):  # noqa: B007
        pass
    assert count == 100_000
    assert last is not None
    assert last.registration_id == 22_100_000


def test_ids_that_would_not_fit_the_credential_are_refused() -> None:
    with pytest.raises(ValueError, match="32 bits"):
        next(sample_participants(4295, 10))
    with pytest.raises(ValueError, match="count"):
        next(sample_participants(22, 1_000_000))


def test_the_whole_sample_loads_into_a_kiosk_database(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kiosk.db")
    events.save_event(db, EVENT, sample_categories())
    assert participants.save_participants(db, CROWD) == 1500
    assert sessions.save_sessions(db, SESSIONS) == len(SESSIONS)
    assert participants.get_participant(db, 22_000_001) == CROWD[0]
    monday = sessions.sessions_between(
        db,
        EVENT.id,
        datetime.fromisoformat("2022-05-30T00:00:00+02:00"),
        datetime.fromisoformat("2022-05-31T00:00:00+02:00"),
    )
    assert monday
    assert all(_local(s.starts_at).date() == date(2022, 5, 30) for s in monday)
    db.close()


def test_the_crowd_exported_as_a_roster_csv_imports_without_a_single_error() -> None:
    columns = (
        "registration_id",
        "given_name",
        "family_name",
        "badge_name",
        "native_name",
        "organisation",
        "country",
        "email",
        "category",
        "status",
    )
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows([getattr(p, c) for c in columns[:-1]] + [p.status.value] for p in CROWD)
    result = parse_roster(out.getvalue(), EVENT.id, [c.code for c in sample_categories()])
    assert result.errors == ()
    for parsed, original in zip(result.participants, CROWD, strict=True):
        assert parsed.badge_name == original.badge_name
        assert (parsed.native_name, parsed.country) == (original.native_name, original.country)
        assert parsed.email == original.email
        assert (parsed.category, parsed.status) == (original.category, original.status)
