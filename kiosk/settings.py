"""Kiosk settings: one TOML file per kiosk, validated at start, KIOSK_* environment overrides."""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kiosk.core.badge_layout import BADGE_SIZES, DEFAULT_SIZE
from kiosk.core.registry_address import parse_registry_url
from kiosk.core.staff import StaffCredentialError, parse_credentials
from kiosk.core.translations import FALLBACK_LANGUAGE, frozen, no_translations
from kiosk.sample.wsis2022_categories import sample_categories
from kiosk.scan.burst import MAX_SCAN_CHARS, Suffix

UN_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


class SettingsError(Exception):
    """The settings file is missing, unreadable or has a bad value; the message names the key."""


@dataclass(frozen=True, slots=True)
class Settings:
    kiosk_id: str = "kiosk-1"
    event_id: int | None = None
    languages: tuple[str, ...] = UN_LANGUAGES
    idle_timeout_s: float = 20.0
    result_timeout_s: float = 8.0
    full_screen: bool = False
    # The kiosk screen's real dpi, for 15 mm touch targets; 0: trust what the OS reports.
    screen_dpi: float = 0.0
    printer_uri: str = "file:prints?format=png,pdf"
    # Printers a failed badge goes to next, in order (docs/print-journal.md).
    printer_fallback: tuple[str, ...] = ()
    printer_retries: int = 0  # extra tries on the same printer before the next one
    # When no configured printer can print: "check-in" (badges wait for the desk) or "stop".
    printer_when_unavailable: str = "check-in"
    printer_check_interval_s: float = 10.0  # how often the kiosk asks its printers their state
    badge_size: str = DEFAULT_SIZE
    # A badge template: "" (the registry's categories), a shipped name or a .toml path.
    badge_template: str = ""
    registry_url: str = ""  # shown for reference; the enrolled URL lives in registry.json
    registry_interval_s: float = 15.0  # seconds between sync rounds while all is well
    # A pretix event's products as badge categories: item id or internal name -> category code
    # ([pretix.categories], docs/pretix.md); unlisted products use their internal name if it
    # is a category code, else PAR.
    pretix_categories: Mapping[str, str] = field(default_factory=no_translations, hash=False)
    # The webcam: "" the system's default, "none" no camera, else a device id or description.
    camera_device: str = ""
    camera_resolution: str = "1280x720"  # WIDTHxHEIGHT asked of the camera
    # Take the badge photo at the kiosk for categories that need one (docs/photos.md); with
    # device "none" such people are checked in and sent to the desk for their photo.
    photo_capture: bool = False
    # Keyboard-wedge and serial scanners (docs/scanning.md).
    scanner_keyboard: bool = True  # recognise keyboard-wedge bursts in the window
    scanner_suffix: str = "enter"  # what the scanner sends after a code: enter, tab or none
    scanner_max_gap_ms: int = 35  # keys further apart than this are a person typing
    scanner_min_length: int = 8  # shorter bursts are typing too
    scanner_debounce_s: float = 3.0  # the same code again within this time is one scan; 0: off
    serial_port: str = ""  # a serial/CDC scanner (/dev/ttyACM0, COM3); empty: none
    serial_baud: int = 9600
    serial_suffix: str = "enter"  # enter (CR and/or LF), tab or none
    demo: bool = False
    # ISO timestamp the kiosk clock starts from (demo of a past event); empty means real time.
    simulated_time: str = ""
    # Where the accreditation desk is, a translated field (kiosk/core/translations.py): English
    # here, other languages in [desk] location_translations; empty: the screens name no place.
    desk_location: str = ""
    desk_location_translations: Mapping[str, str] = field(
        default_factory=no_translations, hash=False
    )
    # The desk window (`kiosk desk`) signs staff out after this long without a key, click or scan.
    desk_idle_sign_out_s: float = 300.0
    # Hashed staff PINs and staff QR secrets, one line each (`kiosk staff add`, docs/kiosk-mode.md).
    staff_credentials: tuple[str, ...] = ()
    # An Indico registry (docs/indico.md): registration tag or form title -> badge category code,
    # and the code of everyone the table does not name.
    indico_categories: Mapping[str, str] = field(default_factory=no_translations, hash=False)
    indico_default_category: str = "PAR"


