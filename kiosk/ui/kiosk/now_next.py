"""The "now and next" strip under the welcome screen: what is on, what comes next, and a button
to the whole sessions board."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.programme import BoardEntry, DayProgramme, SessionState
from kiosk.ui import theme
from kiosk.ui.kiosk import session_text
from kiosk.ui.kiosk.sessions import ProgrammeLoader

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

STYLE = f"""
#nowNext {{ background: {theme.WHERE_TINT}; border-top: 2px solid {theme.UN_BLUE}; }}
#nowNextLine {{ font-size: 24px; }}
"""


class NowNextStrip(QFrame):
    """Hidden until a programme with something still to come today has been read."""

    board_requested = Signal()

    def __init__(self, load: ProgrammeLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nowNext")
        self.setStyleSheet(STYLE)
        self._load = load
        self._language = "en"
        self._programme: DayProgramme | None = None
        self._active = False
        self._now = _ElidedLabel()
        self._next = _ElidedLabel()
        self._button = QPushButton()
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.clicked.connect(self.board_requested)
        lines = QVBoxLayout()
        lines.setSpacing(2)
        lines.addWidget(self._now)
        lines.addWidget(self._next)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 10, 40, 10)
        layout.setSpacing(24)
        layout.addLayout(lines, 1)
        layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()
        self._retranslate()

    def set_language(self, code: str) -> None:
        self._language = code
        self._retranslate()

    def refresh(self) -> None:
        """Read today's programme again (off the GUI thread) and show what is on and next."""
        self._active = True
        self._load(self._on_loaded, self._on_failed)

    def dismiss(self) -> None:
        """Hide, and stay hidden when a programme still being read arrives."""
        self._active = False
        self.hide()

    def lines(self) -> tuple[str, str]:
        return self._now.full_text, self._next.full_text

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_loaded(self, programme: DayProgramme) -> None:
        self._programme = programme
        self._retranslate()

    def _on_failed(self, message: str) -> None:
        self._programme = None
        self.hide()

    def _retranslate(self) -> None:
        self._button.setText(self.tr("Today's sessions"))
        programme = self._programme
        if programme is None:
            return
        now = [e for e in programme.entries if e.state is SessionState.NOW]
        later = [e for e in programme.entries if e.state is SessionState.NEXT]
        self._now.set_full_text(self._line(self.tr("Now"), now, programme.timezone))
        self._next.set_full_text(self._line(self.tr("Next"), later, programme.timezone))
        self._now.setVisible(bool(now))
        self._next.setVisible(bool(later))
        self.setVisible(self._active and bool(now or later))

    def _line(self, caption: str, entries: list[BoardEntry], timezone: str) -> str:
        if not entries:
            return ""
        first = entries[0]
        at = session_text.clock_time(first.session.starts_at, timezone)
        text = self.tr("{caption} {time}: {title} ({room})").format(
            caption=caption,
            time=at,
            title=session_text.title(first.session, self._language),
            room=session_text.room_name(first, self._language),
        )
        if len(entries) > 1:
            text += f" (+{len(entries) - 1})"
        return text


class _ElidedLabel(QLabel):
    """One line that ends in "…" when the text is wider than the label."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nowNextLine")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width()))
        self.setToolTip(self.full_text)
