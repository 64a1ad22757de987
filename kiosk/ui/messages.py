"""The one place where outcomes become words: every Outcome's title, explanation and where to go.

Texts are marked with QT_TRANSLATE_NOOP so pyside6-lupdate finds them, and translated when asked
for, so a language switch takes effect on the next call.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kiosk.core.checkin import Outcome
from kiosk.core.photos import PhotoStep
from kiosk.printing.base import PrinterState
from kiosk.services.check_in import ScanResult

_CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; it is translated when shown."""
    return text


class Tone(enum.Enum):
    """How a screen feels: the colour of its band."""

    SUCCESS = "success"  # welcome, badge printing
    INFO = "info"  # nothing wrong, but the badge is elsewhere (VIP pick-up)
    NOTICE = "notice"  # not the person's fault; try again or see the desk
    REFUSAL = "refusal"  # this code does not admit anyone


@dataclass(frozen=True, slots=True)
class ScreenText:
    title: str
    body: str
    where: str  # what to do next, where to go
    tone: Tone
    to_desk: bool = False  # ``where`` sends the person to the desk: its location goes under it


# The six prompts of the attract screen, each in its own language whatever the UI language is.
SCAN_PROMPTS = {
    "en": "Scan your code",
    "fr": "Scannez votre code",
    "es": "Escanee su código",
    "ru": "Отсканируйте ваш код",
    "zh": "请扫描您的二维码",
    "ar": "يُرجى مسح رمزكم",
}

# Each language by its own name, for the language buttons.
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "zh": "中文",
    "ar": "العربية",
}

_WELCOME = QT_TRANSLATE_NOOP("messages", "Welcome")
# Sentences that send the person to the desk name no place: the desk's location is data (the
# kiosk's settings, in every language) and the screen shows it on the line below.
_DESK = QT_TRANSLATE_NOOP(
    "messages", "Please go to the accreditation desk, where staff will help you."
)
_DESK_OR_RETRY = QT_TRANSLATE_NOOP(
    "messages",
    "Please try again with the QR code from your registration confirmation, or go to the "
    "accreditation desk.",
)

