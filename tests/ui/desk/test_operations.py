"""The desk's Operations page on a demo home with real services: printers in words with a test
print each, the print queue and its answers, and where sync stands. English, Arabic, Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from queue_home import PAPER_OUT, QueueHome, make_queue_home, sign_in

from kiosk.core.registry_address import RegistryKind, RegistryName
from kiosk.paths import Home
from kiosk.printing.base import PrinterState, PrinterStatus
from kiosk.services.printer_check import PrinterReport
from kiosk.services.sync import SyncReport
from kiosk.store import journal, sync_state
from kiosk.store.journal import JobState
from kiosk.sync.client import SyncProblem
from kiosk.ui.desk.exception_words import job_state_words, sync_problem_words
from kiosk.ui.desk.operations import OperationsPanel
from kiosk.ui.i18n import install_language
from kiosk.ui.kiosk.printer_status import state_words

LANGUAGES = ["en", "ar", "zh"]
RLM = "\u200f"  # right-to-left mark


class FakeSync(QObject):
    """Stands in for the home's SyncRunner: reports rounds, counts Sync now."""

    round_finished = Signal(SyncReport)

    def __init__(self, registry: RegistryName | None = None) -> None:
        super().__init__()
        self.asked = 0
        self.registry = registry

    def sync_now(self) -> None:
        self.asked += 1


@pytest.fixture
def queue(tmp_path: Path) -> Iterator[QueueHome]:
    made = make_queue_home(Home(tmp_path / "home"))
    yield made
    assert made.runner.stop()
    made.db.close()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    install_language(qapp, request.param)
    return str(request.param)


@pytest.fixture
def messages(queue: QueueHome) -> list[str]:
    said: list[str] = []
    queue.context.message.connect(said.append)
    return said


def shown(qtbot: QtBot, queue: QueueHome) -> OperationsPanel:
    panel = OperationsPanel(queue.context)
    qtbot.addWidget(panel)
    panel.resize(1280, 760)
    panel.show()
    sign_in(qtbot, queue.context)
    panel.activate()
    qtbot.waitUntil(lambda: panel.view is not None, timeout=20_000)
    return panel


def text(panel: OperationsPanel, table: str, row: int, column: int) -> str:
    widget = panel.printers if table == "printers" else panel.queue
    item = widget.item(row, column)
    assert item is not None
    return item.text()


