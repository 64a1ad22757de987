"""Kiosk device keys: the Ed25519 keys kiosks sign badge QR codes with (pure).

A kiosk makes its key pair before enrollment; the id is derived from the public half, so the kiosk
knows it without asking the registry (docs/registry-protocol.md, Enrollment).
"""

from __future__ import annotations

import hashlib

PUBLIC_KEY_SIZE = 32
KEY_ID_MAX = 0xFFFF_FFFF


def device_key_id(public_key: bytes) -> int:
    """First four bytes of SHA-256 of the raw 32-byte Ed25519 public key, big-endian."""
    if len(public_key) != PUBLIC_KEY_SIZE:
        raise ValueError(f"an Ed25519 public key is {PUBLIC_KEY_SIZE} bytes, not {len(public_key)}")
    return int.from_bytes(hashlib.sha256(public_key).digest()[:4], "big")
