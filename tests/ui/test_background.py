"""The background runner: the service lives on its own thread, answers come back as signals."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, FakeService

from kiosk.core.model import ScanSource
from kiosk.store import StoreError
from kiosk.ui.background import CheckInRunner


def test_scan_result_arrives_on_the_gui_thread(
    qtbot: QtBot, runner: CheckInRunner, service: FakeService
) -> None:
    service.answers["101"] = AMINA
    seen_on: list[QThread] = []
    runner.scan_finished.connect(lambda _result: seen_on.append(QThread.currentThread()))
    with qtbot.waitSignal(runner.scan_finished) as blocker:
        runner.submit_scan("101", ScanSource.SCANNER)
    assert blocker.args == [AMINA]
    assert service.calls == [("101", ScanSource.SCANNER)]
    assert seen_on == [QThread.currentThread()]


def test_service_is_built_and_used_on_one_worker_thread(qtbot: QtBot) -> None:
    built_on: list[int] = []
    service = FakeService()

    def factory() -> FakeService:
        built_on.append(threading.get_ident())
        return service

    runner = CheckInRunner(factory)  # type: ignore[arg-type]
    try:
        for text in ("1", "2"):
            with qtbot.waitSignal(runner.scan_finished):
                runner.submit_scan(text, ScanSource.CAMERA)
    finally:
        assert runner.stop()
    assert len(built_on) == 1  # built once, on first use
    assert service.threads == set(built_on)
    assert threading.get_ident() not in service.threads


def test_service_error_becomes_a_failure_with_a_logged_reference(
    qtbot: QtBot, runner: CheckInRunner, service: FakeService, caplog: pytest.LogCaptureFixture
) -> None:
    service.answers["bad"] = OSError("disk I/O error")
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.scan_failed) as blocker:
        runner.submit_scan("bad", ScanSource.SCANNER)
    message = blocker.args[0]
    assert message.startswith("OSError, ref ")
    reference = message.removeprefix("OSError, ref ")
    assert any(reference in record.getMessage() and record.exc_info for record in caplog.records)


def test_a_database_failure_names_the_problem_and_the_file_for_staff(
    qtbot: QtBot, runner: CheckInRunner, service: FakeService, caplog: pytest.LogCaptureFixture
) -> None:
    problem = (
        "the disk holding the database /srv/kiosk/kiosk.db is full (disk full); free some space"
    )
    service.answers["full"] = StoreError(problem)
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.scan_failed) as blocker:
        runner.submit_scan("full", ScanSource.SCANNER)
    message = blocker.args[0]
    assert message.startswith(problem + " (ref ")
    assert any(problem in record.getMessage() for record in caplog.records)


def test_factory_error_is_a_failure_and_the_next_call_retries(qtbot: QtBot) -> None:
    attempts: list[int] = []

    def factory() -> FakeService:
        attempts.append(1)
        if len(attempts) == 1:
            raise LookupError("the database holds no event")
        return FakeService()

    runner = CheckInRunner(factory)  # type: ignore[arg-type]
    try:
        with qtbot.waitSignal(runner.scan_failed):
            runner.submit_scan("1", ScanSource.SCANNER)
        with qtbot.waitSignal(runner.scan_finished):
            runner.submit_scan("1", ScanSource.SCANNER)
    finally:
        assert runner.stop()
    assert len(attempts) == 2


def test_run_calls_any_function_with_the_service(
    qtbot: QtBot, runner: CheckInRunner, service: FakeService
) -> None:
    answers: list[object] = []
    failures: list[str] = []
    runner.run(lambda svc: svc is service, answers.append, failures.append)
    runner.run(lambda _svc: 1 / 0, answers.append, failures.append)
    qtbot.waitUntil(lambda: len(answers) + len(failures) == 2)
    assert answers == [True]
    assert failures[0].startswith("ZeroDivisionError, ref ")


def test_stop_finishes_queued_work_and_is_idempotent(
    qtbot: QtBot, runner: CheckInRunner, service: FakeService
) -> None:
    runner.submit_scan("1", ScanSource.SCANNER)
    assert runner.stop()
    assert service.calls == [("1", ScanSource.SCANNER)]
    assert runner.stop()


def test_work_submitted_after_stop_is_refused(
    runner: CheckInRunner, service: FakeService, caplog: pytest.LogCaptureFixture
) -> None:
    assert runner.stop()
    runner.submit_scan("1", ScanSource.SCANNER)
    assert service.calls == []
    assert "after stop" in caplog.text
