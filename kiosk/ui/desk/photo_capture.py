"""The desk's photo from its webcam (after the choice in photo_source.py): the capture dialog.

The capture dialog reuses the kiosk's viewfinder (the live picture, mirrored, with the face
oval); Take photo makes the exact centred crop on the desk's worker thread, like the kiosk's
photo step. The webcam runs only while the dialog is open. It keeps nothing itself: "Use this
photo" emits ``use(jpeg)`` and PhotoReplacer keeps it exactly as a chosen file
(docs/desk-window.md, Actions).
"""

from __future__ import annotations

import enum
import sys

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.model import Participant
from kiosk.scan.camera import CameraFeed
from kiosk.scan.photo import CapturedPhoto, photo_from_frame
from kiosk.ui.desk.context import DeskContext
from kiosk.ui.desk.photo_source import DeskDialog, desk_button
from kiosk.ui.kiosk.photo_viewfinder import PhotoViewfinder
from kiosk.ui.widgets import label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

NO_FRAME_MS = 5_000  # no picture this long after opening: the webcam is not working


class Step(enum.Enum):
    STARTING = "starting"  # the webcam is opening; no picture yet
    LIVE = "live"  # the live picture: Take photo
    MAKING = "making"  # the shot becomes the photo (worker thread)
    PREVIEW = "preview"  # Use this photo / Retake
    SAVING = "saving"  # PhotoReplacer keeps it (worker thread)
    NO_CAMERA = "no-camera"  # missing, vanished or silent: choose a file instead


