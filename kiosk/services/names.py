"""Names no shipped font can draw: found at import, listed by `kiosk check-names`, and printed
in their Latin-script form instead of empty boxes (docs/badges.md, "Never silent")."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kiosk.core.badge_layout import BadgeContent
from kiosk.core.model import Participant
from kiosk.printing.coverage import Coverage, bundled_coverage, needs_glyph
from kiosk.store import Database, participants

# The fields a badge prints from the roster, in the order a person reads them.
NAME_FIELDS = ("badge_name", "native_name", "given_name", "family_name", "organisation")


@dataclass(frozen=True, slots=True)
class NameProblem:
    """One field of one participant with characters no shipped font draws."""

    registration_id: int
    field: str
    characters: tuple[str, ...]
    positions: tuple[int, ...]  # 1-based, where each character first appears in the field
    prints_instead: str  # what the badge shows in its place ("" when the line is left out)

    @property
    def code_points(self) -> str:
        return " ".join(f"U+{ord(ch):04X}" for ch in self.characters)


def name_problems(person: Participant, coverage: Coverage | None = None) -> list[NameProblem]:
    """Every field of ``person`` that would print boxes, and what prints instead."""
    coverage = coverage or bundled_coverage()
    found = []
    for field in NAME_FIELDS:
        text = str(getattr(person, field))
        missing = undrawable(text, coverage)
        if missing:
            positions = tuple(text.index(ch) + 1 for ch in missing)
            instead = _instead(person, field, coverage)
            found.append(NameProblem(person.registration_id, field, missing, positions, instead))
    return found


def check_names(db: Database) -> Iterator[NameProblem]:
    """The name problems of every participant on this kiosk."""
    coverage = bundled_coverage()
    for person in participants.iter_participants(db):
        yield from name_problems(person, coverage)


def printable_content(content: BadgeContent, person: Participant | None) -> BadgeContent:
    """``content`` with any name no font draws replaced by the Latin-script name (or left out);
    ``name_fallback`` records the characters for the print journal."""
    coverage = bundled_coverage()
    name_missing = undrawable(content.badge_name, coverage)
    native_missing = undrawable(content.native_name, coverage)
    if not name_missing and not native_missing:
        return content
    latin = person.latin_name if person is not None else ""
    badge_name = content.badge_name
    if name_missing:
        badge_name = latin if _printable(latin, coverage) else _drawable(badge_name, name_missing)
    native = "" if native_missing else content.native_name
    fallback = "".join(dict.fromkeys(name_missing + native_missing))
    return replace(content, badge_name=badge_name, native_name=native, name_fallback=fallback)


def undrawable(text: str, coverage: Coverage) -> tuple[str, ...]:
    """The characters of ``text`` that cannot print: those no shipped font draws, or, in a text
    of combining marks only, the marks (they have no letter to sit on)."""
    missing = coverage.uncovered(text)
    if missing:
        return missing
    visible = [ch for ch in text if needs_glyph(ch)]
    if visible and all(unicodedata.category(ch).startswith("M") for ch in visible):
        return tuple(dict.fromkeys(visible))
    return ()


def _printable(text: str, coverage: Coverage) -> bool:
    return bool(text.strip()) and not undrawable(text, coverage)


def _drawable(text: str, missing: tuple[str, ...]) -> str:
    """Without a Latin-script name: what is left once the undrawable characters go, if a letter
    remains; else nothing (the badge then shows a line to write the name on)."""
    left = " ".join("".join(ch for ch in text if ch not in missing).split())
    return left if any(ch.isalpha() for ch in left) else ""


def _instead(person: Participant, field: str, coverage: Coverage) -> str:
    if field != "badge_name":
        return ""
    latin = person.latin_name
    if _printable(latin, coverage):
        return latin
    return _drawable(person.badge_name, undrawable(person.badge_name, coverage))
