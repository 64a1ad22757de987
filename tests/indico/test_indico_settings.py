"""[indico] settings: the category table and the default category, each bad value named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.settings import SettingsError, load_settings


def settings_from(tmp_path: Path, text: str, environ: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, environ or {})


def test_the_category_table_and_default_are_read(tmp_path: Path) -> None:
    settings = settings_from(
        tmp_path,
        '[indico]\ncategories = { "Speaker" = "SPK", "Media accreditation" = "MED" }\n'
        'default_category = "DEL"\n',
    )
    assert dict(settings.indico_categories) == {"Speaker": "SPK", "Media accreditation": "MED"}
    assert settings.indico_default_category == "DEL"


def test_without_an_indico_section_everyone_is_a_participant(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, "")
    assert (dict(settings.indico_categories), settings.indico_default_category) == ({}, "PAR")


def test_the_table_may_come_from_the_environment(tmp_path: Path) -> None:
    environ = {"KIOSK_INDICO_CATEGORIES": '{"Speaker": "SPK"}'}
    assert dict(settings_from(tmp_path, "", environ).indico_categories) == {"Speaker": "SPK"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('[indico]\ncategories = "SPK"\n', "[indico] categories must be a table"),
        ('[indico]\ncategories = { Speaker = "spk" }\n', "'Speaker' = 'spk': a category code"),
        ("[indico]\ncategories = { Speaker = 3 }\n", "'Speaker' = 3: a category code"),
        ('[indico]\ncategories = { " " = "SPK" }\n', "a title must be 1 to 200 characters"),
        ('[indico]\ndefault_category = "Participant"\n', "[indico] default_category is 1 to 8"),
        ('[indico]\ncolours = "red"\n', "unknown setting [indico] colours"),
    ],
)
def test_a_bad_indico_setting_is_named(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(SettingsError) as caught:
        settings_from(tmp_path, text)
    assert words in str(caught.value)
