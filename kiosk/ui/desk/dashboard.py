"""The desk's Arrivals page (being built: issue 11)."""

from __future__ import annotations

from kiosk.ui.desk.context import DeskPanel


class ArrivalsPanel(DeskPanel):
    """The Arrivals page."""

    def title(self) -> str:
        return self.tr("Arrivals")
