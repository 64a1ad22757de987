"""Reading a registration roster (CSV text) into participants, with errors staff can act on.

Pure: the caller reads and decodes the file. Good rows are kept and bad rows are reported and
skipped, so one typo never blocks a whole roster. docs/roster-csv.md describes the format.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from kiosk.core.foreign_codes import SecretEntry, canonical_secret, secret_hash
from kiosk.core.model import Participant, ParticipantStatus

MAX_FIELD_CHARS = 200  # longer than any real name or organisation; a badge could not show it anyway
MAX_LINE_CHARS = 65_536  # a runaway line (a whole file in one cell) is refused whole
MAX_REGISTRATION_ID = 2**32 - 1  # the credential carries the id as an unsigned 32-bit number
COLUMNS = (
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
    "valid_from",
    "valid_until",
    "photo",
    "checkin_secret",
)
REQUIRED_COLUMNS = ("registration_id", "category")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
_ALIASES = {"organization": "organisation", "e_mail": "email", "mail": "email"}
MAX_EMAIL_CHARS = 254  # RFC 5321's limit on a forward path
# One @, something before it, a domain of dot-separated labels after it (Unicode letters allowed:
# internationalised domains and local parts exist); no spaces, quotes, commas or angle brackets.
_EMAIL = re.compile(
    r"[^@\s\"<>(),;:\[\]]+@[^@\s\"'<>(),;:\[\]._-][^@\s\"'<>(),;:\[\]]*\.[^\W\d_]{2,}"
)
_EMAIL_HINT = "write one address such as maria.garcia@example.org, or leave the cell empty"
_DELIMITERS = (",", ";")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STATUSES = {
    "": ParticipantStatus.REGISTERED,
    "registered": ParticipantStatus.REGISTERED,
    "cancelled": ParticipantStatus.CANCELLED,
    "canceled": ParticipantStatus.CANCELLED,
    "revoked": ParticipantStatus.REVOKED,
}
# Officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which registries use widely.
_ISO_CODES = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC
    EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
    HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
    LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
    NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU
    RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN
    TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK"""
ISO_COUNTRIES = frozenset(_ISO_CODES.split())
_BAD_QUOTES = (
    'The quotes on this line do not match: a value that starts with " must end with ", '
    'and a " inside a value must be doubled ("").'
)
_UTF16 = (
    'The file contains NUL characters: it is probably saved as UTF-16 ("Unicode text"). '
    'Save it as "CSV UTF-8" and import it again.'
)
_STATUS_HINT = "Use registered, cancelled or revoked (empty means registered)."
_SECRET_HINT = (
    "This is not a check-in secret. Use the Indico ticket UUID (for an accompanying person: "
    '"<ticket UUID>:<person UUID>") or the ticket secret: 12 to 128 letters, digits and + / = _, '
    "not only digits."
)
_NUMBER_HINT = 'A spreadsheet may have added ".0" or an exponent: format the column as text.'
_COUNTRY_HINTS = {"UK": "GB", "EL": "GR", "SUI": "CH", "GER": "DE"}
# Control characters go: line breaks and tabs become spaces, the rest (and invisible direction
# overrides, which could reorder a printed name) are dropped. ZWJ/ZWNJ stay: Persian and Indic
# names need them.
_INVISIBLE: dict[int, str | None] = {
    **dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)]),
    **dict.fromkeys([0x200B, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]),
    **dict.fromkeys([0x09, 0x0A, 0x0B, 0x0C, 0x0D], " "),
    0xFEFF: None,
}


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem in the file: the line (0 for the file as a whole), the column, what to fix."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = [str(self.line)] if self.line else []
        where += [self.column] if self.column else []
        return ": ".join([*where, self.message])


@dataclass(frozen=True, slots=True)
class RosterParse:
    """The participants read from a roster, and every problem found on the way."""

    participants: tuple[Participant, ...]
    errors: tuple[RowError, ...]
    skipped: int = 0  # participant rows refused because of an error
    # One per imported row when the file has a checkin_secret column (docs/roster-csv.md).
    secrets: tuple[SecretEntry, ...] = ()
    lines: tuple[int, ...] = ()  # the file's line of each participant, in the same order


@dataclass(frozen=True, slots=True)
class _Header:
    line: int
    delimiter: str
    columns: tuple[str, ...]
    notes: tuple[RowError, ...]  # unknown columns: reported, ignored


def parse_roster(text: str, event_id: int, categories: Collection[str]) -> RosterParse:
    """Read a roster CSV (header row first, comma or semicolon separated) into participants."""
    lines = _LINE_BREAK.split(text.removeprefix("\ufeff"))
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    problem = _file_problem(text, numbered)
    if problem is not None:
        return RosterParse((), (problem,))
    header = _read_header(*numbered[0])
    if isinstance(header, RowError):
        return RosterParse((), (header,))
    reader = _RowReader(header, event_id, frozenset(categories))
    for number, line in numbered[1:]:
        reader.read(number, line)
    if reader.rows == 0:
        reader.errors.append(RowError(0, "", "The file has a header line but no participants."))
    errors = (*header.notes, *reader.errors)
    return RosterParse(
        tuple(reader.people), errors, reader.skipped, tuple(reader.secrets), tuple(reader.lines)
    )


