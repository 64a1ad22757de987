"""The printer URI from a kiosk's settings, turned into a printer.

| URI | printer |
|---|---|
| ``escpos+tcp://HOST[:9100]?profile=tm-t88vii`` | ESC/POS over the network |
| ``escpos+usb://04b8:0202?profile=tm-t20iii`` | ESC/POS on USB (vendor:product) |
| ``escpos+serial:///dev/ttyUSB0?baud=38400&profile=...`` | ESC/POS on a serial port |
| ``zpl+tcp://HOST[:9100][?profile=zd621&compression=z64]`` | Zebra ZPL over the network |
| ``cups://QUEUE[?server=HOST:PORT&media=...]`` | PDF to any CUPS queue |
| ``file:///abs/folder?format=png,pdf,raw&profile=...`` | files (``file:prints``: in the home) |
| ``fake://[?state=paper-out]`` | the demo printer |

Byte-stream printers also take ``timeout=SECONDS`` (connection and status answers),
``halftone=dither`` (photos as dots instead of a threshold) and ``status=off`` (for a printer that
cannot answer status queries: printing goes ahead blind and status is "unknown").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TypeVar
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit
from urllib.request import url2pathname

from kiosk.printing.base import BadgeEncoder, Printer, PrinterError, PrinterState, PrinterStatus
from kiosk.printing.cups import CupsPrinter
from kiosk.printing.escpos import EscposDialect
from kiosk.printing.fake import FakePrinter
from kiosk.printing.file import FORMATS, RAW, FilePrinter
from kiosk.printing.profiles import (
    DEFAULT_ZPL_PROFILE,
    PROFILES,
    Language,
    PrinterProfile,
    find_profile,
)
from kiosk.printing.raster import Halftone
from kiosk.printing.transport import (
    SerialTransport,
    StreamPrinter,
    TcpTransport,
    Timeouts,
    Transport,
    UsbTransport,
)
from kiosk.printing.zpl import Compression, ZplDialect

EXAMPLES = "escpos+tcp://10.0.0.5:9100?profile=tm-t88vii, cups://QUEUE, file:///path/to/folder"
_BLOCKING = frozenset({PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE})
_STREAM_KEYS = {"profile", "timeout", "halftone", "status"}
RAW_PORT = 9100
MAX_TIMEOUT_S = 120.0

Query = dict[str, list[str]]
E = TypeVar("E", Halftone, Compression)


def open_printer(uri: str, base_dir: Path | None = None) -> Printer:
    """The printer ``uri`` names; relative file paths are resolved against ``base_dir``."""
    text = uri.strip()
    if not text:
        raise PrinterError("No printer is configured: the printer URI is empty.")
    try:
        parts = urlsplit(text)
        query = parse_qs(parts.query, keep_blank_values=True)
    except ValueError as error:
        raise PrinterError(f"The printer URI {uri!r} is not valid ({error}).") from error
    scheme = parts.scheme.lower()
    if scheme == "file":
        return _file_printer(parts, query, base_dir)
    if scheme == "fake":
        return _fake_printer(query, text)
    if scheme == "cups":
        return _cups_printer(parts, query)
    if scheme in ("escpos+tcp", "escpos+usb", "escpos+serial", "zpl+tcp"):
        return _stream_printer(scheme, parts, query, text)
    if not scheme:
        raise PrinterError(
            f"The printer URI {uri!r} does not say which kind of printer; use e.g. {EXAMPLES}."
        )
    raise PrinterError(f"Unknown printer type '{scheme}' in {uri!r}; use e.g. {EXAMPLES}.")


# --- ESC/POS and ZPL ------------------------------------------------------------------------------


def _stream_printer(scheme: str, parts: SplitResult, query: Query, uri: str) -> StreamPrinter:
    language, _, link = scheme.partition("+")
    zpl = language == "zpl"
    allowed = (
        _STREAM_KEYS
        | ({"compression"} if zpl else set())
        | ({"baud"} if link == "serial" else set())
    )
    _only_keys(query, allowed)
    profile = _profile(query, Language.ZPL if zpl else Language.ESCPOS)
    halftone = _choice(query, "halftone", Halftone, Halftone.THRESHOLD)
    dialect = (
        ZplDialect(profile, _choice(query, "compression", Compression, Compression.Z64), halftone)
        if zpl
        else EscposDialect(profile, halftone)
    )
    transport = _transport(link, parts, query, _timeouts(query))
    return StreamPrinter(transport, dialect, profile, uri)


def _transport(link: str, parts: SplitResult, query: Query, timeouts: Timeouts) -> Transport:
    if link == "tcp":
        return TcpTransport(*_host_port(parts), timeouts)
    if link == "usb":
        return UsbTransport(*_usb_ids(parts.netloc), timeouts)
    device = url2pathname(parts.path) if parts.path else parts.netloc
    if not device:
        raise PrinterError(
            "The serial printer URI names no port; use e.g. escpos+serial:///dev/ttyUSB0."
        )
    return SerialTransport(device, _number(query, "baud", 38400, (1200, 921600)), timeouts)


def _profile(query: Query, language: Language) -> PrinterProfile:
    names = query.get("profile", [DEFAULT_ZPL_PROFILE] if language is Language.ZPL else [])
    if not names or not names[-1].strip():
        choices = ", ".join(p.name for p in PROFILES.values() if p.language is Language.ESCPOS)
        raise PrinterError(
            f"Say which ESC/POS printer this is, e.g. ?profile=tm-t88vii; profiles: {choices}."
        )
    profile = find_profile(names[-1], language)
    status = query.get("status", ["on"])[-1].strip().lower()
    if status not in ("on", "off"):
        raise PrinterError(f"status must be 'on' or 'off', not '{status}'.")
    if status == "off" and profile.reports_status:
        return replace(profile, reports_status=False)
    return profile


def _host_port(parts: SplitResult) -> tuple[str, int]:
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise PrinterError(
            f"The port in '{parts.netloc}' is not a number from 1 to 65535."
        ) from None
    if not host:
        raise PrinterError("The printer URI names no host; use e.g. escpos+tcp://10.0.0.5:9100.")
    return host, port or RAW_PORT


def _usb_ids(netloc: str) -> tuple[int, int]:
    vendor, _, product = netloc.partition(":")
    try:
        ids = int(vendor, 16), int(product, 16)
    except ValueError:
        raise PrinterError(
            f"A USB printer is named by vendor:product in hexadecimal (escpos+usb://04b8:0202), "
            f"not '{netloc}'; `lsusb` shows them."
        ) from None
    if not all(0 < i <= 0xFFFF for i in ids):
        raise PrinterError(f"USB ids are four hexadecimal digits each, not '{netloc}'.")
    return ids


def _timeouts(query: Query) -> Timeouts:
    if "timeout" not in query:
        return Timeouts()
    value = query["timeout"][-1]
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0.05 <= seconds <= MAX_TIMEOUT_S:
        raise PrinterError(
            f"timeout must be seconds from 0.05 to {MAX_TIMEOUT_S:g}, not '{value}'."
        )
    return Timeouts(connect_s=seconds, reply_s=seconds, send_s=max(Timeouts().send_s, seconds))


# --- CUPS -----------------------------------------------------------------------------------------


def _cups_printer(parts: SplitResult, query: Query) -> CupsPrinter:
    _only_keys(query, {"server", "media"})
    queue = unquote(parts.netloc or parts.path.strip("/"))
    if not queue or any(c in queue for c in " /#\\") or len(queue) > 127:
        raise PrinterError(
            f"'{queue}' is not a CUPS queue name; use cups://QUEUE (`lpstat -p` lists the queues)."
        )
    server = query.get("server", [""])[-1].strip()
    media = query.get("media", [""])[-1].strip()
    return CupsPrinter(queue, server=server, media=media)


# --- files and the fake ---------------------------------------------------------------------------


def _file_printer(parts: SplitResult, query: Query, base_dir: Path | None) -> FilePrinter:
    formats = _formats(query)
    raw_keys = {"profile", "halftone", "compression"} if RAW in formats else set()
    _only_keys(query, {"format", "dpi"} | raw_keys)
    if parts.netloc not in ("", "localhost"):
        raise PrinterError(
            f"'file://{parts.netloc}{parts.path}' names a host, not a folder: write "
            f"file:{parts.netloc}{parts.path} for a folder in the kiosk's home, or file:///full/path."
        )
    if not parts.path:
        raise PrinterError("The file printer URI names no folder; use e.g. file:///var/badges.")
    folder = Path(url2pathname(parts.path))
    if not folder.is_absolute():
        if base_dir is None:
            raise PrinterError(
                f"The printer folder '{folder}' is relative and there is no home to put it in."
            )
        folder = base_dir / folder
    raw = _raw_encoder(query) if RAW in formats else None
    return FilePrinter(folder, formats, _dpi(query), raw=raw)


def _raw_encoder(query: Query) -> BadgeEncoder:
    """The bytes of the printer named by ``profile=``: ESC/POS or ZPL."""
    if "profile" not in query:
        raise PrinterError(
            "format=raw writes a printer's own bytes: add ?profile=tm-t88vii (or zd621 ...)."
        )
    name = query["profile"][-1]
    halftone = _choice(query, "halftone", Halftone, Halftone.THRESHOLD)
    try:
        return EscposDialect(find_profile(name, Language.ESCPOS), halftone)
    except PrinterError:
        pass
    compression = _choice(query, "compression", Compression, Compression.Z64)
    return ZplDialect(find_profile(name, Language.ZPL), compression, halftone)


def _fake_printer(query: Query, uri: str) -> FakePrinter:
    _only_keys(query, {"state"})
    value = query.get("state", [PrinterState.ONLINE.value])[-1]
    try:
        state = PrinterState(value)
    except ValueError:
        choices = ", ".join(s.value for s in PrinterState)
        raise PrinterError(
            f"Unknown fake printer state '{value}'; choose from {choices}."
        ) from None
    failure = PrinterError(f"The printer reports: {value}.", state) if state in _BLOCKING else None
    return FakePrinter(fail_with=failure, reported=PrinterStatus(state), uri=uri)


# --- values -----------------------------------------------------------------------------------


def _formats(query: Query) -> tuple[str, ...]:
    values = [v.strip().lower() for item in query.get("format", []) for v in item.split(",")]
    formats = tuple(v for v in values if v) or FORMATS
    unknown = sorted(set(formats) - {*FORMATS, RAW})
    if unknown:
        raise PrinterError(
            f"The file printer cannot write '{', '.join(unknown)}'; "
            f"formats: {', '.join(FORMATS)}, {RAW}."
        )
    return formats


def _dpi(query: Query) -> int:
    value = query.get("dpi", ["300"])[-1]
    if not value.isdigit() or not 72 <= int(value) <= 2400:
        raise PrinterError(
            f"The file printer dpi must be a whole number from 72 to 2400, not '{value}'."
        )
    return int(value)


def _number(query: Query, key: str, default: int, bounds: tuple[int, int]) -> int:
    value = query.get(key, [str(default)])[-1].strip()
    if not value.isdigit() or not bounds[0] <= int(value) <= bounds[1]:
        raise PrinterError(
            f"{key} must be a whole number from {bounds[0]} to {bounds[1]}, not '{value}'."
        )
    return int(value)


def _choice(query: Query, key: str, kind: type[E], default: E) -> E:
    value = query.get(key, [default.value])[-1].strip().lower()
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise PrinterError(f"{key} must be one of {choices}, not '{value}'.") from None


def _only_keys(query: Query, allowed: set[str]) -> None:
    unknown = sorted(set(query) - allowed)
    if unknown:
        raise PrinterError(
            f"Unknown printer setting '{unknown[0]}'; "
            f"this printer takes: {', '.join(sorted(allowed))}."
        )