_OUTCOMES: dict[Outcome, tuple[str, str, str, Tone]] = {
    Outcome.CHECKED_IN: (
        _WELCOME,
        QT_TRANSLATE_NOOP("messages", "Your badge is printing — please take it from the printer."),
        QT_TRANSLATE_NOOP(
            "messages", "Please wear your badge visibly at all times on the premises."
        ),
        Tone.SUCCESS,
    ),
    Outcome.ALREADY_COLLECTED: (
        QT_TRANSLATE_NOOP("messages", "Badge already collected"),
        QT_TRANSLATE_NOOP("messages", "A badge has already been printed for this registration."),
        QT_TRANSLATE_NOOP(
            "messages",
            "If you have lost your badge, please see the accreditation desk.",
        ),
        Tone.NOTICE,
    ),
    Outcome.COLLECT_AT_DESK: (
        QT_TRANSLATE_NOOP("messages", "Your badge is ready at the desk"),
        QT_TRANSLATE_NOOP("messages", "Badges in your category are handed over in person."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Please go to the accreditation desk, where your badge is waiting for you.",
        ),
        Tone.INFO,
    ),
    Outcome.EMPTY: (
        QT_TRANSLATE_NOOP("messages", "No code received"),
        QT_TRANSLATE_NOOP("messages", "The scanner did not receive anything from your code."),
        QT_TRANSLATE_NOOP(
            "messages", "Please hold the QR code flat under the scanner and try again."
        ),
        Tone.NOTICE,
    ),
    Outcome.MALFORMED: (
        QT_TRANSLATE_NOOP("messages", "Code not readable"),
        QT_TRANSLATE_NOOP(
            "messages",
            "This code could not be read: it may be damaged, incomplete or not a registration "
            "code.",
        ),
        _DESK_OR_RETRY,
        Tone.NOTICE,
    ),
    Outcome.UNSUPPORTED_VERSION: (
        QT_TRANSLATE_NOOP("messages", "Code format not supported"),
        QT_TRANSLATE_NOOP("messages", "This code uses a format that this kiosk cannot read."),
        _DESK,
        Tone.NOTICE,
    ),
    Outcome.BAD_SIGNATURE: (
        QT_TRANSLATE_NOOP("messages", "Code could not be verified"),
        QT_TRANSLATE_NOOP("messages", "This code did not pass the authenticity check."),
        _DESK,
        Tone.REFUSAL,
    ),
    Outcome.UNKNOWN_KEY: (
        QT_TRANSLATE_NOOP("messages", "Code issuer not recognised"),
        QT_TRANSLATE_NOOP(
            "messages",
            "This kiosk does not yet know who issued this code; it may have been issued very "
            "recently.",
        ),
        _DESK,
        Tone.NOTICE,
    ),
    Outcome.KEY_REVOKED: (
        QT_TRANSLATE_NOOP("messages", "Code withdrawn"),
        QT_TRANSLATE_NOOP(
            "messages", "This code was signed with a security key that is no longer accepted."
        ),
        _DESK,
        Tone.REFUSAL,
    ),
    Outcome.WRONG_EVENT: (
        QT_TRANSLATE_NOOP("messages", "Code for another event"),
        QT_TRANSLATE_NOOP("messages", "This code is a registration for a different event."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Please show the code you received for this event, or go to the accreditation desk.",
        ),
        Tone.REFUSAL,
    ),
    Outcome.NOT_VALID_TODAY: (
        QT_TRANSLATE_NOOP("messages", "Not valid today"),
        QT_TRANSLATE_NOOP("messages", "Your registration does not include today's date."),
        _DESK,
        Tone.REFUSAL,
    ),
    Outcome.REVOKED: (
        QT_TRANSLATE_NOOP("messages", "Registration not active"),
        QT_TRANSLATE_NOOP("messages", "This registration has been cancelled or withdrawn."),
        _DESK,
        Tone.REFUSAL,
    ),
    Outcome.SUPERSEDED: (
        QT_TRANSLATE_NOOP("messages", "Code replaced by a newer one"),
        QT_TRANSLATE_NOOP(
            "messages",
            "A newer code has been issued for this registration, so this one can no longer be "
            "used.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Please scan the most recent code you received, or go to the accreditation desk.",
        ),
        Tone.REFUSAL,
    ),
    Outcome.UNKNOWN_PARTICIPANT: (
        QT_TRANSLATE_NOOP("messages", "Registration not found"),
        QT_TRANSLATE_NOOP("messages", "This kiosk has no record of this registration yet."),
        _DESK,
        Tone.NOTICE,
    ),
    Outcome.BLOCKED: (
        QT_TRANSLATE_NOOP("messages", "Ticket blocked"),
        QT_TRANSLATE_NOOP("messages", "The organiser has blocked this ticket for now."),
        _DESK,
        Tone.REFUSAL,
    ),
    # A genuine signed ticket (pretix) sold after this kiosk's last update: not the visitor's
    # fault, and the desk finds them once it has synced.
    Outcome.NOT_SYNCED_YET: (
        QT_TRANSLATE_NOOP("messages", "Ticket not on this kiosk yet"),
        QT_TRANSLATE_NOOP(
            "messages", "Your ticket is genuine, but this kiosk has not received it yet."
        ),
        _DESK,
        Tone.NOTICE,
    ),
}

_PRINT_UNCONFIRMED = (
    _WELCOME,
    QT_TRANSLATE_NOOP(
        "messages",
        "Your badge may already have been printed: its printing was interrupted.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Please ask at the accreditation desk; staff will check and print it if needed.",
    ),
    Tone.NOTICE,
)
_PRINT_PROBLEM = (
    _WELCOME,
    QT_TRANSLATE_NOOP(
        "messages",
        "You are checked in, but the printer has a problem and your badge could not be printed.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Please go to the accreditation desk to collect your badge.",
    ),
    Tone.NOTICE,
)
# No printer could print when the person scanned: checked in, the badge waits at the desk.
_PRINT_HELD = (
    _WELCOME,
    QT_TRANSLATE_NOOP(
        "messages",
        "You are checked in. Badges are printed at the accreditation desk today.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Please collect your badge at the accreditation desk at the entrance of the ITU "
        "Montbrillant building.",
    ),
    Tone.INFO,
)

