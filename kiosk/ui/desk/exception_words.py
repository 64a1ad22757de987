"""Words of the desk's Exceptions and Operations pages: the kinds of exception, what each one
is about, and why an answer was not recorded. Marked with QT_TRANSLATE_NOOP so pyside6-lupdate
finds them, translated when shown."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kiosk.core.checkin import Outcome
from kiosk.services.exceptions import AnswerProblem, ExceptionItem, ExceptionKind
from kiosk.store.desk import NAME_EDIT_CONFLICT
from kiosk.store.journal import JobState
from kiosk.sync.client import SyncProblem
from kiosk.ui.desk.pretix_words import pretix_error
from kiosk.ui.i18n import isolated
from kiosk.ui.messages import outcome_text

_CONTEXT = "DeskExceptions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def tr(text: str) -> str:
    """``text`` (marked in this module) in the current language."""
    return QCoreApplication.translate(_CONTEXT, text)


KIND_WORDS = {
    ExceptionKind.UNCONFIRMED: QT_TRANSLATE_NOOP("DeskExceptions", "Print interrupted"),
    ExceptionKind.FAILED: QT_TRANSLATE_NOOP("DeskExceptions", "Print failed"),
    ExceptionKind.WAITING: QT_TRANSLATE_NOOP("DeskExceptions", "Badge waiting for the desk"),
    ExceptionKind.CONFLICT: QT_TRANSLATE_NOOP("DeskExceptions", "Sync conflict"),
    ExceptionKind.REJECTED: QT_TRANSLATE_NOOP("DeskExceptions", "Rejected by the registry"),
    ExceptionKind.REFUSED_SCAN: QT_TRANSLATE_NOOP("DeskExceptions", "Refused scan"),
}

_CONFLICTS = {
    NAME_EDIT_CONFLICT: QT_TRANSLATE_NOOP(
        "DeskExceptions",
        "The badge name was changed at two desks; the later change stands. Check the name.",
    ),
    "double-check-in": QT_TRANSLATE_NOOP(
        "DeskExceptions", "Checked in at two kiosks: check that one person holds one badge."
    ),
    "badge-version": QT_TRANSLATE_NOOP(
        "DeskExceptions", "Two badges carry the same version: check which one the person holds."
    ),
}
_OTHER_CONFLICT = QT_TRANSLATE_NOOP(
    "DeskExceptions", "The registry flagged this registration for a check."
)

_OUTBOX = {
    "checkin": QT_TRANSLATE_NOOP("DeskExceptions", "a check-in"),
    "badge_print": QT_TRANSLATE_NOOP("DeskExceptions", "a printed badge"),
    "badge_void": QT_TRANSLATE_NOOP("DeskExceptions", "a voided badge"),
    "participant": QT_TRANSLATE_NOOP("DeskExceptions", "a walk-in registration"),
    "name_correction": QT_TRANSLATE_NOOP("DeskExceptions", "a badge name correction"),
}
_OTHER_OUTBOX = QT_TRANSLATE_NOOP("DeskExceptions", "a record")

JOB_STATES = {
    JobState.QUEUED: QT_TRANSLATE_NOOP("DeskExceptions", "waiting"),
    JobState.SENT: QT_TRANSLATE_NOOP("DeskExceptions", "printing"),
    JobState.FAILED: QT_TRANSLATE_NOOP("DeskExceptions", "failed"),
    JobState.UNCONFIRMED: QT_TRANSLATE_NOOP("DeskExceptions", "interrupted"),
    JobState.DONE: QT_TRANSLATE_NOOP("DeskExceptions", "printed"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("DeskExceptions", "cancelled"),
}

PROBLEMS = {
    AnswerProblem.GONE: QT_TRANSLATE_NOOP(
        "DeskExceptions",
        "This was already dealt with, here or at another desk. The list is up to date again.",
    ),
    AnswerProblem.NOTE: QT_TRANSLATE_NOOP(
        "DeskExceptions",
        "Write a short note saying why (one line, at most 200 characters); nothing was cancelled.",
    ),
    AnswerProblem.NOT_CONFIGURED: QT_TRANSLATE_NOOP(
        "DeskExceptions", "That printer is no longer configured here; choose another one."
    ),
}

SYNC_PROBLEMS = {
    SyncProblem.NETWORK: QT_TRANSLATE_NOOP(
        "DeskExceptions", "The registry cannot be reached; the desk keeps trying."
    ),
    SyncProblem.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "DeskExceptions", "The registry is not answering properly; the desk keeps trying."
    ),
    SyncProblem.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "DeskExceptions", "The registry sent an answer the desk cannot read. Tell IT."
    ),
    SyncProblem.REFUSED: QT_TRANSLATE_NOOP(
        "DeskExceptions", "The registry refused a request. Tell IT."
    ),
    SyncProblem.FEED_RESET: QT_TRANSLATE_NOOP(
        "DeskExceptions", "The registry was reset; the desk is reading all its data again."
    ),
    SyncProblem.UNAUTHENTICATED: QT_TRANSLATE_NOOP(
        "DeskExceptions", "The registry does not recognise this machine: IT must enroll it again."
    ),
    SyncProblem.DEVICE_REVOKED: QT_TRANSLATE_NOOP(
        "DeskExceptions", "This machine was withdrawn at the registry. Tell IT."
    ),
    SyncProblem.ENROLLMENT_CODE_INVALID: QT_TRANSLATE_NOOP(
        "DeskExceptions", "The enrolment code is not valid: IT must enroll this machine again."
    ),
}


_CUT_OFF = QT_TRANSLATE_NOOP(
    "DeskExceptions", "Printing on %1 was cut off by a stop. Did the badge come out?"
)
_FAILED = QT_TRANSLATE_NOOP("DeskExceptions", "Could not print on %1: %2")
_WAITING = QT_TRANSLATE_NOOP(
    "DeskExceptions", "Checked in; the badge is waiting to be printed here."
)
_REFUSED = QT_TRANSLATE_NOOP("DeskExceptions", "The registry refused %1: %2")
_TIMES = QT_TRANSLATE_NOOP("DeskExceptions", "(scanned %1 times)")


def kind_words(kind: ExceptionKind) -> str:
    return tr(KIND_WORDS[kind])


def job_state_words(state: JobState) -> str:
    return tr(JOB_STATES[state])


def problem_words(problem: AnswerProblem) -> str:
    return tr(PROBLEMS[problem])


def sync_problem_words(problem: SyncProblem) -> str:
    return tr(SYNC_PROBLEMS[problem])


def item_words(item: ExceptionItem) -> str:
    """What the row is about, in a sentence staff can act on."""
    kind = item.kind
    subject, error = isolated(item.subject), isolated(item.error)
    if kind is ExceptionKind.UNCONFIRMED:
        return tr(_CUT_OFF).replace("%1", subject)
    if kind is ExceptionKind.FAILED:
        return tr(_FAILED).replace("%1", subject).replace("%2", error)
    if kind is ExceptionKind.WAITING:
        return tr(_WAITING)
    if kind is ExceptionKind.CONFLICT:
        return tr(_CONFLICTS.get(item.subject, _OTHER_CONFLICT))
    if kind is ExceptionKind.REJECTED:
        what = tr(_OUTBOX.get(item.subject, _OTHER_OUTBOX))
        error = isolated(pretix_error(item.error))
        return tr(_REFUSED).replace("%1", what).replace("%2", error)
    return _scan_words(item)


def _scan_words(item: ExceptionItem) -> str:
    try:
        text = outcome_text(Outcome(item.subject)).title
    except ValueError:  # an outcome a newer kiosk wrote
        text = item.subject
    if item.count > 1:
        text += " " + tr(_TIMES).replace("%1", str(item.count))
    return text


def local_time(at: datetime, zone: ZoneInfo, now: datetime | None = None) -> str:
    """A time in the event's zone: "14:05", with the day when it is not today."""
    local = at.astimezone(zone)
    today = (now or datetime.now(zone)).astimezone(zone).date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return local.strftime("%d/%m %H:%M")
