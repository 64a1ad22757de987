"""What the composition root tells the kiosk screens: event, languages, timeouts, time zone."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.ui.messages import LANGUAGE_NAMES

MIN_DPI = 50.0  # below or above these no kiosk screen is real
MAX_DPI = 600.0

UN_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


@dataclass(frozen=True, slots=True)
class UiOptions:
    """The kiosk UI's settings; the first language is the one the kiosk returns to when idle."""

    event_title: str
    languages: tuple[str, ...] = UN_LANGUAGES
    idle_timeout_s: float = 20
    result_timeout_s: float = 8
    full_screen: bool = False
    timezone: str = "UTC"  # the event's zone: times on screen are the venue's local time
    screen_dpi: float = 0.0  # the screen's real dpi for touch targets; 0: what the OS reports

    def __post_init__(self) -> None:
        unknown = [code for code in self.languages if code not in LANGUAGE_NAMES]
        if not self.languages or unknown:
            raise ValueError(f"languages must be among {sorted(LANGUAGE_NAMES)}, got {unknown}")
        if self.idle_timeout_s <= 0 or self.result_timeout_s <= 0:
            raise ValueError("timeouts must be positive")
        if self.screen_dpi and not MIN_DPI <= self.screen_dpi <= MAX_DPI:
            raise ValueError(f"screen_dpi must be 0 or from {MIN_DPI:g} to {MAX_DPI:g}")

    @property
    def home_language(self) -> str:
        return self.languages[0]
