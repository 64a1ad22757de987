"""The sample programme's rooms, tracks and translated titles."""

from __future__ import annotations

from kiosk.sample.wsis2022 import (
    SYNTHETIC_ROOMS,
    VERIFIED_ROOMS,
    sample_event,
    sample_rooms,
    sample_sessions,
    sample_tracks,
)
from kiosk.sample.wsis2022_programme import HIGH_LEVEL_TRACK

OTHER_LANGUAGES = ("fr", "es", "ru", "zh", "ar")
EVENT = sample_event()


def test_every_room_sessions_use_has_building_floor_and_directions_in_six_languages() -> None:
    rooms = {room.name: room for room in sample_rooms(EVENT)}
    assert set(rooms) == set(VERIFIED_ROOMS) | set(SYNTHETIC_ROOMS)
    for room in rooms.values():
        assert room.building
        assert room.floor
        assert room.directions
        assert room.is_sample
        for texts in (
            room.name_translations,
            room.building_translations,
            room.floor_translations,
            room.directions_translations,
        ):
            assert set(texts) == set(OTHER_LANGUAGES), room.name


def test_both_tracks_are_labelled_in_six_languages() -> None:
    tracks = {track.code: track for track in sample_tracks(EVENT)}
    assert tracks[HIGH_LEVEL_TRACK].label == "High-Level Track"
    assert tracks[HIGH_LEVEL_TRACK].label_translations["fr"] == "Volet de haut niveau"
    for track in tracks.values():
        assert set(track.label_translations) == set(OTHER_LANGUAGES)


def test_every_high_level_title_is_translated_and_keeps_its_number() -> None:
    high_level = [s for s in sample_sessions(EVENT) if s.track == HIGH_LEVEL_TRACK]
    assert len(high_level) == 19
    for session in high_level:
        assert set(session.title_translations) == set(OTHER_LANGUAGES), session.title
        if session.title.startswith("Policy Session "):
            number = session.title.split(":")[0].removeprefix("Policy Session ")
            assert number in session.title_translations["zh"]
            assert session.title_translations["zh"].startswith(f"政策会议{number}：")
    forum = [s for s in sample_sessions(EVENT) if s.track != HIGH_LEVEL_TRACK]
    assert forum
    assert all(not s.title_translations for s in forum)
