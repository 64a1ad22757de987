"""Sound and flash for each answer: the right cue per outcome, and sounds that are what they say."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot
from screen_reading import AMINA, EVENT_TITLE, FakeService, shows

from kiosk.core.checkin import Outcome
from kiosk.core.model import ScanSource
from kiosk.paths import assets_dir
from kiosk.services.check_in import ScanResult
from kiosk.ui import theme
from kiosk.ui.background import CheckInRunner
from kiosk.ui.feedback import (
    CUE_FOR_TONE,
    SAMPLE_RATE,
    Cue,
    Feedback,
    Flash,
    SoundPlayer,
    write_sounds,
)
from kiosk.ui.main_window import MainWindow
from kiosk.ui.messages import Tone, outcome_text
from kiosk.ui.options import UiOptions

SOUNDS = assets_dir() / "sounds"
LONG = 60.0


class RecordingPlayer:
    def __init__(self) -> None:
        self.played: list[Cue] = []

    def play(self, cue: Cue) -> None:
        self.played.append(cue)


@pytest.fixture
def player() -> RecordingPlayer:
    return RecordingPlayer()


@pytest.fixture
def window(qtbot: QtBot, runner: CheckInRunner, player: RecordingPlayer) -> MainWindow:
    feedback = Feedback(player)
    window = MainWindow(runner, UiOptions(EVENT_TITLE, result_timeout_s=LONG), feedback=feedback)
    feedback.setParent(window)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def answer(qtbot: QtBot, window: MainWindow, player: RecordingPlayer) -> None:
    window.on_scanned("code", ScanSource.SCANNER)
    qtbot.waitUntil(lambda: bool(player.played))


def flash_colour(window: MainWindow) -> str:
    return window.grab().toImage().pixelColor(8, 8).name().upper()


@pytest.mark.parametrize(
    ("result", "cue", "tone"),
    [
        (AMINA, Cue.SUCCESS, Tone.SUCCESS),
        (ScanResult(Outcome.BAD_SIGNATURE), Cue.REFUSAL, Tone.REFUSAL),
        (ScanResult(Outcome.REVOKED, 104), Cue.REFUSAL, Tone.REFUSAL),
        (ScanResult(Outcome.ALREADY_COLLECTED, 101), Cue.ATTENTION, Tone.NOTICE),
        (ScanResult(Outcome.COLLECT_AT_DESK, 103), Cue.ATTENTION, Tone.INFO),
        (ScanResult(Outcome.MALFORMED), Cue.ATTENTION, Tone.NOTICE),
    ],
    ids=["welcome", "bad signature", "revoked", "collected", "VIP desk", "unreadable"],
)
def test_each_answer_sounds_and_flashes_its_tone(
    qtbot: QtBot,
    window: MainWindow,
    service: FakeService,
    player: RecordingPlayer,
    result: ScanResult,
    cue: Cue,
    tone: Tone,
) -> None:
    service.answers["code"] = result
    answer(qtbot, window, player)
    assert player.played == [cue]
    flash = window.findChild(Flash)
    assert flash is not None
    assert flash.isVisible()
    assert flash_colour(window) == theme.TONE_COLOURS[tone].upper()
    assert flash.title == outcome_text(result.outcome).title


def test_a_badge_that_did_not_print_is_not_a_success_sound(
    qtbot: QtBot, window: MainWindow, service: FakeService, player: RecordingPlayer
) -> None:
    service.answers["code"] = ScanResult(
        Outcome.CHECKED_IN, 101, 1, "Amina Diallo", print_error="paper out"
    )
    answer(qtbot, window, player)
    assert player.played == [Cue.ATTENTION]


def test_a_kiosk_failure_gets_the_attention_cue(
    qtbot: QtBot, window: MainWindow, service: FakeService, player: RecordingPlayer
) -> None:
    service.answers["code"] = RuntimeError("database is locked")
    answer(qtbot, window, player)
    assert player.played == [Cue.ATTENTION]


def test_the_flash_fades_to_the_result_screen(
    qtbot: QtBot, window: MainWindow, service: FakeService, player: RecordingPlayer
) -> None:
    service.answers["code"] = AMINA
    answer(qtbot, window, player)
    flash = window.findChild(Flash)
    assert flash is not None
    qtbot.waitUntil(lambda: not flash.isVisible(), timeout=3000)
    assert shows(window, "Amina Diallo")


def test_every_tone_has_a_cue() -> None:
    assert set(CUE_FOR_TONE) == set(Tone)


# --- the sound files ---------------------------------------------------------------------------


def test_the_committed_sounds_are_what_the_code_generates(tmp_path: Path) -> None:
    for path in write_sounds(tmp_path):
        assert (SOUNDS / path.name).read_bytes() == path.read_bytes(), path.name


def samples(cue: Cue) -> np.ndarray:
    with wave.open(str(SOUNDS / f"{cue.value}.wav")) as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        assert sound.getframerate() == SAMPLE_RATE
        return np.frombuffer(sound.readframes(sound.getnframes()), np.int16).astype(float)


def pitch(part: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(part * np.hanning(len(part))))
    return float(np.fft.rfftfreq(len(part), 1 / SAMPLE_RATE)[spectrum.argmax()])


def test_success_rises_and_refusal_is_a_low_buzz() -> None:
    success, refusal = samples(Cue.SUCCESS), samples(Cue.REFUSAL)
    first, last = pitch(success[200:1800]), pitch(success[-2000:-300])
    assert 600 < first < last  # two tones, the second higher
    assert pitch(refusal[500:4000]) < 200  # low ...
    spectrum = np.abs(np.fft.rfft(refusal[500:4000]))
    fundamental = spectrum.max()
    assert spectrum[len(spectrum) // 20 :].max() > 0.05 * fundamental  # ... and rough
    for cue in Cue:
        sound = samples(cue)
        assert 0.2 < len(sound) / SAMPLE_RATE < 0.7  # short
        assert 10_000 < np.abs(sound).max() < 32_000  # audible, never clipped


def test_the_sound_player_loads_every_cue_and_stays_silent_without_audio(qtbot: QtBot) -> None:
    player = SoundPlayer(SOUNDS)
    assert player.cues == frozenset(Cue)
    for cue in Cue:
        player.play(cue)  # no audio device here: nothing happens, nothing raises


def test_missing_sound_files_mean_silence_not_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    player = SoundPlayer(tmp_path / "nowhere")
    assert player.cues == frozenset()
    player.play(Cue.SUCCESS)
