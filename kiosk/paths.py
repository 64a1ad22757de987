"""Every file location the kiosk uses, in one place; aware of PyInstaller bundles."""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "un-kiosk"
PRIVATE_FILE = 0o600  # personal data and secrets: read and written by the kiosk's user only
PRIVATE_DIR = 0o700

log = logging.getLogger(__name__)


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
    def fleet_link(self) -> Path:
        """The fleet enrollment (`kiosk enroll --fleet`): where a kiosk serving pretix or Indico
        sends its heartbeats. Same form and mode as registry.json (docs/fleet.md)."""
        return self.root / "fleet.json"

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

    def private_files(self) -> tuple[Path, ...]:
        """The home's own files that hold personal data or secrets (mode 0600)."""
        db = self.database
        sidecars = (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"))
        links = (self.registry_link, self.fleet_link)
        return (db, *sidecars, *links, self.device_key, self.demo_signing_key)

    def make_folders(self) -> None:
        """Create the home's folders; photos/ and prints/ owner-only from the start."""
        private = self.private_dirs()
        for folder in (self.root, self.logs, *private):
            folder.mkdir(
                mode=PRIVATE_DIR if folder in private else 0o777, parents=True, exist_ok=True
            )

    def private_dirs(self) -> tuple[Path, ...]:
        """Folders whose every file is personal data (photos, badge files): mode 0700."""
        return (self.photos, self.prints)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (SQLite then keeps that mode for a
    new database and gives its -wal and -shm files the same one)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def protect_home(home: Home) -> list[Path]:
    """Make the home's personal data readable by this user only; the paths whose mode changed.

    Run at every start: a umask keeps new files private, but a copied, restored or hand-made
    home may be open to every user of a shared machine. A path this user cannot change is
    logged and left (the check-in must still start).
    """
    fixed: list[Path] = []
    for folder in home.private_dirs():
        _restrict(folder, PRIVATE_DIR, fixed)
        if folder.is_dir() and not folder.is_symlink():
            for path in _files_below(folder):
                _restrict(path, PRIVATE_FILE, fixed)
    for path in home.private_files():
        _restrict(path, PRIVATE_FILE, fixed)
    if fixed:
        shown = ", ".join(str(p) for p in fixed[:3]) + (" ..." if len(fixed) > 3 else "")
        log.warning("%d paths were open to other users, now owner-only: %s", len(fixed), shown)
    return fixed


def _files_below(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        found.extend(Path(root) / d for d in dirs)
        found.extend(Path(root) / f for f in files)
    return found


def _restrict(path: Path, mode: int, fixed: list[Path]) -> None:
    try:
        info = path.lstat()
    except OSError:
        return  # not made yet
    if stat.S_ISLNK(info.st_mode):
        return  # never change the target of a link
    wanted = PRIVATE_DIR if stat.S_ISDIR(info.st_mode) else mode
    if stat.S_IMODE(info.st_mode) & 0o077 == 0:
        return
    try:
        os.chmod(path, stat.S_IMODE(info.st_mode) & wanted)
    except OSError as exc:
        log.warning("cannot make %s owner-only: %s", path, exc.strerror or exc)
        return
    fixed.append(path)