def test_a_printer_out_of_paper_is_said_in_words(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    queue.fake.reported = PrinterStatus(PrinterState.PAPER_OUT)
    panel = shown(qtbot, queue)
    assert panel.printers.rowCount() == 2
    assert text(panel, "printers", 0, 0) == "fake://main"
    assert text(panel, "printers", 0, 2) == state_words(PrinterState.PAPER_OUT)
    if language != "en":
        assert "paper" not in text(panel, "printers", 0, 2)  # translated
    assert text(panel, "printers", 1, 0) == queue.second_uri
    assert text(panel, "printers", 0, 1) != text(panel, "printers", 1, 1)  # main, fallback
    queue.fake.reported = PrinterStatus(PrinterState.ONLINE)  # paper loaded
    panel.refresh()
    qtbot.waitUntil(
        lambda: text(panel, "printers", 0, 2) == state_words(PrinterState.ONLINE), timeout=20_000
    )


def test_the_test_print_writes_a_file(
    qtbot: QtBot, queue: QueueHome, language: str, messages: list[str]
) -> None:
    panel = shown(qtbot, queue)
    button = panel.printers.cellWidget(1, 3)
    assert isinstance(button, QPushButton)
    button.click()
    qtbot.waitUntil(lambda: any(".png" in m for m in messages), timeout=30_000)
    assert list((queue.home.root / "second").glob("*.png"))
    assert queue.fake.printed == []  # only the printer asked


def test_the_print_queue_shows_open_jobs_and_retry_prints_once_the_paper_is_back(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    person = queue.people[0]
    job_id = queue.failed(person)
    panel = shown(qtbot, queue)
    assert panel.queue.rowCount() == 1
    assert text(panel, "queue", 0, 1) == str(person)
    assert text(panel, "queue", 0, 2)  # the name, from the roster
    assert text(panel, "queue", 0, 4) == job_state_words(JobState.FAILED)
    box = panel.queue.cellWidget(0, 6)
    assert box is not None
    retry = box.findChild(QPushButton, "job-retry")
    assert retry is not None
    retry.click()  # the fake has paper again
    qtbot.waitUntil(lambda: panel.queue.rowCount() == 0, timeout=20_000)
    job = journal.get_job(queue.db, job_id)
    assert job is not None
    assert job.state is JobState.DONE
    assert [b.content.registration_id for b in queue.fake.printed] == [person]


def test_a_queued_job_can_be_cancelled_from_the_queue(qtbot: QtBot, queue: QueueHome) -> None:
    person = queue.people[1]
    job_id = queue.failed(person)
    queue.fake.fail_with = PAPER_OUT
    panel = shown(qtbot, queue)
    box = panel.queue.cellWidget(0, 6)
    assert box is not None
    cancel = box.findChild(QPushButton, "job-cancel")
    assert cancel is not None
    cancel.click()
    dialog = panel._jobs.note_dialog
    assert dialog is not None
    dialog.textValueSelected.emit("duplicate registration")
    qtbot.waitUntil(lambda: panel.queue.rowCount() == 0, timeout=20_000)
    job = journal.get_job(queue.db, job_id)
    assert job is not None
    assert job.state is JobState.CANCELLED


def test_not_enrolled_says_so_and_sync_now_is_off(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    panel = shown(qtbot, queue)
    assert queue.context.sync is None
    assert not panel.sync_now.isEnabled()
    assert panel.sync_lines[0].text().lstrip(RLM) == panel.tr(
        "This desk is not enrolled with a registry: nothing is synced."
    )
    if language != "en":
        assert "enrolled" not in panel.sync_lines[0].text()


def test_sync_state_age_waiting_items_and_the_last_problem_in_words(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    sync = FakeSync()
    queue.context.sync = sync  # type: ignore[assignment]
    sync_state.record_round(queue.db, queue.clock() - timedelta(minutes=7), "", reached_end=True)
    queue.checked_in_held(queue.people[2])  # a check-in waiting in the outbox
    panel = shown(qtbot, queue)
    assert "09:53" in panel.sync_lines[1].text()  # last complete update, Geneva time
    assert "7" in panel.sync_lines[2].text()  # minutes
    assert "1" in panel.sync_lines[3].text()  # items waiting
    report = SyncReport(queue.clock(), queue.clock(), problem=SyncProblem.NETWORK, error="down")
    sync.round_finished.emit(report)
    assert panel.sync_lines[4].text().lstrip(RLM) == sync_problem_words(SyncProblem.NETWORK)
    assert panel.sync_lines[0].text().lstrip(RLM) == panel.tr("Offline")
    if language == "ar":  # a time alone starts at the right, where an Arabic line starts
        assert panel.sync_lines[1].text().startswith(RLM)
    panel.sync_now.click()
    assert sync.asked == 1
    assert panel.sync_lines[5].text().lstrip(RLM) == panel.tr("none")  # no registry named


REGISTRY_WORDS = {"en": "kiosk registry", "ar": "سجل الأكشاك", "zh": "自助终端注册中心"}


def test_the_registry_row_names_the_kind_and_host(
    qtbot: QtBot, queue: QueueHome, language: str
) -> None:
    name = RegistryName(RegistryKind.KIOSK, "10.0.0.2:8700")
    queue.context.sync = FakeSync(name)  # type: ignore[assignment]
    panel = shown(qtbot, queue)
    line = panel.sync_lines[5].text().lstrip(RLM)
    assert line == f"{REGISTRY_WORDS[language]} · \u206810.0.0.2:8700\u2069"
    pretix = RegistryName(RegistryKind.PRETIX, "tickets.example.org · itu/wsis22")
    queue.context.sync = FakeSync(pretix)  # type: ignore[assignment]
    panel.retranslate()
    assert panel.sync_lines[5].text().lstrip(RLM).startswith("\u2068pretix\u2069 · ")


class FakeMonitor(QObject):
    """Stands in for the desk's PrinterMonitor (its own thread in the real desk)."""

    report_ready = Signal(PrinterReport)


def test_with_a_printer_monitor_the_worker_does_not_ask_network_printers(
    qtbot: QtBot, queue: QueueHome
) -> None:
    """A printer that does not answer holds up the monitor's thread, never the desk's worker
    (which also searches and prints): the page shows the monitor's answers as they come."""
    monitor = FakeMonitor()
    queue.context.printer_monitor = monitor  # type: ignore[assignment]
    queue.fake.reported = PrinterStatus(PrinterState.ONLINE)
    asked_before = queue.fake.status_asked
    panel = shown(qtbot, queue)
    assert queue.fake.status_asked == asked_before  # the worker never asked fake://main
    assert text(panel, "printers", 0, 2) == state_words(PrinterState.UNKNOWN)  # no answer yet
    monitor.report_ready.emit(
        PrinterReport(
            (
                ("fake://main", PrinterStatus(PrinterState.PAPER_OUT)),
                (queue.second_uri, PrinterStatus(PrinterState.ONLINE)),
            )
        )
    )
    qtbot.waitUntil(
        lambda: text(panel, "printers", 0, 2) == state_words(PrinterState.PAPER_OUT),
        timeout=20_000,
    )
    assert queue.fake.status_asked == asked_before
