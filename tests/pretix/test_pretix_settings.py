"""[pretix.categories]: a pretix event's products as badge categories, checked at start."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.settings import SettingsError, load_settings
from kiosk.sync.pretix.catalog import Item
from kiosk.syncing import category_rules


def settings_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_products_map_by_id_or_internal_name_and_codes_are_upper_cased(tmp_path: Path) -> None:
    path = settings_file(tmp_path, '[pretix.categories]\n"12" = "spk"\npress = "MED"\n')
    settings = load_settings(path, environ={})
    assert dict(settings.pretix_categories) == {"12": "SPK", "press": "MED"}
    rules = category_rules(settings)
    assert rules.code_for(Item(12, "", True)) == "SPK"
    assert rules.code_for(Item(3, "press", True)) == "MED"
    assert rules.code_for(Item(4, "vip", True)) == "VIP"  # an internal name that is a code
    assert rules.code_for(Item(5, "general", True)) == "PAR"  # anything else
    assert rules.code_for(None) == "PAR"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('[pretix.categories]\npress = "XYZ"\n', "'XYZ' is not a badge category; use one of DEL"),
        ("[pretix.categories]\npress = 4\n", "4 is not a badge category"),
        ('[pretix]\ncategories = "SPK"\n', "must be a table"),
        ('[pretix.categories]\n"" = "SPK"\n', "'' is not a pretix item id or name"),
    ],
    ids=["unknown code", "a number", "not a table", "empty product"],
)
def test_a_bad_mapping_is_refused_naming_the_key(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(SettingsError, match=r"\[pretix\] categories") as caught:
        load_settings(settings_file(tmp_path, text), environ={})
    assert words in str(caught.value)


def test_the_environment_takes_the_mapping_as_json(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "none.toml", {"KIOSK_PRETIX_CATEGORIES": '{"7": "med"}'})
    assert dict(settings.pretix_categories) == {"7": "MED"}
    with pytest.raises(SettingsError, match="must be a table"):
        load_settings(tmp_path / "none.toml", {"KIOSK_PRETIX_CATEGORIES": "MED"})
