"""[desk] in settings.toml: where the accreditation desk is, in the visitor's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app import desk_location
from kiosk.sample.wsis2022 import sample_event
from kiosk.settings import Settings, SettingsError, load_settings
from kiosk.ui.options import DeskLocation


def settings_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_desk_location_and_its_translations_are_read(tmp_path: Path) -> None:
    path = settings_file(
        tmp_path,
        """
[desk]
location = "Entrance of the ITU Montbrillant building"
[desk.location_translations]
fr = "Entrée du bâtiment Montbrillant de l'UIT"
zh = "国际电联蒙布里扬大楼入口"
""",
    )
    settings = load_settings(path, environ={})
    assert settings.desk_location == "Entrance of the ITU Montbrillant building"
    assert settings.desk_location_translations["zh"] == "国际电联蒙布里扬大楼入口"


def test_no_desk_section_names_no_place(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "missing.toml", environ={})
    assert (settings.desk_location, dict(settings.desk_location_translations)) == ("", {})


def test_the_environment_gives_translations_as_json(tmp_path: Path) -> None:
    environ = {
        "KIOSK_DESK_LOCATION": "Door 3",
        "KIOSK_DESK_LOCATION_TRANSLATIONS": '{"ar": "الباب 3"}',
    }
    settings = load_settings(tmp_path / "missing.toml", environ=environ)
    assert settings.desk_location_translations == {"ar": "الباب 3"}


@pytest.mark.parametrize(
    ("desk", "message"),
    [
        ('location = "Door 3"\nlocation_translations = "Porte 3"', "must be a table"),
        ('location = "Door 3"\nlocation_translations = { de = "Tür 3" }', ".de: not a language"),
        ('location = "Door 3"\nlocation_translations = { en = "Door 3" }', ".en: not a language"),
        ('location = "Door 3"\nlocation_translations = { fr = "" }', ".fr must be a non-empty"),
        ('location = "Door 3"\nlocation_translations = { fr = 3 }', ".fr must be a non-empty"),
        ('location_translations = { fr = "Porte 3" }', "needs [desk] location"),
        ("floor = 2", "unknown setting [desk] floor"),
    ],
)
def test_a_bad_desk_setting_is_refused_naming_the_key(
    tmp_path: Path, desk: str, message: str
) -> None:
    path = settings_file(tmp_path, f"[desk]\n{desk}\n")
    with pytest.raises(SettingsError) as caught:
        load_settings(path, environ={})
    assert "[desk] location" in str(caught.value) or "[desk]" in str(caught.value)
    assert message in str(caught.value)


def test_the_kiosks_desk_setting_comes_before_the_events() -> None:
    own = Settings(desk_location="CICG, ground floor", desk_location_translations={"fr": "CICG"})
    assert desk_location(own, sample_event()).in_language("fr") == "CICG"
    from_registry = desk_location(Settings(), sample_event())
    assert from_registry.in_language("zh") == "国际电联蒙布里扬大楼入口"
    assert desk_location(Settings(), None) == DeskLocation()
