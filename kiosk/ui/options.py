"""What the composition root tells the kiosk screens: event, languages, timeouts, time zone."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.staff import StaffCredential
from kiosk.services.printer_check import WhenUnavailable
from kiosk.ui.messages import LANGUAGE_NAMES

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
    # What the kiosk does while no printer can print, and who may open the staff menu.
    when_unavailable: WhenUnavailable = WhenUnavailable.CHECK_IN
    staff_credentials: tuple[StaffCredential, ...] = ()

    def __post_init__(self) -> None:
        unknown = [code for code in self.languages if code not in LANGUAGE_NAMES]
        if not self.languages or unknown:
            raise ValueError(f"languages must be among {sorted(LANGUAGE_NAMES)}, got {unknown}")
        if self.idle_timeout_s <= 0 or self.result_timeout_s <= 0:
            raise ValueError("timeouts must be positive")

    @property
    def home_language(self) -> str:
        return self.languages[0]
