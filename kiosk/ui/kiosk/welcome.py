"""The welcome screen: the person's badge name, their category band, and what happens next."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core.translations import in_language
from kiosk.printing.fonts import families_for
from kiosk.services.check_in import ScanResult
from kiosk.ui import theme
from kiosk.ui.i18n import current_language
from kiosk.ui.kiosk.result import ResultScreen
from kiosk.ui.messages import printer_text, result_text
from kiosk.ui.options import DeskLocation
from kiosk.ui.widgets import FitLabel


class WelcomeScreen(ResultScreen):
    """After a check-in; if the badge did not print, it still welcomes and sends to the desk."""

    def __init__(self, parent: QWidget | None = None, *, desk: DeskLocation | None = None) -> None:
        super().__init__(parent, desk=desk)
        self._name = FitLabel(theme.NAME_PX, theme.NAME_MIN_PX, bold=True)
        self._name.setObjectName("name")
        self._category = FitLabel(theme.CATEGORY_PX, theme.CATEGORY_MIN_PX, bold=True)
        self._category.setObjectName("category")
        self._middle.addWidget(self._name)
        self._middle.addWidget(self._category)
        self._result: ScanResult | None = None
        self._strip_slot = QWidget()
        slot = QVBoxLayout(self._strip_slot)
        slot.setContentsMargins(0, 0, 0, 0)
        self._foot_layout.addWidget(self._strip_slot)
        self.retranslate()

    def add_strip(self, strip: QWidget) -> None:
        """A full-width strip along the bottom edge (the sessions' now and next), under the
        small print. A welcome that sends the person to the desk does not show it: the way to
        the desk matters more then, and it takes the strip's room on a 1280x800 screen."""
        self._strip_slot.layout().addWidget(strip)  # type: ignore[union-attr]

    def show_result(self, result: ScanResult) -> None:
        self._result = result
        self._strip_slot.setVisible(not (result.print_error or result.print_unconfirmed))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        result = self._result
        if result is None:
            return
        details = self._registration_line(result.registration_id)
        if result.print_error and not result.print_unconfirmed:
            details.append(printer_text(result.printer_state))
        self._show_text(result_text(result), details)
        name_font = self._name.font()
        name_font.setFamilies(list(families_for(result.badge_name)))
        self._name.setFont(name_font)
        self._name.show_text(result.badge_name)
        language = current_language()
        self._category.show_text(
            in_language(result.category_label, result.category_label_translations, language)
        )
        self._category.setStyleSheet(theme.band_style(result.category_colour))
        self._category.setVisible(bool(result.category_label))
