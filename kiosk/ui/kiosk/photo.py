"""The photo step: consent, a 3-2-1 countdown over the live picture, preview, retake or use.

Shown after a check-in whose badge needs a photo the person does not have (docs/photos.md). The
check-in is journalled before this screen opens and its badge waits, queued: whatever happens
here (no thanks, a timeout, the camera gone) loses nothing, and the desk can print it later.
Making the JPEG and saving it run on the check-in worker thread.
"""

from __future__ import annotations

import enum
import logging
import sys
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.photos import PhotoStep
from kiosk.scan.camera import CameraFeed
from kiosk.scan.photo import CapturedPhoto, photo_from_frame
from kiosk.services.check_in import ScanResult
from kiosk.ui import theme
from kiosk.ui.background import CheckInRunner
from kiosk.ui.kiosk.photo_viewfinder import PhotoViewfinder
from kiosk.ui.messages import Tone
from kiosk.ui.widgets import FitLabel, Screen, label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

log = logging.getLogger(__name__)

COUNTDOWN_FROM = 3
PRIMARY_STYLE = f"background: {theme.UN_BLUE}; color: {theme.PAPER};"


class PhotoPage(enum.Enum):
    CONSENT = "consent"  # what the photo is for; Take my photo / No thanks
    COUNTDOWN = "countdown"  # 3, 2, 1 over the live picture
    MAKING = "making"  # the shot is being turned into the photo (worker thread)
    PREVIEW = "preview"  # Use this photo / Retake
    SAVING = "saving"  # stored and the badge printing (worker thread)


_WAITS_FOR_PERSON = frozenset({PhotoPage.CONSENT, PhotoPage.PREVIEW})


