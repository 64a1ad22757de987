"""`kiosk scan-test`: what each connected scanner delivers, for IT setting up a kiosk.

Every input gets an entry: where it came from, whether the keyboard wedge took it for a scan or
for typing (and the gaps between its keys), the characters or bytes received, how they were read
(which keyboard-layout mapping gave the digits), what kind of code it is and what a kiosk would
answer. Nothing is checked in or printed: codes go to ``CheckInService.preview``.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.core.foreign_codes import CodeKind
from kiosk.core.model import ScanSource
from kiosk.scan.burst import BurstEnd, Verdict
from kiosk.scan.debounce import Debouncer
from kiosk.scan.keyboard import KeyboardCollector
from kiosk.scan.layouts import Candidate, digit_candidates
from kiosk.scan.serial import SerialScanner, SerialState, SerialStatus
from kiosk.services.check_in import ScanResult
from kiosk.ui.background import CheckInRunner
from kiosk.ui.messages import outcome_text

SHOWN_CHARS = 120  # longer input is cut in the window (the JSON keeps it whole)
KEPT_BYTES = 4096
TYPING_PAUSE_MS = 1500  # typed keys this close together make one entry


@dataclass(frozen=True, slots=True)
class ScanTestEntry:
    """One input as scan-test saw it, and (for a scan) what the kiosk would answer."""

    at: datetime
    source: ScanSource
    verdict: Verdict
    raw: str
    gaps_ms: tuple[float, ...] = ()
    raw_bytes: bytes = b""
    readings: tuple[Candidate, ...] = ()
    result: ScanResult | None = None
    repeat: bool = False  # the same code within the debounce time: the kiosk would ignore it
    error: str = ""


def entry_json(entry: ScanTestEntry) -> dict[str, Any]:
    """The entry as `kiosk scan-test --json` prints it."""
    result = entry.result
    return {
        "time": entry.at.isoformat(timespec="milliseconds"),
        "source": entry.source.value,
        "verdict": entry.verdict.value,
        "raw": entry.raw,
        "length": len(entry.raw),
        "gaps_ms": [round(gap, 1) for gap in entry.gaps_ms],
        "bytes_hex": entry.raw_bytes.hex(" ") if entry.raw_bytes else None,
        "readings": [{"digits": len(c.text), "mapping": c.mapping} for c in entry.readings],
        "code_kind": result.code_kind.value if result and result.code_kind else None,
        "layout": result.layout if result else None,
        "outcome": result.outcome.value if result else None,
        "registration_id": result.registration_id if result else None,
        "repeat": entry.repeat,
        "error": entry.error or None,
    }


def shown(text: str) -> str:
    """Text with control characters made visible, cut to SHOWN_CHARS."""
    visible = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text[:SHOWN_CHARS])
    more = len(text) - SHOWN_CHARS
    return visible + (f" … (+{more})" if more > 0 else "")


class ScanTestWindow(QWidget):
    """Shows every input; ``analysed`` carries each entry once it is complete."""

    analysed = Signal(object)  # ScanTestEntry

    def __init__(
        self,
        keyboard: KeyboardCollector | None,
        serial: SerialScanner | None,
        runner: CheckInRunner | None,
        debounce_s: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._keyboard = keyboard
        self._serial = serial
        self._runner = runner
        self._debouncer = Debouncer(debounce_s)
        self._serial_bytes = bytearray()
        self._typing: ScanTestEntry | None = None
        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(TYPING_PAUSE_MS)
        self._typing_timer.timeout.connect(self._on_typing_timer_timeout)
        self._status = QLabel()
        self._status.setWordWrap(True)
        self._field = QLineEdit()
        self._log = QPlainTextEdit()
        self._log.setReadOnly(True)
        self._log.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._lay_out()
        self._connect()
        self.setWindowTitle(self.tr("Scanner test"))
        self._show_status()

    @property
    def log_text(self) -> str:
        return self._log.toPlainText()

    def _lay_out(self) -> None:
        title = QLabel(self.tr("Scanner test"))
        title_font = QFont(title.font())
        title_font.setPointSize(title_font.pointSize() + 6)
        title_font.setBold(True)
        title.setFont(title_font)
        hint = QLabel(
            self.tr(
                "Scan codes with every scanner, or type in the field. "
                "Nothing is checked in or printed."
            )
        )
        hint.setWordWrap(True)
        self._field.setPlaceholderText(
            self.tr("Type here: typing must appear in this field, scans must not.")
        )
        layout = QVBoxLayout(self)
        for widget in (title, hint, self._status, self._field, self._log):
            layout.addWidget(widget)
        self.resize(900, 640)

    def _connect(self) -> None:
        if self._keyboard is not None:
            self._keyboard.burst_ended.connect(self._on_keyboard_burst_ended)
        if self._serial is not None:
            self._serial.received.connect(self._on_serial_received)
            self._serial.scanned.connect(self._on_serial_scanned)
            self._serial.status_changed.connect(self._on_serial_status_changed)

    @Slot(object)
    def _on_keyboard_burst_ended(self, end: BurstEnd) -> None:
        within = tuple(key.gap_ms for key in end.keys[1:] if key.gap_ms is not None)
        now = datetime.now().astimezone()
        entry = ScanTestEntry(now, ScanSource.SCANNER, end.verdict, end.text, within)
        if end.verdict is Verdict.TYPING:
            self._gather_typing(entry, end.keys[0].gap_ms if end.keys else None)
        else:
            self._received(entry)

    @Slot()
    def _on_typing_timer_timeout(self) -> None:
        self._flush_typing()

    @Slot(bytes)
    def _on_serial_received(self, data: bytes) -> None:
        self._serial_bytes += data[: KEPT_BYTES - len(self._serial_bytes)]

    @Slot(str, ScanSource)
    def _on_serial_scanned(self, text: str, source: ScanSource) -> None:
        raw, self._serial_bytes = bytes(self._serial_bytes), bytearray()
        now = datetime.now().astimezone()
        self._received(ScanTestEntry(now, source, Verdict.SCAN, text, raw_bytes=raw))

    @Slot(object)
    def _on_serial_status_changed(self, state: SerialState) -> None:
        self._show_status()

    def _gather_typing(self, entry: ScanTestEntry, gap_before: float | None) -> None:
        """A person types one key at a time: keys close together become one entry."""
        pending = self._typing
        if pending is not None:
            before = (gap_before,) if gap_before is not None else ()
            gaps = pending.gaps_ms + before + entry.gaps_ms
            entry = replace(pending, raw=pending.raw + entry.raw, gaps_ms=gaps)
        self._typing = entry
        self._typing_timer.start()

    def _flush_typing(self) -> None:
        self._typing_timer.stop()
        entry, self._typing = self._typing, None
        if entry is not None:
            self._add(entry)

    def _received(self, entry: ScanTestEntry) -> None:
        self._flush_typing()
        if entry.verdict is not Verdict.SCAN:
            self._add(entry)
            return
        entry = replace(
            entry,
            readings=digit_candidates(entry.raw.strip()),
            repeat=not self._debouncer.is_new(entry.raw.strip()),
        )
        if self._runner is None:
            self._add(replace(entry, error=self.tr("no kiosk database: codes are not checked")))
            return
        text = entry.raw
        self._runner.run(
            lambda service: service.preview(text),
            lambda result: self._add(replace(entry, result=result)),
            lambda message: self._add(replace(entry, error=message)),
        )

    def _add(self, entry: ScanTestEntry) -> None:
        self._log.appendPlainText("\n".join(self._describe(entry)) + "\n")
        self.analysed.emit(entry)

    def _describe(self, entry: ScanTestEntry) -> list[str]:
        verdicts = {
            Verdict.SCAN: self.tr("SCAN"),
            Verdict.TYPING: self.tr("TYPING"),
            Verdict.NO_SUFFIX: self.tr("NO SUFFIX"),
        }
        head = self.tr("{time}  {source}  {verdict}  {count} characters").format(
            time=entry.at.strftime("%H:%M:%S"),
            source=entry.source.value,
            verdict=verdicts[entry.verdict],
            count=len(entry.raw),
        )
        details = [self.tr("received: {text}").format(text=shown(entry.raw))]
        details += self._timing_lines(entry)
        if entry.raw_bytes:
            details.append(self.tr("bytes: {hex}").format(hex=shown(entry.raw_bytes.hex(" "))))
        details += self._verdict_lines(entry)
        return [head, *(f"  {line}" for line in details)]

    def _timing_lines(self, entry: ScanTestEntry) -> list[str]:
        if not entry.gaps_ms:
            return []
        line = self.tr("keys {low:.1f} to {high:.1f} ms apart (median {median:.1f} ms)")
        gaps = entry.gaps_ms
        return [line.format(low=min(gaps), high=max(gaps), median=statistics.median(gaps))]

    def _verdict_lines(self, entry: ScanTestEntry) -> list[str]:
        if entry.verdict is Verdict.TYPING:
            return [self.tr("handed on to the focused field as typing")]
        if entry.verdict is Verdict.NO_SUFFIX:
            return [self.tr("fast, but the suffix never came: handed on as typing")]
        lines = [self._reading_line(entry.readings)]
        if entry.repeat:
            lines.append(self.tr("the same code again within the debounce time: ignored"))
        if entry.error:
            lines.append(self.tr("not checked: {error}").format(error=entry.error))
        if entry.result is not None:
            lines.append(self._result_line(entry.result))
        return lines

    def _reading_line(self, readings: tuple[Candidate, ...]) -> str:
        if not readings:
            return self.tr("read as: not digits")
        mappings = ", ".join(c.mapping or self.tr("none needed") for c in readings)
        return self.tr("read as: {count} digit reading(s); layout mapping: {mappings}").format(
            count=len(readings), mappings=mappings
        )

    def _result_line(self, result: ScanResult) -> str:
        kinds = {
            None: self.tr("not a code"),
            CodeKind.CREDENTIAL: self.tr("signed code"),
            CodeKind.BADGE: self.tr("badge QR"),
            CodeKind.INDICO: self.tr("Indico code"),
            CodeKind.INDICO_LEGACY: self.tr("older Indico code"),
            CodeKind.OPAQUE: self.tr("ticket secret"),
        }
        line = self.tr("{kind}: {answer}").format(
            kind=kinds[result.code_kind], answer=outcome_text(result.outcome).title
        )
        if result.layout:
            line += self.tr(" (digits recovered through {mapping})").format(mapping=result.layout)
        if result.registration_id is not None:
            line += self.tr(", registration {number}").format(number=result.registration_id)
        return line

    def _show_status(self) -> None:
        self._status.setText("\n".join((self._keyboard_status(), self._serial_status())))

    def _keyboard_status(self) -> str:
        if self._keyboard is None or not self._keyboard.is_enabled():
            return self.tr("Keyboard wedge: off")
        rules = self._keyboard.rules
        return self.tr(
            "Keyboard wedge: suffix {suffix}, keys at most {gap:.0f} ms apart, "
            "at least {length} characters"
        ).format(suffix=rules.suffix.value, gap=rules.max_gap_s * 1000, length=rules.min_length)

    def _serial_status(self) -> str:
        if self._serial is None:
            return self.tr("Serial scanner: none configured")
        state = self._serial.state
        names = {
            SerialStatus.OFF: self.tr("off"),
            SerialStatus.CONNECTED: self.tr("connected"),
            SerialStatus.WAITING: self.tr("not available, retrying"),
        }
        line = self.tr("Serial scanner {port}: {status}").format(
            port=state.port, status=names[state.status]
        )
        return f"{line} ({state.detail})" if state.detail else line