_PHOTO_AT_DESK = (
    _WELCOME,
    QT_TRANSLATE_NOOP(
        "messages", "You are checked in. Your badge needs a photo, which is taken at the desk."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Please go to the accreditation desk: staff will take your photo and print your badge.",
    ),
    Tone.INFO,
)
_PHOTO_CAMERA_LOST = (
    _WELCOME,
    QT_TRANSLATE_NOOP(
        "messages",
        "You are checked in, but the camera stopped working before your photo was taken.",
    ),
    _PHOTO_AT_DESK[2],
    Tone.NOTICE,
)

_FAILURE = (
    QT_TRANSLATE_NOOP("messages", "Something went wrong"),
    QT_TRANSLATE_NOOP("messages", "The kiosk could not check your code. This is not your fault."),
    _DESK,
    Tone.NOTICE,
)


# What a failed printer reported, as the visitor reads it (the raw report is for staff: logs,
# `kiosk jobs`). A state not listed here gets the general sentence.
_PRINTER_STATES = {
    PrinterState.PAPER_OUT: QT_TRANSLATE_NOOP("messages", "The printer is out of paper."),
    PrinterState.COVER_OPEN: QT_TRANSLATE_NOOP("messages", "The printer's cover is open."),
    PrinterState.OFFLINE: QT_TRANSLATE_NOOP("messages", "The printer is not responding."),
}
_PRINTER_FAULT = QT_TRANSLATE_NOOP("messages", "The printer reported a fault.")

# Every ``where`` that sends the person to the accreditation desk.
_TO_DESK = frozenset(
    {
        _DESK,
        _DESK_OR_RETRY,
        _OUTCOMES[Outcome.ALREADY_COLLECTED][2],
        _OUTCOMES[Outcome.COLLECT_AT_DESK][2],
        _OUTCOMES[Outcome.WRONG_EVENT][2],
        _OUTCOMES[Outcome.SUPERSEDED][2],
        _PRINT_UNCONFIRMED[2],
        _PRINT_PROBLEM[2],
        _PHOTO_AT_DESK[2],
    }
)


def printer_text(state: PrinterState) -> str:
    """What the printer's trouble is, in the current language."""
    return _tr(_PRINTER_STATES.get(state, _PRINTER_FAULT))


def outcome_text(outcome: Outcome) -> ScreenText:
    """What the screen says for a scan's outcome, in the current language."""
    return _translated(_OUTCOMES[outcome])


def result_text(result: ScanResult) -> ScreenText:
    """Like outcome_text, but a check-in whose badge did not print sends the person to the desk."""
    if result.outcome.is_success and result.print_unconfirmed:
        return _translated(_PRINT_UNCONFIRMED)
    if result.outcome.is_success and result.print_held:
        return _translated(_PRINT_HELD)
    if result.outcome.is_success and result.print_error:
        return _translated(_PRINT_PROBLEM)
    if result.outcome.is_success and result.photo_step is PhotoStep.CAMERA_LOST:
        return _translated(_PHOTO_CAMERA_LOST)
    if result.outcome.is_success and result.photo_step is not PhotoStep.NONE:
        return _translated(_PHOTO_AT_DESK)
    return outcome_text(result.outcome)


def failure_text() -> ScreenText:
    """What the screen says when the kiosk itself failed to check a code."""
    return _translated(_FAILURE)


def _translated(texts: tuple[str, str, str, Tone]) -> ScreenText:
    title, body, where, tone = texts
    return ScreenText(_tr(title), _tr(body), _tr(where), tone, where in _TO_DESK)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)
