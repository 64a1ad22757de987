"""The bundle's licence guard: packaging/check_bundle.py refuses a bundle with any file of a Qt
module whose open-source licence is the GPL only, and packaging/kiosk.spec's allow-list names
none of them. (The real bundle is checked by scripts/build-bundle, in CI's bundle step.)"""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_bundle", ROOT / "packaging/check_bundle.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_bundle"] = module
    spec.loader.exec_module(module)
    return module


check_bundle = load_checker()


def spec_value(name: str) -> object:
    """A literal assigned at the top of packaging/kiosk.spec."""
    tree = ast.parse((ROOT / "packaging/kiosk.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(name)


def fake_bundle(root: Path, *files: str, without: str = "") -> Path:
    """A bundle of placeholder files: Qt Core, what Qt opens at run time, and ``files``."""
    required = [
        f"_internal/{folder}/{pattern.replace('*', '73')}"
        for folder, pattern in check_bundle.REQUIRED
    ]
    for rel in ("_internal/PySide6/Qt/lib/libQt6Core.so.6", *required, *files):
        if without and rel.endswith(without):
            continue
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"not an ELF file")
    return root


@pytest.mark.parametrize(
    "rel",
    [
        "_internal/PySide6/Qt/lib/libQt6Charts.so.6",
        "_internal/PySide6/Qt/lib/libQt6DataVisualization.so.6",
        "_internal/PySide6/Qt/lib/libQt6GraphsWidgets.so.6",
        "_internal/PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "_internal/PySide6/Qt/lib/libQt6HttpServer.so.6",
        "_internal/PySide6/Qt/lib/libQt6Quick3DRuntimeRender.so.6",
        "_internal/PySide6/QtCharts.abi3.so",
        "_internal/PySide6/Qt/qml/QtQuick/VirtualKeyboard/qmldir",
    ],
)
def test_a_gpl_only_module_fails_the_check(tmp_path: Path, rel: str) -> None:
    root = fake_bundle(tmp_path, rel, "_internal/PySide6/Qt/lib/libQt6Widgets.so.6")
    assert check_bundle.gpl_only_files(root)
    assert check_bundle.main([str(root)]) == 1


def test_a_bundle_of_lgpl_modules_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = [f"_internal/PySide6/Qt/lib/libQt6{name}.so.6" for name in ("Gui", "Multimedia")]
    root = fake_bundle(tmp_path, *kept, "_internal/PySide6/Qt/plugins/platforms/libqxcb.so")
    assert check_bundle.gpl_only_files(root) == []
    assert check_bundle.main([str(root), "--sizes"]) == 0
    out = capsys.readouterr().out
    assert "Qt libraries (libQt6*)" in out
    assert "no GPL-only Qt module" in out


def test_a_folder_that_is_no_bundle_is_refused(tmp_path: Path) -> None:
    assert check_bundle.main([str(tmp_path)]) == 2


def test_the_spec_allows_no_gpl_only_qt_module() -> None:
    libs = spec_value("QT_LIBS")
    plugins = spec_value("QT_PLUGINS")
    assert isinstance(libs, set)
    assert isinstance(plugins, dict)
    gpl = {name.lower() for name in check_bundle.GPL_ONLY}
    assert {"Core", "Gui", "Widgets", "Multimedia", "SerialPort"} <= libs
    assert not [lib for lib in libs if any(lib.lower().startswith(g) for g in gpl)]
    names = [n for kept in plugins.values() if kept for n in kept]
    assert not [n for n in names if check_bundle.gpl_only_name(n)]


@pytest.mark.parametrize(
    "rel",
    [
        "_internal/numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
        "_internal/numpy.libs/libscipy_openblas64_-8fb3d286.so",
        "_internal/numpy-2.4.6.dist-info/METADATA",
    ],
)
def test_numpy_in_the_bundle_fails_the_check(
    tmp_path: Path, rel: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = fake_bundle(tmp_path, rel)
    assert check_bundle.main([str(root)]) == 1
    assert "numpy has no place in the bundle" in capsys.readouterr().err


def test_the_spec_leaves_numpy_out() -> None:
    tree = ast.parse((ROOT / "packaging/kiosk.spec").read_text(encoding="utf-8"))
    excludes = next(
        kw.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Analysis"
        for kw in node.keywords
        if kw.arg == "excludes"
    )
    assert isinstance(excludes, ast.List)
    assert "numpy" in [e.value for e in excludes.elts if isinstance(e, ast.Constant)]
    lock = (ROOT / "packaging/requirements-bundle.lock").read_text(encoding="utf-8")
    assert "\nnumpy==" not in lock


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux file names")
@pytest.mark.parametrize(
    "name", ["libqwayland.so", "libqxcb.so", "libffmpegmediaplugin.so", "libicudata.so.73"]
)
def test_a_bundle_without_a_file_qt_opens_at_run_time_fails_the_check(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = fake_bundle(tmp_path, without=name)

    assert check_bundle.main([str(root)]) == 1
    assert f"{name.replace('73', '*')}: Qt needs it at run time" in capsys.readouterr().err


def load_trim_icu() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "packaging/trim_icu.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["trim_icu"] = module
    spec.loader.exec_module(module)
    return module


trim_icu = load_trim_icu()


@pytest.mark.parametrize(
    ("item", "dropped"),
    [
        ("coll/zh.res", False),  # pinyin order for Chinese names
        ("coll/fr_CA.res", False),
        ("zone/ar_EG.res", False),
        ("lang/zh_Hant_HK.res", False),
        ("fr_CH.res", False),  # Geneva
        ("root.res", False),
        ("coll/ucadata-unihan.icu", False),
        ("zoneinfo64.res", False),
        ("supplementalData.res", False),
        ("pool.res", False),
        ("nfkc.nrm", False),
        ("brkitr/line.brk", False),
        ("coll/de.res", True),
        ("coll/de_.res", True),  # German phonebook order
        ("zone/haw.res", True),
        ("ja.res", True),
        ("translit/el_Latn.res", True),
        ("brkitr/cjdict.dict", True),
        ("ibm-943_P15A-2003.cnv", True),
    ],
)
def test_icu_keeps_the_six_languages_and_what_no_language_owns(item: str, dropped: bool) -> None:
    assert trim_icu.drops(item) is dropped


ICU_PROBE = """
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTimeZone
app = QCoreApplication([])
maps = open("/proc/self/maps").read()
print(sorted({line.split()[-1] for line in maps.splitlines() if "libicudata" in line}))
print(sorted(["张伟", "李娜", "王芳"], key=QCollator(QLocale("zh")).sortKey))
print(sorted(["Шаров", "Émile", "Щукин"], key=QCollator(QLocale("ru")).sortKey))
zone, kind = QTimeZone(b"Europe/Zurich"), QTimeZone.TimeType.StandardTime
for lang in ("fr", "ar", "zh"):
    print(zone.displayName(kind, QTimeZone.NameType.LongName, QLocale(lang)))
print(QLocale("tr").toUpper("istanbul"))
"""


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and shutil.which("icupkg") and shutil.which("gcc")),
    reason="trimming needs icupkg (icu-devtools) and gcc, as on the build machine",
)
def test_trimmed_icu_data_still_sorts_names_and_names_time_zones(tmp_path: Path) -> None:
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    original = next(qt_lib.glob("libicudata.so.*"))
    trimmed = tmp_path / original.name
    shutil.copy2(original, trimmed)

    before, after = trim_icu.trim(trimmed)

    assert after < before / 3
    # LD_LIBRARY_PATH comes before Qt's own RUNPATH: Qt Core loads the trimmed data.
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", ICU_PROBE], env=env, capture_output=True, text=True, check=True
    )
    lines = run.stdout.splitlines()
    assert lines[0] == str([str(trimmed)])
    assert lines[1:] == [
        "['李娜', '王芳', '张伟']",  # Li, Wang, Zhang
        "['Шаров', 'Щукин', 'Émile']",  # Cyrillic first in Russian
        "heure normale d’Europe centrale",
        "توقيت وسط أوروبا الرسمي",
        "中欧标准时间",
        "İSTANBUL",
    ]
