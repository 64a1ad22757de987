"""The desk's Operations page (being built: issue 11)."""

from __future__ import annotations

from kiosk.ui.desk.context import DeskPanel


class OperationsPanel(DeskPanel):
    """The Operations page."""

    def title(self) -> str:
        return self.tr("Operations")
