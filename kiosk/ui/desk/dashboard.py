"""The desk's Arrivals page: one day's check-ins against expected, live, exportable as PNG.

Figures are read on the desk's worker thread (services/dashboard.py; about a third of a second at
100,000 participants), every 30 s while the page is shown and after any desk action. The figures
on screen stay until the next ones arrive, so a refresh never blanks the page; a refresh that
fails says so in one line and keeps them. The charts are the report's own QPainter drawings
(printing/charts.py, category_chart.py), and their words and the words this page shares with the
report come from printing/report_words.py: one source, six languages.

In Arabic the page mirrors; the hours axis stays left to right, as on the printed report: a
clock-time scale with Western digits that staff compare with the PDF, drawn once for both.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.arrivals import ArrivalsDay
from kiosk.printing.base import PrinterError
from kiosk.printing.category_chart import draw_category_chart
from kiosk.printing.charts import draw_arrivals_chart
from kiosk.printing.dashboard_image import save_dashboard_png
from kiosk.printing.report_words import word
from kiosk.services.dashboard import DashboardFigures, dashboard_figures
from kiosk.services.desk_backend import DeskBackend
from kiosk.ui.desk.chart_widget import ChartView
from kiosk.ui.desk.context import DeskContext, DeskPanel
from kiosk.ui.i18n import current_language, in_reading_order
from kiosk.ui.widgets import label

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

log = logging.getLogger(__name__)

REFRESH_MS = 30_000


class _Tile(QFrame):
    """A figure with its caption under it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("arrivalsTile")
        self.value = label(f"arrivals-{name}", centred=True)
        self.value.setStyleSheet("font-size: 26px; font-weight: 700;")
        self.caption = label("small", wrap=True, centred=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(2)
        column.addWidget(self.value)
        column.addWidget(self.caption)


class ArrivalsPanel(DeskPanel):
    """The Arrivals page: day chooser, totals, the two charts, the busiest kiosks, Export PNG."""

    loaded = Signal()  # new figures are on screen
    exported = Signal(str)  # the path of a PNG just written

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._figures: DashboardFigures | None = None
        self._loading = False
        self._load_again = False
        self._day_label = QLabel()
        self._days = QComboBox()
        self._days.setObjectName("arrivals-day")
        self._days.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._status = label("hint")
        self._failure = label("warning", wrap=True)
        self._failure.hide()
        self._export = QPushButton()
        self._export.setObjectName("arrivals-export")
        self._tiles = {name: _Tile(name) for name in _TILES}
        self.hours_chart = ChartView(draw_arrivals_chart)
        self.categories_chart = ChartView(draw_category_chart)
        self._kiosks_title = label("title")
        self._kiosks = _kiosk_table()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._days.activated.connect(self._on_days_activated)
        self._export.clicked.connect(self._on_export_clicked)
        context.data_changed.connect(self._on_data_changed)
        context.staff_changed.connect(self._on_staff_changed)
        self._build()
        self.retranslate()

    # -- what the window and the tests drive -------------------------------------------

    @property
    def figures(self) -> DashboardFigures | None:
        """The figures on screen now."""
        return self._figures

    def tile_text(self, name: str) -> str:
        """The figure a tile shows (``checked_in``, ``today``, ``printed``, ``reprints``,
        ``walk_ins``)."""
        return self._tiles[name].value.text()

    @property
    def day_chooser(self) -> QComboBox:
        return self._days

    @property
    def is_live(self) -> bool:
        """Refreshing on its timer (shown, staff signed in)."""
        return self._timer.isActive()

    def failure_text(self) -> str:
        """The line saying the last load failed ("" when it did not)."""
        return self._failure.text() if not self._failure.isHidden() else ""

    def choose_day(self, day: date) -> None:
        """Show ``day`` (one of the event's days), as choosing it in the day list does."""
        index = self._days.findData(day.isoformat())
        if index >= 0:
            self._days.setCurrentIndex(index)
            self.refresh()

    def kiosk_rows(self) -> list[tuple[str, str]]:
        return [
            (_cell(self._kiosks, row, 0), _cell(self._kiosks, row, 1))
            for row in range(self._kiosks.rowCount())
        ]

    @override
    def title(self) -> str:
        return self.tr("Arrivals")

    @override
    def activate(self) -> None:
        self.refresh()
        self._timer.start()

    @override
    def clear(self) -> None:
        self._timer.stop()
        self._figures = None
        self._on_staff_changed()
        self._days.clear()
        for tile in self._tiles.values():
            tile.value.setText("\u2014")
        self.hours_chart.show_day(None)
        self.categories_chart.show_day(None)
        self._kiosks.setRowCount(0)
        self._status.clear()
        self._failure.hide()

    @Slot()
    def refresh(self) -> None:
        """Read the chosen day's figures again (today's at first); one load at a time."""
        if self.context.staff is None:
            return
        if self._loading:
            self._load_again = True
            return
        self._loading = True
        day = self._chosen_day()
        self.context.run(lambda backend: _load(backend, day), self._on_loaded, self._on_load_failed)

    def export_png(self, path: Path) -> None:
        """Write the charts of the figures on screen as one PNG (drawn on the worker thread)."""
        figures = self._figures
        if figures is None:
            self.context.message.emit(self.tr("There are no figures to export yet."))
            return
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        day, language, sample = figures.arrivals, current_language(), figures.is_sample
        self._export.setEnabled(False)
        self.context.run(
            lambda _backend: _save(day, language, path, sample),
            lambda problem: self._on_exported(path, problem),
            lambda text: self._on_exported(path, text),
        )

    # -- answers ----------------------------------------------------------------------

    def _on_loaded(self, figures: DashboardFigures) -> None:
        self._loading = False
        if self.context.staff is not None:
            self._show(figures)
        self._again_if_asked()

    def _on_load_failed(self, reference: str) -> None:
        self._loading = False
        log.warning("arrivals figures not refreshed: %s", reference)
        if self._figures is None:
            text = self.tr("The figures could not be read. Reference for IT: {ref}").format(
                ref=reference
            )
        else:
            text = self.tr(
                "The figures could not be refreshed; those shown are from {time}. "
                "Reference for IT: {ref}"
            ).format(time=self._local_time(self._figures), ref=reference)
        self._failure.setText(text)
        self._failure.show()
        self._again_if_asked()

    def _again_if_asked(self) -> None:
        if self._load_again:
            self._load_again = False
            self.refresh()

    def _on_exported(self, path: Path, problem: str) -> None:
        self._export.setEnabled(True)
        if problem:
            log.warning("arrivals PNG not written: %s", problem)
            self.context.message.emit(
                self.tr("The picture could not be saved as {file}. Choose another folder.").format(
                    file=str(path)
                )
            )
            return
        self.context.message.emit(self.tr("Charts saved as {file}").format(file=str(path)))
        self.exported.emit(str(path))

    # -- showing ----------------------------------------------------------------------

    def _show(self, figures: DashboardFigures) -> None:
        self._figures = figures
        self._fill_days(figures)
        day = figures.arrivals
        self._fill_tiles(figures)
        self.hours_chart.show_day(day)
        self.categories_chart.show_day(day)
        self._fill_kiosks(day)
        self._failure.hide()
        self._show_status()
        self.loaded.emit()

    def _fill_tiles(self, figures: DashboardFigures) -> None:
        day = figures.arrivals
        # In Arabic "arrived / expected" reads from the right, as its caption does.
        self._tiles["checked_in"].value.setText(
            in_reading_order(f"{day.arrived:,} / {day.expected:,}")
        )
        self._tiles["today"].value.setText(f"{day.check_ins:,}")
        self._tiles["printed"].value.setText(f"{figures.badges_printed:,}")
        self._tiles["reprints"].value.setText(f"{len(day.reprints):,}")
        self._tiles["walk_ins"].value.setText(f"{len(day.walk_ins):,}")

    def _fill_days(self, figures: DashboardFigures) -> None:
        """The event's days in the chooser, the shown day selected (the user's choice kept)."""
        # ISO text as item data: PySide turns a date into a QDate, which never compares equal.
        listed = [self._days.itemData(i) for i in range(self._days.count())]
        if listed != [day.isoformat() for day in figures.days]:
            self._days.clear()
            for day in figures.days:
                self._days.addItem(_day_text(day), day.isoformat())
        self._days.setCurrentIndex(max(self._days.findData(figures.day.isoformat()), 0))

    def _fill_kiosks(self, day: ArrivalsDay) -> None:
        self._kiosks.setRowCount(len(day.kiosks))
        for row, kiosk in enumerate(day.kiosks):
            self._kiosks.setItem(row, 0, QTableWidgetItem(kiosk.kiosk_id))
            count = QTableWidgetItem(f"{kiosk.count:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._kiosks.setItem(row, 1, count)

    def _show_status(self) -> None:
        if self._figures is None:
            self._status.clear()
            return
        self._status.setText(
            self.tr("Updated at {time} (every 30 seconds)").format(
                time=self._local_time(self._figures)
            )
        )

    def _local_time(self, figures: DashboardFigures) -> str:
        try:
            zone = ZoneInfo(self.context.options.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo("UTC")
        moment = figures.read_at.astimezone(zone)
        return QTime(moment.hour, moment.minute, moment.second).toString("HH:mm:ss")

    def _chosen_day(self) -> date | None:
        data = self._days.currentData()
        return date.fromisoformat(data) if isinstance(data, str) else None

    # -- input ------------------------------------------------------------------------

    @Slot(int)
    def _on_days_activated(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def _on_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_staff_changed(self) -> None:
        # An answer still on its way was asked by the staff before: context.run drops it.
        self._loading = False
        self._load_again = False
        self._export.setEnabled(True)

    @Slot()
    def _on_export_clicked(self) -> None:
        if self._figures is None:
            self.export_png(Path())  # says there is nothing to export
            return
        suggested = str(Path.home() / f"arrivals-{self._figures.day.isoformat()}.png")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the charts as PNG"), suggested, self.tr("PNG images (*.png)")
        )
        if chosen:
            self.export_png(Path(chosen))

    # -- Qt ---------------------------------------------------------------------------

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.context.staff is not None:
            self._timer.start()

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # live only while shown
        super().hideEvent(event)

    @override
    def retranslate(self) -> None:
        language = current_language()
        self._day_label.setText(self.tr("Day"))
        self._days.setAccessibleName(self.tr("Day"))
        self._export.setText(self.tr("Export PNG"))
        captions = {
            "checked_in": word("arrived", language),
            "today": word("check_ins_today", language),
            "printed": self.tr("Badges printed"),
            "reprints": word("reprints", language),
            "walk_ins": self.tr("Walk-ins"),
        }
        for name, tile in self._tiles.items():
            tile.caption.setText(captions[name])
        self._kiosks_title.setText(word("kiosks", language))
        self._kiosks.setHorizontalHeaderLabels(
            [word("kiosk", language), word("check_ins_today", language)]
        )
        waiting = self.tr("Reading the figures…")
        self.hours_chart.set_waiting_text(waiting)
        self.categories_chart.set_waiting_text(waiting)
        for index in range(self._days.count()):
            self._days.setItemText(index, _day_text(date.fromisoformat(self._days.itemData(index))))
        self._show_status()
        if self._figures is not None:
            self._fill_tiles(self._figures)

    def _build(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self._day_label)
        controls.addWidget(self._days)
        controls.addSpacing(12)
        controls.addWidget(self._status, 1)
        controls.addWidget(self._export)
        tiles = QHBoxLayout()
        for tile in self._tiles.values():
            tiles.addWidget(tile, 1)
        side = QVBoxLayout()
        side.addWidget(self.categories_chart, 3)
        side.addWidget(self._kiosks_title)
        side.addWidget(self._kiosks, 2)
        body = QHBoxLayout()
        body.addWidget(self.hours_chart, 3)
        body.addLayout(side, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addLayout(controls)
        column.addWidget(self._failure)
        column.addLayout(tiles)
        column.addLayout(body, 1)


_TILES = ("checked_in", "today", "printed", "reprints", "walk_ins")


def _load(backend: DeskBackend, day: date | None) -> DashboardFigures:
    return dashboard_figures(backend.db, backend.clock(), day)


def _save(day: ArrivalsDay, language: str, path: Path, is_sample: bool) -> str:
    """On the worker thread: "" when written, else why not (logged)."""
    try:
        save_dashboard_png(day, language, path, is_sample=is_sample)
    except PrinterError as exc:
        return str(exc)
    return ""


def _kiosk_table() -> QTableWidget:
    table = QTableWidget(0, 2)
    table.setObjectName("arrivals-kiosks")
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _day_text(day: date) -> str:
    """The day as the UI language writes it (QLocale follows install_language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
