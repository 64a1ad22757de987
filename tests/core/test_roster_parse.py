"""Reading a roster CSV: good rows survive, every bad input gets an error staff can act on."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kiosk.core.model import ParticipantStatus
from kiosk.core.roster import RowError, parse_roster

CATEGORIES = ("DEL", "ITU", "IGO", "PAR", "SPK", "VIP", "MED", "EXH", "ORG", "SEC", "TMP")
HEADER = "registration_id,given_name,family_name,organisation,country,category"
GOOD = "22000001,José,García,UNESCO,ES,DEL"


def parse(*lines: str, header: str = HEADER):  # type: ignore[no-untyped-def]
    return parse_roster("\n".join((header, *lines)) + "\n", 22, CATEGORIES)


def only_error(result) -> RowError:  # type: ignore[no-untyped-def]
    assert len(result.errors) == 1, result.errors
    error: RowError = result.errors[0]
    return error


# --- good input -------------------------------------------------------------------------------


def test_a_good_row_becomes_a_registered_participant_with_a_default_badge_name() -> None:
    result = parse(GOOD)
    assert result.errors == ()
    (person,) = result.participants
    assert (person.registration_id, person.event_id) == (22000001, 22)
    assert (person.given_name, person.family_name, person.badge_name) == (
        "José",
        "García",
        "José García",
    )
    assert (person.organisation, person.country, person.category) == ("UNESCO", "ES", "DEL")
    assert person.status is ParticipantStatus.REGISTERED
    assert not person.is_sample


@pytest.mark.parametrize(
    ("given", "family", "badge", "native"),
    [
        ("Łukasz", "Wiśniewski", "", ""),
        ("Thị Hương", "Nguyễn", "", ""),
        ("Fúnmiláyọ̀", "Ọláyínká", "", ""),
        ("Wei", "Wang", "王伟", "王伟"),
        ("Mohamed", "Al-Ali", "محمد العلي", "محمد العلي"),
        ("Alireza", "Karimi", "علی\u200cرضا کریمی", "علی\u200cرضا کریمی"),
        ("Olena", "Melnyk", "", "Олена Мельник"),
        ("Eleni", "Georgiou", "Ελένη Γεωργίου", ""),
        ("Priya", "Sharma", "प्रिया शर्मा", "प्रिया शर्मा"),
        ("Dawit", "Kebede", "ዳዊት ከበደ", "ዳዊት ከበደ"),
        ("Somchai", "Srisuk", "สมชาย ศรีสุข", "สมชาย ศรีสุข"),
        ("Noa", "Cohen", "נועה כהן", "נועה כהן"),
        ("Hanako", "Sato", "佐藤 花子", "佐藤 花子"),
        ("Minjun", "Kim", "김민준", "김민준"),
    ],
)
def test_names_in_any_script_come_through_unchanged(
    given: str, family: str, badge: str, native: str
) -> None:
    result = parse(
        f"7,{given},{family},{badge},{native},PAR",
        header="registration_id,given_name,family_name,badge_name,native_name,category",
    )
    (person,) = result.participants
    assert person.given_name == unicodedata.normalize("NFC", given)
    assert person.family_name == unicodedata.normalize("NFC", family)
    assert person.badge_name == (badge or f"{person.given_name} {person.family_name}")
    assert person.native_name == native


def test_names_are_nfc_normalised_so_decomposed_accents_match_precomposed_ones() -> None:
    decomposed = unicodedata.normalize("NFD", "José Müller-Lévêque")
    (person,) = parse(f"1,{decomposed},X,,,PAR").participants
    assert person.given_name == "José Müller-Lévêque"
    assert unicodedata.is_normalized("NFC", person.badge_name)


def test_a_byte_order_mark_semicolons_crlf_and_quoted_values_are_accepted() -> None:
    text = (
        "\ufeffRegistration ID;Given Name;Family-Name;Organization;Country;Category;Status\r\n"
        '22000001;José;García;"Ministère du Numérique; Sénégal";sn;del;Canceled\r\n'
        '22000002;"Anne ""Annie""";O\'Brien;;;vip;\r\n'
    )
    result = parse_roster(text, 22, CATEGORIES)
    assert result.errors == ()
    first, second = result.participants
    assert first.organisation == "Ministère du Numérique; Sénégal"
    assert (first.country, first.category, first.status) == (
        "SN",
        "DEL",
        ParticipantStatus.CANCELLED,
    )
    assert (second.given_name, second.family_name) == ('Anne "Annie"', "O'Brien")


def test_optional_columns_status_dates_and_photo_are_read() -> None:
    result = parse(
        "5,Ngozi,Okafor,TMP,revoked,2022-06-01,2022-06-01,5.jpg",
        header="registration_id,given_name,family_name,category,status,valid_from,valid_until,photo",
    )
    (person,) = result.participants
    assert person.status is ParticipantStatus.REVOKED
    assert person.valid_from == person.valid_until == date(2022, 6, 1)
    assert person.photo == "5.jpg"