# TOML [section] key -> Settings field; the environment override is KIOSK_<FIELD> upper-cased.
_KEYS: dict[tuple[str, str], str] = {
    ("kiosk", "id"): "kiosk_id",
    ("kiosk", "event_id"): "event_id",
    ("kiosk", "languages"): "languages",
    ("kiosk", "idle_timeout_s"): "idle_timeout_s",
    ("kiosk", "result_timeout_s"): "result_timeout_s",
    ("kiosk", "full_screen"): "full_screen",
    ("kiosk", "screen_dpi"): "screen_dpi",
    ("kiosk", "demo"): "demo",
    ("kiosk", "simulated_time"): "simulated_time",
    ("printer", "uri"): "printer_uri",
    ("printer", "badge_size"): "badge_size",
    ("printer", "fallback"): "printer_fallback",
    ("printer", "retries"): "printer_retries",
    ("printer", "template"): "badge_template",
    ("printer", "when_unavailable"): "printer_when_unavailable",
    ("printer", "check_interval_s"): "printer_check_interval_s",
    ("staff", "credentials"): "staff_credentials",
    ("registry", "url"): "registry_url",
    ("registry", "interval_s"): "registry_interval_s",
    ("pretix", "categories"): "pretix_categories",
    ("camera", "device"): "camera_device",
    ("camera", "resolution"): "camera_resolution",
    ("camera", "photo_capture"): "photo_capture",
    ("scanner", "keyboard"): "scanner_keyboard",
    ("scanner", "suffix"): "scanner_suffix",
    ("scanner", "max_gap_ms"): "scanner_max_gap_ms",
    ("scanner", "min_length"): "scanner_min_length",
    ("scanner", "debounce_s"): "scanner_debounce_s",
    ("scanner", "serial_port"): "serial_port",
    ("scanner", "serial_baud"): "serial_baud",
    ("scanner", "serial_suffix"): "serial_suffix",
    ("desk", "location"): "desk_location",
    ("desk", "location_translations"): "desk_location_translations",
    ("desk", "idle_sign_out_s"): "desk_idle_sign_out_s",
    ("indico", "categories"): "indico_categories",
    ("indico", "default_category"): "indico_default_category",
}


def load_settings(path: Path, environ: dict[str, str] | None = None) -> Settings:
    """Read and validate settings.toml; a missing file gives the defaults."""
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise SettingsError(f"{path}: cannot read settings: {exc}") from exc
    values = _flatten(raw, path)
    values.update(_from_environment(os.environ if environ is None else environ))
    return _validated(values, path)


def settings_problems(path: Path) -> list[str]:
    """Every problem of settings.toml at ``path``, each naming its key, for `kiosk config check`
    (the kiosk itself stops at the first). A bad key is set aside and the rest checked again, so
    one mistake does not hide the next; a key that needs another is reported once."""
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        return [f"{path}: cannot read settings: {exc}"]
    values, problems = _read_keys(raw, path)
    while True:
        try:
            _validated(values, path)
            return problems
        except SettingsError as exc:
            problems.append(str(exc))
            culprit = _named_first(str(exc), values)
            if culprit is None:
                return problems
            del values[culprit]


def _named_first(message: str, values: dict[str, Any]) -> str | None:
    """The key of ``values`` that ``message`` names first ("[desk] location_translations needs
    [desk] location" names location_translations: at a tie the longer name is the one meant)."""
    named = [(message.find(_key_of(name)), -len(name), name) for name in values]
    found = sorted(item for item in named if item[0] >= 0)
    return found[0][2] if found else None


