"""The desk's Arrivals page on a demo home with arrivals made through the real services: the
figures shown are the service's, a check-in made elsewhere appears, a failed refresh keeps the
figures, Export PNG writes a picture; English, Arabic and Chinese."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest
from arrivals_home import Arrivals, make_arrivals_home
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from kiosk.app import read_settings
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.credentials import Credential, sign_credential
from kiosk.core.model import ScanSource
from kiosk.core.staff import Role
from kiosk.desk_app import desk_backend_factory, desk_options
from kiosk.paths import Home
from kiosk.printing.category_chart import category_rows
from kiosk.printing.fake import FakePrinter
from kiosk.printing.report_words import word
from kiosk.services.check_in import CheckInService
from kiosk.services.dashboard import DashboardFigures, dashboard_figures
from kiosk.services.demo import DEMO_KEY_ID, DEMO_SUPERVISOR_PIN, demo_private_key
from kiosk.services.desk import DeskStaff
from kiosk.services.printing import PrintSetup
from kiosk.store import events, open_database, participants
from kiosk.ui.background import ServiceRunner
from kiosk.ui.desk import dashboard
from kiosk.ui.desk.context import DeskContext
from kiosk.ui.desk.dashboard import ArrivalsPanel
from kiosk.ui.desk.window import DeskWindow
from kiosk.ui.i18n import install_language

MONDAY = date(2022, 5, 30)
LANGUAGES = ["en", "ar", "zh"]


@dataclass
class Desk:
    arrivals: Arrivals
    context: DeskContext
    panel: ArrivalsPanel


@pytest.fixture(scope="module")
def arrivals_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo home with arrivals per module; each test works on its own copy."""
    root = tmp_path_factory.mktemp("arrivals") / "home"
    make_arrivals_home(root, people=120)
    return root


@pytest.fixture
def arrivals(arrivals_template: Path, tmp_path: Path) -> Arrivals:
    root = tmp_path / "home"
    shutil.copytree(arrivals_template, root)
    return Arrivals(Home(root), [], 1, {})


@pytest.fixture
def context(arrivals: Arrivals, qapp: QApplication) -> Iterator[DeskContext]:
    home = arrivals.home
    settings = read_settings(home)
    runner = ServiceRunner(desk_backend_factory(home, settings), name="desk worker")
    yield DeskContext(runner, desk_options(home, settings))
    assert runner.stop()


@pytest.fixture
def desk(arrivals: Arrivals, context: DeskContext, qtbot: QtBot) -> Desk:
    panel = ArrivalsPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    qtbot.waitExposed(panel)
    context.set_staff(DeskStaff("supervisor-demo", Role.SUPERVISOR))
    return Desk(arrivals, context, panel)


def _loaded(qtbot: QtBot, desk: Desk) -> DashboardFigures:
    with qtbot.waitSignal(desk.panel.loaded, timeout=20_000):
        desk.panel.activate()
    figures = desk.panel.figures
    assert figures is not None
    return figures


def _service_figures(desk: Desk, day: date = MONDAY) -> DashboardFigures:
    db = open_database(desk.arrivals.home.database)
    try:
        return dashboard_figures(db, datetime(2022, 5, 30, 10, tzinfo=UTC), day)
    finally:
        db.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_totals_shown_are_the_services_figures(
    qtbot: QtBot, qapp: QApplication, desk: Desk, language: str
) -> None:
    install_language(qapp, language)
    shown = _loaded(qtbot, desk)
    expected = _service_figures(desk)
    assert shown.day == MONDAY  # today at the venue by the demo's clock
    assert shown.arrivals == expected.arrivals
    day = expected.arrivals
    panel = desk.panel
    mark = "\u200f" if language == "ar" else ""  # read from the right, like its caption
    assert panel.tile_text("checked_in") == f"{mark}{day.arrived:,} / {day.expected:,}"
    assert panel.tile_text("today") == "11"  # 10 check-ins and the walk-in, made by the services
    assert panel.tile_text("printed") == str(expected.badges_printed) == "12"  # 11 + a reprint
    assert panel.tile_text("reprints") == "1"
    assert panel.tile_text("walk_ins") == "1"
    assert panel.kiosk_rows() == [(k.kiosk_id, f"{k.count:,}") for k in day.kiosks]
    assert sum(int(count) for _kiosk, count in panel.kiosk_rows()) == 11
    assert panel.hours_chart.day == day
    assert panel.categories_chart.day == day


@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_and_shared_words_are_in_the_staff_language(
    qtbot: QtBot, qapp: QApplication, desk: Desk, language: str
) -> None:
    install_language(qapp, language)
    figures = _loaded(qtbot, desk)
    rows = category_rows(figures.arrivals, language)
    delegates = next(c for c in figures.arrivals.categories if c.code == "DEL")
    assert rows[0].label == delegates.label_in(language)
    if language != "en":
        assert rows[0].label != delegates.label  # translated, not the English fallback
    table = desk.panel.findChild(QTableWidget, "arrivals-kiosks")
    assert table is not None
    header = table.horizontalHeaderItem(0)
    assert header is not None
    assert header.text() == word("kiosk", language)  # one source: the report's words
    rtl = language == "ar"
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert desk.panel.layoutDirection() == direction
    assert (desk.panel.title() == "Arrivals") == (language == "en")  # the tab is translated


