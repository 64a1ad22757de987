"""`kiosk screenshots --desk`: the desk's pages rendered from a demo home with a morning of
arrivals, English and Arabic, plus the Arrivals page's PNG export; bad names refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from kiosk.cli import EXIT_SETUP, main
from kiosk.ui.desk.scenes import desk_scene_names


def test_every_desk_page_and_the_export_are_written(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "shots"
    args = ["--home", str(tmp_path / "untouched"), "screenshots", "--desk", "--out", str(out)]
    assert main([*args, "--language", "en"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.png"))
    assert written == [
        "1280x800/en/desk-arrivals-export.png",
        "1280x800/en/desk-arrivals.png",
        "1280x800/en/desk-exceptions.png",
        "1280x800/en/desk-operations.png",
        "1280x800/en/desk-people.png",
        "1280x800/en/desk-sign-in.png",
    ]
    page = QImage(str(out / "1280x800/en/desk-arrivals.png"))
    assert page.size().toTuple() == (1280, 800)
    export = QImage(str(out / "1280x800/en/desk-arrivals-export.png"))
    assert export.width() == 1600
    assert _colours(export) > 8  # the categories' colours: charts drawn, not blank
    assert "6 desk screenshots in" in capsys.readouterr().out
    assert not (tmp_path / "untouched").exists()  # the demo home is a temporary one


def test_one_desk_scene_in_arabic(qapp: QApplication, tmp_path: Path) -> None:
    args = ["screenshots", "--desk", "--out", str(tmp_path), "--scene", "desk-arrivals"]
    assert main([*args, "--language", "ar"]) == 0
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.png"))
    assert written == ["1280x800/ar/desk-arrivals.png"]  # a chosen scene: no export


def test_an_unknown_desk_scene_is_refused_with_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["screenshots", "--desk", "--out", str(tmp_path), "--scene", "desk-lobby"]
    assert main(args) == EXIT_SETUP
    assert "unknown desk scene desk-lobby; scenes: desk-sign-in, " in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_list_names_the_desk_scenes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screenshots", "--desk", "--out", str(tmp_path), "--list"]) == 0
    assert capsys.readouterr().out.split() == desk_scene_names()
    assert "desk-people" in desk_scene_names()


def _colours(image: QImage) -> int:
    seen = {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 5)
        for y in range(0, image.height(), 5)
    }
    return len(seen)
