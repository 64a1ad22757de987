"""The shipped kiosk works without numpy (the bundle leaves it out, docs/deployment.md): the camera
path, the preview, the fake camera and the badge raster import and run in a process where
importing numpy fails; only the bench's frame generator needs it, and the bench says so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WITHOUT_NUMPY = """
import sys
sys.modules["numpy"] = None  # import numpy now raises ModuleNotFoundError, as in the bundle
from kiosk.app import ensure_gui_application
ensure_gui_application()
import qrcode
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrameFormat
from kiosk.bench import _bench_camera
from kiosk.printing.escpos import encode_raster
from kiosk.printing.raster import Halftone, to_bitmap
from kiosk.scan.camera_decoder import decode_luma, luma_plane
from kiosk.scan.camera_fake import video_frame
from kiosk.scan.gray import Gray
from kiosk.ui.kiosk.camera_preview import preview_picture
from kiosk.ui.scene_kit import portrait

code = qrcode.QRCode(border=4, box_size=6)
code.add_data("22000150")
modules = code.get_matrix()
side = len(modules) * 6
rows = [bytes(0 if dark else 255 for dark in row for _ in range(6)) for row in modules]
gray = Gray(side, side, b"".join(row for row in rows for _ in range(6)))
Fmt = QVideoFrameFormat.PixelFormat
for layout in (Fmt.Format_NV12, Fmt.Format_UYVY):
    print(decode_luma(luma_plane(video_frame(gray, layout))))
print(preview_picture(video_frame(portrait()), QSize(320, 240)).image.size().toTuple())
image = QImage(bytes(gray.compact()), side, side, side, QImage.Format.Format_Grayscale8)
bitmap = to_bitmap(image, Halftone.DITHER)
print(len(encode_raster(bitmap)) > bitmap.height * bitmap.bytes_per_row)
print(_bench_camera(quick=True))
print("numpy" in sys.modules and sys.modules["numpy"] is not None)
"""


def test_the_kiosk_reads_prints_and_previews_without_numpy() -> None:
    run = subprocess.run(
        [sys.executable, "-c", WITHOUT_NUMPY],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "('22000150',)",
        "('22000150',)",
        "(320, 240)",
        "True",
        "{'camera_left_out': 'the frames need numpy: run from a development install'}",
        "False",
    ]


def test_only_the_frame_generator_imports_numpy() -> None:
    users = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "kiosk").rglob("*.py")
        if "import numpy" in path.read_text(encoding="utf-8")
    )
    assert users == ["kiosk/scan/frames.py"]
