"""What the start-up checks found (kiosk/doctoring.py), in words for staff only: the staff menu
and the desk's message bar show them, never a visitor's screen. The check's name and finding
stay in English, as `kiosk doctor` prints them for IT."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from kiosk.services.doctor import CheckResult
from kiosk.ui.i18n import isolated

SHOWN = 3  # the staff menu and the desk's message bar have room for this many failures
MAX_FINDING_CHARS = 160


def problem_lines(problems: Sequence[CheckResult]) -> list[str]:
    """One line per failed check, then where to read more; nothing when all is well."""
    if not problems:
        return []
    lines = [
        QCoreApplication.translate(
            "StartUpChecks", "Start-up check failed: {check}: {finding}"
        ).format(check=isolated(problem.check), finding=isolated(_short(problem.finding)))
        for problem in problems[:SHOWN]
    ]
    if len(problems) > SHOWN:
        lines.append(
            QCoreApplication.translate("StartUpChecks", "Other problems: {count}.").format(
                count=len(problems) - SHOWN
            )
        )
    lines.append(
        QCoreApplication.translate(
            "StartUpChecks", "IT: run “kiosk doctor” on this machine for what to do."
        )
    )
    return lines


def _short(text: str) -> str:
    return text if len(text) <= MAX_FINDING_CHARS else text[: MAX_FINDING_CHARS - 1] + "…"
