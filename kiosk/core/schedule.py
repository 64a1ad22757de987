"""A programme read from a schedule file (pretalx/frab JSON, iCalendar), before it is stored.

Pure: the readers in kiosk/sync turn a file into these values; services store them.
"""

from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from kiosk.core.model import Room, Session, Track

ID_BITS = 48  # ids stay far below 2**53, which every JSON reader keeps exact
MAX_TITLE = 4096  # the change feed's longest text; a longer "title" is not a title


class ProblemKind(enum.Enum):
    SKIPPED = "skipped"  # the entry was not imported
    NO_ROOM = "no-room"  # imported with "room to be announced"
    NOTE = "note"  # imported; something about it is worth knowing


@dataclass(frozen=True, slots=True)
class ScheduleProblem:
    """What was wrong with one entry, and where in the file it is ("days[0].rooms[Room A][2]")."""

    position: str
    kind: ProblemKind
    message: str


@dataclass(frozen=True, slots=True)
class Schedule:
    """Everything a schedule file holds for one event, and what was wrong with its entries."""

    sessions: tuple[Session, ...]
    rooms: tuple[Room, ...]
    tracks: tuple[Track, ...]
    problems: tuple[ScheduleProblem, ...]
    entries: int  # entries seen in the file, imported or not
    format: str  # "pretalx/frab JSON" or "iCalendar"


def session_id(source: str, key: str) -> int:
    """A stable id for an imported entry, so importing the same file twice gives the same ids."""
    digest = hashlib.sha256(f"{source}\n{key}".encode()).digest()
    return int.from_bytes(digest[: ID_BITS // 8], "big")


def track_code(label: str) -> str:
    """The code an imported track's sessions refer to: its name, folded to a slug."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if slug:
        return slug[:80]
    return "track-" + hashlib.sha256(label.encode()).hexdigest()[:12]


LANGUAGE_NAMES = {
    "english": "en",
    "french": "fr",
    "français": "fr",
    "spanish": "es",
    "español": "es",
    "russian": "ru",
    "русский": "ru",
    "chinese": "zh",
    "中文": "zh",
    "arabic": "ar",
    "العربية": "ar",
    "german": "de",
    "deutsch": "de",
}


def language_codes(text: str) -> tuple[str, ...]:
    """Language codes from "en", "en, fr", "English" or "zh-Hans"; unknown words are dropped."""
    codes: list[str] = []
    for word in re.split(r"[,;/ ]+", text.strip().lower()):
        code = LANGUAGE_NAMES.get(word) or _code(word)
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _code(word: str) -> str:
    base = word.split("-")[0].split("_")[0]
    return base if re.fullmatch(r"[a-z]{2,3}", base) else ""
