"""The attract screen: "scan your code" in every kiosk language at once, and language buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.printer_check import WhenUnavailable
from kiosk.ui import theme
from kiosk.ui.messages import LANGUAGE_NAMES, SCAN_PROMPTS, Tone
from kiosk.ui.widgets import Screen, label

COMPACT_PROMPT_PX = 42  # the prompts' size in one column beside the camera picture
NOTICE_AND_CAMERA_PROMPT_PX = 34  # ... and under the printer notice as well


class AttractScreen(Screen):
    """Waits for a scan; the prompt stays in all languages whichever one is chosen.

    ``preview`` (the camera's live picture, if the kiosk has a camera) sits beside the prompts.
    """

    language_chosen = Signal(str)

    def __init__(
        self,
        event_title: str,
        languages: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        preview: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._languages = languages
        self._preview = preview
        self._title = label("header")
        self._title.setText(event_title)
        self._subtitle = label("header")
        self._subtitle.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self._prompts = [self._prompt(code) for code in languages]
        self._hint = label("hint", wrap=True, centred=True)
        self._printer_notice: WhenUnavailable | None = None
        self._notice = label("notice", wrap=True, centred=True)
        self._notice.setStyleSheet(_NOTICE_STYLE)
        self._notice.hide()
        self._buttons = QButtonGroup(self)
        self._buttons.idClicked.connect(self._on_buttons_id_clicked)
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
        self._body.setSpacing(14 if notice is not None else 28)
        self._body.setStretch(0, 0 if scanning else 2)
        size = self._prompt_px(notice is not None)
        self._grid.setSpacing(28 if size is None else 0)
        for prompt in self._prompts:
            prompt.setStyleSheet("" if size is None else f"#prompt {{ font-size: {size}px; }}")
        self.retranslate()

    def _prompt_px(self, notice: bool) -> int | None:
        """The prompts' pixel size when they must make room (None: the theme's size)."""
        if notice and self._preview is not None:
            return NOTICE_AND_CAMERA_PROMPT_PX
        return COMPACT_PROMPT_PX if notice or self._preview is not None else None

    def retranslate(self) -> None:
        self._subtitle.setText(self.tr("Self-service badge collection"))
        self._notice.setText(self._notice_text())
        self._hint.setText(
            self.tr(
                "Hold the QR code from your registration confirmation under the scanner, "
                "on your phone or on paper."
            )
        )

    def _notice_text(self) -> str:
        if self._printer_notice is None:
            return ""
        today = self.tr("Badges are printed at the accreditation desk today.")
        if self._printer_notice is WhenUnavailable.STOP:
            then = self.tr(
                "This kiosk is not taking codes at the moment. Please go to the accreditation "
                "desk at the entrance of the ITU Montbrillant building."
            )
        else:
            then = self.tr("You can still check in here, then collect your badge at the desk.")
        return f"{today}\n{then}"

    @Slot(int)
    def _on_buttons_id_clicked(self, index: int) -> None:
        self.language_chosen.emit(self._languages[index])

    def _prompt(self, code: str) -> QLabel:
        prompt = label("prompt", centred=True)
        prompt.setText(SCAN_PROMPTS[code])  # Qt lays out each text in its own direction
        return prompt

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.setSpacing(0)
        header.addWidget(self._title, 3)
        header.addWidget(self._subtitle, 2)
        body = self._body = QVBoxLayout()
        body.setContentsMargins(48, 24, 48, 36)
        body.setSpacing(28)
        body.addStretch(0)  # grows in "stop" mode, so the notice stands in the middle
        body.addWidget(self._notice)
        body.addStretch(1)
        body.addLayout(self._prompts_and_preview())
        body.addStretch(1)
        body.addWidget(self._hint)
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
            if self._preview is not None:  # six lines beside the picture must fit in 800 px
                prompt.setStyleSheet(f"#prompt {{ font-size: {COMPACT_PROMPT_PX}px; }}")
            prompts.addWidget(prompt, index // columns, index % columns)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addLayout(prompts, 1)
        if self._preview is not None:
            row.addWidget(self._preview, 1)
        return row

    def _language_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        for index, code in enumerate(self._languages):
            button = QPushButton(LANGUAGE_NAMES[code])
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must not press it
            self._buttons.addButton(button, index)
            row.addWidget(button)
        return row


_NOTICE_STYLE = (
    f"#notice {{ {theme.band_style(theme.TONE_COLOURS[Tone.NOTICE])} font-size: 32px; "
    "font-weight: 700; border-radius: 14px; padding: 14px 24px; }"
)
