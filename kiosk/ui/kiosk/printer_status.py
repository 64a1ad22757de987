"""The kiosk window's corner for the printer: its state in a few words, for staff walking by."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.printing.base import PrinterState
from kiosk.services.printer_check import PrinterReport

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

_CONTEXT = "PrinterStatusLabel"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


STATE_WORDS = {
    PrinterState.ONLINE: QT_TRANSLATE_NOOP("PrinterStatusLabel", "ready"),
    PrinterState.PAPER_NEAR_END: QT_TRANSLATE_NOOP("PrinterStatusLabel", "paper running low"),
    PrinterState.PAPER_OUT: QT_TRANSLATE_NOOP("PrinterStatusLabel", "out of paper"),
    PrinterState.COVER_OPEN: QT_TRANSLATE_NOOP("PrinterStatusLabel", "cover open"),
    PrinterState.OFFLINE: QT_TRANSLATE_NOOP("PrinterStatusLabel", "not reachable"),
    PrinterState.UNKNOWN: QT_TRANSLATE_NOOP("PrinterStatusLabel", "state unknown"),
}


def state_words(state: PrinterState) -> str:
    """A printer state in the current language."""
    return QCoreApplication.translate(_CONTEXT, STATE_WORDS[state])


class PrinterStatusLabel(QLabel):
    """ "Printer: ready", or "Printer: out of paper · badges at the desk"; ``show_report`` after
    each check of the printers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("small")
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self._report: PrinterReport | None = None
        self.retranslate()

    @Slot(PrinterReport)
    def show_report(self, report: PrinterReport) -> None:
        self._report = report
        self.retranslate()

    def retranslate(self) -> None:
        if self._report is None:
            self.setText(self.tr("Printer: checking…"))
            return
        text = self.tr("Printer: %1").replace("%1", state_words(self._report.worst.state))
        if not self._report.can_print:
            text += " · " + self.tr("badges at the accreditation desk")
        self.setText(text)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
