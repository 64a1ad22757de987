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

from kiosk.ui.accessibility import LargeTextButton
from kiosk.ui.messages import LANGUAGE_NAMES, SCAN_PROMPTS
from kiosk.ui.widgets import Screen, label

COMPACT_PROMPT_PX = 42  # the prompts' size in one column beside the camera picture


class AttractScreen(Screen):
    """Waits for a scan; the prompt stays in all languages whichever one is chosen.

    ``preview`` (the camera's live picture, if the kiosk has a camera) sits beside the prompts.
    """

    language_chosen = Signal(str)
    large_text_asked = Signal(bool)  # the "A A" button: True for larger text

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

    def set_large_text(self, large: bool) -> None:
        """Show whether the text is large now (the button is checked while it is)."""
        self._large_text.setChecked(large)

    def retranslate(self) -> None:
        self._subtitle.setText(self.tr("Self-service badge collection"))
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
        self._large_text.setAccessibleName(self.tr("Larger text"))
        self._large_text.setAccessibleDescription(self.tr("Make the text on the screens larger"))

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
        body = QVBoxLayout()
        body.setContentsMargins(48, 24, 48, 36)
        body.setSpacing(28)
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
        prompts = QGridLayout()
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
            button.setAccessibleName(LANGUAGE_NAMES[code])
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must not press it
            self._buttons.addButton(button, index)
            row.addWidget(button)
        return row

    def _hint_row(self) -> QHBoxLayout:
        """The hint, and beside it the larger-text button (the language row is full in portrait)."""
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self._hint, 1)
        row.addWidget(self._large_text, 0, Qt.AlignmentFlag.AlignVCenter)
        return row
