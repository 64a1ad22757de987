"""The People page's words for what the desk's read side answers: why a scanned code opens
nobody, what staff should know about the code that opened someone, and the journal's states."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from kiosk.core.desk import IdDocument
from kiosk.core.model import ParticipantStatus, ScanSource
from kiosk.services.desk_views import CodeNotice, CodeProblem
from kiosk.store.journal import JobState
from kiosk.ui.messages import QT_TRANSLATE_NOOP

_CONTEXT = "people"

_PROBLEMS = {
    CodeProblem.EMPTY: QT_TRANSLATE_NOOP("people", "The scan was empty. Scan the code again."),
    CodeProblem.JUNK: QT_TRANSLATE_NOOP(
        "people", "That is not a registration code or a badge. Scan the QR code again."
    ),
    CodeProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "people", "This code is in a format this desk cannot read. Search for the person by name."
    ),
    CodeProblem.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "people", "This code's signature is not valid: it may be forged. Check the person's ID."
    ),
    CodeProblem.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "people", "This code is signed with a key this desk does not know. Sync, then scan again."
    ),
    CodeProblem.KEY_REVOKED: QT_TRANSLATE_NOOP(
        "people", "This code is signed with a withdrawn key. Search for the person by name."
    ),
    CodeProblem.OTHER_EVENT: QT_TRANSLATE_NOOP("people", "This code is for another event."),
    CodeProblem.NOT_ON_ROSTER: QT_TRANSLATE_NOOP(
        "people", "This code is genuine, but the person is not on this desk's list yet. Sync."
    ),
    CodeProblem.UNKNOWN: QT_TRANSLATE_NOOP(
        "people", "Nobody on this desk's list has this code. Search for the person by name."
    ),
}
_NOTICES = {
    CodeNotice.NONE: "",
    CodeNotice.VALID_BADGE: QT_TRANSLATE_NOOP("people", "Scanned: their valid badge."),
    CodeNotice.OLD_BADGE: QT_TRANSLATE_NOOP(
        "people", "Scanned: badge version {version}, which is no longer valid."
    ),
    CodeNotice.UNSIGNED_BADGE: QT_TRANSLATE_NOOP(
        "people", "Scanned: an unsigned badge code. Check the person's ID."
    ),
    CodeNotice.OLD_CODE: QT_TRANSLATE_NOOP(
        "people", "Scanned: an older registration code, replaced by a newer one."
    ),
    CodeNotice.REVOKED: QT_TRANSLATE_NOOP("people", "Scanned: this registration is revoked."),
    CodeNotice.NOT_VALID_TODAY: QT_TRANSLATE_NOOP(
        "people", "Scanned: this registration is not valid today."
    ),
}
# Notices that want staff's attention (red); the others are information.
WARNING_NOTICES = frozenset(
    {CodeNotice.OLD_BADGE, CodeNotice.UNSIGNED_BADGE, CodeNotice.OLD_CODE, CodeNotice.REVOKED}
)
_SOURCES = {
    ScanSource.TYPED: QT_TRANSLATE_NOOP("people", "typed code"),
    ScanSource.SCANNER: QT_TRANSLATE_NOOP("people", "scanner"),
    ScanSource.SERIAL: QT_TRANSLATE_NOOP("people", "scanner"),
    ScanSource.CAMERA: QT_TRANSLATE_NOOP("people", "camera"),
    ScanSource.CLI: QT_TRANSLATE_NOOP("people", "command line"),
    ScanSource.DESK: QT_TRANSLATE_NOOP("people", "by hand at the desk"),
}
_STATUSES = {
    ParticipantStatus.REGISTERED: QT_TRANSLATE_NOOP("people", "Registered"),
    ParticipantStatus.CANCELLED: QT_TRANSLATE_NOOP("people", "Registration cancelled"),
    ParticipantStatus.REVOKED: QT_TRANSLATE_NOOP("people", "Registration revoked"),
}
_JOB_STATES = {
    JobState.QUEUED: QT_TRANSLATE_NOOP("people", "waiting to print"),
    JobState.SENT: QT_TRANSLATE_NOOP("people", "being printed"),
    JobState.FAILED: QT_TRANSLATE_NOOP("people", "failed"),
    JobState.UNCONFIRMED: QT_TRANSLATE_NOOP("people", "cut off: did it come out?"),
    JobState.DONE: QT_TRANSLATE_NOOP("people", "printed"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("people", "cancelled"),
}
_DOCUMENTS = {
    IdDocument.PASSPORT: QT_TRANSLATE_NOOP("people", "passport"),
    IdDocument.NATIONAL_ID: QT_TRANSLATE_NOOP("people", "national ID card"),
    IdDocument.UN_LAISSEZ_PASSER: QT_TRANSLATE_NOOP("people", "UN laissez-passer"),
    IdDocument.OTHER: QT_TRANSLATE_NOOP("people", "other ID document"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text) if text else ""


def problem_text(problem: CodeProblem) -> str:
    return _tr(_PROBLEMS[problem])


def notice_text(notice: CodeNotice, badge_version: int) -> str:
    return _tr(_NOTICES[notice]).format(version=badge_version)


def source_text(source: str) -> str:
    """How a check-in was made; a source this desk does not know is shown as given."""
    try:
        return _tr(_SOURCES[ScanSource(source)])
    except ValueError:
        return source


def status_text(status: ParticipantStatus) -> str:
    return _tr(_STATUSES[status])


def job_state_text(state: JobState) -> str:
    return _tr(_JOB_STATES[state])


def document_text(document: str) -> str:
    try:
        return _tr(_DOCUMENTS[IdDocument(document)])
    except ValueError:
        return document


def when_text(at: datetime, zone: ZoneInfo) -> str:
    """A moment on the venue's clock, written the way the UI language writes dates."""
    local = at.astimezone(zone)
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
