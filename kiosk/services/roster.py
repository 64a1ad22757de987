"""Importing a registration roster (a CSV file) into this kiosk's participant list."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.core.foreign_codes import SecretSource
from kiosk.core.model import Participant
from kiosk.core.roster import RowError, parse_roster
from kiosk.printing.coverage import bundled_coverage
from kiosk.services.names import NameProblem, name_problems
from kiosk.store import Database, events, participants

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 256 * 1024 * 1024  # far above 100,000 participants; refuses a wrong file early
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class RosterReport:
    """What an import did: participants written, rows refused, and why."""

    imported: int
    skipped: int
    errors: tuple[RowError, ...]
    # Imported all the same: names with characters no shipped font draws (docs/badges.md).
    warnings: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


def import_roster(db: Database, path: Path, event_id: int) -> RosterReport:
    """Read a roster CSV file and save its good rows; bad rows are reported, never half-saved."""
    text = _read_text(path)
    if isinstance(text, RowError):
        return _refused(text)
    codes = [category.code for category in events.load_categories(db, event_id)]
    if not codes:
        return _refused(RowError(0, "", f"Event {event_id} has no badge categories on this kiosk."))
    parsed = parse_roster(text, event_id, codes)
    people = [_keep_kiosk_facts(db, person) for person in parsed.participants]
    with db.atomic():  # a person and their check-in secret arrive together or not at all
        imported = participants.save_participants(db, people)
        participants.replace_secrets(db, parsed.secrets, SecretSource.ROSTER)
    warnings = font_warnings(parsed.participants, parsed.lines)
    # Counts and line numbers only: never names.
    log.info(
        "roster %s for event %d: %d imported, %d rows refused, problems on lines %s, "
        "%d names without a font",
        path.name,
        event_id,
        imported,
        parsed.skipped,
        sorted({error.line for error in parsed.errors})[:20],
        len(warnings),
    )
    return RosterReport(imported, parsed.skipped, parsed.errors, warnings)


def font_warnings(people: Sequence[Participant], lines: Sequence[int]) -> tuple[RowError, ...]:
    """A warning for each imported field with characters no shipped font draws."""
    coverage = bundled_coverage()
    warnings = []
    for person, line in zip(people, lines, strict=True):
        for problem in name_problems(person, coverage):
            warnings.append(RowError(line, problem.field, _font_message(problem)))
    return tuple(warnings)


def _font_message(problem: NameProblem) -> str:
    where = ", ".join(
        f"{ch!r} ({f'U+{ord(ch):04X}'}) at character {position}"
        for ch, position in zip(problem.characters, problem.positions, strict=True)
    )
    if problem.prints_instead:
        instead = f'the badge prints "{problem.prints_instead}" instead'
    elif problem.field == "badge_name":
        instead = "the badge leaves a line to write the name on"
    else:
        instead = "the badge leaves this line out"
    what = "no shipped font draws" if _has_letters(problem) else "only combining marks, no letter:"
    return f"{what} {where}: {instead}. Imported all the same."


def _has_letters(problem: NameProblem) -> bool:
    return not all(unicodedata.category(ch).startswith("M") for ch in problem.characters)


def _read_text(path: Path) -> str | RowError:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return RowError(0, "", f"The file is larger than {MAX_FILE_BYTES // 2**20} MB.")
        data = path.read_bytes()
    except OSError as exc:
        return RowError(0, "", f"The file cannot be read: {exc.strerror or exc}.")
    return _decode(data)


def _decode(data: bytes) -> str | RowError:
    """UTF-8 with or without BOM; anything else is refused whole, since guessing garbles names."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return RowError(0, "", 'The file is saved as UTF-16. Save it as "CSV UTF-8" and retry.')
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = len(_LINE_BREAK.split(data[: exc.start]))
        return RowError(
            line,
            "",
            f"This line is not UTF-8 text (byte 0x{data[exc.start]:02X}), so nothing "
            'was imported. Save the file as "CSV UTF-8" and import it again.',
        )


def _keep_kiosk_facts(db: Database, person: Participant) -> Participant:
    """A roster knows registrations; check-ins, printed badges and desk photos stay as they are."""
    known = participants.get_participant(db, person.registration_id)
    if known is None:
        return person
    return replace(
        person,
        reissue=known.reissue,
        badge_version=known.badge_version,
        checked_in_at=known.checked_in_at,
        collected_at=known.collected_at,
        photo=person.photo or known.photo,
    )


def _refused(error: RowError) -> RosterReport:
    log.warning("roster refused: line %d: %s", error.line, error.message)
    return RosterReport(0, 0, (error,))
