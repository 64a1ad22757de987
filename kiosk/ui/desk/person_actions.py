"""The actions under a person's detail on the People page (being built: issue 11)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.core.model import Participant
from kiosk.ui.desk.context import DeskContext, DeskPanel


class PersonActions(DeskPanel):
    """Buttons and their dialogs for the person shown; ``changed`` after an action wrote."""

    changed = Signal(int)  # registration id: the detail reloads, lists refresh

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self._person: Participant | None = None

    def title(self) -> str:
        return self.tr("Actions")

    def show_person(
        self, person: Participant | None, valid_badge_version: int | None, open_job_id: str | None
    ) -> None:
        """The person now shown (None: nobody), whether a badge of theirs is valid, and the id
        of a print job of theirs still open (a desk print is refused until it is answered)."""
        self._person = person
