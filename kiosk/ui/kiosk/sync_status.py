"""The kiosk window's corner: whether the registry is reachable and how old the kiosk's data is."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core.registry_address import RegistryName
from kiosk.services.sync import SyncReport
from kiosk.ui.i18n import in_reading_order
from kiosk.ui.registry_words import registry_words

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

REFRESH_MS = 30_000  # the age is shown in minutes: refreshing twice a minute is plenty


class SyncStatusCorner(QLabel):
    """ "pretix · tickets.example.org · itu/wsis22 · Online · data updated 3 min ago", in the
    window's language, for staff walking by: which registry (kind and host, never a URL or a
    token), whether it answers, how old the data is. ``show_report`` after each sync round.
    ``clock`` is the kiosk's clock (a demo's clock runs from a past morning)."""

    def __init__(
        self,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        registry: RegistryName | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("small")
        self.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        # With the registry's name the line may not fit beside the printer's state: it wraps
        # rather than widen the window past the screen.
        self.setWordWrap(True)
        self._clock = clock
        self._registry = registry
        self._online: bool | None = None  # None: no round has ended yet
        self._data_as_of: datetime | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start(REFRESH_MS)
        self.retranslate()

    @Slot(SyncReport)
    def show_report(self, report: SyncReport) -> None:
        self._online = report.online and not report.needs_person
        self._data_as_of = report.data_as_of or self._data_as_of
        self.retranslate()

    def retranslate(self) -> None:
        if self._online is None:
            state = self.tr("Connecting to the registry…")
        else:
            state = self.tr("Online") if self._online else self.tr("Offline")
        parts = [registry_words(self._registry)] if self._registry is not None else []
        # In Arabic the line starts at the right even when it starts with a Latin name.
        self.setText(in_reading_order(" · ".join([*parts, state, self._age_text()])))

    def _age_text(self) -> str:
        if self._data_as_of is None:
            return self.tr("no data from the registry yet")
        minutes = int((self._clock() - self._data_as_of).total_seconds() // 60)
        if minutes < 1:
            return self.tr("data updated just now")
        if minutes < 120:
            return self.tr("data updated %1 min ago").replace("%1", str(minutes))
        return self.tr("data updated %1 h ago").replace("%1", str(minutes // 60))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.retranslate()
