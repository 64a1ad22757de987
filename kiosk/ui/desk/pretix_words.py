"""The desk's words for what the kiosk's pretix client refused (kiosk/sync/pretix/push.py).

The outbox keeps a refused item's error as ``<code>: <English sentence>[: pretix's own words]``.
For the client's codes the sentence is translated here; pretix's own words (a rule's explanation,
a field error) follow as pretix wrote them. A test holds these English sentences to push.py's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


PRETIX_WORDS = {
    "pretix-invalid": QT_TRANSLATE_NOOP(
        "DeskExceptions", "pretix does not know this ticket (deleted, or another event's)"
    ),
    "pretix-unpaid": QT_TRANSLATE_NOOP("DeskExceptions", "the order is not paid in pretix"),
    "pretix-blocked": QT_TRANSLATE_NOOP("DeskExceptions", "the ticket is blocked in pretix"),
    "pretix-invalid_time": QT_TRANSLATE_NOOP(
        "DeskExceptions", "the ticket is not valid at this time in pretix"
    ),
    "pretix-canceled": QT_TRANSLATE_NOOP(
        "DeskExceptions", "the order or ticket is cancelled in pretix"
    ),
    "pretix-already_redeemed": QT_TRANSLATE_NOOP(
        "DeskExceptions", "pretix says the ticket was already used"
    ),
    "pretix-product": QT_TRANSLATE_NOOP(
        "DeskExceptions", "pretix's check-in list does not admit this product"
    ),
    "pretix-rules": QT_TRANSLATE_NOOP(
        "DeskExceptions", "pretix's check-in rules refuse this entry"
    ),
    "pretix-ambiguous": QT_TRANSLATE_NOOP("DeskExceptions", "pretix found more than one ticket"),
    "pretix-revoked": QT_TRANSLATE_NOOP(
        "DeskExceptions", "the ticket was revoked in pretix (reissued with a new code)"
    ),
    "pretix-unapproved": QT_TRANSLATE_NOOP("DeskExceptions", "the order is not approved in pretix"),
    "pretix-incomplete": QT_TRANSLATE_NOOP(
        "DeskExceptions",
        "pretix asks check-in questions: check the person in on a pretix device",
    ),
    "pretix-error": QT_TRANSLATE_NOOP("DeskExceptions", "pretix refused the check-in"),
    "pretix-cannot-void": QT_TRANSLATE_NOOP(
        "DeskExceptions",
        "pretix cannot void a badge from a device: print the new badge here; pretix keeps "
        "the print log of both",
    ),
    "pretix-cannot-register": QT_TRANSLATE_NOOP(
        "DeskExceptions",
        "pretix devices cannot register people: create the order in pretix; the person "
        "reaches the kiosk with the next sync",
    ),
    "pretix-cannot-rename": QT_TRANSLATE_NOOP(
        "DeskExceptions",
        "pretix devices cannot change names: correct the attendee name in the order in "
        "pretix; the kiosk takes it with the next sync",
    ),
    "pretix-print-log-denied": QT_TRANSLATE_NOOP(
        "DeskExceptions",
        "pretix's device profile does not allow print logs: give the device the pretixSCAN profile",
    ),
    "pretix-bad-item": QT_TRANSLATE_NOOP(
        "DeskExceptions", "this outbox item cannot be read (not sent to pretix)"
    ),
    "pretix-print-log-refused": QT_TRANSLATE_NOOP("DeskExceptions", "pretix refused the print log"),
}


def pretix_error(error: str) -> str:
    """A refused item's error with the pretix client's sentence in the current language, without
    its code; any other error as it is."""
    code, sep, message = error.partition(": ")
    english = PRETIX_WORDS.get(code)
    if not sep or english is None or not message.startswith(english):
        return error
    return QCoreApplication.translate("DeskExceptions", english) + message[len(english) :]
