"""Kiosk settings: one TOML file per kiosk, validated at start, KIOSK_* environment overrides."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.core.badge_layout import BADGE_SIZES, DEFAULT_SIZE

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
    printer_uri: str = "file:prints?format=png,pdf"
    badge_size: str = DEFAULT_SIZE
    registry_url: str = ""
    demo: bool = False
    # ISO timestamp the kiosk clock starts from (demo of a past event); empty means real time.
    simulated_time: str = ""


# TOML [section] key -> Settings field; the environment override is KIOSK_<FIELD> upper-cased.
_KEYS: dict[tuple[str, str], str] = {
    ("kiosk", "id"): "kiosk_id",
    ("kiosk", "event_id"): "event_id",
    ("kiosk", "languages"): "languages",
    ("kiosk", "idle_timeout_s"): "idle_timeout_s",
    ("kiosk", "result_timeout_s"): "result_timeout_s",
    ("kiosk", "full_screen"): "full_screen",
    ("kiosk", "demo"): "demo",
    ("kiosk", "simulated_time"): "simulated_time",
    ("printer", "uri"): "printer_uri",
    ("printer", "badge_size"): "badge_size",
    ("registry", "url"): "registry_url",
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


def _flatten(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for section, table in raw.items():
        if not isinstance(table, dict):
            raise SettingsError(f"{path}: '{section}' must be a [section]")
        for key, value in table.items():
            name = _KEYS.get((section, key))
            if name is None:
                raise SettingsError(f"{path}: unknown setting [{section}] {key}")
            values[name] = value
    return values


def _from_environment(environ: dict[str, str] | os._Environ[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in _KEYS.values():
        text = environ.get(f"KIOSK_{name.upper()}")
        if text is not None:
            values[name] = text.split(",") if name == "languages" else text
    return values


def _validated(values: dict[str, Any], path: Path) -> Settings:
    defaults = Settings()
    clean: dict[str, Any] = {}
    for field in fields(Settings):
        value = values.get(field.name, getattr(defaults, field.name))
        clean[field.name] = _coerce(field.name, value, getattr(defaults, field.name), path)
    settings = Settings(**clean)
    _check_values(settings, path)
    return settings


def _coerce(name: str, value: Any, default: Any, path: Path) -> Any:
    try:
        if name == "event_id":
            return None if value in (None, "") else int(value)
        if isinstance(default, bool):
            return _boolean(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, tuple):
            return tuple(str(item).strip() for item in value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{path}: bad value for {_key_of(name)}: {value!r}") from exc


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
    if settings.simulated_time:
        _check_time(settings.simulated_time, path)
    if not settings.kiosk_id.strip():
        raise SettingsError(f"{path}: {_key_of('kiosk_id')} must not be empty")


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
