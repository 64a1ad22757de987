"""The staff desk's pages as scenes: sign-in, People with a person open, Exceptions, Operations,
Arrivals, for `kiosk screenshots --desk` and the docs (docs/desk-window.md).

Unlike the kiosk's scenes (ui/scenes.py), these run the real desk: a real worker thread on a demo
home with a morning of arrivals (services/demo_arrivals.py), a PIN sign-in, and each page driven
through its public methods (``show_person``, ``activate`` by showing its tab). A scene waits for
the worker to go quiet before the picture is taken, so whatever the pages load is on screen.
The caller (cli/screens.py, which may read settings) builds the backend factory and options.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEvent, QEventLoop
from PySide6.QtGui import QImage

from kiosk.services.desk_backend import DeskBackend
from kiosk.ui.background import ServiceRunner
from kiosk.ui.desk.context import DeskContext, DeskOptions, DeskPanel
from kiosk.ui.desk.window import DeskWindow
from kiosk.ui.i18n import install_language
from kiosk.ui.scene_kit import pick_by_name

DEFAULT_SIZE = (1280, 800)
DESK_LANGUAGES = ("en", "ar")
_QUIET_ROUNDS = 3  # a page may load in steps (a list, then a detail): wait for a few quiet turns


@dataclass(frozen=True, slots=True)
class DeskSetup:
    """What the desk scenes run on: the demo home's backend, options, a person, a PIN."""

    factory: Callable[[], DeskBackend]
    options: DeskOptions
    person: int  # a registration with check-ins and a reprint: the People scene opens it
    pin: str  # a supervisor's demo PIN (every page and action shows)


@dataclass(frozen=True, slots=True)
class DeskKit:
    """What a desk scene drives."""

    window: DeskWindow
    context: DeskContext
    setup: DeskSetup

    def settle(self, until: Callable[[], bool] = lambda: True, timeout_s: float = 60.0) -> None:
        """Let the worker finish what the pages asked (and what they asked next), then ``until``."""
        deadline = QDeadlineTimer(int(timeout_s * 1000))
        for _ in range(_QUIET_ROUNDS):
            _turn_until(_quiet(self.context), deadline)
        _turn_until(until, deadline)

    def sign_in(self) -> None:
        self.window.sign_in_page.secret_entered.emit(self.setup.pin)
        self.settle(lambda: self.context.staff is not None)

    def show_page(self, panel: DeskPanel) -> None:
        self.window.tabs.setCurrentWidget(panel)  # the window activates it
        self.settle()


@dataclass(frozen=True, slots=True)
class DeskScene:
    name: str
    show: Callable[[DeskKit], None]
    signed_in: bool = True


def _sign_in_page(kit: DeskKit) -> None:
    kit.settle()


def _people(kit: DeskKit) -> None:
    people = kit.window.people
    kit.window.tabs.setCurrentWidget(people)
    people.search.setText("mar")  # what staff type first: the list fills as they type
    kit.settle(lambda: people.model.rowCount() > 0)
    people.show_person(kit.setup.person)
    kit.settle()


def _exceptions(kit: DeskKit) -> None:
    kit.show_page(kit.window.exceptions)


def _operations(kit: DeskKit) -> None:
    kit.show_page(kit.window.operations)


def _arrivals(kit: DeskKit) -> None:
    kit.show_page(kit.window.arrivals)
    kit.settle(lambda: kit.window.arrivals.figures is not None)


DESK_SCENES = (
    DeskScene("desk-sign-in", _sign_in_page, signed_in=False),
    DeskScene("desk-people", _people),
    DeskScene("desk-exceptions", _exceptions),
    DeskScene("desk-operations", _operations),
    DeskScene("desk-arrivals", _arrivals),
)


@contextmanager
def desk_scene_window(
    scene: DeskScene, language: str, setup: DeskSetup, size: tuple[int, int] = DEFAULT_SIZE
) -> Iterator[DeskKit]:
    """A shown desk window of ``size`` in ``scene``'s state, speaking ``language``; closed after."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    install_language(app, language)
    runner = ServiceRunner(setup.factory, name="desk scene worker")
    context = DeskContext(runner, setup.options)
    window = DeskWindow(context)
    kit = DeskKit(window, context, setup)
    try:
        window.resize(*size)
        window.show()
        window.sign_in_page.language_chosen.emit(language)
        if scene.signed_in:
            kit.sign_in()
        scene.show(kit)
        QCoreApplication.processEvents()
        yield kit
    finally:
        window.close()
        runner.stop()
        window.deleteLater()
        runner.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def render_desk(
    scene: DeskScene, language: str, setup: DeskSetup, size: tuple[int, int] = DEFAULT_SIZE
) -> QImage:
    with desk_scene_window(scene, language, setup, size) as kit:
        return kit.window.grab().toImage()


def export_dashboard(setup: DeskSetup, language: str, path: Path) -> Path:
    """The Arrivals page's Export PNG, as staff would press it, written to ``path``."""
    arrivals = next(scene for scene in DESK_SCENES if scene.name == "desk-arrivals")
    with desk_scene_window(arrivals, language, setup) as kit:
        kit.window.arrivals.export_png(path)
        kit.settle(lambda: path.is_file())
    return path


@dataclass(frozen=True, slots=True)
class DeskShotPlan:
    """Which desk scenes, languages and sizes to render, and whether to export the dashboard."""

    languages: Sequence[str] = DESK_LANGUAGES
    sizes: Sequence[tuple[int, int]] = (DEFAULT_SIZE,)
    scenes: Sequence[DeskScene] = DESK_SCENES
    export: bool = True  # also desk-arrivals-export.png, the dashboard's PNG, per language


def render_desk_all(
    out: Path,
    setup: DeskSetup,
    plan: DeskShotPlan,
    progress: Callable[[int, int, Path], None] | None = None,
) -> list[Path]:
    """Write ``out/WxH/<language>/<scene>.png`` for the plan (and the dashboard's export)."""
    written: list[Path] = []
    total = len(plan.sizes) * len(plan.languages) * (len(plan.scenes) + plan.export)
    for width, height in plan.sizes:
        for language in plan.languages:
            folder = out / f"{width}x{height}" / language
            folder.mkdir(parents=True, exist_ok=True)
            for scene in plan.scenes:
                path = folder / f"{scene.name}.png"
                if not render_desk(scene, language, setup, (width, height)).save(str(path)):
                    raise OSError(f"cannot write {path}")
                written.append(path)
                if progress is not None:
                    progress(len(written), total, path)
            if plan.export:
                written.append(
                    export_dashboard(setup, language, folder / "desk-arrivals-export.png")
                )
                if progress is not None:
                    progress(len(written), total, written[-1])
    return written


def desk_scene_names() -> list[str]:
    return [scene.name for scene in DESK_SCENES]


def find_desk_scenes(names: Sequence[str]) -> list[DeskScene]:
    """The desk scenes named (all when none); an unknown name raises ValueError."""
    return pick_by_name(DESK_SCENES, names, "desk scene")


def _quiet(context: DeskContext) -> Callable[[], bool]:
    """Queue a job that does nothing; it is answered once the work queued before it is done."""
    answered: list[bool] = []

    def nothing(_backend: DeskBackend) -> bool:
        return True

    context.runner.run(nothing, answered.append, lambda _text: answered.append(False))
    return lambda: bool(answered)


def _turn_until(done: Callable[[], bool], deadline: QDeadlineTimer) -> None:
    while not done():
        if deadline.hasExpired():
            raise TimeoutError("the desk scene never settled")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
