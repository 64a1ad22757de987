"""The desk's People page (being built: issue 11)."""

from __future__ import annotations

from kiosk.ui.desk.context import DeskPanel


class PeoplePanel(DeskPanel):
    """The People page."""

    def title(self) -> str:
        return self.tr("People")

    def show_code(self, text: str) -> None:
        """A code scanned at the desk: find whose it is and show them."""

    def show_person(self, registration_id: int) -> None:
        """Show one registration's detail."""
