"""The refusal screen: one screen for every outcome that prints no badge, and for kiosk failures."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import QWidget

from kiosk.core.checkin import Outcome
from kiosk.services.check_in import ScanResult
from kiosk.ui.kiosk.result import ResultScreen
from kiosk.ui.messages import failure_text, result_text
from kiosk.ui.options import DeskLocation


class RefusalScreen(ResultScreen):
    """What happened and where to go, for a refused scan or a scan the kiosk could not check."""

    def __init__(
        self,
        timezone: str = "UTC",
        parent: QWidget | None = None,
        *,
        desk: DeskLocation | None = None,
    ) -> None:
        super().__init__(parent, desk=desk)
        self._zone = QTimeZone(timezone.encode("ascii"))
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
            details += self._collected_line(self._result)
            self._show_text(result_text(self._result), details)
        elif self._reference:
            details = [
                self.tr("Reference for staff: {reference}").format(reference=self._reference)
            ]
            self._show_text(failure_text(), details)

    def _collected_line(self, result: ScanResult) -> list[str]:
        """When the badge came out, in the venue's time and the screen's language."""
        if result.outcome is not Outcome.ALREADY_COLLECTED or result.collected_at is None:
            return []
        when = _local(result.collected_at, self._zone)
        locale = QLocale()
        return [
            self.tr("Printed on {date} at {time}").format(
                date=locale.toString(when.date(), QLocale.FormatType.LongFormat),
                time=locale.toString(when.time(), QLocale.FormatType.ShortFormat),
            )
        ]


def _local(moment: datetime, zone: QTimeZone) -> QDateTime:
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return stamp.toTimeZone(zone) if zone.isValid() else stamp
