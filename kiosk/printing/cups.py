"""Any OS printer through CUPS: the badge as a vector PDF, submitted with ``lp``, status from
``lpstat``. The queue's driver (Dymo, Brother, ColorWorks, office printers) does the rest.

The CUPS command-line clients are used rather than pycups (GPL, builds from source); they follow
``CUPS_SERVER`` or, with ``server=`` in the URI, talk to that scheduler.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess

from kiosk.printing.base import (
    PrinterError,
    PrinterState,
    PrinterStatus,
    PrintResult,
    RenderedBadge,
)
from kiosk.printing.render import pdf_bytes

log = logging.getLogger(__name__)

TIMEOUT_S = 15.0
_JOB_ID = re.compile(r"request id is (\S+)")
# printer-state-reasons (RFC 8011) as lpstat shows them under "Alerts:"
_REASONS = (
    (("cover-open", "door-open", "interlock-open"), PrinterState.COVER_OPEN, "cover open"),
    (("media-empty", "media-needed", "media-jam"), PrinterState.PAPER_OUT, "paper out or jammed"),
    (("offline-report", "shutdown"), PrinterState.OFFLINE, "the printer offline"),
    (("media-low",), PrinterState.PAPER_NEAR_END, "paper near end"),
)


class CupsPrinter:
    """Prints badges as PDF to the CUPS queue ``queue`` (on ``server`` if given)."""

    def __init__(
        self, queue: str, server: str = "", media: str = "", timeout_s: float = TIMEOUT_S
    ) -> None:
        self.queue = queue
        self.server = server
        self.media = media
        self.timeout_s = timeout_s

    @property
    def uri(self) -> str:
        options = [
            f"{key}={value}"
            for key, value in (("server", self.server), ("media", self.media))
            if value
        ]
        return f"cups://{self.queue}" + (f"?{'&'.join(options)}" if options else "")

    def print_badge(self, badge: RenderedBadge) -> PrintResult:
        content = badge.content
        title = f"badge {content.registration_id} v{content.badge_version}"  # never the name
        command = ["lp", *self._server(), "-d", self.queue, "-t", title]
        if self.media:
            command += ["-o", f"media={self.media}"]
        answer = self._run([*command, "-"], pdf_bytes(content, badge.size))
        if answer.returncode != 0:
            raise PrinterError(self._refusal(_first_line(answer.stderr)))
        match = _JOB_ID.search(answer.stdout.decode(errors="replace"))
        job = match.group(1) if match else ""
        log.info(
            "badge %s v%s sent to CUPS as job %s",
            content.registration_id,
            content.badge_version,
            job,
        )
        return PrintResult(printer=self.uri, job=job)

    def status(self) -> PrinterStatus:
        try:
            answer = self._run(["lpstat", *self._server(), "-l", "-p", self.queue])
        except PrinterError as error:
            return PrinterStatus(PrinterState.OFFLINE, str(error))
        if answer.returncode != 0:
            return PrinterStatus(PrinterState.OFFLINE, self._refusal(_first_line(answer.stderr)))
        return status_from_lpstat(answer.stdout.decode(errors="replace"), self.queue)

    def _server(self) -> list[str]:
        return ["-h", self.server] if self.server else []

    def _run(self, command: list[str], data: bytes = b"") -> subprocess.CompletedProcess[bytes]:
        if shutil.which(command[0]) is None:
            raise PrinterError(
                f"CUPS printing needs the '{command[0]}' command: install the cups-client package."
            )
        environment = {**os.environ, "LC_ALL": "C"}  # lpstat's words, not the kiosk's language
        try:
            return subprocess.run(
                command, input=data, capture_output=True, timeout=self.timeout_s, env=environment
            )
        except subprocess.TimeoutExpired:
            raise PrinterError(
                f"CUPS did not answer within {self.timeout_s:g} s (queue '{self.queue}')."
            ) from None

    def _refusal(self, message: str) -> str:
        if "does not exist" in message or "Invalid destination" in message:
            if not self._scheduler_running():
                where = f" at {self.server}" if self.server else ""
                return f"The CUPS print service{where} is not running."
            return f"There is no CUPS printer queue '{self.queue}' (`lpstat -p` lists them)."
        return f"CUPS refused the badge for queue '{self.queue}': {message}"

    def _scheduler_running(self) -> bool:
        answer = self._run(["lpstat", *self._server(), "-r"])
        return b"is running" in answer.stdout and b"not running" not in answer.stdout


def status_from_lpstat(text: str, queue: str) -> PrinterStatus:
    """The queue's status from ``lpstat -l -p QUEUE``: disabled, or its printer-state-reasons."""
    lines = text.splitlines()
    head = lines[0] if lines else ""
    alerts = next((line.split(":", 1)[1].split() for line in lines if "Alerts:" in line), [])
    for names, state, words in _REASONS:
        if any(alert.startswith(names) for alert in alerts):
            return PrinterStatus(state, f"CUPS queue '{queue}' reports {words}.")
    if "disabled" in head:
        reason = lines[1].strip() if len(lines) > 1 and lines[1].startswith("\t") else ""
        because = f": {reason}" if reason and ":" not in reason else ""
        return PrinterStatus(PrinterState.OFFLINE, f"CUPS queue '{queue}' is stopped{because}.")
    return PrinterStatus(PrinterState.ONLINE, f"CUPS queue '{queue}' is ready.")


def _first_line(data: bytes) -> str:
    text = data.decode(errors="replace").strip()
    line = text.splitlines()[0] if text else "no reason given"
    return re.sub(r"^\w+: (Error - )?", "", line)
