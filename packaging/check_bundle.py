"""Check a frozen kiosk bundle (dist/kiosk) and say what its size is made of.

Fails (exit 1) when the bundle holds a file of a Qt module whose open-source licence is the GPL
only, when it holds numpy (42 MB with OpenBLAS; the kiosk works without it), when a file Qt
opens at run time was slimmed away (the platform plugins for X11, Wayland under cage and
offscreen, the camera's FFmpeg backend, ICU's data, Qt's catalogues), when one of its libraries
needs a Qt library the bundle left out (a slimming that went too far), or when the dynamic
loader cannot load one of them. Run by scripts/build-bundle; `--sizes` also prints what each
big part costs.
Usage: python packaging/check_bundle.py DIST_FOLDER [--sizes]
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

# Qt modules available under a commercial licence or the GPL only (Qt's licensing page and each
# module's "Licenses" section): none of them may ship. Matched in any file or folder name, as
# the C++ library (libQt6Charts), the Python module (PySide6/QtCharts) or the plugin.
GPL_ONLY = (
    "Charts",
    "DataVisualization",
    "Graphs",
    "VirtualKeyboard",
    "HttpServer",
    "Quick3D",
    "Lottie",
    "NetworkAuth",
    "ShaderTools",
    "QuickTimeline",
    "WaylandCompositor",
    "Coap",
    "Mqtt",
    "CanvasPainter",
    "Designer",
)
_GPL = re.compile(r"qt6?(" + "|".join(m.lower() for m in GPL_ONLY) + r")", re.IGNORECASE)
_MISSING = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def gpl_only_name(name: str) -> bool:
    """Whether a file or folder name is one of a GPL-only Qt module (library, binding, plugin)."""
    return _GPL.search(name) is not None or name.lower() == "virtualkeyboard"


def gpl_only_files(root: Path) -> list[str]:
    """Paths under ``root`` (relative) that belong to a GPL-only Qt module."""
    return sorted(
        str(path.relative_to(root)) for path in root.rglob("*") if gpl_only_name(path.name)
    )


# Files a slimmer spec must not lose: Qt opens them at run time (no library links them, so the
# missing-library check below cannot see them go). Linux names; (folder, file name pattern).
REQUIRED = (
    ("PySide6/Qt/plugins/platforms", "libqxcb.so"),  # X11 (xvfb-run, desktops)
    ("PySide6/Qt/plugins/platforms", "libqwayland.so"),  # the .deb's session: cage is Wayland
    ("PySide6/Qt/plugins/platforms", "libqoffscreen.so"),  # the self-test
    ("PySide6/Qt/plugins/wayland-shell-integration", "libxdg-shell.so"),  # windows under cage
    ("PySide6/Qt/plugins/xcbglintegrations", "libqxcb-glx-integration.so"),
    ("PySide6/Qt/plugins/multimedia", "libffmpegmediaplugin.so"),  # the camera and sounds
    ("PySide6/Qt/plugins/imageformats", "libqjpeg.so"),  # photos
    ("PySide6/Qt/lib", "libicudata.so.*"),  # trimmed by packaging/trim_icu.py, never removed
    *(("PySide6/Qt/translations", f"qtbase_{lang}.qm") for lang in ("fr", "es", "ru", "ar")),
    ("PySide6/Qt/translations", "qtbase_zh_CN.qm"),
)


def missing_required(root: Path) -> list[str]:
    """The REQUIRED files the bundle lacks (on Linux, where the names are these)."""
    internal = root / "_internal"
    return [
        f"{folder}/{pattern}"
        for folder, pattern in REQUIRED
        if not any((internal / folder).glob(pattern))
    ]


def numpy_files(root: Path) -> list[str]:
    """Paths under ``root`` (relative) of numpy or its OpenBLAS: only tests and benches use it."""
    return sorted(
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.name.lower().startswith(("numpy", "libopenblas", "libscipy_openblas"))
    )


def _elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.suffix == ""):
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def missing_qt_libraries(root: Path) -> dict[str, list[str]]:
    """For each bundled library or plugin, the Qt libraries it needs and the bundle lacks, or
    ["itself"] when the dynamic loader cannot load it at all (a library damaged by strip)."""
    libs = sorted({str(p.parent) for p in root.rglob("libQt6Core.so*")} | {str(root / "_internal")})
    env = {"LD_LIBRARY_PATH": ":".join(libs), "PATH": "/usr/bin:/bin"}
    missing: dict[str, list[str]] = {}
    for path in _elf_files(root):
        run = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        if run.returncode != 0:
            missing[str(path.relative_to(root))] = ["itself"]
            continue
        lacking = [n for n in _MISSING.findall(run.stdout) if n.startswith(("libQt6", "libicu"))]
        if lacking:
            missing[str(path.relative_to(root))] = lacking
    return missing


def _part(rel: str) -> str:
    name = rel.rsplit("/", 1)[-1]
    rules = (
        (name.startswith("libQt6"), "Qt libraries (libQt6*)"),
        (name.startswith("libicu"), "ICU (libicu*, Qt's Unicode data)"),
        (re.match(r"lib(av|sw)[a-z]*\.so", name) is not None, "FFmpeg (camera and sounds)"),
        ("/Qt/plugins/" in rel, "Qt plugins"),
        ("/Qt/translations/" in rel, "Qt translations"),
        (rel.startswith("_internal/assets/fonts/"), "fonts (assets/fonts)"),
        (rel.startswith("_internal/assets/"), "other assets (i18n, sounds, templates)"),
        (rel.startswith(("_internal/PySide6/", "_internal/shiboken6/")), "PySide6 bindings"),
        (rel.startswith(("_internal/PIL/", "_internal/pillow.libs/")), "Pillow and its libraries"),
        ("cryptography" in rel, "cryptography"),
        (
            name.startswith("libpython") or "/lib-dynload/" in rel or name == "base_library.zip",
            "Python runtime",
        ),
    )
    return next((label for matched, label in rules if matched), "other")


def sizes(root: Path) -> tuple[Counter[str], list[tuple[int, str]]]:
    """Bytes per part of the bundle, and the thirty biggest files."""
    parts: Counter[str] = Counter()
    files: list[tuple[int, str]] = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = str(path.relative_to(root))
            size = path.stat().st_size
            parts[_part(rel)] += size
            files.append((size, rel))
    return parts, sorted(files, reverse=True)[:30]


def _mb(n: int) -> str:
    return f"{n / 1_000_000:7.1f} MB"


def report_sizes(root: Path) -> None:
    parts, biggest = sizes(root)
    total = sum(parts.values())
    fonts = parts["fonts (assets/fonts)"]
    print(f"bundle {_mb(total)}, without the fonts {_mb(total - fonts)}")
    for label, size in parts.most_common():
        print(f"  {_mb(size)}  {label}")
    print("biggest files:")
    for size, rel in biggest:
        print(f"  {_mb(size)}  {rel}")


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    root = Path(argv[0])
    if not (root / "_internal").is_dir():
        print(f"check-bundle: {root} is not a PyInstaller one-folder bundle", file=sys.stderr)
        return 2
    problems = [f"GPL-only Qt module: {rel}" for rel in gpl_only_files(root)]
    problems += [f"numpy has no place in the bundle: {rel}" for rel in numpy_files(root)]
    if sys.platform.startswith("linux"):
        problems += [f"missing {rel}: Qt needs it at run time" for rel in missing_required(root)]
    problems += [
        f"{rel} cannot be loaded" if names == ["itself"] else f"{rel} needs {', '.join(names)}"
        for rel, names in sorted(missing_qt_libraries(root).items())
    ]
    for problem in problems:
        print(f"check-bundle: {problem}", file=sys.stderr)
    status = 1 if problems else 0
    if "--sizes" in argv:
        report_sizes(root)
    if status == 0:
        print("check-bundle: no GPL-only Qt module, no numpy, no missing Qt library")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