def test_a_check_in_made_elsewhere_appears_after_data_changed(qtbot: QtBot, desk: Desk) -> None:
    before = _loaded(qtbot, desk)
    _check_in_elsewhere(desk.arrivals, at=datetime(2022, 5, 30, 9, 5, tzinfo=UTC))  # 11:05 local
    assert desk.panel.tile_text("today") == "11"  # nothing read yet
    with qtbot.waitSignal(desk.panel.loaded, timeout=20_000):
        desk.context.data_changed.emit()
    after = desk.panel.figures
    assert after is not None
    assert after.arrivals.check_ins == before.arrivals.check_ins + 1
    assert sum(after.arrivals.per_hour()[11].values()) == 1  # in the 11:00 bar, venue time
    assert desk.panel.tile_text("today") == "12"
    assert after.arrivals == _service_figures(desk).arrivals


def test_the_page_refreshes_on_its_timer_while_shown_only(qtbot: QtBot, desk: Desk) -> None:
    _loaded(qtbot, desk)
    assert desk.panel.is_live
    _check_in_elsewhere(desk.arrivals, at=datetime(2022, 5, 30, 9, 5, tzinfo=UTC))
    with qtbot.waitSignal(desk.panel.loaded, timeout=20_000):
        desk.panel.refresh()  # what the 30-second timer calls
    assert desk.panel.tile_text("today") == "12"
    desk.panel.hide()
    assert not desk.panel.is_live


