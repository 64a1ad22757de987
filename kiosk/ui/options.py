"""What the composition root tells the kiosk screens: event, languages, timeouts, time zone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kiosk.core.staff import StaffCredential
from kiosk.core.translations import in_language, no_translations
from kiosk.services.printer_check import WhenUnavailable
from kiosk.ui.messages import LANGUAGE_NAMES

MIN_DPI = 50.0  # below or above these no kiosk screen is real
MAX_DPI = 600.0

UN_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


@dataclass(frozen=True, slots=True)
class DeskLocation:
    """Where the accreditation desk is, a translated field ([desk] in settings.toml); an empty
    ``place`` names none and the screens say "go to the accreditation desk" alone."""

    place: str = ""
    place_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)

    def in_language(self, language: str) -> str:
        return in_language(self.place, self.place_translations, language)


@dataclass(frozen=True, slots=True)
class UiOptions:
    """The kiosk UI's settings; the first language is the one the kiosk returns to when idle."""

    event_title: str
    languages: tuple[str, ...] = UN_LANGUAGES
    idle_timeout_s: float = 20
    result_timeout_s: float = 8
    full_screen: bool = False
    timezone: str = "UTC"  # the event's zone: times on screen are the venue's local time
    # The title in other languages (core/translations.py).
    event_title_translations: Mapping[str, str] = field(default_factory=no_translations, hash=False)
    desk: DeskLocation = field(default_factory=DeskLocation)
    photo_countdown_ms: int = 1000  # each step of the photo's 3-2-1 (docs/photos.md)
    # What the kiosk does while no printer can print, and who may open the staff menu.
    when_unavailable: WhenUnavailable = WhenUnavailable.CHECK_IN
    staff_credentials: tuple[StaffCredential, ...] = ()
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
