"""What the welcome and refusal screens share: a coloured title band, the text, and Done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.i18n import current_language
from kiosk.ui.messages import ScreenText
from kiosk.ui.options import DeskLocation
from kiosk.ui.widgets import FitLabel, Screen, label


class ResultScreen(Screen):
    """A screen that answers a scan; ``dismissed`` when the person presses Done."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, *, desk: DeskLocation | None = None) -> None:
        super().__init__(parent)
        self._desk = desk or DeskLocation()
        self._band = FitLabel(theme.TITLE_PX, theme.BODY_PX, bold=True)
        self._band.setObjectName("band")
        self._body = label("body", wrap=True, centred=True)
        self._where = label("where", wrap=True, centred=True)
        self._details = label("small", wrap=True)
        self._done = QPushButton()
        self._done.setObjectName("done")
        self._done.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._done.clicked.connect(self.dismissed)
        self._middle = QVBoxLayout()  # subclasses add what goes between the band and the body
        self._middle.setSpacing(18)
        self._lay_out()

    def retranslate(self) -> None:
        self._done.setText(self.tr("Done"))
        self._done.setAccessibleName(self.tr("Done"))
        self._done.setAccessibleDescription(self.tr("Back to the start screen"))

    def _show_text(self, text: ScreenText, details: list[str]) -> None:
        self._band.show_text(text.title)
        style = theme.band_style(theme.TONE_COLOURS[text.tone])
        self._band.setStyleSheet(style)
        self._top.setStyleSheet(f"#bandRow {{ {style} }}")
        self._body.setText(text.body)
        place = self._desk.in_language(current_language()) if text.to_desk else ""
        self._where.setText(f"{text.where}\n{place}" if place else text.where)
        self._where.setVisible(bool(text.where))
        self._details.setText("\n".join(details))
        self.setAccessibleName(text.title)
        self.setAccessibleDescription(" ".join(part for part in (text.body, text.where) if part))

    def _registration_line(self, registration_id: int | None) -> list[str]:
        if registration_id is None:
            return []
        return [self.tr("Registration {number}").format(number=registration_id)]

    def _lay_out(self) -> None:
        content = QVBoxLayout()
        content.setContentsMargins(56, 24, 56, 24)
        content.setSpacing(18)
        content.addStretch(1)
        content.addLayout(self._middle)
        content.addWidget(self._body)
        content.addWidget(self._where)
        content.addStretch(2)
        # The foot: the staff's small print, and on the welcome screen the strip of what is on
        # now and next. It fills the bottom band where the attract screen has its language
        # buttons (a touch target and its margin at least: the theme sizes it), so nothing else
        # of the screen can move there.
        self._foot = QWidget()
        self._foot.setProperty("keepClear", True)
        foot = self._foot_layout = QVBoxLayout(self._foot)
        foot.setContentsMargins(0, 0, 0, 0)
        foot.setSpacing(8)
        self._details.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignBottom)
        details = QVBoxLayout()
        details.setContentsMargins(56, 0, 56, 8)
        details.addWidget(self._details, 1)
        foot.addLayout(details, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # Done stands in the title band, at its trailing end: where the attract screen has its
        # header, the one place free of controls in every language, direction, screen size and
        # camera layout. A second tap on Done must find nothing there (docs/accessibility.md).
        self._top = QWidget()
        self._top.setObjectName("bandRow")
        self._top.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        top = QHBoxLayout(self._top)
        top.setContentsMargins(24, 0, 24, 0)
        top.setSpacing(0)
        top.addWidget(self._band, 1)
        top.addWidget(self._done, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(self._top)
        outer.addLayout(content, 1)
        outer.addWidget(self._foot)