class PhotoScreen(Screen):
    """Takes the badge photo for ``start``'s check-in; ``finished`` gives the result to show.

    Without a ``feed`` (a kiosk with no camera configured) ``start`` always says no.

    ``step_changed(True)`` when a page waits for the person (the idle timeout applies), False
    while the kiosk works or counts down. ``abandon`` (the idle timeout) ends it silently.
    """

    finished = Signal(ScanResult)
    step_changed = Signal(bool)

    def __init__(
        self,
        feed: CameraFeed | None,
        runner: CheckInRunner,
        parent: QWidget | None = None,
        *,
        countdown_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._feed = feed
        self._runner = runner
        self._result: ScanResult | None = None
        self._photo: CapturedPhoto | None = None
        self._session = 0  # answers from the worker for an earlier person are dropped
        self._page = PhotoPage.CONSENT
        self._count = 0
        self._band = FitLabel(theme.TITLE_PX, theme.BODY_PX, bold=True)
        self._band.setObjectName("band")
        self._band.setStyleSheet(theme.band_style(theme.TONE_COLOURS[Tone.INFO]))
        self._body = label("body", wrap=True)
        self._terms = label("where", wrap=True)
        self._note = label("small", wrap=True)
        self.viewfinder = PhotoViewfinder(feed)
        self.accept_button = self._button(primary=True)
        self.refuse_button = self._button(primary=False)
        self._ticker = QTimer(self)
        self._ticker.setInterval(countdown_ms)
        self._ticker.timeout.connect(self._on_ticker_timeout)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.refuse_button.clicked.connect(self._on_refuse_button_clicked)
        if feed is not None:
            feed.availability_changed.connect(self._on_feed_availability_changed)
        self._lay_out()
        self.retranslate()

    @property
    def page(self) -> PhotoPage:
        return self._page

    @property
    def is_active(self) -> bool:
        return self._result is not None

    def start(self, result: ScanResult) -> bool:
        """Begin with the consent page; False (nothing shown) when the camera is not there."""
        if not self._can_retake():
            return False
        self._result, self._photo = result, None
        self._session += 1
        self.viewfinder.show_live()
        self._show(PhotoPage.CONSENT)
        return True

    def abandon(self) -> None:
        """The person walked away (idle timeout): the badge waits at the desk; no screen."""
        if self._result is not None:
            self._end(PhotoStep.AT_DESK, "timeout")

    def retranslate(self) -> None:
        self._show_texts()

    # --- pages ---------------------------------------------------------------------------------

    def _show(self, page: PhotoPage) -> None:
        self._page = page
        asks = page in _WAITS_FOR_PERSON
        self.accept_button.setVisible(asks)
        self.refuse_button.setVisible(asks and (page is PhotoPage.CONSENT or self._can_retake()))
        self._terms.setVisible(page is PhotoPage.CONSENT)
        self._note.setVisible(page is PhotoPage.CONSENT)
        self._show_texts()
        self.step_changed.emit(asks)

    def _show_texts(self) -> None:
        texts = {
            PhotoPage.CONSENT: (self.tr("A photo for your badge"), self._consent_body()),
            PhotoPage.COUNTDOWN: (
                self.tr("Look at the camera"),
                self.tr("Keep your face inside the oval. The photo is taken after the countdown."),
            ),
            PhotoPage.MAKING: (self.tr("One moment…"), self.tr("Preparing your photo.")),
            PhotoPage.PREVIEW: (
                self.tr("Is this photo all right?"),
                self.tr("This photo will be printed on your badge."),
            ),
            PhotoPage.SAVING: (self.tr("Printing your badge…"), self.tr("Please wait a moment.")),
        }
        title, body = texts[self._page]
        self._band.show_text(title)
        self._body.setText(body)
        self.viewfinder.setAccessibleName(title)  # the picture is painted: say what it is for
        self._terms.setText(
            self.tr(
                "The photo is printed on your badge and sent to the event's registration "
                "system. It is kept until the event's data is deleted after the event."
            )
        )
        self._note.setText(
            self.tr(
                "No thanks: you are checked in all the same; staff at the accreditation desk "
                "will take your photo and print your badge."
            )
        )
        if self._page is PhotoPage.CONSENT:
            self.accept_button.setText(self.tr("Take my photo"))
            self.refuse_button.setText(self.tr("No thanks"))
        else:
            self.accept_button.setText(self.tr("Use this photo"))
            self.refuse_button.setText(self.tr("Retake"))

    def _consent_body(self) -> str:
        return self.tr("Your badge needs a photo. This kiosk can take it now, in a few seconds.")

    def _can_retake(self) -> bool:
        return self._feed is not None and self._feed.is_available()

    # --- what the person does ----------------------------------------------------------------

    @Slot()
    def _on_accept_button_clicked(self) -> None:
        if self._page is PhotoPage.CONSENT:
            self._count_down()
        elif self._page is PhotoPage.PREVIEW:
            self._save()

    @Slot()
    def _on_refuse_button_clicked(self) -> None:
        if self._page is PhotoPage.CONSENT:
            self._end(PhotoStep.AT_DESK, "declined")
        elif self._page is PhotoPage.PREVIEW and self._can_retake():
            self.viewfinder.show_live()
            self._count_down()

    def _count_down(self) -> None:
        self._count = COUNTDOWN_FROM
        self.viewfinder.set_count(str(self._count))
        self._show(PhotoPage.COUNTDOWN)
        self._ticker.start()

    @Slot()
    def _on_ticker_timeout(self) -> None:
        self._count -= 1
        if self._count > 0:
            self.viewfinder.set_count(str(self._count))
            return
        self._ticker.stop()
        self.viewfinder.set_count("")
        self._shoot(self.viewfinder.last_frame)

    def _shoot(self, frame: QVideoFrame | None) -> None:
        if frame is None or not frame.isValid():
            log.warning("no camera frame at the end of the countdown")
            self._end(PhotoStep.CAMERA_LOST, "camera-lost")
            return
        self.viewfinder.freeze()
        self._show(PhotoPage.MAKING)
        session = self._session
        self._runner.run(
            lambda _service: photo_from_frame(frame),
            lambda photo: self._on_photo_made(session, photo),
            lambda message: self._on_photo_failed(session, message),
        )

    def _on_photo_made(self, session: int, photo: CapturedPhoto) -> None:
        if session != self._session or self._page is not PhotoPage.MAKING:
            return
        self._photo = photo
        self.viewfinder.show_still(photo.image)
        self._show(PhotoPage.PREVIEW)

    def _on_photo_failed(self, session: int, message: str) -> None:
        if session == self._session:
            log.warning("the camera frame gave no photo: %s", message)
            self._end(PhotoStep.CAMERA_LOST, "camera-lost")

    def _save(self) -> None:
        result, photo = self._result, self._photo
        if result is None or photo is None:
            return
        self._show(PhotoPage.SAVING)
        session = self._session
        self._runner.run(
            lambda service: service.attach_photo(result, photo.jpeg),
            lambda printed: self._on_saved(session, printed),
            lambda message: self._on_save_failed(session, message),
        )

    def _on_saved(self, session: int, printed: ScanResult) -> None:
        if session == self._session:
            self._result = None
            self.finished.emit(printed)

    def _on_save_failed(self, session: int, message: str) -> None:
        if session == self._session:
            log.error("the photo could not be kept: %s", message)
            self._end(PhotoStep.AT_DESK, "failed")

    @Slot(bool)
    def _on_feed_availability_changed(self, available: bool) -> None:
        if available or self._result is None:
            return
        if self._page is PhotoPage.PREVIEW:
            self.refuse_button.hide()  # the photo taken can still be used; no retake
        elif self._page is not PhotoPage.SAVING:
            self._end(PhotoStep.CAMERA_LOST, "camera-lost")

    def _end(self, step: PhotoStep, reason: str) -> None:
        """No photo this time: the check-in stands and its badge waits for the desk."""
        result, self._result = self._result, None
        self._session += 1
        self._ticker.stop()
        self.viewfinder.set_count("")
        if result is None:
            return
        log.info("photo step ended without a photo for %s: %s", result.registration_id, reason)
        self._runner.run(lambda service: service.skip_photo(result, step, reason), _ignore, _ignore)
        if reason != "timeout":
            self.finished.emit(replace(result, photo_step=step))

    # --- layout --------------------------------------------------------------------------------

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side on a landscape screen; the picture above the words on a portrait one."""
        portrait = event.size().height() > event.size().width()
        self._content.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)

    def _button(self, *, primary: bool) -> QPushButton:
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must not press it
        if primary:
            button.setStyleSheet(PRIMARY_STYLE)
        return button

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.accept_button, 1)
        buttons.addWidget(self.refuse_button, 1)
        column = QVBoxLayout()
        column.setSpacing(14)  # the consent terms in French or Russian fit 1280x800
        column.addStretch(1)
        column.addWidget(self._body)
        column.addWidget(self._terms)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addWidget(self._note)
        column.addStretch(2)
        side = QWidget()  # keeps its share of the width when its buttons are hidden
        side.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        side.setLayout(column)
        content = self._content = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        content.setContentsMargins(48, 28, 48, 28)
        content.setSpacing(48)
        content.addWidget(self.viewfinder, 4)
        content.addWidget(side, 5)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._band)
        outer.addLayout(content, 1)


def _ignore(_: object) -> None:
    """An audit line that could not be written is logged by the runner; nothing to show."""


def photo_at_desk(runner: CheckInRunner, result: ScanResult) -> ScanResult:
    """A check-in waiting for a photo where no camera can take it now: the desk takes it."""
    runner.run(
        lambda service: service.skip_photo(result, PhotoStep.AT_DESK, "no-camera"),
        _ignore,
        _ignore,
    )
    return replace(result, photo_step=PhotoStep.AT_DESK)
