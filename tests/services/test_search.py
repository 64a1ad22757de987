"""Desk search (docs/desk.md, "Search"): every field the desk types, ranking, and bad input.

Each bad input says what it gets: never an exception, never the whole roster for nothing typed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from wsis_event import CATEGORIES, EVENT

from kiosk.core.model import Participant
from kiosk.services.roster import import_roster
from kiosk.services.search import MAX_SEARCH_CHARS, find_participants
from kiosk.store import Database, events, open_database, participants

MULLER, NGUYEN, LI, MOHAMED, GARCIA, SCHMIDT, KAMAU = 101, 102, 103, 104, 105, 106, 107
ZAPATA, ALVAREZ, SHORT_ID, LONG_ID, MINA = 108, 109, 1234, 12345, 110
PEOPLE = [
    Participant(MULLER, 22, "Jonas", "Müller", "Jonas Müller", country="DE"),
    Participant(NGUYEN, 22, "Văn An", "Nguyễn", "Nguyễn Văn An", country="VN"),
    Participant(LI, 22, "Wei", "Li", "李伟", native_name="李伟", country="CN"),
    Participant(MOHAMED, 22, "Mohamed", "Ali", "محمد علي", native_name="محمد علي", country="EG"),
    Participant(
        GARCIA,
        22,
        "María",
        "García",
        "María García",
        organisation="Ministerio de Asuntos Económicos",
        country="ES",
        email="maria.garcia@example.org",
    ),
    Participant(SCHMIDT, 22, "Anna", "Schmidt", "Anna Schmidt", organisation="ITU", country="CH"),
    Participant(KAMAU, 22, "Wanjiru", "Kamau", "Wanjiru Kamau", country="KE"),
    Participant(ZAPATA, 22, "Ana", "Zapata", "Ana Zapata", country="MX"),
    Participant(ALVAREZ, 22, "Anabel", "Alvarez", "Anabel Alvarez", country="AR"),
    Participant(SHORT_ID, 22, "Tomas", "Novak", "Tomas Novak", country="CZ"),
    Participant(LONG_ID, 22, "Eva", "Novakova", "Eva Novakova", country="SK"),
    # A Persian name written with a zero-width non-joiner (U+200C) and a right-to-left mark.
    Participant(
        MINA, 22, "Mina", "Rahimi", "می\u200cنا رحیمی", native_name="\u200fمی\u200cنا رحیمی"
    ),
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, EVENT, CATEGORIES)
    participants.save_participants(database, PEOPLE)
    yield database
    database.close()


def found(db: Database, typed: str, limit: int = 50) -> list[int]:
    return [p.registration_id for p in find_participants(db, typed, limit)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("muller", [MULLER]),
        ("MÜLLER", [MULLER]),
        ("mul", [MULLER]),
        ("nguyen", [NGUYEN]),
        ("nguyễn văn", [NGUYEN]),
        ("伟", [LI]),
        ("李伟", [LI]),
        ("محمد", [MOHAMED]),
        ("محمد ali", [MOHAMED]),  # Arabic and Latin words of one person
        ("maria.garcia@", [GARCIA]),
        ("maria.garcia@example.org", [GARCIA]),
        ("ministerio economicos", [GARCIA]),
        ("itu", [SCHMIDT]),
        ("switzerland", [SCHMIDT]),
        ("suisse", [SCHMIDT]),
        ("瑞士", [SCHMIDT]),
        ("швейцария", [SCHMIDT]),
        ("سويسرا", [SCHMIDT]),
        ("kenya", [KAMAU]),
        ("ke", [KAMAU]),  # the code, and no other word starting with "ke"
        ("kamau kenya", [KAMAU]),
        ("مینا", [MINA]),  # typed without the joiner the roster has
        ("110", [MINA]),
    ],
)
def test_every_field_the_desk_types_finds_the_person(
    db: Database, typed: str, expected: list[int]
) -> None:
    assert found(db, typed) == expected


def test_a_country_code_finds_its_people_first(db: Database) -> None:
    # "ch" is Switzerland's code, a whole word: Anna Schmidt (CH) first; then the names that
    # start with it, by family name: China ("China", "Chine") for Li, Czechia (Spanish
    # "Chequia") for Novak.
    assert found(db, "ch") == [SCHMIDT, LI, SHORT_ID]
    assert found(db, "CH") == [SCHMIDT, LI, SHORT_ID]


def test_a_registration_id_typed_in_full_comes_first(db: Database) -> None:
    assert found(db, "1234") == [SHORT_ID, LONG_ID]  # then the id it is a prefix of
    assert found(db, "12345") == [LONG_ID]
    assert found(db, "12 345") == [LONG_ID]  # typed in groups, as printed
    assert found(db, "١٢٣٤") == [SHORT_ID, LONG_ID]  # Arabic-Indic digits, as an Arabic keyboard
    assert found(db, "۱۲۳۴۵") == [LONG_ID]  # types them; Persian digits too


def test_whole_words_come_before_prefixes_then_by_name(db: Database) -> None:
    # Ana Zapata has the word "ana"; Anabel Alvarez only starts with it (and sorts first by name).
    assert found(db, "ana") == [ZAPATA, ALVAREZ]
    assert found(db, "ana", limit=1) == [ZAPATA]


def test_results_are_the_same_every_time_and_within_the_limit(db: Database) -> None:
    everyone = found(db, "a")
    assert len(everyone) >= 5
    assert found(db, "a") == everyone
    # A limit below the matches takes the lowest ids of the tier (no scoring of every match),
    # then sorts those by name.
    assert sorted(found(db, "a", limit=3)) == sorted(everyone)[:3]
    assert found(db, "a", limit=0) == []


@pytest.mark.parametrize(
    ("typed", "expected", "why"),
    [
        ("a" * 1000, [], "cut to 200 letters: a word nobody has"),
        ("muller" + " " * 994, [MULLER], "1,000 characters, the name first: still found"),
        ("muller " + "x" * 993, [], "a second, impossible word: nobody"),
        ("\" * ( ) ^ : - + OR AND NEAR NOT % _ ' ; -- \\ [ ] { } .*", [], "words or, and ..."),
        ("OR", [GARCIA], "not FTS5's operator but a word: García's e-mail ends in .org"),
        ("NEAR(muller)", [], "near and muller are both needed: nobody"),
        ("muller*", [MULLER], "the star is punctuation"),
        ('"muller"', [MULLER], "quotes are punctuation"),
        ("müller^", [MULLER], "as is the caret"),
        ("%", [], "only punctuation: nothing searchable, not everyone"),
        ("_", [], "likewise"),
        ("'; DROP TABLE participants; --", [], "three words nobody has"),
        (".*", [], "a regular expression is punctuation"),
        ("😀👍🏽", [], "emoji only: nothing searchable"),
        ("müller 😀", [MULLER], "emoji beside a name are ignored"),
        ("mu\u200fller", [MULLER], "a right-to-left mark inside a word vanishes"),
        ("\u200emuller\u200e", [MULLER], "left-to-right marks around it too"),
        ("محمد\u061c", [MOHAMED], "an Arabic letter mark too"),
        ("مح\u200dمد", [MOHAMED], "a zero-width joiner too"),
        ("\u200f\u200e\u061c\u200d", [], "only marks: nothing searchable"),
        ("mul\x00ler", [MULLER], "a NUL inside a word vanishes"),
        ("\x00\x01\x1b\x7f", [], "only control characters: nothing searchable"),
        ("muller\tjonas\n", [MULLER], "tabs and line breaks separate words"),
        ("   ", [], "only spaces"),
        ("\ud800", [], "a lone surrogate (broken UTF-16 from a paste): nothing searchable"),
        ("muller\ud800", [MULLER], "beside a name: ignored"),
        ("", [], "nothing typed"),
    ],
)
def test_bad_input_gives_no_error_and_a_sensible_result(
    db: Database, typed: str, expected: list[int], why: str
) -> None:
    assert found(db, typed) == expected, why


def test_input_longer_than_a_person_types_is_cut_not_refused(db: Database) -> None:
    assert MAX_SEARCH_CHARS == 200
    assert found(db, "jonas" + " " * 200 + "nobody") == [MULLER], "nobody is past the cut"
    assert found(db, "jonas " * 8 + "nobody") == [MULLER], "eight words searched, no ninth"


def test_sql_typed_at_the_desk_changes_nothing(db: Database) -> None:
    for typed in ("'; DROP TABLE participants; --", "1); DELETE FROM participants; --"):
        find_participants(db, typed)
    assert participants.count_participants(db) == len(PEOPLE)


def test_e_mail_and_country_follow_updates(db: Database) -> None:
    moved = Participant(
        MULLER, 22, "Jonas", "Müller", "Jonas Müller", country="KE", email="jm@desk.example"
    )
    participants.save_participants(db, [moved])
    assert MULLER in found(db, "kenya")
    assert found(db, "jm@desk") == [MULLER]
    assert found(db, "germany") == []
    assert participants.get_participant(db, MULLER) == moved


def test_addresses_reach_no_log_when_imported_or_searched(
    db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "registration_id,given_name,family_name,category,email\n"
        "22000001,Amina,Diallo,DEL,amina.diallo@example.org\n"
        "22000002,Jonas,Berg,VIP,jonas.berg@example\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.DEBUG):
        report = import_roster(db, roster, EVENT.id)
        assert found(db, "amina.diallo@example.org") == [22000001]
        assert repr(participants.get_participant(db, 22000001)).count("@") == 0
    assert (report.imported, report.skipped) == (1, 1)
    assert "@" not in caplog.text
    assert "amina" not in caplog.text.lower()
