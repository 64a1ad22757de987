"""Every visible text fits its widget, in every scene and language, on the kiosks' screens:
1920x1080, 1280x800 and 1080x1920 portrait (long real-world names and labels among the scenes)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from words import clipped, visible_texts

from kiosk.ui.options import UN_LANGUAGES
from kiosk.ui.scenes import SCENES, SIZES, scene_window


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_every_text_fits_its_widget(
    qapp: QApplication, language: str, size: tuple[int, int]
) -> None:
    problems = []
    for scene in SCENES:
        with scene_window(scene, language, size) as kit:
            if kit.window.size().toTuple() != size:
                problems.append(f"{scene.name}: the window grew to {kit.window.size().toTuple()}")
            for shown in visible_texts(kit.window):
                why = clipped(shown, kit.window)
                if why:
                    problems.append(f"{scene.name}: {shown.text[:60]!r}: {why}")
    assert not problems, "\n".join(problems)
