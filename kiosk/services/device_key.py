"""The kiosk's own Ed25519 device key: made once per home, before enrollment, never sent anywhere.

The private half lives in ``device-key.pem`` (PKCS#8 PEM, mode 0600) in the kiosk's home; the
public half is registered with the registry at enrollment (docs/registry-protocol.md) and signs
every badge QR this kiosk prints (docs/credential-format.md, badge QR B2).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from kiosk.core.device_keys import device_key_id
from kiosk.paths import Home
from kiosk.store import open_database
from kiosk.store.device_keys import DeviceKeyRecord, load_device_keys, save_device_keys

log = logging.getLogger(__name__)


class DeviceKeyError(Exception):
    """The device key file cannot be read or written; the message names the file."""


@dataclass(frozen=True, slots=True)
class DeviceKey:
    """This kiosk's device key pair (raw 32-byte halves) and its id."""

    key_id: int
    private_key: bytes = field(repr=False)  # never in a log line or a traceback
    public_key: bytes


def load_device_key(home: Home) -> DeviceKey | None:
    """The home's device key, or None when it has none yet; a damaged file is an error."""
    path = home.device_key
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DeviceKeyError(f"cannot read the device key {path}: {exc.strerror}") from exc
    key = _parse(path, data)
    _keep_private(path)
    return key


def _keep_private(path: Path) -> None:
    """A key file others can read (copied from a backup, say) is made owner-only again."""
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
            log.warning("device key %s was readable by others; now owner-only (0600)", path)
    except OSError as exc:
        raise DeviceKeyError(f"cannot protect the device key {path}: {exc.strerror}") from exc


def ensure_device_key(home: Home) -> DeviceKey:
    """The home's device key, made now (mode 0600) if missing; an existing one is never replaced."""
    existing = load_device_key(home)
    if existing is not None:
        return existing
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    path = home.device_key
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it a moment ago: use theirs
        return _parse(path, path.read_bytes())
    except OSError as exc:
        raise DeviceKeyError(f"cannot create the device key {path}: {exc.strerror}") from exc
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    key = _from_private(private)
    log.info("device key %d created in %s", key.key_id, path)
    return key


def _parse(path: Path, data: bytes) -> DeviceKey:
    try:
        private = load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise DeviceKeyError(
            f"the device key {path} is damaged or not a PEM private key ({exc}); restore it from "
            "a backup, or move it away and enroll this kiosk again"
        ) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise DeviceKeyError(f"the device key {path} is not an Ed25519 key")
    return _from_private(private)


def _from_private(private: Ed25519PrivateKey) -> DeviceKey:
    public = private.public_key().public_bytes_raw()
    return DeviceKey(device_key_id(public), private.private_bytes_raw(), public)


def signing_device_key(home: Home) -> DeviceKey | None:
    """The key this kiosk signs badge QR codes with: its device key once the registry (or
    `kiosk init-demo`) has registered it as active; else None, and badges print unsigned (B1)."""
    key = load_device_key(home)
    if key is None or home.is_empty():
        return None
    db = open_database(home.database)
    try:
        record = load_device_keys(db).get(key.key_id)
    finally:
        db.close()
    if record is None:
        log.info("device key %d is not registered yet: badges print unsigned (B1)", key.key_id)
        return None
    if record.status != "active" or record.public_key != key.public_key:
        log.warning("device key %d is %s: badges print unsigned (B1)", key.key_id, record.status)
        return None
    return key


def register_own_device_key(home: Home, kiosk_id: str) -> DeviceKey:
    """Make the home's device key if needed and list it as active in its own database (demo
    homes; an enrolled kiosk gets the same row from the registry's change feed)."""
    key = ensure_device_key(home)
    db = open_database(home.database)
    try:
        save_device_keys(db, [DeviceKeyRecord(key.key_id, kiosk_id, key.public_key, "active")])
    finally:
        db.close()
    return key
