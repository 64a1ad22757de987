"""The stage the scenes play on: sample data, a runner that checks nothing by itself, and
the kit a scene uses to put a fresh window into its state (kiosk/ui/scenes.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.core.model import BadgeCategory, ScanSource
from kiosk.core.programme import DayProgramme, day_programme
from kiosk.core.translations import frozen
from kiosk.sample.wsis2022 import (
    SAMPLE_CLOCK_START,
    sample_event,
    sample_rooms,
    sample_sessions,
    sample_tracks,
)
from kiosk.scan.camera_fake import FakeCamera
from kiosk.scan.gray import Gray
from kiosk.services.check_in import CheckInService, ScanResult
from kiosk.services.sync import SyncReport
from kiosk.ui.background import CheckInRunner
from kiosk.ui.feedback import Feedback
from kiosk.ui.kiosk.sync_status import SyncStatusCorner
from kiosk.ui.main_window import MainWindow

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)

SIZES = ((1280, 800), (1920, 1080), (1080, 1920))  # the kiosk screens; portrait last
DEFAULT_SIZE = SIZES[0]
CLOCK = datetime.fromisoformat(SAMPLE_CLOCK_START)  # the demo's first morning
REGISTRATION = 22_000_417
REFERENCE = "RuntimeError, ref 3f9c1a7e"  # what a failed scan shows staff (CheckInRunner)
STAFF_ID = "desk-12"  # a staff member's sign-in name on the staff menu

# Names people carry on their badges, from several scripts; they stay as they are in every
# language (the language test's allowlist reads them from here).
NAMES = (
    "Amina Diallo",
    "李伟",
    "Мария Иванова",
    "محمد الأحمد",
    "José Manuel García Fernández",
    "Nguyễn Thị Minh Khai",
)
LONG_NAME = "Maria del Carmen Fernández de la Vega Sanz-Ortiz de Zárate y Villalobos"
# A real-world long category label, translated as a registry would send it.
LONG_CATEGORY = BadgeCategory(
    "OBS",
    12,
    "Representative of an intergovernmental organisation with observer status",
    "#37474F",
    label_translations=frozen(
        {
            "fr": "Représentant d'une organisation intergouvernementale dotée du statut "
            "d'observateur",
            "es": "Representante de una organización intergubernamental con condición de "
            "observador",
            "ru": "Представитель межправительственной организации со статусом наблюдателя",
            "zh": "具有观察员地位的政府间组织代表",
            "ar": "ممثل منظمة حكومية دولية تتمتع بصفة المراقب",
        }
    ),
)


class SceneProgramme:
    """Today's programme as the sample has it, at the sample clock."""

    def today(self) -> DayProgramme:
        event = sample_event()
        return day_programme(
            sample_sessions(event), sample_rooms(event), sample_tracks(event), CLOCK, event.timezone
        )


class SceneService:
    """The little of CheckInService a scene's background work asks for: the programme."""

    def __init__(self) -> None:
        self.programme = SceneProgramme()


class StillRunner(CheckInRunner):
    """A runner that checks no code (a scan leaves the window on "checking"); other work runs at
    once on the GUI thread, against the sample programme, so a scene is laid out when shown."""

    def __init__(self) -> None:
        super().__init__(_no_service)
        self.submitted: list[str] = []
        self._service = cast(CheckInService, SceneService())

    def submit_scan(self, text: str, source: ScanSource, *, hold_print: bool = False) -> None:
        self.submitted.append(text)

    def run(
        self,
        work: Callable[[CheckInService], T],
        done: Callable[[T], None],
        failed: Callable[[str], None],
    ) -> None:
        try:
            result = work(self._service)
        except Exception as error:  # the failure is shown as the worker would show it
            failed(f"{type(error).__name__}, ref scene")
            return
        done(result)


def _no_service() -> CheckInService:
    raise RuntimeError("a scene runner checks no code")


@dataclass(frozen=True, slots=True)
class SceneKit:
    """What a scene drives: the window, its runner and its sync status corner."""

    window: MainWindow
    runner: StillRunner
    corner: SyncStatusCorner
    feedback: Feedback
    camera: FakeCamera | None = None

    def find(self, kind: type[W]) -> W:
        found = self.window.findChild(kind)
        assert isinstance(found, kind), f"no {kind.__name__} in the window"
        return found

    def switch_to(self, screen: QWidget) -> None:
        """Show ``screen`` as the window would (a screen the scene cannot reach by a scan)."""
        self.find(QStackedWidget).setCurrentWidget(screen)

    def settle(self, until: Callable[[], bool]) -> None:
        """Turn the event loop until ``until()`` (work done a slice per turn, like the board's)."""
        deadline = QDeadlineTimer(10_000)
        while not until():
            if deadline.hasExpired():
                raise TimeoutError("the scene never settled")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QCoreApplication.processEvents()  # the layout of what the last turn added

    def film(self, until: Callable[[], bool]) -> None:
        """Send the fake camera's picture until ``until()`` (frames arrive asynchronously)."""
        assert self.camera is not None, "the scene has no camera"
        deadline = QDeadlineTimer(10_000)
        while not until():
            if deadline.hasExpired():
                raise TimeoutError("the fake camera's picture never arrived")
            self.camera.show(portrait())
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def answer(self, result: ScanResult, *, flash: bool = False) -> None:
        """The window is told what a scan found, as the worker thread would tell it; the
        answer's flash has faded unless ``flash``."""
        self.window.on_scanned("scene", ScanSource.SCANNER)
        self.runner.scan_finished.emit(result)
        self._end_flash(flash)

    def fail(self, reference: str = REFERENCE) -> None:
        self.window.on_scanned("scene", ScanSource.SCANNER)
        self.runner.scan_failed.emit(reference)
        self._end_flash(False)

    def _end_flash(self, keep: bool) -> None:
        flash = self.feedback.flash
        if flash is not None and not keep:
            flash.hide()

    def sync(self, online: bool, minutes_old: int) -> None:
        now = CLOCK
        report = SyncReport(
            now,
            now,
            reached_end=online,
            error="" if online else "the registry cannot be reached",
            data_as_of=now - timedelta(minutes=minutes_old),
        )
        self.corner.show_report(report)


@dataclass(frozen=True, slots=True)
class Scene:
    name: str
    show: Callable[[SceneKit], None]
    keeps: tuple[str, ...] = ()  # texts shown as they are in every language (people's names)
    camera: bool = False  # the window has the (fake) camera: its picture beside the prompts
    countdown_ms: int = 1000  # each step of the photo's 3-2-1


def portrait() -> Gray:
    """A still 640x480 picture for the fake camera: a light face on a dark background."""
    plain, face = bytes([60]) * 640, bytes([60]) * 240 + bytes([200]) * 160 + bytes([60]) * 240
    return Gray(640, 480, plain * 120 + face * 280 + plain * 80)


class Named(Protocol):
    @property
    def name(self) -> str: ...


N = TypeVar("N", bound=Named)


def pick_by_name(items: Sequence[N], names: Sequence[str], what: str) -> list[N]:
    """The ``items`` named (all when no name is given); an unknown name raises ValueError
    listing the names there are (`kiosk screenshots --scene`)."""
    if not names:
        return list(items)
    by_name = {item.name: item for item in items}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise ValueError(f"unknown {what} {', '.join(unknown)}; scenes: {', '.join(by_name)}")
    return [by_name[name] for name in names]
