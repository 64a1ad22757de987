"""Replace photo… at the desk: a file, or with a webcam first the choice (photo_source.py) and
then the capture dialog (photo_capture.py). Either photo is kept on the desk's worker thread
exactly as `kiosk photo` keeps it (docs/desk-window.md, "Actions"). Its words belong to the
PersonActions catalogue context, where the rest of the photo action's words are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from shiboken6 import Shiboken

from kiosk.core.model import Participant
from kiosk.scan.camera import CameraFeed
from kiosk.scan.photo import PhotoError, photo_from_image
from kiosk.services.desk_backend import DeskBackend
from kiosk.services.photos import PhotoSaveError
from kiosk.ui.desk.context import DeskContext
from kiosk.ui.desk.photo_capture import NO_FRAME_MS, PhotoCaptureDialog
from kiosk.ui.desk.photo_source import PhotoSourceDialog

PhotoChooser = Callable[[QWidget], str]  # the file chosen, "" when cancelled


def keep_photo_file(backend: DeskBackend, registration_id: int, source: Path) -> bool | None:
    """On the worker thread: the file read (turned as its EXIF says), cropped like a kiosk photo
    and kept exactly as `kiosk photo` keeps it. True when a waiting badge now shows it."""
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)
    image = reader.read()
    try:
        jpeg = photo_from_image(image).jpeg
    except PhotoError:
        return None
    return keep_photo_jpeg(backend, registration_id, jpeg)


def keep_photo_jpeg(backend: DeskBackend, registration_id: int, jpeg: bytes) -> bool | None:
    """On the worker thread: a photo made here (a file or the webcam) kept exactly as `kiosk
    photo` keeps it. True when a waiting badge now shows it; None when it could not be kept."""
    try:
        job = backend.service.keep_photo(registration_id, jpeg, "desk")
    except PhotoSaveError:
        return None
    return job is not None


def choose_photo_file(parent: QWidget, title: str = "") -> str:
    """The desk's file chooser for a photo (a modal dialog)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        title or QCoreApplication.translate("PersonActions", "Choose the person's photo"),
        "",
        QCoreApplication.translate("PersonActions", "Pictures (*.jpg *.jpeg *.png)"),
    )
    return path


class PhotoReplacer(QObject):
    """Runs Replace photo… for ``owner`` (PersonActions): ``kept(person, on_badge)`` once kept
    (on_badge None: the file was no usable photo), ``failed(reference)``, ``working`` while a
    chosen file is being kept."""

    kept = Signal(object, object)  # Participant, bool | None
    failed = Signal(str)
    working = Signal()

    def __init__(self, context: DeskContext, owner: QWidget) -> None:
        super().__init__(owner)
        self.context = context
        self._owner = owner
        self._dialog: QDialog | None = None
        self.choose_photo: PhotoChooser = lambda parent: choose_photo_file(
            parent, self.file_title()
        )  # tests hand in a chosen file
        self.no_frame_ms = NO_FRAME_MS  # the webcam gives no picture this long: say so

    @property
    def dialog(self) -> QDialog | None:
        """The choice or the capture dialog now open, if any."""
        return self._dialog

    def start(self, person: Participant) -> None:
        """With a webcam: the webcam or a file; without (``[camera] device = "none"``): a file,
        the chooser's title saying there is no webcam."""
        camera = self.context.camera
        if camera is None:
            self._choose_file(person)
            return
        dialog = PhotoSourceDialog(person, self._owner)
        dialog.webcam.connect(lambda: self._open_capture(person, camera))
        dialog.file.connect(lambda: self._choose_file(person))
        self._open(dialog)

    def close(self) -> None:
        """Sign-out: the dialog closes (and the webcam stops with it)."""
        if self._dialog is not None:
            self._dialog.reject()

    def file_title(self) -> str:
        if self.context.camera is None:
            return QCoreApplication.translate(
                "PersonActions", "No webcam is set up at this desk: choose the person's photo"
            )
        return QCoreApplication.translate("PersonActions", "Choose the person's photo")

    def _open_capture(self, person: Participant, camera: CameraFeed) -> None:
        if self.context.staff is None:
            return
        dialog = PhotoCaptureDialog(
            self.context, camera, person, self._owner, no_frame_ms=self.no_frame_ms
        )
        dialog.use.connect(lambda jpeg: self._keep_captured(dialog, person, jpeg))
        dialog.choose_file.connect(lambda: self._choose_file(person))
        self._open(dialog)

    def _keep_captured(self, dialog: PhotoCaptureDialog, person: Participant, jpeg: bytes) -> None:
        """Use this photo: kept like a chosen file; the dialog closes, or says why not."""

        def say(text: str) -> None:  # Escape may have closed it while the worker kept the photo
            if Shiboken.isValid(dialog) and dialog.isVisible():
                dialog.show_problem(text)
            else:
                self.context.message.emit(text)

        def kept(on_badge: bool | None) -> None:
            if on_badge is None:
                say(
                    QCoreApplication.translate(
                        "PersonActions",
                        "The photo could not be stored. Try again; if it fails again, tell IT.",
                    )
                )
                return
            if Shiboken.isValid(dialog):
                dialog.done_saving()
            self.kept.emit(person, on_badge)

        def failed(ref: str) -> None:
            text = QCoreApplication.translate(
                "PersonActions", "That did not work. Reference for IT: {ref}"
            )
            say(text.format(ref=ref))

        self.context.run(lambda b: keep_photo_jpeg(b, person.registration_id, jpeg), kept, failed)

    def _choose_file(self, person: Participant) -> None:
        if self.context.staff is None:
            return
        path = self.choose_photo(self._owner)
        if not path:
            return
        self.working.emit()
        self.context.run(
            lambda b: keep_photo_file(b, person.registration_id, Path(path)),
            lambda on_badge: self.kept.emit(person, on_badge),
            self.failed.emit,
        )

    def _open(self, dialog: QDialog) -> None:
        self.close()
        self._dialog = dialog
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()
