"""`kiosk screenshots`: every scene to PNG offscreen; bad options get a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.cli import EXIT_SETUP, main


def test_scenes_are_written_per_size_and_language(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["screenshots", "--out", str(tmp_path), "--scene", "attract", "--scene", "failure"]
    args += ["--language", "ar", "--language", "zh", "--size", "1080x1920"]
    assert main(["--home", str(tmp_path / "home"), *args]) == 0
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.png"))
    assert written == [
        "1080x1920/ar/attract.png",
        "1080x1920/ar/failure.png",
        "1080x1920/zh/attract.png",
        "1080x1920/zh/failure.png",
    ]
    assert QImage(str(tmp_path / "1080x1920/ar/attract.png")).size().toTuple() == (1080, 1920)
    assert "4 screenshots in" in capsys.readouterr().out


def test_an_unknown_scene_is_refused_with_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["screenshots", "--out", str(tmp_path), "--scene", "lobby"]) == EXIT_SETUP
    error = capsys.readouterr().err
    assert "unknown scene lobby; scenes: attract, " in error
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("size", ["12", "1280x", "0x800", "1280×800"])
def test_a_bad_size_is_refused(
    tmp_path: Path, size: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["screenshots", "--out", str(tmp_path), "--size", size])
    assert exited.value.code == 2
    assert "is not a size such as 1280x800" in capsys.readouterr().err


def test_list_names_every_scene(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screenshots", "--out", str(tmp_path), "--list"]) == 0
    names = capsys.readouterr().out.split()
    assert {"attract", "checking", "welcome-igo", "refusal-revoked", "failure"} <= set(names)
