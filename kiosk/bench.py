"""`kiosk bench`: speed figures, each with a reference measured in the same run for a ratio."""

from __future__ import annotations

import base64
import json
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.bench_search import search_figures
from kiosk.core.badge_layout import BADGE_SIZES
from kiosk.core.credentials import CONTEXT, public_from_private
from kiosk.core.model import ScanSource
from kiosk.paths import Home
from kiosk.printing.fake import FakePrinter
from kiosk.services.check_in import CheckInService
from kiosk.services.demo import DEMO_START, init_demo, issue_demo_code
from kiosk.services.device_key import signing_device_key
from kiosk.services.door_check import decide_for, device_keyring
from kiosk.services.printing import PrintSetup
from kiosk.store import Database, open_database, participants


def run_benchmarks(quick: bool = False) -> dict[str, Any]:
    """Build demo homes of 1,500 and 100,000 people and time scans and searches on each."""
    sizes = (1_500, 10_000) if quick else (1_500, 100_000)
    rounds = 300 if quick else 1_000
    figures: dict[str, Any] = {"rounds": rounds}
    figures["ed25519_verify_us_p50"] = _reference_verify_us(rounds)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        for size in sizes:
            figures.update(_bench_home(Path(tmp) / f"home-{size}", size, rounds))
    for size in sizes:
        decision = figures[f"decision_{size}_ms_p50"] * 1000
        figures[f"decision_{size}_vs_verify_ratio"] = round(
            decision / figures["ed25519_verify_us_p50"], 2
        )
    figures.update(_bench_durability(100 if quick else 500))
    figures.update(_bench_wedge(30 if quick else 200))
    figures.update(_bench_printing(20 if quick else 100))
    figures.update(_bench_render(30 if quick else 200))
    figures.update(_bench_camera(quick))
    return figures


