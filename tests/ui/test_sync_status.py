"""Background sync in the window: its own thread, never in a check-in's way, a status corner."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, EVENT_TITLE, FakeService

from kiosk.core.model import ScanSource
from kiosk.core.registry_address import RegistryKind, RegistryName
from kiosk.services.sync import SyncReport
from kiosk.sync.client import SyncProblem
from kiosk.ui.background import CheckInRunner
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.sync_status import SyncStatusCorner
from kiosk.ui.main_window import MainWindow
from kiosk.ui.options import UiOptions
from kiosk.ui.sync_runner import SyncRunner

NOW = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)


def report(*, minutes_old: float | None = 0, problem: SyncProblem | None = None) -> SyncReport:
    as_of = None if minutes_old is None else NOW - timedelta(minutes=minutes_old)
    error = problem.value if problem else ""
    return SyncReport(NOW, NOW, error=error, problem=problem, data_as_of=as_of, reached_end=True)


class FakeSession:
    """Answers each round with the next report; can hold a round until released."""

    def __init__(self, *answers: SyncReport | Exception) -> None:
        self.answers = list(answers)
        self.threads: set[int] = set()
        self.gate = threading.Event()
        self.gate.set()
        self.closed = False

    def run(self) -> SyncReport:
        self.threads.add(threading.get_ident())
        self.gate.wait(10)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def session() -> FakeSession:
    return FakeSession(report())


@pytest.fixture
def sync_runner(session: FakeSession) -> Iterator[SyncRunner]:
    runner = SyncRunner(lambda: session, interval_s=3600)  # type: ignore[arg-type, return-value]
    yield runner
    session.gate.set()
    assert runner.stop()


def test_a_round_runs_on_its_own_thread_and_reports_on_the_gui_thread(
    qtbot: QtBot, sync_runner: SyncRunner, session: FakeSession
) -> None:
    with qtbot.waitSignal(sync_runner.round_finished) as blocker:
        sync_runner.sync_now()
    assert blocker.args[0].ok
    assert session.threads
    assert threading.get_ident() not in session.threads


def test_the_session_is_closed_on_its_thread_when_the_runner_stops(
    qtbot: QtBot, sync_runner: SyncRunner, session: FakeSession
) -> None:
    with qtbot.waitSignal(sync_runner.round_finished):
        sync_runner.sync_now()
    assert sync_runner.stop()
    assert session.closed


def test_a_crashing_round_is_logged_and_the_next_one_still_runs(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    session = FakeSession(RuntimeError("database disk image is malformed"), report())
    runner = SyncRunner(lambda: session, interval_s=3600)  # type: ignore[arg-type, return-value]
    try:
        with caplog.at_level(logging.ERROR):
            runner.sync_now()
            qtbot.waitUntil(lambda: "sync round failed unexpectedly" in caplog.text)
        with qtbot.waitSignal(runner.round_finished) as blocker:
            runner.sync_now()
        assert blocker.args[0].ok
    finally:
        assert runner.stop()


def test_a_slow_registry_never_holds_up_a_check_in(qtbot: QtBot, session: FakeSession) -> None:
    session.gate.clear()  # the sync round hangs (a registry that does not answer)
    sync = SyncRunner(lambda: session, interval_s=3600)  # type: ignore[arg-type, return-value]
    service = FakeService()
    service.answers["101"] = AMINA
    check_ins = CheckInRunner(lambda: service)  # type: ignore[arg-type, return-value]
    try:
        sync.sync_now()
        qtbot.waitUntil(lambda: bool(session.threads))
        with qtbot.waitSignal(check_ins.scan_finished) as blocker:
            check_ins.submit_scan("101", ScanSource.SCANNER)
        assert blocker.args == [AMINA]
    finally:
        session.gate.set()
        service.gate.set()
        assert sync.stop()
        assert check_ins.stop()


def test_the_corner_says_online_and_the_age_of_the_data(qtbot: QtBot) -> None:
    corner = SyncStatusCorner(lambda: NOW)
    qtbot.addWidget(corner)
    assert corner.text() == "Connecting to the registry… · no data from the registry yet"
    corner.show_report(report(minutes_old=3))
    assert corner.text() == "Online · data updated 3 min ago"
    corner.show_report(report(minutes_old=None, problem=SyncProblem.NETWORK))
    assert corner.text() == "Offline · data updated 3 min ago"  # the data is still that old
    corner.show_report(report(minutes_old=0.2))
    assert corner.text() == "Online · data updated just now"
    corner.show_report(report(minutes_old=185, problem=SyncProblem.DEVICE_REVOKED))
    assert corner.text() == "Offline · data updated 3 h ago"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "En ligne · données mises à jour il y a 12 min"),
        ("ru", "В сети · данные обновлены 12 мин назад"),
        ("ar", "متصل · تم تحديث البيانات قبل 12 د"),
        ("zh", "在线 · 数据于 12 分钟前更新"),
    ],
)
def test_the_corner_speaks_the_window_language(
    qtbot: QtBot, qapp: QApplication, code: str, text: str
) -> None:
    corner = SyncStatusCorner(lambda: NOW)
    qtbot.addWidget(corner)
    corner.show_report(report(minutes_old=12))
    install_language(qapp, code)
    # The language change arrives as an event; an Arabic line starts with a right-to-left mark.
    qtbot.waitUntil(lambda: corner.text().removeprefix("\u200f") == text)


PRETIX = RegistryName(RegistryKind.PRETIX, "tickets.example.org · itu/wsis22")
FSI, PDI = "\u2068", "\u2069"  # the host kept left to right inside a line of either direction


@pytest.mark.parametrize(
    ("code", "ours", "state"),
    [
        ("en", "kiosk registry", "Online"),
        ("ar", "سجل الأكشاك", "متصل"),
        ("zh", "自助终端注册中心", "在线"),
    ],
)
def test_the_corner_names_the_registry_by_kind_and_host_never_by_url(
    qtbot: QtBot, qapp: QApplication, code: str, ours: str, state: str
) -> None:
    install_language(qapp, code)
    pretix = SyncStatusCorner(lambda: NOW, registry=PRETIX)
    kiosk = SyncStatusCorner(
        lambda: NOW, registry=RegistryName(RegistryKind.KIOSK, "10.0.0.2:8700")
    )
    for corner in (pretix, kiosk):
        qtbot.addWidget(corner)
        corner.show_report(report(minutes_old=3))
    rlm = "\u200f"  # an Arabic line starts at the right, though it starts with a Latin name
    assert pretix.text().startswith(rlm) is (code == "ar")
    assert (
        pretix.text()
        .lstrip(rlm)
        .startswith(f"{FSI}pretix{PDI} · {FSI}tickets.example.org · itu/wsis22{PDI} · {state} · ")
    )
    assert kiosk.text().lstrip(rlm).startswith(f"{ours} · {FSI}10.0.0.2:8700{PDI} · {state} · ")
    assert "://" not in pretix.text() + kiosk.text()


def test_the_window_shows_the_corner_under_its_screens(qtbot: QtBot) -> None:
    service = FakeService()
    check_ins = CheckInRunner(lambda: service)  # type: ignore[arg-type, return-value]
    corner = SyncStatusCorner(lambda: NOW)
    window = MainWindow(check_ins, UiOptions(EVENT_TITLE), status_corner=corner)
    qtbot.addWidget(window)
    try:
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        assert corner.isVisible()
        assert corner.window() is window
        assert corner.geometry().bottom() > window.height() - 80  # along the bottom edge
    finally:
        service.gate.set()
        assert check_ins.stop()