class PhotoCaptureDialog(DeskDialog):
    """The live picture, Take photo, then the photo: Use this photo / Retake; Cancel any time.

    ``use(jpeg)`` when staff accept the photo (the dialog waits until ``done_saving`` or
    ``show_problem``); ``choose_file`` when the webcam cannot give a picture and staff take a
    file instead. The feed is started when the dialog is shown and stopped when it closes.
    """

    use = Signal(bytes)
    choose_file = Signal()

    def __init__(
        self,
        context: DeskContext,
        feed: CameraFeed,
        person: Participant,
        parent: QWidget | None = None,
        *,
        no_frame_ms: int = NO_FRAME_MS,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._feed = feed
        self.person = person
        self._step = Step.STARTING
        self._photo: CapturedPhoto | None = None
        self._shot = 0  # answers for an earlier shot (a retake since) are dropped
        self._problem = ""
        self._camera_gone = False  # missing, silent or unplugged: no retake in this dialog
        self.viewfinder = PhotoViewfinder(feed)
        self.viewfinder.setMinimumSize(300, 400)
        self.heading = label("title", wrap=True)
        self.hint = label("hint", wrap=True)
        self.problem = label("warning", wrap=True)
        self.take_button = desk_button("desk-photo-take", primary=True)
        self.use_button = desk_button("desk-photo-use", primary=True)
        self.retake_button = desk_button("desk-photo-retake")
        self.file_button = desk_button("desk-photo-file")  # when the webcam cannot give a picture
        self.cancel_button = desk_button("desk-photo-cancel")
        self._no_frame = QTimer(self)
        self._no_frame.setSingleShot(True)
        self._no_frame.setInterval(no_frame_ms)
        self._no_frame.timeout.connect(self._on_no_frame_timeout)
        self.take_button.clicked.connect(self._on_take)
        self.retake_button.clicked.connect(self._on_retake)
        self.use_button.clicked.connect(self._on_use)
        self.file_button.clicked.connect(self._on_file)
        self.cancel_button.clicked.connect(self.reject)
        feed.video_sink.videoFrameChanged.connect(self._on_frame)
        feed.availability_changed.connect(self._on_availability_changed)
        self.finished.connect(self._on_finished)
        self._lay_out()
        self._show(Step.STARTING)

    @property
    def step(self) -> Step:
        return self._step

    def done_saving(self) -> None:
        """The photo is kept: close (the webcam stops)."""
        self.accept()

    def show_problem(self, text: str) -> None:
        """The photo could not be kept: say so; it can be used again, retaken or replaced."""
        self._problem = text
        self._show(Step.PREVIEW)

    # -- steps ----------------------------------------------------------------------------

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._step is Step.STARTING and not self._no_frame.isActive():
            self._start_camera()

    def _start_camera(self) -> None:
        self.viewfinder.show_live()
        if not self._feed.start():
            self._lost(self.tr("No webcam was found at this desk. Choose a file instead."))
            return
        self._no_frame.start()

    def _show(self, step: Step) -> None:
        self._step = step
        self.take_button.setVisible(step in (Step.STARTING, Step.LIVE, Step.MAKING))
        self.take_button.setEnabled(step is Step.LIVE)
        preview = step in (Step.PREVIEW, Step.SAVING)
        self.use_button.setVisible(preview)
        self.use_button.setEnabled(step is Step.PREVIEW)
        self.retake_button.setVisible(preview and not self._camera_gone)
        self.retake_button.setEnabled(step is Step.PREVIEW)
        self.file_button.setVisible(step is Step.NO_CAMERA or (preview and self._camera_gone))
        # the way on when there is no picture; beside "Use this photo", the second choice
        self.file_button.setObjectName("primary" if step is Step.NO_CAMERA else "desk-photo-file")
        self.file_button.style().unpolish(self.file_button)
        self.file_button.style().polish(self.file_button)
        self.cancel_button.setEnabled(step is not Step.SAVING)
        self.problem.setText(self._problem)
        self.problem.setVisible(bool(self._problem))
        self.retranslate()

    def _lost(self, text: str) -> None:
        """No picture can come: say why; a photo already taken stays usable."""
        self._no_frame.stop()
        self._problem = text
        self._camera_gone = True
        if self._step in (Step.PREVIEW, Step.SAVING):
            self._show(self._step)  # the photo taken can still be used; no retake
            return
        self._shot += 1
        self.viewfinder.freeze()
        self._show(Step.NO_CAMERA)

    @Slot(QVideoFrame)
    def _on_frame(self, _frame: QVideoFrame) -> None:
        if self._step is Step.STARTING and self.viewfinder.last_frame is not None:
            self._no_frame.stop()
            self._show(Step.LIVE)

    @Slot()
    def _on_no_frame_timeout(self) -> None:
        if self._step is Step.STARTING:
            self._lost(
                self.tr("The webcam gives no picture. Check its cable, or choose a file instead.")
            )

    @Slot(bool)
    def _on_availability_changed(self, available: bool) -> None:
        if not available and self.isVisible():
            self._lost(self.tr("The webcam stopped. Check its cable, or choose a file instead."))

    @Slot()
    def _on_take(self) -> None:
        frame = self.viewfinder.last_frame
        if self._step is not Step.LIVE or frame is None or not frame.isValid():
            return
        self.viewfinder.freeze()
        self._problem = ""
        self._show(Step.MAKING)
        self._shot += 1
        shot = self._shot
        self._context.run(
            lambda _backend: photo_from_frame(frame),
            lambda photo: self._on_made(shot, photo),
            lambda _ref: self._on_not_made(shot),
        )

    def _on_made(self, shot: int, photo: CapturedPhoto) -> None:
        if shot != self._shot or self._step is not Step.MAKING:
            return
        self._photo = photo
        self.viewfinder.show_still(photo.image)
        self._show(Step.PREVIEW)

    def _on_not_made(self, shot: int) -> None:
        if shot == self._shot and self._step is Step.MAKING:
            self._problem = self.tr("That picture could not be used. Take the photo again.")
            self.viewfinder.show_live()
            self._show(Step.LIVE)

    @Slot()
    def _on_retake(self) -> None:
        if self._step is Step.PREVIEW and not self._camera_gone:
            self._photo, self._problem = None, ""
            self._shot += 1
            self.viewfinder.show_live()
            self._show(Step.STARTING)  # Take photo waits for a new frame
            self._no_frame.start()

    @Slot()
    def _on_use(self) -> None:
        if self._step is Step.PREVIEW and self._photo is not None:
            self._problem = ""
            self._show(Step.SAVING)
            self.use.emit(self._photo.jpeg)

    @Slot()
    def _on_file(self) -> None:
        self.reject()
        self.choose_file.emit()

    @Slot()
    def _on_finished(self) -> None:
        """Closed by any button or Escape: the webcam light goes off."""
        self._no_frame.stop()
        self._shot += 1
        self._feed.stop()

    # -- texts and layout -----------------------------------------------------------------

    @override
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Photo from the webcam"))
        self.heading.setText(self.tr("Photo of {name}").replace("{name}", self.person.badge_name))
        hints = {
            Step.STARTING: self.tr("Starting the webcam…"),
            Step.LIVE: self.tr(
                "Ask the person to look at the webcam, face inside the oval, then take the photo."
            ),
            Step.MAKING: self.tr("Preparing the photo…"),
            Step.PREVIEW: (
                self.tr("This photo will be printed on the badge. Use it, or choose a file.")
                if self._camera_gone
                else self.tr("This photo will be printed on the badge. Use it, or retake it.")
            ),
            Step.SAVING: self.tr("Keeping the photo…"),
            Step.NO_CAMERA: self.tr("Nothing was changed."),
        }
        self.hint.setText(hints[self._step])
        self.viewfinder.setAccessibleName(self.tr("Webcam picture"))
        self.take_button.setText(self.tr("Take photo"))
        self.use_button.setText(self.tr("Use this photo"))
        self.retake_button.setText(self.tr("Retake"))
        self.file_button.setText(self.tr("Choose a file…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        buttons.setSpacing(10)
        for button in (
            self.take_button,
            self.use_button,
            self.retake_button,
            self.file_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.heading)
        side.addWidget(self.problem)  # what went wrong first, then what it means
        side.addWidget(self.hint)
        side.addStretch(1)
        side.addLayout(buttons)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 20, 20, 20)
        row.setSpacing(24)
        row.addWidget(self.viewfinder, 3)
        row.addLayout(side, 2)
        self.resize(820, 540)
