"""The roster's optional checkin_secret column: other registries' secrets, kept only as hashes."""

from __future__ import annotations

import uuid

from kiosk.core.foreign_codes import SecretEntry, secret_hash
from kiosk.core.roster import COLUMNS, parse_roster

CATEGORIES = ("DEL", "PAR")
HEADER = "registration_id,given_name,family_name,category,checkin_secret"
TICKET = uuid.UUID("5f0b7a3e-2c1d-4e8f-9a6b-0c1d2e3f4a5b")
PERSON = uuid.UUID("0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b")


def parse(*lines: str, header: str = HEADER):  # type: ignore[no-untyped-def]
    return parse_roster("\n".join((header, *lines)) + "\n", 22, CATEGORIES)


def test_the_column_is_known() -> None:
    assert "checkin_secret" in COLUMNS
    assert parse("1,Amina,Diallo,DEL,").errors == ()


def test_secrets_become_hashes_of_their_canonical_form() -> None:
    result = parse(
        f"1,Amina,Diallo,DEL,{str(TICKET).upper()}",
        "2,Wei,Li,DEL,az9u4mymhqktrbupmwkvv6xmgds5dk3",
        f"3,Ana,Silva,DEL,{TICKET}:{PERSON}",
        "4,Olga,Ivanova,PAR,",
    )
    assert result.errors == ()
    assert result.secrets == (
        SecretEntry(1, secret_hash(str(TICKET))),
        SecretEntry(2, secret_hash("az9u4mymhqktrbupmwkvv6xmgds5dk3")),
        SecretEntry(3, secret_hash(f"{TICKET}:{PERSON}")),
        SecretEntry(4, ""),  # an empty cell: this registration has no secret (any old one goes)
    )


def test_without_the_column_no_secret_is_touched() -> None:
    result = parse("1,Amina,Diallo,DEL", header="registration_id,given_name,family_name,category")
    assert result.secrets == ()


def test_a_secret_that_cannot_be_one_refuses_the_row_without_quoting_it() -> None:
    result = parse("1,Amina,Diallo,DEL,short", "2,Wei,Li,DEL,1234567890123456")
    assert [(e.line, e.column) for e in result.errors] == [
        (2, "checkin_secret"),
        (3, "checkin_secret"),
    ]
    assert "Indico ticket UUID" in result.errors[0].message
    assert "short" not in result.errors[0].message
    assert result.participants == ()
    assert result.secrets == ()
    assert result.skipped == 2


def test_the_same_secret_on_two_lines_refuses_the_second() -> None:
    result = parse(f"1,Amina,Diallo,DEL,{TICKET}", f"2,Wei,Li,DEL,{str(TICKET).upper()}")
    assert [p.registration_id for p in result.participants] == [1]
    (error,) = result.errors
    assert (error.line, error.column) == (3, "checkin_secret")
    assert "already used on line 2" in error.message


def test_a_row_refused_for_another_reason_leaves_no_secret() -> None:
    result = parse(f"1,Amina,Diallo,XXX,{TICKET}")
    assert result.secrets == ()
    assert [e.column for e in result.errors] == ["category"]