def _file_problem(text: str, numbered: list[tuple[int, str]]) -> RowError | None:
    if "\x00" in text:
        return RowError(0, "", _UTF16)
    if not numbered:
        return RowError(0, "", "The file is empty. The first line must name the columns.")
    return None


def _read_header(number: int, line: str) -> _Header | RowError:
    delimiter = max(_DELIMITERS, key=lambda d: _known_count(line.split(d)))
    names = [_column_name(cell) for cell in line.split(delimiter)]
    for name in dict.fromkeys(names):
        if name and names.count(name) > 1:
            return RowError(number, name, f'The column "{name}" appears twice in the header.')
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if "given_name" not in names and "family_name" not in names:
        missing.append("given_name or family_name")
    if missing:
        example = delimiter.join((*COLUMNS[:3], "category"))
        message = f"The header has no {' and no '.join(missing)} column. The first line must "
        return RowError(number, "", f"{message}name the columns, for example: {example}")
    unknown = (
        f"This column is not one the kiosk knows and was ignored; known: {', '.join(COLUMNS)}."
    )
    notes = tuple(RowError(number, name, unknown) for name in names if name and name not in COLUMNS)
    return _Header(number, delimiter, tuple(names), notes)


def _column_name(cell: str) -> str:
    name = re.sub(r"[\s-]+", "_", cell.strip().strip('"').strip().lower())
    return _ALIASES.get(name, name)


def _known_count(cells: list[str]) -> int:
    return sum(_column_name(cell) in COLUMNS for cell in cells)


class _RowReader:
    """Turns data lines into participants, keeping the errors and the ids already used."""

    def __init__(self, header: _Header, event_id: int, categories: frozenset[str]) -> None:
        self.header = header
        self.event_id = event_id
        self.categories = categories
        self.people: list[Participant] = []
        self.errors: list[RowError] = []
        self.rows = 0
        self.skipped = 0
        self.secrets: list[SecretEntry] = []
        self.lines: list[int] = []
        self._lines_by_id: dict[int, int] = {}
        self._lines_by_secret: dict[str, int] = {}

    def read(self, number: int, line: str) -> None:
        values = self._split(number, line)
        if values is None or not any(v.strip() for v in values.values()):
            return  # refused already, or a line of empty cells (spreadsheets leave those)
        self.rows += 1
        row = _Row(number, values)
        person = row.participant(self.event_id, self.categories)
        if person is None or self._clashes(row, person):
            self.skipped += 1
            self.errors.extend(row.errors)
            return
        self._keep(row, person)

    def _clashes(self, row: _Row, person: Participant) -> bool:
        """The id or the check-in secret is used on an earlier line already (the row says so)."""
        first = self._lines_by_id.get(person.registration_id)
        if first is not None:
            row.fail(
                "registration_id", f"{person.registration_id} is already used on line {first}."
            )
        earlier = self._lines_by_secret.get(row.secret_hash) if row.secret_hash else None
        if earlier is not None:
            row.fail("checkin_secret", f"This secret is already used on line {earlier}.")
        return bool(row.errors)

    def _keep(self, row: _Row, person: Participant) -> None:
        self._lines_by_id[person.registration_id] = row.line
        self.people.append(person)
        self.lines.append(row.line)
        if row.secret_hash:
            self._lines_by_secret[row.secret_hash] = row.line
        if "checkin_secret" in self.header.columns:
            self.secrets.append(SecretEntry(person.registration_id, row.secret_hash))

    def _split(self, number: int, line: str) -> dict[str, str] | None:
        cells = self._cells(number, line)
        if cells is None:
            return None
        if not any(cell.strip() for cell in cells):
            return {}
        columns = self.header.columns
        while len(cells) > len(columns) and not cells[-1].strip():
            cells.pop()  # trailing empty cells that some spreadsheets add
        if len(cells) != len(columns):
            counts = f"This line has {len(cells)} values but the header has {len(columns)} columns"
            self._refuse(
                number, f'{counts}. Look for a missing or extra "{self.header.delimiter}".'
            )
            return None
        return dict(zip(columns, cells, strict=True))

    def _cells(self, number: int, line: str) -> list[str] | None:
        if len(line) > MAX_LINE_CHARS:
            size = f"This line is {len(line)} characters long; the limit is {MAX_LINE_CHARS}"
            self._refuse(number, f"{size}. Check that it is really one participant.")
            return None
        try:
            delimiter = self.header.delimiter
            reader = csv.reader([line], delimiter=delimiter, strict=True, skipinitialspace=True)
            cells = next(reader, [])
        except csv.Error:
            self._refuse(number, _BAD_QUOTES)
            return None
        return cells

    def _refuse(self, number: int, message: str) -> None:
        self.rows += 1
        self.skipped += 1
        self.errors.append(RowError(number, "", message))


