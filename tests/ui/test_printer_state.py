"""The printer's state before anyone scans: the attract screen says badges are printed at the
desk, the kiosk checks people in with a "collect at the desk" screen (or, by the setting, takes
no scans), and all recovers by itself when the printer does. English, Arabic and Chinese."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, EVENT_TITLE, FakeService, current_screen, elapse, shows

from kiosk.core.model import ScanSource
from kiosk.printing.base import PrinterState, PrinterStatus
from kiosk.printing.fake import FakePrinter
from kiosk.printing.uri import open_printer
from kiosk.scan.debounce import ScanDebouncer
from kiosk.services.check_in import ScanResult
from kiosk.services.printer_check import PrinterReport, WhenUnavailable, check_printers
from kiosk.services.printing import PrinterSet
from kiosk.ui.background import CheckInRunner
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.checking import CheckingScreen
from kiosk.ui.kiosk.printer_status import PrinterStatusLabel
from kiosk.ui.kiosk.welcome import WelcomeScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.messages import LANGUAGE_NAMES, SCAN_PROMPTS, result_text
from kiosk.ui.options import UiOptions
from kiosk.ui.printer_monitor import PrinterMonitor

LANGUAGES = ["en", "ar", "zh"]
LONG = 600.0
CODE = "0123456789"
DESK_TODAY = "Badges are printed at the accreditation desk today."


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter(uri="fake://badges")


@pytest.fixture
def monitor(printer: FakePrinter) -> Iterator[PrinterMonitor]:
    printers = PrinterSet.of(printer)
    watcher = PrinterMonitor(lambda: check_printers(printers), interval_s=LONG)
    yield watcher
    assert watcher.stop()


@pytest.fixture
def kiosk(qtbot: QtBot, runner: CheckInRunner, monitor: PrinterMonitor, service: FakeService):  # type: ignore[no-untyped-def]
    service.answers[CODE] = AMINA

    def make(language: str = "en", **options: object) -> MainWindow:
        settings: dict[str, object] = {"idle_timeout_s": LONG, "result_timeout_s": LONG}
        settings.update(options)
        window = MainWindow(runner, UiOptions(EVENT_TITLE, **settings), printer_monitor=monitor)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        if language != "en":
            button = next(
                b for b in window.findChildren(QPushButton) if b.text() == LANGUAGE_NAMES[language]
            )
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return window

    return make


def _corner(window: MainWindow) -> str:
    label = window.findChild(PrinterStatusLabel)
    assert label is not None
    assert label.isVisible()
    return label.text()


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _printer_says(
    qtbot: QtBot, monitor: PrinterMonitor, printer: FakePrinter, state: PrinterState
) -> None:
    printer.reported = PrinterStatus(state)
    with qtbot.waitSignal(monitor.report_ready, timeout=10_000):
        monitor.check_now()


def _scan(qtbot: QtBot, window: MainWindow, text: str = CODE) -> None:
    window.on_scanned(text, ScanSource.SCANNER)
    qtbot.waitUntil(lambda: not isinstance(current_screen(window), CheckingScreen), timeout=10_000)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "state", [PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE]
)
def test_attract_says_badges_are_at_the_desk_and_check_in_still_works(
    qtbot: QtBot, kiosk, monitor, printer, service: FakeService, language: str, state: PrinterState
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language)
    assert not shows(window, _tr("AttractScreen", DESK_TODAY))

    _printer_says(qtbot, monitor, printer, state)

    assert shows(window, _tr("AttractScreen", DESK_TODAY))
    assert all(shows(window, prompt) for prompt in SCAN_PROMPTS.values())  # still taking codes
    assert _tr("PrinterStatusLabel", "badges at the accreditation desk") in _corner(window)
    _scan(qtbot, window)
    assert service.holds == [True]
    assert isinstance(current_screen(window), WelcomeScreen)
    held = result_text(ScanResult(AMINA.outcome, print_held=True))
    assert shows(window, held.body)
    assert shows(window, held.where)
    assert shows(window, "Amina Diallo")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_kiosk_recovers_by_itself_when_the_printer_does(
    qtbot: QtBot, kiosk, monitor, printer, service: FakeService, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language)
    _printer_says(qtbot, monitor, printer, PrinterState.PAPER_OUT)
    _printer_says(qtbot, monitor, printer, PrinterState.ONLINE)

    assert not shows(window, _tr("AttractScreen", DESK_TODAY))
    ready = _tr("PrinterStatusLabel", "Printer: %1").replace(
        "%1", _tr("PrinterStatusLabel", "ready")
    )
    assert _corner(window) == ready
    _scan(qtbot, window)
    assert service.holds == [False]


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_stop_the_kiosk_takes_no_scans_until_the_printer_is_back(
    qtbot: QtBot, kiosk, monitor, printer, service: FakeService, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language, when_unavailable=WhenUnavailable.STOP)
    _printer_says(qtbot, monitor, printer, PrinterState.PAPER_OUT)

    assert shows(window, _tr("AttractScreen", DESK_TODAY))
    assert shows(
        window,
        _tr(
            "AttractScreen",
            "This kiosk is not taking codes at the moment. Please go to the accreditation desk.",
        ),
    )
    assert not any(shows(window, prompt) for prompt in SCAN_PROMPTS.values())
    window.on_scanned(CODE, ScanSource.SCANNER)
    elapse(qtbot, 50)
    assert service.calls == []
    assert isinstance(current_screen(window), AttractScreen)

    _printer_says(qtbot, monitor, printer, PrinterState.ONLINE)

    assert all(shows(window, prompt) for prompt in SCAN_PROMPTS.values())
    _scan(qtbot, window)
    assert service.holds == [False]


def test_near_end_paper_still_prints(
    qtbot: QtBot, kiosk, monitor, printer, service: FakeService
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    _printer_says(qtbot, monitor, printer, PrinterState.PAPER_NEAR_END)

    assert not shows(window, DESK_TODAY)
    assert _corner(window) == "Printer: paper running low"
    _scan(qtbot, window)
    assert service.holds == [False]


def test_before_the_first_answer_the_kiosk_prints_as_usual(
    qtbot: QtBot, kiosk, service: FakeService
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    assert _corner(window) == "Printer: checking…"
    _scan(qtbot, window)
    assert service.holds == [False]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_printer_unplugged_mid_badge_shows_the_desk_and_is_checked_at_once(
    qtbot: QtBot, kiosk, monitor, printer, service: FakeService, language: str
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    service.answers["unplugged"] = replace(AMINA, print_error="the printer broke off")
    window = kiosk(language, result_timeout_s=0.5)
    printer.reported = PrinterStatus(PrinterState.OFFLINE)  # what the next check finds

    with qtbot.waitSignal(monitor.report_ready, timeout=10_000):
        _scan(qtbot, window, "unplugged")

    assert isinstance(current_screen(window), WelcomeScreen)
    problem = result_text(service.answers["unplugged"])  # type: ignore[arg-type]
    assert shows(window, problem.body)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen), timeout=10_000)
    qtbot.waitUntil(lambda: shows(window, DESK_TODAY))  # in English again, the home language


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_scan_during_printing_is_ignored_and_the_kiosk_returns_to_attract(
    qtbot: QtBot, kiosk, service: FakeService, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language, result_timeout_s=0.5)
    service.gate.clear()  # the badge is printing: the check-in thread is busy
    window.on_scanned(CODE, ScanSource.SCANNER)
    qtbot.waitUntil(lambda: len(service.calls) == 1)

    window.on_scanned("another code", ScanSource.SCANNER)
    service.gate.set()

    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen), timeout=10_000)
    assert [text for text, _ in service.calls] == [CODE]
    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen), timeout=10_000)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_code_twice_fast_is_one_check_in(
    qtbot: QtBot, kiosk, service: FakeService, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(language, result_timeout_s=0.5)
    debouncer = ScanDebouncer(3.0, window)
    debouncer.scanned.connect(window.on_scanned)

    debouncer.submit(CODE, ScanSource.SCANNER)
    qtbot.waitUntil(lambda: isinstance(current_screen(window), WelcomeScreen), timeout=10_000)
    debouncer.submit(CODE, ScanSource.SCANNER)  # the scanner read it again, on the welcome screen
    elapse(qtbot, 50)

    assert len(service.calls) == 1
    qtbot.waitUntil(lambda: isinstance(current_screen(window), AttractScreen), timeout=10_000)


def test_the_report_lists_every_printer_for_staff() -> None:
    report = PrinterReport(
        (("a", PrinterStatus(PrinterState.PAPER_OUT)), ("b", PrinterStatus(PrinterState.ONLINE)))
    )
    assert report.can_print
    assert report.worst.state is PrinterState.ONLINE


def test_a_network_printer_out_of_paper_then_refilled_through_the_window(
    qtbot: QtBot, runner: CheckInRunner, service: FakeService
) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "printing"))  # the shared TCP test printer
    from fake_tcp_printer import Mode, running

    with running(Mode.PAPER_OUT) as tcp:
        uri = f"escpos+tcp://127.0.0.1:{tcp.port}?profile=tm-t88vii&timeout=0.5"
        printers = PrinterSet([uri], open_printer)
        watcher = PrinterMonitor(lambda: check_printers(printers), interval_s=LONG)
        window = MainWindow(runner, UiOptions(EVENT_TITLE), printer_monitor=watcher)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        try:
            with qtbot.waitSignal(watcher.report_ready, timeout=10_000):
                watcher.check_now()
            out_of_paper = shows(window, DESK_TODAY), _corner(window)
            tcp.mode = Mode.OK  # paper loaded
            with qtbot.waitSignal(watcher.report_ready, timeout=10_000):
                watcher.check_now()
        finally:
            assert watcher.stop()

    assert out_of_paper == (True, "Printer: out of paper · badges at the accreditation desk")
    assert not shows(window, DESK_TODAY)
    assert _corner(window) == "Printer: ready"


def test_the_notice_never_pushes_a_kiosk_mode_window_out_of_full_screen(
    qtbot: QtBot, runner: CheckInRunner, monitor: PrinterMonitor, printer: FakePrinter
) -> None:
    window = MainWindow(runner, UiOptions(EVENT_TITLE, full_screen=True), printer_monitor=monitor)
    qtbot.addWidget(window)
    window.show_for_kiosk()
    qtbot.waitExposed(window)

    _printer_says(qtbot, monitor, printer, PrinterState.PAPER_OUT)
    elapse(qtbot, 100)  # the layout passes the notice causes

    screen = window.screen().geometry()
    assert window.isFullScreen()
    assert (window.width(), window.height()) == (screen.width(), screen.height())