def test_blank_lines_and_lines_of_empty_cells_are_ignored() -> None:
    result = parse("", GOOD, ",,,,,", "   ", ",,,,,,,,")
    assert result.errors == ()
    assert len(result.participants) == 1


def test_control_characters_are_stripped_and_spaces_collapsed() -> None:
    (person,) = parse("9,\x07Anne\tMarie\x1b ,  de  la\u202eCruz\x0b,Org\x85,,PAR").participants
    assert person.given_name == "Anne Marie"
    assert person.family_name == "de laCruz"
    assert person.organisation == "Org"


def test_the_examples_in_the_documentation_import_cleanly() -> None:
    doc = Path(__file__).parents[2] / "docs" / "roster-csv.md"
    examples = re.findall(r"```csv\n(.*?)```", doc.read_text(encoding="utf-8"), re.DOTALL)
    assert len(examples) == 2
    for example in examples:
        result = parse_roster(example, 22, CATEGORIES)
        assert result.errors == ()
        assert result.participants


# --- bad input: the whole file ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\ufeff", "\n\n  \r\n"])
def test_an_empty_file_gets_one_clear_error(text: str) -> None:
    error = only_error(parse_roster(text, 22, CATEGORIES))
    assert "empty" in error.message


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        ("given_name,family_name,category", "registration_id"),
        ("registration_id,given_name,family_name", "category"),
        ("registration_id,organisation,category", "given_name or family_name"),
        ("22000001,José,García,DEL", "registration_id"),  # no header at all
    ],
)
def test_a_missing_required_column_gets_one_clear_error(header: str, missing: str) -> None:
    result = parse(GOOD, header=header)
    error = only_error(result)
    assert f"no {missing}" in error.message
    assert error.line == 1
    assert result.participants == ()


def test_a_column_named_twice_is_refused() -> None:
    error = only_error(parse(GOOD + ",ES", header=HEADER + ",country"))
    assert (error.line, error.column) == (1, "country")
    assert "twice" in error.message


def test_an_unknown_column_is_reported_but_the_rows_are_kept() -> None:
    result = parse(GOOD + ",x", header=HEADER + ",phone")
    error = only_error(result)
    assert (error.line, error.column) == (1, "phone")
    assert len(result.participants) == 1


def test_a_header_without_rows_is_reported() -> None:
    assert "no participants" in only_error(parse()).message


def test_a_utf16_file_read_as_text_is_refused_whole() -> None:
    text = (HEADER + "\n" + GOOD).encode("utf-16-le").decode("latin-1")
    error = only_error(parse_roster(text, 22, CATEGORIES))
    assert "UTF-16" in error.message


# --- bad input: one row -----------------------------------------------------------------------


def assert_row_refused(result, line: int, column: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert [p.registration_id for p in result.participants] == [22000001, 22000009]
    matching = [e for e in result.errors if e.line == line and e.column == column]
    assert matching, result.errors
    assert words in matching[0].message
    assert result.skipped == 1


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ('5,"José,García,UNESCO,ES,DEL', "", "quotes"),
        ('5,"Jo"se",García,UNESCO,ES,DEL', "", "quotes"),
        ("5,José,García,ES,DEL", "", "5 values but the header has 6"),
        ("5,José,García,UNESCO,ES,DEL,extra", "", "7 values but the header has 6"),
        (",José,García,UNESCO,ES,DEL", "registration_id", "empty"),
        ("22000005.0,José,García,UNESCO,ES,DEL", "registration_id", "not a whole number"),
        ("2.2E+07,José,García,UNESCO,ES,DEL", "registration_id", "not a whole number"),
        ("-5,José,García,UNESCO,ES,DEL", "registration_id", "not a whole number"),
        ("0,José,García,UNESCO,ES,DEL", "registration_id", "between 1 and 4294967295"),
        ("4294967296,José,García,UNESCO,ES,DEL", "registration_id", "between 1 and"),
        ("5,,,UNESCO,ES,DEL", "given_name", "Both given_name and family_name are empty"),
        ("5,José,García,UNESCO,Spain,DEL", "country", "not a country code"),
        ("5,José,García,UNESCO,UK,DEL", "country", "use GB"),
        ("5,José,García,UNESCO,XX,DEL", "country", "not a country code"),
        ("5,José,García,UNESCO,ES,XYZ", "category", "DEL, EXH, IGO"),
        ("5,José,García,UNESCO,ES,", "category", "empty"),
        ("5," + "x" * 10_000 + ",García,UNESCO,ES,DEL", "given_name", "10000 characters"),
        ("5,José," + "ñ" * 201 + ",UNESCO,ES,DEL", "family_name", "the limit is 200"),
        ("5,José,García," + "o" * 300 + ",ES,DEL", "organisation", "the limit is 200"),
    ],
)
def test_a_bad_row_is_reported_and_skipped_while_good_rows_survive(
    row: str, column: str, words: str
) -> None:
    result = parse(GOOD, row, "22000009,Wei,Wang,,CN,ITU")
    assert_row_refused(result, 3, column, words)


