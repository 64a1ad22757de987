"""The kiosk renders every claimed script, and every kind of bad name, with only the bundled fonts
visible: a child process gets an empty fontconfig and an empty Qt font folder, so a host font
cannot hide a missing one (the build machine's DejaVu once did)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from script_samples import SCRIPT_SAMPLES

ROOT = Path(__file__).resolve().parents[2]
BAD_NAMES = {
    "only emoji": "😀🎉👩\u200d👩\u200d👧",
    "emoji in a name": "Ana 🦩 Pérez",
    "only combining marks": "\u0301\u0308\u0327",
    "joiners": "क्\u200dष \u200cمی\u200cخواهم",
    "RLM in a Latin name": "Ana\u200f María",
    "mixed scripts": "Олена Ivanova 王 محمد 김",
    "300 characters, no space": "Mariafernanda" * 23 + "x",
    "money in Hebrew": "100% שלום $5",
}
CHILD = """
import json, sys
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QTextLayout, QTextOption
app = QGuiApplication([])
host = sorted(QFontDatabase.families())
from kiosk.core.badge_layout import BADGE_SIZES, BadgeContent
from kiosk.printing.fonts import load_fonts
from kiosk.printing.render import pdf_bytes, render_image
from kiosk.printing.text import device_font
bundled = load_fonts()
device = QImage(8, 8, QImage.Format.Format_Grayscale8)
device.setDotsPerMeterX(11811)
device.setDotsPerMeterY(11811)
result = {"host": host, "bundled": bundled, "names": {}}
for key, name in json.loads(sys.stdin.read()).items():
    layout = QTextLayout(name, device_font(device, 24, True, name), device)
    layout.setTextOption(QTextOption())
    layout.beginLayout()
    layout.createLine().setLineWidth(1e6)
    layout.endLayout()
    runs = [(r.rawFont().familyName(), list(r.glyphIndexes())) for r in layout.glyphRuns()]
    content = BadgeContent(1, 1, name, "", "ITU", "CH", "DEL", "Delegate", "#1F4E9E",
                           "1" * 40, "WSIS Forum 2022", "30 May - 3 June 2022")
    image = render_image(content, BADGE_SIZES["thermal-80"], 203)
    pdf = pdf_bytes(content, BADGE_SIZES["a6"])
    result["names"][key] = {"runs": runs, "png": not image.isNull(), "pdf": len(pdf)}
print(json.dumps(result))
"""


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("no-host-fonts")
    (folder / "fonts.conf").write_text("<?xml version='1.0'?>\n<fontconfig></fontconfig>\n")
    (folder / "qtfonts").mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "FONTCONFIG_FILE": str(folder / "fonts.conf"),
        "FONTCONFIG_PATH": str(folder),
        "QT_QPA_FONTDIR": str(folder / "qtfonts"),
        "XDG_DATA_HOME": str(folder),
        "HOME": str(folder),
    }
    names = {**SCRIPT_SAMPLES, **BAD_NAMES}
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=json.dumps(names),
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    result: dict[str, object] = json.loads(child.stdout)
    return result


def test_no_host_font_is_visible(rendered: dict[str, object]) -> None:
    # Qt lists fontconfig's generic aliases even when they resolve to no file.
    assert set(rendered["host"]) <= {"Monospace", "Sans Serif", "Serif"}  # type: ignore[call-overload]


@pytest.mark.parametrize("key", [*SCRIPT_SAMPLES, *BAD_NAMES])
def test_every_name_draws_with_bundled_fonts_and_no_box(
    rendered: dict[str, object], key: str
) -> None:
    names = rendered["names"]
    assert isinstance(names, dict)
    drawn = names[key]
    bundled = set(rendered["bundled"])  # type: ignore[call-overload]
    families = {family for family, _ in drawn["runs"]}
    assert families <= bundled, families - bundled
    assert all(0 not in glyphs for _, glyphs in drawn["runs"]), drawn["runs"]
    assert drawn["png"]
    assert drawn["pdf"] > 1000