def _flatten(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    values, problems = _read_keys(raw, path)
    if problems:
        raise SettingsError(problems[0])
    return values


def _read_keys(raw: dict[str, Any], path: Path) -> tuple[dict[str, Any], list[str]]:
    """The known keys by field name, and a sentence for each unknown key or flat value."""
    problems: list[str] = []
    values: dict[str, Any] = {}
    for section, table in raw.items():
        if not isinstance(table, dict):
            problems.append(f"{path}: '{section}' must be a [section]")
            continue
        for key, value in table.items():
            name = _KEYS.get((section, key))
            if name is None:
                problems.append(f"{path}: unknown setting [{section}] {key}")
            else:
                values[name] = value
    return values, problems


def _from_environment(environ: dict[str, str] | os._Environ[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in _KEYS.values():
        text = environ.get(f"KIOSK_{name.upper()}")
        if text is not None:
            values[name] = _split_list(name, text)
    return values


def _split_list(name: str, text: str) -> Any:
    if name == "languages":
        return text.split(",")
    if name in ("desk_location_translations", "pretix_categories", "indico_categories"):
        try:  # KIOSK_DESK_LOCATION_TRANSLATIONS='{"fr": "..."}'
            return json.loads(text)
        except ValueError:
            return text  # refused, naming the key, by _coerce
    if name in ("printer_fallback", "staff_credentials"):
        return text.split()  # URIs may hold commas (format=png,pdf): separate them by spaces
    return text


def _validated(values: dict[str, Any], path: Path) -> Settings:
    defaults = Settings()
    clean: dict[str, Any] = {}
    for item in fields(Settings):
        value = values.get(item.name, getattr(defaults, item.name))
        clean[item.name] = _coerce(item.name, value, getattr(defaults, item.name), path)
    settings = Settings(**clean)
    _check_values(settings, path)
    return settings


_TABLES = {
    "desk_location_translations": lambda value, path: _translations(
        "desk_location_translations", value, path
    ),
    "pretix_categories": lambda value, path: _product_categories(value, path),
    "indico_categories": lambda value, path: _category_table("indico_categories", value, path),
}


def _coerce(name: str, value: Any, default: Any, path: Path) -> Any:
    if name in _TABLES:
        return _TABLES[name](value, path)
    try:
        if name == "event_id":
            return None if value in (None, "") else int(value)
        if isinstance(default, bool):
            return _boolean(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, int):
            return _whole(value)
        if isinstance(default, tuple):
            items = [value] if isinstance(value, str) else value  # one URI alone is a list of one
            return tuple(str(item).strip() for item in items)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{path}: bad value for {_key_of(name)}: {value!r}") from exc


def _translations(name: str, value: Any, path: Path) -> Mapping[str, str]:
    """A table of texts by language code: {fr = "...", ar = "..."}; every bad entry is named."""
    if not isinstance(value, Mapping):
        raise SettingsError(
            f"{path}: {_key_of(name)} must be a table of texts by language code, "
            f'such as {{ fr = "...", ar = "..." }}'
        )
    others = [code for code in UN_LANGUAGES if code != FALLBACK_LANGUAGE]
    for code, text in value.items():
        if code not in others:
            raise SettingsError(
                f"{path}: {_key_of(name)}.{code}: not a language code; use {', '.join(others)} "
                "(the English text is the key without _translations)"
            )
        if not isinstance(text, str) or not text.strip():
            raise SettingsError(f"{path}: {_key_of(name)}.{code} must be a non-empty text")
    return frozen(value)


def category_codes() -> tuple[str, ...]:
    """The badge category codes a pretix product can map to (the WSIS categories)."""
    return tuple(category.code for category in sample_categories())


def _product_categories(value: Any, path: Path) -> Mapping[str, str]:
    """``[pretix.categories]``: a pretix item id or internal name -> a badge category code."""
    key = _key_of("pretix_categories")
    if not isinstance(value, Mapping):
        raise SettingsError(
            f'{path}: {key} must be a table such as {{ "12" = "SPK", press = "MED" }} '
            "(a pretix item id or internal name = a badge category code)"
        )
    codes = category_codes()
    clean: dict[str, str] = {}
    for product, code in value.items():
        name = str(product).strip()
        if not name or len(name) > 190:
            raise SettingsError(f"{path}: {key}: {name!r} is not a pretix item id or name")
        if not isinstance(code, str) or code.strip().upper() not in codes:
            raise SettingsError(
                f"{path}: {key}.{name} = {code!r} is not a badge category; "
                f"use one of {', '.join(codes)}"
            )
        clean[name] = code.strip().upper()
    return MappingProxyType(clean)


_CATEGORY_CODE = re.compile(r"[A-Z][A-Z0-9]{0,7}")
_CODE_HINT = "1 to 8 capital letters or digits, starting with a letter, such as SPK"


def _category_table(name: str, value: Any, path: Path) -> Mapping[str, str]:
    """``{ "Speaker" = "SPK", ... }``: an Indico tag or form title -> a badge category code."""
    if not isinstance(value, Mapping):
        raise SettingsError(
            f'{path}: {_key_of(name)} must be a table such as {{ "Speaker" = "SPK" }}'
        )
    for title, code in value.items():
        if not title.strip() or len(title) > 200:
            raise SettingsError(f"{path}: {_key_of(name)}: a title must be 1 to 200 characters")
        if not isinstance(code, str) or not _CATEGORY_CODE.fullmatch(code):
            raise SettingsError(
                f"{path}: {_key_of(name)}.{title!r} = {code!r}: a category code is {_CODE_HINT}"
            )
    return frozen(value)


def _whole(value: Any) -> int:
    if isinstance(value, float) or str(value).strip().lstrip("-").isdigit() is False:
        raise ValueError(value)
    return int(value)


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off"}:
        return False
    raise ValueError(value)


def _check_values(settings: Settings, path: Path) -> None:
    unknown = [code for code in settings.languages if code not in UN_LANGUAGES]
    if unknown or not settings.languages:
        raise SettingsError(
            f"{path}: {_key_of('languages')} must list codes from {', '.join(UN_LANGUAGES)}"
        )
    if settings.badge_size not in BADGE_SIZES:
        raise SettingsError(
            f"{path}: {_key_of('badge_size')} must be one of {', '.join(sorted(BADGE_SIZES))}"
        )
    for name in ("idle_timeout_s", "result_timeout_s"):
        if not 0 < getattr(settings, name) <= 3600:
            raise SettingsError(f"{path}: {_key_of(name)} must be between 0 and 3600 seconds")
    _check_screen(settings, path)
    if settings.simulated_time:
        _check_time(settings.simulated_time, path)
    if not _CATEGORY_CODE.fullmatch(settings.indico_default_category):
        raise SettingsError(f"{path}: {_key_of('indico_default_category')} is {_CODE_HINT}")
    if not settings.kiosk_id.strip():
        raise SettingsError(f"{path}: {_key_of('kiosk_id')} must not be empty")
    camera_size(settings.camera_resolution, path)
    _check_scanner(settings, path)
    _check_desk(settings, path)
    _check_printer_and_staff(settings, path)
    _check_registry(settings, path)


def _check_registry(settings: Settings, path: Path) -> None:
    """``[registry] url`` is empty (not enrolled) or a registry URL, its kind named by a prefix."""
    if not settings.registry_url.strip():
        return
    try:
        parse_registry_url(settings.registry_url)
    except ValueError as exc:
        raise SettingsError(f"{path}: {_key_of('registry_url')}: {exc}") from None


def _check_desk(settings: Settings, path: Path) -> None:
    if not 30 <= settings.desk_idle_sign_out_s <= 3600:
        raise SettingsError(
            f"{path}: {_key_of('desk_idle_sign_out_s')} must be from 30 to 3600 seconds"
        )
    if settings.desk_location_translations and not settings.desk_location.strip():
        raise SettingsError(
            f"{path}: {_key_of('desk_location_translations')} needs {_key_of('desk_location')}, "
            "the English text every language without a translation shows"
        )


WHEN_UNAVAILABLE = ("check-in", "stop")


def _check_printer_and_staff(settings: Settings, path: Path) -> None:
    if settings.printer_when_unavailable not in WHEN_UNAVAILABLE:
        raise SettingsError(
            f"{path}: {_key_of('printer_when_unavailable')} must be one of "
            + ", ".join(f'"{value}"' for value in WHEN_UNAVAILABLE)
        )
    if not 2 <= settings.printer_check_interval_s <= 300:
        raise SettingsError(
            f"{path}: {_key_of('printer_check_interval_s')} must be from 2 to 300 seconds"
        )
    if not 0 <= settings.printer_retries <= 5:
        raise SettingsError(f"{path}: {_key_of('printer_retries')} must be from 0 to 5")
    try:
        parse_credentials(settings.staff_credentials)
    except StaffCredentialError as exc:
        raise SettingsError(f"{path}: {_key_of('staff_credentials')}: {exc}") from exc


def _check_screen(settings: Settings, path: Path) -> None:
    if settings.screen_dpi and not 50 <= settings.screen_dpi <= 600:
        raise SettingsError(
            f"{path}: {_key_of('screen_dpi')} must be 0 (ask the screen) or from 50 to 600"
        )


def _check_scanner(settings: Settings, path: Path) -> None:
    suffixes = ", ".join(suffix.value for suffix in Suffix)
    for name in ("scanner_suffix", "serial_suffix"):
        if getattr(settings, name) not in {suffix.value for suffix in Suffix}:
            raise SettingsError(f"{path}: {_key_of(name)} must be one of {suffixes}")
    limits = {
        "scanner_max_gap_ms": (5, 1000, "milliseconds"),
        "scanner_min_length": (1, MAX_SCAN_CHARS, "characters"),
        "scanner_debounce_s": (0, 60, "seconds"),
        "serial_baud": (300, 4_000_000, "bits per second"),
        "registry_interval_s": (5, 60, "seconds"),  # heartbeats at least once a minute
    }
    for name, (low, high, unit) in limits.items():
        if not low <= getattr(settings, name) <= high:
            raise SettingsError(f"{path}: {_key_of(name)} must be from {low} to {high} {unit}")


def camera_size(text: str, path: Path | None = None) -> tuple[int, int]:
    """``[camera] resolution`` as (width, height), such as "1280x720"."""
    width, _, height = text.strip().lower().partition("x")
    if width.isdigit() and height.isdigit():
        size = int(width), int(height)
        if 160 <= size[0] <= 7680 and 120 <= size[1] <= 4320:
            return size
    where = f"{path}: " if path else ""
    raise SettingsError(
        f"{where}{_key_of('camera_resolution')} must be WIDTHxHEIGHT, such as 1280x720"
    )


def _check_time(text: str, path: Path) -> None:
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError as exc:
        raise SettingsError(f"{path}: {_key_of('simulated_time')} is not a date-time") from exc
    if stamp.tzinfo is None:
        raise SettingsError(f"{path}: {_key_of('simulated_time')} needs a UTC offset")


def _key_of(name: str) -> str:
    section, key = next(k for k, v in _KEYS.items() if v == name)
    return f"[{section}] {key}"
