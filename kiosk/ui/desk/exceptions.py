"""The desk's Exceptions page (being built: issue 11)."""

from __future__ import annotations

from kiosk.ui.desk.context import DeskPanel


class ExceptionsPanel(DeskPanel):
    """The Exceptions page."""

    def title(self) -> str:
        return self.tr("Exceptions")