def clean_text(value: str) -> str:
    """Drop control characters, collapse spaces, NFC-normalise: the form names are stored in."""
    return unicodedata.normalize("NFC", " ".join(value.translate(_INVISIBLE).split()))


class _Row:
    """One data line: reads each column, collecting every problem so staff fix them in one go."""

    def __init__(self, line: int, values: dict[str, str]) -> None:
        self.line = line
        self.values = values
        self.errors: list[RowError] = []
        self.secret_hash = ""  # of the checkin_secret column; never the secret itself

    def fail(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.line, column, message))

    def _failed(self, *columns: str) -> bool:
        return any(error.column in columns for error in self.errors)

    def text(self, column: str) -> str:
        value = clean_text(self.values.get(column, ""))
        if len(value) > MAX_FIELD_CHARS:
            self.fail(
                column, f"This is {len(value)} characters long; the limit is {MAX_FIELD_CHARS}."
            )
            return ""
        return value

    def participant(self, event_id: int, categories: frozenset[str]) -> Participant | None:
        registration_id = self.registration_id()
        given, family = self.text("given_name"), self.text("family_name")
        if not given and not family and not self._failed("given_name", "family_name"):
            self.fail("given_name", "Both given_name and family_name are empty; fill in one.")
        person = Participant(
            registration_id=registration_id or 0,
            event_id=event_id,
            given_name=given,
            family_name=family,
            badge_name=self.text("badge_name") or f"{given} {family}".strip(),
            native_name=self.text("native_name"),
            organisation=self.text("organisation"),
            country=self.country(),
            email=self.email(),
            category=self.category(categories),
            status=self.status(),
            valid_from=self.date("valid_from"),
            valid_until=self.date("valid_until"),
            photo=self.photo(),
        )
        self.secret_hash = self.checkin_secret()
        self.check_validity(person)
        return None if self.errors else person

    def registration_id(self) -> int | None:
        raw = self.text("registration_id")
        if not raw:
            self.fail("registration_id", "This is empty; every participant needs a number.")
        elif not (raw.isascii() and raw.isdigit()):
            self.fail("registration_id", f'"{_shown(raw)}" is not a whole number. {_NUMBER_HINT}')
        elif not 0 < int(raw) <= MAX_REGISTRATION_ID:
            self.fail("registration_id", f"This must be between 1 and {MAX_REGISTRATION_ID}.")
        else:
            return int(raw)
        return None

    def country(self) -> str:
        code = self.text("country").upper()
        if code and code not in ISO_COUNTRIES:
            hint = _COUNTRY_HINTS.get(code)
            advice = f"use {hint}" if hint else "use a two-letter ISO code such as CH or KE"
            self.fail("country", f'"{_shown(code)}" is not a country code; {advice}.')
        return code

    def email(self) -> str:
        raw = self.text("email")
        if raw and (len(raw) > MAX_EMAIL_CHARS or ".." in raw or not _EMAIL.fullmatch(raw)):
            self.fail("email", f'"{_shown(raw)}" is not an e-mail address; {_EMAIL_HINT}.')
            return ""
        return raw

    def category(self, categories: frozenset[str]) -> str:
        code = self.text("category").upper()
        if code not in categories:
            known = ", ".join(sorted(categories))
            found = f'"{_shown(code)}" is not' if code else "This is empty; it must be"
            self.fail("category", f"{found} one of this event's badge categories: {known}.")
        return code

    def status(self) -> ParticipantStatus:
        raw = self.text("status").lower()
        if raw not in _STATUSES:
            self.fail("status", f'"{_shown(raw)}" is not a status. {_STATUS_HINT}')
        return _STATUSES.get(raw, ParticipantStatus.REGISTERED)

    def date(self, column: str) -> date | None:
        raw = self.text(column)
        if not raw:
            return None
        try:
            if _DATE.fullmatch(raw):
                return date.fromisoformat(raw)
        except ValueError:
            pass  # a well-formed but impossible date such as 2022-02-30
        self.fail(column, f'"{_shown(raw)}" is not a date; write YYYY-MM-DD, as in 2022-05-30.')
        return None

    def photo(self) -> str:
        name = self.text("photo")
        if name and (any(c in name for c in "/\\:") or name.startswith(".")):
            self.fail("photo", "This must be a file name in the photos folder, not a path.")
        elif name and not name.lower().endswith(PHOTO_SUFFIXES):
            self.fail("photo", "The photo must be a .jpg, .jpeg or .png file.")
        return name

    def checkin_secret(self) -> str:
        raw = self.text("checkin_secret")
        canonical = canonical_secret(raw) if raw else None
        if raw and canonical is None:
            self.fail("checkin_secret", _SECRET_HINT)  # never quoted back: it is a secret
        return secret_hash(canonical) if canonical else ""

    def check_validity(self, person: Participant) -> None:
        start, end = person.valid_from, person.valid_until
        if start is not None and end is not None and end < start:
            self.fail("valid_until", "This is before valid_from.")


def _shown(value: str) -> str:
    """A bad value quoted back to the user, cut short so a runaway cell stays readable."""
    return value if len(value) <= 30 else value[:27] + "..."
