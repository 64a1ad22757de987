"""The refusal screen: one screen for every outcome that prints no badge, and for kiosk failures."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.services.check_in import ScanResult
from kiosk.ui.kiosk.result import ResultScreen
from kiosk.ui.messages import failure_text, result_text


class RefusalScreen(ResultScreen):
    """What happened and where to go, for a refused scan or a scan the kiosk could not check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: ScanResult | None = None
        self._reference = ""
        self.retranslate()

    def show_result(self, result: ScanResult) -> None:
        self._result = result
        self._reference = ""
        self.retranslate()

    def show_failure(self, reference: str) -> None:
        """The kiosk failed; ``reference`` (for staff, from the log) is shown in small print."""
        self._result = None
        self._reference = reference
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if self._result is not None:
            details = self._registration_line(self._result.registration_id)
            self._show_text(result_text(self._result), details)
        elif self._reference:
            details = [
                self.tr("Reference for staff: {reference}").format(reference=self._reference)
            ]
            self._show_text(failure_text(), details)
