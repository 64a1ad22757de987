"""The camera path and badge rasters with numpy (as at a given commit) against without, alternately.

The bundle dropped numpy (issue 12, point 1). Runs minutes apart differ by 2x on a shared
machine, so this loads the old modules from git (`git show REV:path`) beside the new ones and
times them alternately on the same frames and badges. Needs the development venv (numpy).
Usage: .venv/bin/python benchmarks/no_numpy_ab.py [REV]      (default 0c81346, before the change)
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def old_module(rev: str, path: str, folder: Path) -> ModuleType:
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:{path}"], check=True, capture_output=True
    ).stdout
    name = "old_" + path.replace("/", "_").removesuffix(".py")
    file = folder / f"{name}.py"
    file.write_bytes(source)
    spec = importlib.util.spec_from_file_location(name, file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def alternately(old: Callable[[], Any], new: Callable[[], Any], rounds: int) -> tuple[float, float]:
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for action, samples in ((old, times[0]), (new, times[1])):
            started = time.perf_counter()
            action()
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def main(rev: str) -> None:
    from PySide6.QtMultimedia import QVideoFrameFormat

    from kiosk.app import ensure_gui_application

    ensure_gui_application()
    from kiosk.bench import _bench_badge
    from kiosk.core.badge_layout import BADGE_SIZES
    from kiosk.printing import escpos, raster
    from kiosk.printing.profiles import PROFILES
    from kiosk.printing.render import render_image
    from kiosk.printing.zpl import Compression, encode_label
    from kiosk.scan import camera_decoder
    from kiosk.scan.camera_fake import video_frame
    from kiosk.scan.frames import HD720, HD1080, frame_set, sample_code

    with tempfile.TemporaryDirectory() as tmp:
        old_decoder = old_module(rev, "kiosk/scan/camera_decoder.py", Path(tmp))
        old_raster = old_module(rev, "kiosk/printing/raster.py", Path(tmp))
        old_escpos = old_module(rev, "kiosk/printing/escpos.py", Path(tmp))
    code = sample_code()
    print(f"old: {rev}; new: the working tree; medians in ms, old then new")
    for label, size in (("720p", HD720), ("1080p", HD1080)):
        frames = frame_set(code, size, 12, seed=1000)
        pairs = [
            alternately(
                lambda f=f: old_decoder.decode_luma(f.pixels),
                lambda g=f.gray: camera_decoder.decode_luma(g),
                3,
            )
            for f in frames
        ]
        old_ms = statistics.median(p[0] for p in pairs)
        new_ms = statistics.median(p[1] for p in pairs)
        print(f"{label} decode: {old_ms:.2f} {new_ms:.2f}")
        fmt = QVideoFrameFormat.PixelFormat
        for layout in (fmt.Format_NV12, fmt.Format_YUYV, fmt.Format_BGRA8888):
            frame = video_frame(frames[0].gray, layout)
            for step in (1, 2):
                old_ms, new_ms = alternately(
                    lambda fr=frame, s=step: old_decoder.luma_plane(fr, s),
                    lambda fr=frame, s=step: camera_decoder.luma_plane(fr, s),
                    30,
                )
                print(f"{label} {layout.name} luma step {step}: {old_ms:.3f} {new_ms:.3f}")
    badge = _bench_badge()
    t88, zd621 = PROFILES["tm-t88vii"], PROFILES["zd621"]
    thermal = render_image(badge, raster.fit_to_head(BADGE_SIZES["thermal-80"], t88), t88.dpi)
    label_4x6 = render_image(badge, BADGE_SIZES["label-4x6"], zd621.dpi)
    dither = raster.Halftone.DITHER
    cases: dict[str, tuple[Callable[[], Any], Callable[[], Any]]] = {
        "escpos thermal-80": (
            lambda: old_escpos.encode_raster(old_raster.to_bitmap(thermal)),
            lambda: escpos.encode_raster(raster.to_bitmap(thermal)),
        ),
        "zpl z64 label-4x6": (
            lambda: encode_label(old_raster.to_bitmap(label_4x6), Compression.Z64),
            lambda: encode_label(raster.to_bitmap(label_4x6), Compression.Z64),
        ),
        "dither label-4x6": (
            lambda: old_raster.to_bitmap(label_4x6, old_raster.Halftone.DITHER).data,
            lambda: raster.to_bitmap(label_4x6, dither).data,
        ),
    }
    for name, (old, new) in cases.items():
        assert old() == new(), f"{name}: different bytes"
        old_ms, new_ms = alternately(old, new, 60)
        print(f"{name}: {old_ms:.2f} {new_ms:.2f} (same bytes)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "0c81346")