def _bench_scan_paths(
    db: Database, service: CheckInService, codes: list[str], rounds: int, size: int
) -> dict[str, Any]:
    """Scan to decision for a code typed through a French AZERTY host (layout recovery, then
    the signed-code decision), and for an Indico code matched by its secret among ``size``."""
    from kiosk.core.foreign_codes import SecretEntry, SecretSource, secret_hash
    from kiosk.scan.layouts import DigitLayout, type_through

    now = datetime.fromisoformat(DEMO_START).astimezone(UTC)
    azerty = [type_through(code, DigitLayout.FR_HOST) for code in codes]
    mapped = _timed(rounds, lambda i: service.check(azerty[i % len(azerty)], now))
    tickets = [uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{n}") for n in range(size)]
    entries = [SecretEntry(22_000_001 + n, secret_hash(str(t))) for n, t in enumerate(tickets)]
    participants.replace_secrets(db, entries, SecretSource.ROSTER)
    indico = [
        json.dumps({"i": [2, "indico.un.org", base64.b64encode(t.bytes).decode()]})
        for t in tickets[:: max(1, size // 300)]
    ]
    matched = _timed(rounds, lambda i: service.check(indico[i % len(indico)], now))
    return {
        **_percentiles(f"scan_azerty_{size}", mapped),
        **_percentiles(f"scan_indico_{size}", matched),
    }


def _bench_wedge(rounds: int) -> dict[str, Any]:
    """GUI-thread time for a whole 188-key scanner burst through the keyboard wedge's filter."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QWindow

    from kiosk.app import ensure_gui_application
    from kiosk.scan.keyboard import KeyboardCollector

    ensure_gui_application()
    window, wedge = QWindow(), KeyboardCollector()
    events = [
        QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        for char in "0123456789" * 18 + "01234567"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
    ]
    events.append(
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    )

    def burst(_: int) -> None:
        for event in events:
            wedge.eventFilter(window, event)

    return _percentiles("wedge_burst_188_gui", _timed(rounds, burst))


def _bench_camera(quick: bool) -> dict[str, Any]:
    """Webcam: decode time and success on generated frames, GUI-thread time (bench_camera.py)."""
    from kiosk.app import ensure_gui_application

    try:
        from kiosk.bench_camera import bench_camera
    except ModuleNotFoundError as missing:
        if missing.name != "numpy":
            raise
        # The frames are generated with numpy, which the bundle leaves out (docs/deployment.md).
        return {"camera_left_out": "the frames need numpy: run from a development install"}
    ensure_gui_application()
    return bench_camera(quick)


def _bench_home(root: Path, size: int, rounds: int) -> dict[str, Any]:
    home = Home(root)
    started = time.perf_counter()
    init_demo(home, size)
    figures: dict[str, Any] = {f"init_demo_{size}_s": round(time.perf_counter() - started, 2)}
    start = datetime.fromisoformat(DEMO_START).astimezone(UTC)

    def clock() -> datetime:
        return start

    db = open_database(home.database)
    printer = FakePrinter()
    setup = PrintSetup.of(printer, BADGE_SIZES["a6"], device_key=signing_device_key(home))
    service = CheckInService(db, setup, "bench", clock)
    ids = [22_000_001 + (i * 7919) % size for i in range(rounds)]
    codes = [issue_demo_code(home, reg, clock()) for reg in dict.fromkeys(ids[:300])]
    decision = _timed(rounds, lambda i: service.check(codes[i % len(codes)], clock()))
    figures.update(_bench_scan_paths(db, service, codes, rounds, size))
    # Each code once: a first check-in, journalled with its print intent and audit line.
    full = _timed(len(codes), lambda i: service.scan(codes[i], ScanSource.CLI))
    figures.update(search_figures(db, size, rounds))
    badges, keys = [b.content.qr_text for b in printer.printed], device_keyring(db)
    door = _timed(rounds, lambda i: decide_for(db, badges[i % len(badges)], 22, keys, False))
    db.close()
    figures.update(_percentiles(f"door_check_{size}", door))
    figures.update(_percentiles(f"decision_{size}", decision))
    figures.update(_percentiles(f"scan_with_journal_{size}", full))
    return figures


def _bench_durability(rounds: int) -> dict[str, Any]:
    """A first check-in with synchronous=FULL (the kiosk's setting: every commit synced before
    the printer gets a byte) against NORMAL, alternated in the same run on one home."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-sync-") as tmp:
        home = Home(Path(tmp))
        init_demo(home, 2 * rounds)
        now = datetime.fromisoformat(DEMO_START).astimezone(UTC)
        codes = [issue_demo_code(home, 22_000_001 + n, now) for n in range(2 * rounds)]
        services = {
            mode: CheckInService(
                open_database(home.database, synchronous=mode),
                PrintSetup.of(FakePrinter(), BADGE_SIZES["a6"]),
                "bench",
                lambda: now,
            )
            for mode in ("FULL", "NORMAL")
        }
        samples: dict[str, list[float]] = {"FULL": [], "NORMAL": []}
        for i in range(rounds):
            for n, mode in enumerate(("FULL", "NORMAL")):
                started = time.perf_counter()
                services[mode].scan(codes[2 * i + n], ScanSource.CLI)
                samples[mode].append((time.perf_counter() - started) * 1000)
        for service in services.values():
            service.jobs.db.close()
    figures = {
        **_percentiles("checkin_sync_full", samples["FULL"]),
        **_percentiles("checkin_sync_normal", samples["NORMAL"]),
    }
    figures["checkin_sync_full_vs_normal_ratio"] = round(
        statistics.median(samples["FULL"]) / statistics.median(samples["NORMAL"]), 2
    )
    return figures


def _timed(rounds: int, action: Callable[[int], object]) -> list[float]:
    samples = []
    for i in range(rounds):
        started = time.perf_counter()
        action(i)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _percentiles(name: str, samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {f"{name}_ms_p50": round(statistics.median(ordered), 3), f"{name}_ms_p99": round(p99, 3)}


def _reference_verify_us(rounds: int) -> float:
    """A bare Ed25519 verification: the floor under any signed-code decision."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

    private = bytes(range(32))
    message = CONTEXT + bytes(14)
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(message)
    public = Ed25519PublicKey.from_public_bytes(public_from_private(private))
    samples = _timed(rounds, lambda _: public.verify(signature, message))
    return round(statistics.median(samples) * 1000, 1)


# --- printing: encode time and size per backend; kiosk time against the printer's own time ------


def _bench_printing(rounds: int) -> dict[str, Any]:
    """Encode each backend's bytes, then print end to end (render, encode, status, send,
    confirmation) to a local TCP printer, against the physical print time of the same badge."""
    from kiosk.app import ensure_gui_application

    ensure_gui_application()
    figures: dict[str, Any] = {"print_rounds": rounds}
    figures.update(_bench_encoders(rounds))
    with _TcpSink() as port:
        for language, profile, size in (
            ("escpos", "tm-t88vii", "thermal-80"),
            ("escpos", "tm-t20iii", "thermal-80"),
            ("zpl", "zd621", "label-4x6"),
        ):
            figures.update(
                _bench_print(f"{language}+tcp://127.0.0.1:{port}", profile, size, rounds)
            )
    return figures


def _bench_encoders(rounds: int) -> dict[str, Any]:
    """From the drawn grayscale badge to the bytes for the printer (1-bit conversion included);
    PDF is drawn and encoded in one step, so its figure includes the drawing."""
    from functools import partial

    from kiosk.printing.escpos import encode_raster
    from kiosk.printing.profiles import PROFILES
    from kiosk.printing.raster import fit_to_head, to_bitmap
    from kiosk.printing.render import pdf_bytes, render_image
    from kiosk.printing.zpl import Compression, encode_label

    content = _bench_badge()
    tm_t88, zd621 = PROFILES["tm-t88vii"], PROFILES["zd621"]
    thermal = render_image(content, fit_to_head(BADGE_SIZES["thermal-80"], tm_t88), tm_t88.dpi)
    label = render_image(content, BADGE_SIZES["label-4x6"], zd621.dpi)

    def escpos() -> bytes:
        return encode_raster(to_bitmap(thermal))

    def zpl(compression: Compression) -> bytes:
        return encode_label(to_bitmap(label), compression)

    encoders: dict[str, Callable[[], bytes]] = {"escpos_thermal80": escpos}
    for compression in Compression:
        encoders[f"zpl_{compression.value}_label4x6"] = partial(zpl, compression)
    for size in ("a6", "thermal-80", "label-4x6"):
        encoders[f"pdf_{size.replace('-', '')}"] = partial(pdf_bytes, content, BADGE_SIZES[size])
    figures: dict[str, Any] = {}
    for name, encode in encoders.items():
        figures[f"encode_{name}_bytes"] = len(encode())
        samples = _timed(rounds, partial(_discard, encode))
        figures[f"encode_{name}_ms_p50"] = round(statistics.median(samples), 3)
    return figures


def _discard(action: Callable[[], object], _round: int) -> None:
    action()


def _bench_print(base_uri: str, profile_name: str, size_name: str, rounds: int) -> dict[str, Any]:
    from kiosk.printing.base import RenderedBadge
    from kiosk.printing.profiles import PROFILES
    from kiosk.printing.uri import open_printer

    printer = open_printer(f"{base_uri}?profile={profile_name}&timeout=5")
    size = BADGE_SIZES[size_name]
    badge = RenderedBadge(_bench_badge(), size)
    name = f"print_{profile_name.replace('-', '')}_{size_name.replace('-', '')}"
    samples = _timed(rounds, lambda _: printer.print_badge(badge))
    physical_ms = PROFILES[profile_name].print_seconds(size.height_mm) * 1000
    figures: dict[str, Any] = _percentiles(name, samples)
    figures[f"{name}_printer_ms"] = round(physical_ms, 1)
    figures[f"{name}_share_of_printer_time"] = round(statistics.median(samples) / physical_ms, 3)
    return figures


def _bench_badge() -> Any:
    from kiosk.core.badge_layout import BadgeContent

    return BadgeContent(
        registration_id=22_000_001,
        badge_version=1,
        badge_name="Ana María Pérez-Rodríguez",
        native_name="",
        organisation="International Telecommunication Union (ITU)",
        country="CH",
        category_code="DEL",
        category_label="Delegate",
        category_colour="#1F4E9E",
        qr_text="1" + "2837465019" * 18 + "123456",  # a credential-sized digits-only code
        event_title="WSIS Forum 2022",
        event_dates="30 May - 3 June 2022",
        is_sample=True,
    )


class _TcpSink:
    """A printer on 127.0.0.1 that takes every byte and answers status queries at once: the
    query a client waits on is always the last thing it sent."""

    _HOST_STATUS = (
        b"\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n"
        b"\x02001,0,0,0,0,2,6,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n"
    )

    def __enter__(self) -> int:
        import socketserver
        import threading

        answer = self._answer

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                tail = b""
                while chunk := self.request.recv(65536):
                    tail = (tail + chunk)[-3:]
                    if reply := answer(tail):
                        self.request.sendall(reply)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return int(self._server.server_address[1])

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    @classmethod
    def _answer(cls, tail: bytes) -> bytes:
        if tail[:2] == b"\x10\x04":
            return b"\x12"  # DLE EOT n: online, no error, paper ok
        if tail == b"\x1dr\x01":
            return b"\x00"  # GS r 1: paper present
        return cls._HOST_STATUS if tail == b"~HS" else b""


# --- rendering: preview, printer rasters and vector PDF (docs/badges.md) -------------------------


def _bench_render(rounds: int) -> dict[str, Any]:
    """Draw one badge (two-script name, QR, band) for each output; median and 95th percentile."""
    from dataclasses import replace
    from functools import partial

    from kiosk.app import ensure_gui_application
    from kiosk.core.badge_layout import BadgeContent
    from kiosk.printing.render import pdf_bytes, render_image, render_preview
    from kiosk.printing.sheet import sheet_pdf

    ensure_gui_application()
    content = BadgeContent(
        22000042, 1, "Mohamed Abdelhamid", "محمد عبد الحميد", "Ministry of Communications",
        "EG", "DEL", "Delegate — Member State", "#1F4E9D", "7" * 188, "WSIS Forum 2022",
        "30 May – 3 June 2022",
    )  # fmt: skip
    sizes = BADGE_SIZES
    outputs: dict[str, Callable[[], object]] = {
        "render_preview_a6_420px": partial(render_preview, content, sizes["a6"], 420),
        "render_raster_thermal80_203dpi": partial(render_image, content, sizes["thermal-80"], 203),
        "render_raster_label4x6_203dpi": partial(render_image, content, sizes["label-4x6"], 203),
        "render_pdf_a6": partial(pdf_bytes, content, sizes["a6"]),
        "render_sheet_a6_4_badges": partial(
            sheet_pdf, [replace(content, registration_id=n) for n in range(4)], sizes["a6"]
        ),
    }
    figures: dict[str, Any] = {"render_rounds": rounds}
    for name, draw in outputs.items():
        draw()  # first call loads fonts and caches glyphs: not what a kiosk sees per badge
        samples = sorted(_timed(rounds, partial(_discard, draw)))
        figures[f"{name}_ms_p50"] = round(statistics.median(samples), 2)
        figures[f"{name}_ms_p95"] = round(
            samples[min(len(samples) - 1, int(len(samples) * 0.95))], 2
        )
    return figures
