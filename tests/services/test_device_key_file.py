"""The kiosk's device key file: made once, mode 0600, never silently replaced."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.device_keys import device_key_id
from kiosk.paths import Home
from kiosk.services.device_key import (
    DeviceKeyError,
    ensure_device_key,
    load_device_key,
    register_own_device_key,
    signing_device_key,
)


def test_a_new_home_has_no_device_key(tmp_path: Path) -> None:
    assert load_device_key(Home(tmp_path)) is None


def test_ensure_makes_a_private_pem_key_once(tmp_path: Path) -> None:
    home = Home(tmp_path / "home")
    key = ensure_device_key(home)
    assert home.device_key.name == "device-key.pem"
    assert stat.S_IMODE(home.device_key.stat().st_mode) == 0o600
    assert home.device_key.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert len(key.private_key) == 32
    assert len(key.public_key) == 32
    assert key.key_id == device_key_id(key.public_key)
    assert ensure_device_key(home) == key
    assert load_device_key(home) == key


def test_the_key_signs_and_its_public_half_verifies(tmp_path: Path) -> None:
    key = ensure_device_key(Home(tmp_path))
    private = Ed25519PrivateKey.from_private_bytes(key.private_key)
    assert private.public_key().public_bytes_raw() == key.public_key


@pytest.mark.parametrize(
    "content",
    [b"", b"not a key", b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"],
)
def test_a_damaged_key_file_is_an_error_naming_it_and_is_kept(
    tmp_path: Path, content: bytes
) -> None:
    home = Home(tmp_path)
    home.device_key.write_bytes(content)
    with pytest.raises(DeviceKeyError, match=r"device-key\.pem"):
        load_device_key(home)
    with pytest.raises(DeviceKeyError, match=r"device-key\.pem"):
        ensure_device_key(home)
    assert home.device_key.read_bytes() == content


def test_a_key_of_another_kind_is_refused(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    home = Home(tmp_path)
    pem = generate_private_key(SECP256R1()).private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()
    )
    home.device_key.write_bytes(pem)
    with pytest.raises(DeviceKeyError, match="not an Ed25519 key"):
        ensure_device_key(home)


def _home_with_db(tmp_path: Path) -> Home:
    from wsis_event import CATEGORIES, EVENT

    from kiosk.store import events, open_database

    home = Home(tmp_path)
    db = open_database(home.database)
    events.save_event(db, EVENT, CATEGORIES)
    db.close()
    return home


def test_an_unregistered_device_key_does_not_sign_badges(tmp_path: Path) -> None:
    home = _home_with_db(tmp_path)
    assert signing_device_key(home) is None  # no key at all
    ensure_device_key(home)
    assert signing_device_key(home) is None  # made, but the registry has not listed it yet


def test_a_registered_active_key_signs_and_a_revoked_one_does_not(tmp_path: Path) -> None:
    from kiosk.store import open_database
    from kiosk.store.device_keys import DeviceKeyRecord, load_device_keys, save_device_keys

    home = _home_with_db(tmp_path)
    key = register_own_device_key(home, "demo-kiosk-1")
    assert signing_device_key(home) == key
    db = open_database(home.database)
    assert load_device_keys(db)[key.key_id].kiosk_id == "demo-kiosk-1"
    save_device_keys(db, [DeviceKeyRecord(key.key_id, "demo-kiosk-1", key.public_key, "revoked")])
    db.close()
    assert signing_device_key(home) is None


def test_a_listed_key_id_with_another_public_key_does_not_sign(tmp_path: Path) -> None:
    from kiosk.store import open_database
    from kiosk.store.device_keys import DeviceKeyRecord, save_device_keys

    home = _home_with_db(tmp_path)
    key = ensure_device_key(home)
    db = open_database(home.database)
    save_device_keys(db, [DeviceKeyRecord(key.key_id, "k", bytes(32), "active")])
    db.close()
    assert signing_device_key(home) is None


def test_a_key_file_others_can_read_is_made_owner_only(tmp_path: Path) -> None:
    home = Home(tmp_path)
    key = ensure_device_key(home)
    home.device_key.chmod(0o644)
    assert load_device_key(home) == key
    assert stat.S_IMODE(home.device_key.stat().st_mode) == 0o600


def test_the_private_half_never_shows_in_a_repr(tmp_path: Path) -> None:
    key = ensure_device_key(Home(tmp_path))
    assert repr(key.private_key) not in repr(key)
    assert "private" not in repr(key)
    assert str(key.key_id) in repr(key)