def test_a_failed_refresh_keeps_the_figures_and_says_so(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    figures = _loaded(qtbot, desk)

    def broken(*_args: object) -> DashboardFigures:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(dashboard, "dashboard_figures", broken)
    desk.panel.refresh()
    qtbot.waitUntil(lambda: desk.panel.failure_text() != "", timeout=20_000)
    assert "RuntimeError, ref " in desk.panel.failure_text()
    assert "could not be refreshed" in desk.panel.failure_text()
    assert desk.panel.figures is figures
    assert desk.panel.hours_chart.day is figures.arrivals  # the chart is not emptied
    assert desk.panel.tile_text("today") == "11"
    monkeypatch.undo()
    with qtbot.waitSignal(desk.panel.loaded, timeout=20_000):
        desk.panel.refresh()
    assert desk.panel.failure_text() == ""


def test_a_first_load_that_fails_says_so_with_no_figures(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> DashboardFigures:
        raise RuntimeError("no event")

    monkeypatch.setattr(dashboard, "dashboard_figures", broken)
    desk.panel.activate()
    qtbot.waitUntil(lambda: desk.panel.failure_text() != "", timeout=20_000)
    assert "could not be read" in desk.panel.failure_text()
    assert desk.panel.figures is None


def test_the_day_chooser_shows_the_event_days_and_the_chosen_one(qtbot: QtBot, desk: Desk) -> None:
    figures = _loaded(qtbot, desk)
    assert figures.days[0] == date(2022, 5, 29)  # badges from the day before the opening
    assert figures.days[-1] == date(2022, 6, 3)
    chooser = desk.panel.day_chooser
    assert chooser.count() == len(figures.days)
    assert chooser.currentData() == MONDAY.isoformat()
    with qtbot.waitSignal(desk.panel.loaded, timeout=20_000):
        desk.panel.choose_day(date(2022, 5, 31))
    tuesday = desk.panel.figures
    assert tuesday is not None
    assert tuesday.day == date(2022, 5, 31)
    assert desk.panel.tile_text("today") == "1"
    assert tuesday.arrivals == _service_figures(desk, date(2022, 5, 31)).arrivals


def test_a_load_dropped_at_a_staff_change_does_not_stop_the_page(qtbot: QtBot, desk: Desk) -> None:
    desk.panel.refresh()  # asked by the supervisor ...
    desk.context.set_staff(DeskStaff("desk-demo", Role.DESK))  # ... who hands over at once
    with qtbot.waitSignal(desk.panel.loaded, timeout=20_000):
        desk.panel.refresh()  # the new staff member's own load is not held back
    assert desk.panel.tile_text("today") == "11"


def test_sign_out_forgets_the_figures(qtbot: QtBot, desk: Desk) -> None:
    _loaded(qtbot, desk)
    desk.panel.clear()
    assert desk.panel.figures is None
    assert desk.panel.hours_chart.day is None
    assert desk.panel.kiosk_rows() == []
    assert desk.panel.tile_text("today") == "\u2014"
    assert not desk.panel.is_live


@pytest.mark.parametrize("language", LANGUAGES)
def test_export_writes_the_charts_as_one_png(
    qtbot: QtBot, qapp: QApplication, desk: Desk, tmp_path: Path, language: str
) -> None:
    install_language(qapp, language)
    figures = _loaded(qtbot, desk)
    with qtbot.waitSignal(desk.panel.exported, timeout=30_000) as signal:
        desk.panel.export_png(tmp_path / "arrivals")  # no suffix: .png is added
    path = Path(signal.args[0])
    assert path == tmp_path / "arrivals.png"
    assert not (tmp_path / "arrivals.png.partial").exists()
    image = QImage(str(path))
    assert (image.width(), image.height()) > (1599, 1200)
    assert image.width() == 1600
    pixels = _pixels(image)
    white = np.all(pixels == 255, axis=-1)
    assert 0.02 < 1 - white.mean() < 0.9  # drawn on, not blank, not a black square
    delegates = next(c for c in figures.arrivals.categories if c.code == "DEL")
    colour = QColor(delegates.colour)
    found = np.all(pixels == (colour.red(), colour.green(), colour.blue()), axis=-1)
    assert found.sum() > 500  # the delegates' bars in their badge colour


def test_the_export_button_asks_where_then_writes_and_a_cancel_writes_nothing(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _loaded(qtbot, desk)
    asked: list[str] = []
    answers = iter([str(tmp_path / "chosen.png"), ""])

    def ask(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    button = desk.panel.findChild(QPushButton, "arrivals-export")
    assert button is not None
    with qtbot.waitSignal(desk.panel.exported, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith("arrivals-2022-05-30.png")  # the day in the suggested name
    assert (tmp_path / "chosen.png").is_file()
    with qtbot.assertNotEmitted(desk.context.message, wait=300):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # cancelled: nothing happens
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chosen.png", "home"]


def test_export_to_a_missing_folder_says_so_and_writes_nothing(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    _loaded(qtbot, desk)
    target = tmp_path / "no such folder" / "arrivals.png"
    with qtbot.waitSignal(desk.context.message, timeout=30_000) as signal:
        desk.panel.export_png(target)
    assert "could not be saved" in signal.args[0]
    assert str(target) in signal.args[0]
    assert not target.parent.exists()


def test_export_before_any_figures_says_there_is_nothing(qtbot: QtBot, desk: Desk) -> None:
    with qtbot.waitSignal(desk.context.message, timeout=5_000) as signal:
        desk.panel.export_png(Path("/nowhere.png"))
    assert "no figures" in signal.args[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_opens_arrivals_after_a_pin_sign_in(
    qtbot: QtBot, qapp: QApplication, context: DeskContext, language: str
) -> None:
    window = DeskWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.sign_in_page.language_chosen.emit(language)
    window.sign_in_page.secret_entered.emit(DEMO_SUPERVISOR_PIN)
    qtbot.waitUntil(lambda: context.staff is not None, timeout=20_000)
    with qtbot.waitSignal(window.arrivals.loaded, timeout=20_000):
        window.tabs.setCurrentWidget(window.arrivals)
    assert window.arrivals.tile_text("today") == "11"
    assert window.arrivals.is_live
    assert window.tabs.tabText(window.tabs.indexOf(window.arrivals)) == window.arrivals.title()
    window.tabs.setCurrentWidget(window.people)
    assert not window.arrivals.is_live  # not refreshed while another page is shown
    window.sign_out()
    assert window.arrivals.figures is None


def _check_in_elsewhere(arrivals: Arrivals, at: datetime) -> int:
    """A check-in made by another kiosk's connection on the same database file."""
    home = arrivals.home
    db = open_database(home.database)
    try:
        event = events.load_event(db)
        assert event is not None
        numbers = {c.code: c.number for c in events.load_categories(db, event.id)}
        seen = {row[0] for row in db.execute("SELECT registration_id FROM checkins").fetchall()}
        person = next(
            p
            for p in participants.iter_participants(db)
            if p.status.value == "registered" and p.registration_id not in seen
        )
        code = sign_credential(
            Credential(
                DEMO_KEY_ID,
                event.id,
                person.registration_id,
                numbers.get(person.category, 0),
                person.reissue,
                at,
            ),
            demo_private_key(home),
        )
        service = CheckInService(
            db, PrintSetup.of(FakePrinter(), BADGE_SIZES["a6"]), "kiosk-c", lambda: at
        )
        assert service.scan(code, ScanSource.SCANNER).is_success
        return person.registration_id
    finally:
        db.close()


def _pixels(image: QImage) -> np.ndarray:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = rgb.width(), rgb.height()
    data = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=rgb.sizeInBytes())
    rows = data.reshape(height, rgb.bytesPerLine())[:, : width * 3]
    return rows.reshape(height, width, 3).copy()  # a copy: the buffer dies with ``rgb``
