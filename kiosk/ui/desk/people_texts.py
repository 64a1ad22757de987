"""The People page's words for what the desk's read side answers: why a scanned code opens
nobody, what staff should know about the code that opened someone, and the journal's states."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kiosk.core.desk import IdDocument
from kiosk.core.model import ParticipantStatus, ScanSource
from kiosk.services.desk_views import CodeNotice, CodeProblem
from kiosk.store.journal import JobState
from kiosk.ui.i18n import RIGHT_TO_LEFT, current_language
from kiosk.ui.messages import QT_TRANSLATE_NOOP

_CONTEXT = "people_texts"
_LOCALES = {"en": "en_GB", "zh": "zh_CN"}  # as ui/i18n.py: British dates, simplified Chinese
_DATE_FORMATS = {"zh": "yyyy年M月d日"}  # elsewhere "30 May 2022" in the language's words
_FIRST_PRINT = QT_TRANSLATE_NOOP("people_texts", "first badge")

_PROBLEMS = {
    CodeProblem.EMPTY: QT_TRANSLATE_NOOP(
        "people_texts", "The scan was empty. Scan the code again."
    ),
    CodeProblem.JUNK: QT_TRANSLATE_NOOP(
        "people_texts", "That is not a registration code or a badge. Scan the QR code again."
    ),
    CodeProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "people_texts",
        "This code is in a format this desk cannot read. Search for the person by name.",
    ),
    CodeProblem.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "people_texts",
        "This code's signature is not valid: it may be forged. Check the person's ID.",
    ),
    CodeProblem.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "people_texts",
        "This code is signed with a key this desk does not know. Sync, then scan again.",
    ),
    CodeProblem.KEY_REVOKED: QT_TRANSLATE_NOOP(
        "people_texts", "This code is signed with a withdrawn key. Search for the person by name."
    ),
    CodeProblem.OTHER_EVENT: QT_TRANSLATE_NOOP("people_texts", "This code is for another event."),
    CodeProblem.NOT_ON_ROSTER: QT_TRANSLATE_NOOP(
        "people_texts", "This code is genuine, but the person is not on this desk's list yet. Sync."
    ),
    CodeProblem.UNKNOWN: QT_TRANSLATE_NOOP(
        "people_texts", "Nobody on this desk's list has this code. Search for the person by name."
    ),
    CodeProblem.BLOCKED: QT_TRANSLATE_NOOP(
        "people_texts",
        "This ticket is blocked by the organiser. Search for the person by name.",
    ),
    CodeProblem.REVOKED_TICKET: QT_TRANSLATE_NOOP(
        "people_texts",
        "This ticket was replaced or cancelled. Search for the person by name.",
    ),
    CodeProblem.NOT_VALID_NOW: QT_TRANSLATE_NOOP(
        "people_texts", "This ticket is genuine, but it is not valid at this time."
    ),
}
_NOTICES = {
    CodeNotice.NONE: "",
    CodeNotice.VALID_BADGE: QT_TRANSLATE_NOOP("people_texts", "Scanned: their valid badge."),
    CodeNotice.OLD_BADGE: QT_TRANSLATE_NOOP(
        "people_texts", "Scanned: badge version {version}, which is no longer valid."
    ),
    CodeNotice.UNSIGNED_BADGE: QT_TRANSLATE_NOOP(
        "people_texts", "Scanned: an unsigned badge code. Check the person's ID."
    ),
    CodeNotice.OLD_CODE: QT_TRANSLATE_NOOP(
        "people_texts", "Scanned: an older registration code, replaced by a newer one."
    ),
    CodeNotice.REVOKED: QT_TRANSLATE_NOOP("people_texts", "Scanned: this registration is revoked."),
    CodeNotice.NOT_VALID_TODAY: QT_TRANSLATE_NOOP(
        "people_texts", "Scanned: this registration is not valid today."
    ),
    CodeNotice.BLOCKED: QT_TRANSLATE_NOOP(
        "people_texts", "Scanned: this ticket is blocked by the organiser."
    ),
}
# Notices that want staff's attention (red); the others are information.
WARNING_NOTICES = frozenset(
    {
        CodeNotice.OLD_BADGE,
        CodeNotice.UNSIGNED_BADGE,
        CodeNotice.OLD_CODE,
        CodeNotice.REVOKED,
        CodeNotice.BLOCKED,
    }
)
_SOURCES = {
    ScanSource.TYPED: QT_TRANSLATE_NOOP("people_texts", "typed code"),
    ScanSource.SCANNER: QT_TRANSLATE_NOOP("people_texts", "scanner"),
    ScanSource.SERIAL: QT_TRANSLATE_NOOP("people_texts", "scanner"),
    ScanSource.CAMERA: QT_TRANSLATE_NOOP("people_texts", "camera"),
    ScanSource.CLI: QT_TRANSLATE_NOOP("people_texts", "command line"),
    ScanSource.DESK: QT_TRANSLATE_NOOP("people_texts", "by hand at the desk"),
}
_STATUSES = {
    ParticipantStatus.REGISTERED: QT_TRANSLATE_NOOP("people_texts", "Registered"),
    ParticipantStatus.CANCELLED: QT_TRANSLATE_NOOP("people_texts", "Registration cancelled"),
    ParticipantStatus.REVOKED: QT_TRANSLATE_NOOP("people_texts", "Registration revoked"),
}
_JOB_STATES = {
    JobState.QUEUED: QT_TRANSLATE_NOOP("people_texts", "waiting to print"),
    JobState.SENT: QT_TRANSLATE_NOOP("people_texts", "being printed"),
    JobState.FAILED: QT_TRANSLATE_NOOP("people_texts", "failed"),
    JobState.UNCONFIRMED: QT_TRANSLATE_NOOP("people_texts", "cut off: did it come out?"),
    JobState.DONE: QT_TRANSLATE_NOOP("people_texts", "printed"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("people_texts", "cancelled"),
}
_DOCUMENTS = {
    IdDocument.PASSPORT: QT_TRANSLATE_NOOP("people_texts", "passport"),
    IdDocument.NATIONAL_ID: QT_TRANSLATE_NOOP("people_texts", "national ID card"),
    IdDocument.UN_LAISSEZ_PASSER: QT_TRANSLATE_NOOP("people_texts", "UN laissez-passer"),
    IdDocument.OTHER: QT_TRANSLATE_NOOP("people_texts", "other ID document"),
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
    """A moment on the venue's clock ("30 May 2022 08:45"), written in the UI language."""
    language = current_language()
    locale = QLocale(_LOCALES.get(language, language))
    local = at.astimezone(zone)
    day = locale.toString(
        QDate(local.year, local.month, local.day), _DATE_FORMATS.get(language, "d MMM yyyy")
    )
    return f"{day} {locale.toString(QTime(local.hour, local.minute), 'HH:mm')}"


def line_start() -> str:
    """A mark that makes a line of isolated parts read in the UI language's direction."""
    return "\u200f" if current_language() in RIGHT_TO_LEFT else "\u200e"


def reason_text(reason: str) -> str:
    """Why a badge was printed: the first print in words, a staff member's reason as typed."""
    return _tr(_FIRST_PRINT) if reason == "first" else reason
