"""The kiosk's device key file: made once, mode 0600, never silently replaced."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.device_keys import device_key_id
from kiosk.paths import Home
from kiosk.services.device_key import DeviceKeyError, ensure_device_key, load_device_key


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
