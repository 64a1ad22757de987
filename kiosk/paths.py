"""Every file location the kiosk uses, in one place; aware of PyInstaller bundles."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "un-kiosk"


def assets_dir() -> Path:
    """assets/ from a source checkout, or from inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def sounds_dir() -> Path:
    return assets_dir() / "sounds"


def templates_dir() -> Path:
    return assets_dir() / "templates"


def translations_dir() -> Path:
    return assets_dir() / "i18n"


def default_home() -> Path:
    """KIOSK_HOME, else the platform's per-user data directory."""
    env = os.environ.get("KIOSK_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True, slots=True)
class Home:
    """A kiosk home: settings, database, demo keys, prints and logs."""

    root: Path

    @property
    def settings(self) -> Path:
        return self.root / "settings.toml"

    @property
    def database(self) -> Path:
        return self.root / "kiosk.db"

    @property
    def registry_link(self) -> Path:
        """The enrollment: registry URL, kiosk id and device token (mode 0600, never logged)."""
        return self.root / "registry.json"

    @property
    def prints(self) -> Path:
        return self.root / "prints"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def demo_signing_key(self) -> Path:
        """Private demo key; only a demo home has one (real kiosks hold public keys only)."""
        return self.root / "demo-signing-key.txt"

    @property
    def device_key(self) -> Path:
        """This kiosk's private Ed25519 device key (PKCS#8 PEM, mode 0600); signs badge QR codes."""
        return self.root / "device-key.pem"

    def is_empty(self) -> bool:
        return not self.database.exists()
