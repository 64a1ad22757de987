from kiosk.core.translations import NO_TRANSLATIONS, from_json, frozen, in_language, to_json


def test_a_language_without_a_translation_shows_the_english_text() -> None:
    labels = frozen({"fr": "Délégué", "ar": ""})
    assert in_language("Delegate", labels, "fr") == "Délégué"
    assert in_language("Delegate", labels, "ar") == "Delegate"  # empty texts are dropped
    assert in_language("Delegate", labels, "en") == "Delegate"


def test_json_round_trip_and_garbage() -> None:
    labels = frozen({"zh": "代表", "ru": "Делегат"})
    assert from_json(to_json(labels)) == labels
    assert "代表" in to_json(labels)  # stored readable, not escaped
    for junk in (None, "", "[1, 2]", "{not json", '{"fr": 3}'):
        assert from_json(junk) == NO_TRANSLATIONS
