"""The reference central registry: an ASGI service kiosks sync with (docs/registry-protocol.md)."""
