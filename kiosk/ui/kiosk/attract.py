"""The attract screen: "scan your code" in every kiosk language at once, and language buttons."""

from __future__ import annotations

import sys
from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.translations import NO_TRANSLATIONS, in_language
from kiosk.services.printer_check import WhenUnavailable
from kiosk.ui import theme
from kiosk.ui.accessibility import LargeTextButton
from kiosk.ui.i18n import current_language
from kiosk.ui.messages import LANGUAGE_NAMES, SCAN_PROMPTS, Tone
from kiosk.ui.widgets import FitLabel, Screen, label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

COMPACT_PROMPT_PX = 38  # the prompts' largest size in one column beside the camera picture
NOTICE_AND_CAMERA_PROMPT_PX = 32  # ... and under the printer notice as well


class AttractScreen(Screen):
    """Waits for a scan; the prompt stays in all languages whichever one is chosen.

    ``preview`` (the camera's live picture, if the kiosk has a camera) sits beside the prompts.
    """

    language_chosen = Signal(str)
    sessions_requested = Signal()  # the visitor pressed "Today's sessions"
    large_text_asked = Signal(bool)  # the "A A" button: True for larger text

    def __init__(
        self,
        event_title: str,
        languages: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        preview: QWidget | None = None,
        title_translations: Mapping[str, str] = NO_TRANSLATIONS,
    ) -> None:
        super().__init__(parent)
        self._languages = languages
        self._preview = preview
        self._event_title = (event_title, title_translations)
        self._title = FitLabel(theme.HEADER_PX, theme.HEADER_MIN_PX, bold=True)
        self._title.setObjectName("title")
        self._subtitle = label("header")
        for part in (self._title, self._subtitle):  # one height whatever the script's line
            part.setFixedHeight(theme.HEADER_HEIGHT)
        self._align_header()
        self._printer_notice: WhenUnavailable | None = None
        self._prompts = [self._prompt(code) for code in languages]
        self._hint = label("hint", wrap=True, centred=True)
        self._sessions = QPushButton()
        self._sessions.setObjectName("sessions")
        self._sessions.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must not press it
        self._sessions.clicked.connect(self.sessions_requested)
        self._notice = label("notice", wrap=True, centred=True)
        self._notice.setStyleSheet(_NOTICE_STYLE)
        self._notice.hide()
        self._buttons = QButtonGroup(self)
        self._buttons.idClicked.connect(self._on_buttons_id_clicked)
        self._large_text = LargeTextButton()
        self._large_text.clicked.connect(self.large_text_asked)
        self._lay_out()
        self.retranslate()

    def set_language(self, code: str) -> None:
        """Show which language the screens speak now."""
        for index, prompt in enumerate(self._prompts):
            prompt.setProperty("current", self._languages[index] == code)
            prompt.style().unpolish(prompt)
            prompt.style().polish(prompt)
        button = self._buttons.button(self._languages.index(code))
        if button is not None:
            button.setChecked(True)

    def show_printer_notice(self, notice: WhenUnavailable | None) -> None:
        """Say that badges are printed at the desk today (None: the printer is fine). With
        ``STOP`` the kiosk takes no codes, so the prompts to scan one are hidden."""
        if notice is self._printer_notice:
            return  # the monitor reports every few seconds; only a change costs a layout pass
        self._printer_notice = notice
        self._notice.setVisible(notice is not None)
        scanning = notice is not WhenUnavailable.STOP
        for widget in (*self._prompts, self._preview):
            if widget is not None:
                widget.setVisible(scanning)
        # Beside the camera picture there is no room for both: the notice matters more today.
        self._hint.setVisible(scanning and (notice is None or self._preview is None))
        self._body.setSpacing(self._body_spacing(notice is not None))
        self._body.setStretch(0, 0 if scanning else 2)
        self._grid.setSpacing(28 if self._prompt_px(notice is not None) is None else 0)
        self.retranslate()
        self._fit_prompts()

    def _body_spacing(self, notice: bool) -> int:
        """Tighter with the notice or the camera picture, which need the height."""
        return 14 if notice or self._preview is not None else 28

    def _prompt_px(self, notice: bool) -> int | None:
        """The prompts' pixel size when they must make room (None: the theme's size)."""
        if notice and self._preview is not None:
            return NOTICE_AND_CAMERA_PROMPT_PX
        return COMPACT_PROMPT_PX if notice or self._preview is not None else None

    def set_large_text(self, large: bool) -> None:
        """Show whether the text is large now (the button is checked while it is)."""
        self._large_text.setChecked(large)

    def retranslate(self) -> None:
        self._title.show_text(in_language(*self._event_title, current_language()))
        self._subtitle.setText(self.tr("Self-service badge collection"))
        self._sessions.setText(self.tr("Today's sessions"))
        self._notice.setText(self._notice_text())
        self._hint.setText(
            self.tr(
                "Hold the QR code from your registration confirmation under the scanner, "
                "on your phone or on paper."
            )
        )
        self.setAccessibleName(self.tr("Start screen"))
        self.setAccessibleDescription(self._hint.text())
        for button in self._buttons.buttons():  # each keeps its own language's name
            button.setAccessibleDescription(self.tr("Show the screens in this language"))
        self._sessions.setAccessibleName(self._sessions.text())
        self._sessions.setAccessibleDescription(self.tr("What is on today, and where"))
        self._large_text.setAccessibleName(self.tr("Larger text"))
        self._large_text.setAccessibleDescription(self.tr("Make the text on the screens larger"))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_prompts()

    def _fit_prompts(self) -> None:
        """The six prompts in one size: the largest at which each fits its column."""
        largest = self._prompt_px(self._printer_notice is not None) or theme.PROMPT_PX
        size = min(prompt.fit_within(largest) for prompt in self._prompts)
        for prompt in self._prompts:
            prompt.fit_within(size)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_header()
        super().changeEvent(event)

    def _align_header(self) -> None:
        """Title at the leading edge, subtitle at the trailing one, whatever the direction of
        their own text (QLabel aligns an English title in an Arabic layout to the left)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        fixed = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        self._title.setAlignment(fixed | (right if rtl else left))
        self._subtitle.setAlignment(fixed | (left if rtl else right))

    def _notice_text(self) -> str:
        if self._printer_notice is None:
            return ""
        today = self.tr("Badges are printed at the accreditation desk today.")
        if self._printer_notice is WhenUnavailable.STOP:
            then = self.tr(
                "This kiosk is not taking codes at the moment. Please go to the accreditation desk."
            )
        else:
            then = self.tr("You can still check in here, then collect your badge at the desk.")
        return f"{today}\n{then}"

    @Slot(int)
    def _on_buttons_id_clicked(self, index: int) -> None:
        self.language_chosen.emit(self._languages[index])

    def _prompt(self, code: str) -> FitLabel:
        largest = self._prompt_px(self._printer_notice is not None) or theme.PROMPT_PX
        prompt = FitLabel(largest, theme.PROMPT_MIN_PX, bold=True)  # narrow portrait screens
        prompt.setObjectName("prompt")
        prompt.show_text(SCAN_PROMPTS[code])  # Qt lays out each text in its own direction
        return prompt

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.setSpacing(0)
        header.addWidget(self._title, 3)
        header.addWidget(self._subtitle, 2)
        body = self._body = QVBoxLayout()
        body.setContentsMargins(48, 24, 48, 36)
        body.setSpacing(self._body_spacing(notice=False))
        body.addStretch(0)  # grows in "stop" mode, so the notice stands in the middle
        body.addWidget(self._notice)
        body.addStretch(1)
        body.addLayout(self._prompts_and_preview())
        body.addStretch(1)
        body.addLayout(self._hint_row())
        body.addStretch(1)
        body.addLayout(self._language_row())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(header)
        outer.addLayout(body, 1)

    def _prompts_and_preview(self) -> QHBoxLayout:
        """Two columns of prompts; with a camera, one column beside the camera's picture."""
        prompts = self._grid = QGridLayout()
        columns = 2 if self._preview is None else 1
        prompts.setSpacing(28 if self._preview is None else 0)
        for index, prompt in enumerate(self._prompts):
            prompts.addWidget(prompt, index // columns, index % columns)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addLayout(prompts, 1)
        if self._preview is not None:
            # The buttons go under the picture, beside the column of prompts: under the hint
            # they would take a row of their own, and with the printer notice the screen has
            # no room for it.
            column = QVBoxLayout()
            column.setSpacing(6)
            column.addWidget(self._preview, 1)
            column.addLayout(self._buttons_row())
            row.addLayout(column, 1)
        return row

    def _hint_row(self) -> QHBoxLayout:
        """The hint with the sessions and text size buttons beside it (without a camera):
        no taller than the hint alone."""
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addWidget(self._hint, 1)
        if self._preview is None:
            row.addLayout(self._buttons_row())
        return row

    def _buttons_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addStretch(1)  # at the trailing edge
        row.addWidget(self._sessions, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self._large_text, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def _language_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        for index, code in enumerate(self._languages):
            button = QPushButton(LANGUAGE_NAMES[code])
            button.setObjectName("language")
            button.setAccessibleName(LANGUAGE_NAMES[code])
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must not press it
            scale = theme.LANGUAGE_BUTTON_SCALE.get(code)
            if scale:
                button.setStyleSheet(f"font-size: {round(theme.BUTTON_PX * scale)}px;")
            self._buttons.addButton(button, index)
            row.addWidget(button)
        return row


_NOTICE_STYLE = (
    f"#notice {{ {theme.band_style(theme.TONE_COLOURS[Tone.NOTICE])} font-size: 32px; "
    "font-weight: 700; border-radius: 14px; padding: 14px 24px; }"
)
