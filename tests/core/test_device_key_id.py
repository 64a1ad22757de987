"""Device key ids: derived from the public key alone, so a kiosk knows its id before enrolling."""

from __future__ import annotations

import hashlib

import pytest

from kiosk.core.credentials import public_from_private
from kiosk.core.device_keys import device_key_id

TEST_PUBLIC = public_from_private(bytes(range(32)))


def test_the_id_is_the_first_four_bytes_of_sha256_big_endian() -> None:
    assert TEST_PUBLIC.hex() == "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"
    expected = int(hashlib.sha256(TEST_PUBLIC).hexdigest()[:8], 16)
    assert device_key_id(TEST_PUBLIC) == expected == 1447516839


def test_different_keys_get_different_ids() -> None:
    other = public_from_private(bytes(range(1, 33)))
    assert device_key_id(other) != device_key_id(TEST_PUBLIC)


@pytest.mark.parametrize("size", [0, 31, 33, 64])
def test_a_public_key_of_the_wrong_size_is_refused(size: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        device_key_id(bytes(size))
