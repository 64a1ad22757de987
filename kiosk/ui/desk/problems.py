"""The one place where a refused desk action becomes words: each ``DeskProblem`` as a sentence
in the staff member's language (the service's English message is for logs, the CLI and tests).

Texts are marked with QT_TRANSLATE_NOOP so pyside6-lupdate finds them and translated when asked
for, so a language switch takes effect on the next refusal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.desk import MAX_NAME_CHARS, MAX_REASON_CHARS, DeskProblem

_CONTEXT = "desk-problems"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; it is translated when shown."""
    return text


_PROBLEMS = {
    DeskProblem.CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "desk-problems",
        "The text holds an invisible control character (a tab, a line break …). "
        "Retype it instead of pasting it.",
    ),
    DeskProblem.DIRECTION_OVERRIDE: QT_TRANSLATE_NOOP(
        "desk-problems",
        "The name holds an invisible character that reorders text. Retype the name instead of "
        "pasting it.",
    ),
    DeskProblem.EMPTY: QT_TRANSLATE_NOOP("desk-problems", "A name is empty. Type the name."),
    DeskProblem.TOO_LONG: QT_TRANSLATE_NOOP(
        "desk-problems",
        "The text is too long: a name has at most {name_limit} characters, a reason or an "
        "organisation at most {reason_limit}.",
    ),
    DeskProblem.REASON_MISSING: QT_TRANSLATE_NOOP(
        "desk-problems", "Choose or type a reason: it goes into the audit log."
    ),
    DeskProblem.BAD_COUNTRY: QT_TRANSLATE_NOOP(
        "desk-problems", "The country is a two-letter code (CH, SN, CN …) or empty."
    ),
    DeskProblem.ID_NOT_CHECKED: QT_TRANSLATE_NOOP(
        "desk-problems", "Check the person's ID document first, then tick the box."
    ),
    DeskProblem.NOT_ON_ROSTER: QT_TRANSLATE_NOOP(
        "desk-problems", "This registration is not on this machine. Sync, then try again."
    ),
    DeskProblem.NOT_REGISTERED: QT_TRANSLATE_NOOP(
        "desk-problems",
        "This registration is revoked or cancelled: no check-in and no badge. Ask a supervisor.",
    ),
    DeskProblem.NO_VALID_BADGE: QT_TRANSLATE_NOOP(
        "desk-problems", "This person has no valid badge to void."
    ),
    DeskProblem.PRINT_REFUSED: QT_TRANSLATE_NOOP(
        "desk-problems",
        "The badge cannot be printed now: the registration is revoked or cancelled, or a print "
        "job for this person is still open (answer it on the Exceptions page).",
    ),
    DeskProblem.NO_PRINTER: QT_TRANSLATE_NOOP(
        "desk-problems", "This desk has no printer. Print at a desk with a printer."
    ),
    DeskProblem.NO_EVENT: QT_TRANSLATE_NOOP(
        "desk-problems", "This machine has no event yet. Sync or import the roster first."
    ),
    DeskProblem.NO_CATEGORY: QT_TRANSLATE_NOOP(
        "desk-problems", "The event has no badge category with this code."
    ),
    DeskProblem.NO_FREE_NUMBER: QT_TRANSLATE_NOOP(
        "desk-problems", "No free registration number was found. Try again."
    ),
    DeskProblem.SUPERVISOR_ONLY: QT_TRANSLATE_NOOP(
        "desk-problems",
        "Only a supervisor may do this. Ask a supervisor; this attempt was recorded.",
    ),
}

_PHOTO_UNUSABLE = QT_TRANSLATE_NOOP(
    "desk-problems",
    "This file cannot be used as a badge photo: choose a JPEG or PNG picture of the person.",
)


def problem_text(problem: DeskProblem) -> str:
    """Why the desk refused, in the current language."""
    text = QCoreApplication.translate(_CONTEXT, _PROBLEMS[problem])
    if problem is DeskProblem.TOO_LONG:
        return text.format(name_limit=MAX_NAME_CHARS, reason_limit=MAX_REASON_CHARS)
    return text


def photo_problem_text() -> str:
    """A chosen file that is no usable photo (unreadable, not an image, too large)."""
    return QCoreApplication.translate(_CONTEXT, _PHOTO_UNUSABLE)
