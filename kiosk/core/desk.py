"""The staff desk's actions and their rules: who may do what, and what input each accepts.

Pure: no clock, no I/O. services/desk.py applies them (docs/desk.md).
"""

from __future__ import annotations

import enum
import unicodedata

from kiosk.core.staff import Role

MAX_NAME_CHARS = 100  # a badge name (the registry takes 200; no badge shows more than this)
MAX_REASON_CHARS = 200
WALK_IN_FIRST_ID = 3_000_000_000  # desk walk-ins are numbered above any imported registration
WALK_IN_LAST_ID = 2**32 - 1
# Bidi embeddings, overrides and isolates: they reorder the text around them on a badge or a
# screen, so a name may not carry them; the plain marks (LRM, RLM, ALM) and joiners are kept.
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class DeskProblem(enum.Enum):
    """Why a desk action was refused: the desk window turns it into words (the message is for
    logs, the CLI and tests, in English)."""

    CONTROL_CHARACTER = "control-character"
    DIRECTION_OVERRIDE = "direction-override"
    EMPTY = "empty"
    TOO_LONG = "too-long"
    REASON_MISSING = "reason-missing"
    BAD_COUNTRY = "bad-country"
    ID_NOT_CHECKED = "id-not-checked"
    NOT_ON_ROSTER = "not-on-roster"
    NOT_REGISTERED = "not-registered"  # revoked or cancelled
    NO_VALID_BADGE = "no-valid-badge"
    PRINT_REFUSED = "print-refused"  # the print journal's answer (an open job, a revoked person)
    NO_PRINTER = "no-printer"
    NO_EVENT = "no-event"
    NO_CATEGORY = "no-category"
    NO_FREE_NUMBER = "no-free-number"
    SUPERVISOR_ONLY = "supervisor-only"


class DeskInputError(ValueError):
    """Input a desk action refuses; the message says what to change. Nothing was written."""

    def __init__(self, problem: DeskProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class DeskAction(enum.Enum):
    """What staff do at the desk; the audit log's action."""

    CHECK_IN = "desk-check-in"
    PRINT = "desk-print"
    VOID = "desk-void"
    CORRECT_NAME = "desk-correct-name"
    VIP_PICKUP = "desk-vip-pickup"
    WALK_IN = "desk-walk-in"


class IdDocument(enum.Enum):
    """The ID document shown by whoever collects a VIP's badge."""

    PASSPORT = "passport"
    NATIONAL_ID = "national-id"
    UN_LAISSEZ_PASSER = "un-laissez-passer"
    OTHER = "other"


SUPERVISOR_ONLY = frozenset({DeskAction.VOID, DeskAction.WALK_IN})


def may(role: Role, action: DeskAction) -> bool:
    """Whether someone of ``role`` may do ``action`` at the desk."""
    return role is Role.SUPERVISOR or action not in SUPERVISOR_ONLY


def clean_name(text: str, what: str = "badge name") -> str:
    """A name as stored: spaces folded, NFC; refused when empty, too long or with control
    characters (format marks such as ZWJ and bidi marks are letters' business and kept)."""
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text):
        raise DeskInputError(
            DeskProblem.CONTROL_CHARACTER,
            f"the {what} holds a control character (tab, line break ...)",
        )
    if _DIRECTION_CONTROLS.intersection(text):
        raise DeskInputError(
            DeskProblem.DIRECTION_OVERRIDE,
            f"the {what} holds a direction override (U+202A-202E, U+2066-2069)",
        )
    name = unicodedata.normalize("NFC", " ".join(text.split()))
    if not name:
        raise DeskInputError(DeskProblem.EMPTY, f"the {what} is empty")
    if len(name) > MAX_NAME_CHARS:
        raise DeskInputError(
            DeskProblem.TOO_LONG, f"the {what} has {len(name)} characters; at most {MAX_NAME_CHARS}"
        )
    return name


def clean_reason(text: str) -> str:
    """A reason as audited: one line, 1 to MAX_REASON_CHARS characters, no control characters."""
    if any(unicodedata.category(ch) in ("Cc", "Cs") and not ch.isspace() for ch in text):
        raise DeskInputError(DeskProblem.CONTROL_CHARACTER, "the reason holds a control character")
    reason = " ".join(text.split())
    if not reason:
        raise DeskInputError(
            DeskProblem.REASON_MISSING, "this action needs a reason (lost, damaged, misspelt ...)"
        )
    if len(reason) > MAX_REASON_CHARS:
        raise DeskInputError(
            DeskProblem.TOO_LONG,
            f"the reason has {len(reason)} characters; at most {MAX_REASON_CHARS}",
        )
    return reason


def clean_detail(text: str, what: str, limit: int = MAX_REASON_CHARS) -> str:
    """An optional line (organisation ...): may be empty; refused when too long or with control
    characters, never cut."""
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text):
        raise DeskInputError(
            DeskProblem.CONTROL_CHARACTER,
            f"the {what} holds a control character (tab, line break ...)",
        )
    value = unicodedata.normalize("NFC", " ".join(text.split()))
    if len(value) > limit:
        raise DeskInputError(
            DeskProblem.TOO_LONG, f"the {what} has {len(value)} characters; at most {limit}"
        )
    return value


def clean_country(text: str) -> str:
    """An ISO 3166 alpha-2 country code (any case) or nothing."""
    code = text.strip().upper()
    if code and not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise DeskInputError(
            DeskProblem.BAD_COUNTRY,
            "the country is a two-letter ISO code (CH, SN, CN ...) or empty",
        )
    return code