@pytest.mark.parametrize(
    ("values", "column", "words"),
    [
        ("maybe,,,", "status", "not a status"),
        (",30/05/2022,,", "valid_from", "YYYY-MM-DD"),
        (",,2022-02-30,", "valid_until", "not a date"),
        (",2022-06-03,2022-05-30,", "valid_until", "before valid_from"),
        (",,,../etc/passwd.jpg", "photo", "not a path"),
        (",,,C:\\photos\\me.jpg", "photo", "not a path"),
        (",,,portrait.gif", "photo", ".jpg"),
    ],
)
def test_bad_optional_values_are_reported_and_the_row_skipped(
    values: str, column: str, words: str
) -> None:
    header = "registration_id,given_name,family_name,category,status,valid_from,valid_until,photo"
    result = parse(
        "22000001,José,García,DEL,,,,",
        f"5,Ann,Lee,PAR,{values}",
        "22000009,Wei,Wang,ITU,,,,",
        header=header,
    )
    assert_row_refused(result, 3, column, words)


def test_a_duplicate_registration_id_keeps_the_first_and_reports_the_second() -> None:
    result = parse(GOOD, "22000009,Wei,Wang,,CN,ITU", "22000001,Other,Person,,FR,PAR")
    assert [p.given_name for p in result.participants] == ["José", "Wei"]
    error = only_error(result)
    assert (error.line, error.column) == (4, "registration_id")
    assert "already used on line 2" in error.message


def test_every_problem_of_a_row_is_listed_at_once() -> None:
    result = parse("x,,,,Spain,ZZZ")
    assert {e.column for e in result.errors} == {
        "registration_id",
        "given_name",
        "country",
        "category",
    }
    assert result.skipped == 1


def test_a_runaway_line_is_refused_without_echoing_it() -> None:
    result = parse(GOOD, "5," + "y" * 70_000 + ",x,,,PAR")
    error = only_error(result)
    assert "70010 characters" in error.message
    assert len(error.message) < 200
    assert len(result.participants) == 1


def test_errors_read_like_compiler_messages() -> None:
    assert str(RowError(7, "country", "Bad.")) == "7: country: Bad."
    assert str(RowError(3, "", "Bad.")) == "3: Bad."
    assert str(RowError(0, "", "Empty.")) == "Empty."


# --- the email column (issue 11: searched at the desk) ----------------------------------------

EMAIL_HEADER = "registration_id,given_name,family_name,category,email"


@pytest.mark.parametrize(
    ("cell", "kept"),
    [
        ("maria.garcia@example.org", "maria.garcia@example.org"),
        ("  Maria.Garcia@Example.ORG ", "Maria.Garcia@Example.ORG"),
        ("sean.o'brien@example.ie", "sean.o'brien@example.ie"),
        ("jurgen.muller@bundesamt.example.de", "jurgen.muller@bundesamt.example.de"),
        ("müller@münchen.de", "müller@münchen.de"),
        ("李伟@例子.公司", "李伟@例子.公司"),
        ("", ""),
    ],
)
def test_an_email_column_is_optional_and_kept_as_written(cell: str, kept: str) -> None:
    result = parse(f"22000001,María,García,DEL,{cell}", header=EMAIL_HEADER)
    assert result.errors == ()
    assert result.participants[0].email == kept


@pytest.mark.parametrize("header", ["e-mail", "E-Mail", "mail", "Email"])
def test_the_email_column_may_be_spelled_the_usual_ways(header: str) -> None:
    result = parse(
        "22000001,María,García,DEL,maria@example.org",
        header=f"registration_id,given_name,family_name,category,{header}",
    )
    assert result.errors == ()
    assert result.participants[0].email == "maria@example.org"


@pytest.mark.parametrize(
    "cell",
    [
        "maria.garcia",  # no @
        "maria.garcia@",  # no domain
        "@example.org",  # no name
        "maria@localhost",  # no dot in the domain
        "maria@@example.org",
        "maria garcia@example.org",  # a space
        '"""maria""@example.org"',  # "maria"@example.org, quoted as CSV
        "maria@example..org",
        "maria@example.o",
        '"maria@example.org; jose@example.org"',  # two addresses in one cell
        "<maria@example.org>",
        "x" * 190 + "@example.org",  # past the limit of 200 characters
    ],
)
def test_a_malformed_email_names_the_row_and_column_and_skips_the_row(cell: str) -> None:
    result = parse(
        "22000001,José,García,DEL,",
        f"5,Ann,Lee,PAR,{cell}",
        "22000009,Wei,Wang,ITU,wei.wang@example.cn",
        header=EMAIL_HEADER,
    )
    assert_row_refused(result, 3, "email", "")
    error = next(e for e in result.errors if e.column == "email")
    assert "e-mail address" in error.message or "the limit is 200" in error.message
    assert str(error).startswith("3: email: ")
