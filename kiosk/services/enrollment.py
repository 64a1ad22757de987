"""Enrolling a kiosk with the registry: a one-time code in, a device token and the keys out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from kiosk import __version__
from kiosk.core.exchange import ChangePage, DeviceKeyInfo
from kiosk.store import Database, changes
from kiosk.sync.client import RegistryClient, SyncError, SyncProblem
from kiosk.sync.enrollment import RegistryLink
from kiosk.sync.registries import RegistryAddress, RegistryKind

log = logging.getLogger(__name__)


def enroll_kiosk(
    db: Database,
    client: RegistryClient,
    address: RegistryAddress,
    code: str,
    device_key: tuple[int, bytes],
    clock: Callable[[], datetime],
) -> RegistryLink:
    """Trade ``code`` for a device token; store the registry's public keys and this kiosk's
    device key. ``device_key`` is (key id, public key): the private half never leaves the kiosk.
    """
    key_id, public_key = device_key
    answer = client.enroll(code.strip(), public_key, __version__)
    if answer.holds_device_keys and answer.device_key_id != key_id:
        raise SyncError(
            SyncProblem.BAD_ANSWER,
            f"the registry registered device key {answer.device_key_id}, not {key_id}",
        )
    own_key = DeviceKeyInfo(key_id, answer.kiosk_id, public_key, "active")
    # The keys come as a page that moves no watermark: the first sync still reads the whole feed.
    changes.apply_page(db, ChangePage(0, 0, False, keys=answer.keys, device_keys=(own_key,)))
    log.info("enrolled as kiosk %s with device key %d", answer.kiosk_id, key_id)
    return RegistryLink(
        address.url,
        answer.kiosk_id,
        answer.token,
        key_id,
        clock(),
        answer.simulated_time,
        kind=address.kind.value,
        detail=dict(answer.detail),
    )


def enroll_for_fleet(
    client: RegistryClient,
    address: RegistryAddress,
    code: str,
    device_key: tuple[int, bytes],
    clock: Callable[[], datetime],
) -> RegistryLink:
    """Enroll with a kiosk registry for heartbeats only (docs/fleet.md): nothing is stored in the
    database, since the kiosk's data and keys come from its main registry."""
    require_fleet_kind(address)
    key_id, public_key = device_key
    answer = client.enroll(code.strip(), public_key, __version__)
    if answer.device_key_id != key_id:
        raise SyncError(
            SyncProblem.BAD_ANSWER,
            f"the fleet registry registered device key {answer.device_key_id}, not {key_id}",
        )
    log.info("enrolled for fleet reports as kiosk %s", answer.kiosk_id)
    return RegistryLink(address.url, answer.kiosk_id, answer.token, key_id, clock())


def require_fleet_kind(address: RegistryAddress) -> RegistryAddress:
    """The address, if it is a kiosk registry: only ours takes heartbeats."""
    if address.kind is not RegistryKind.KIOSK:
        raise SyncError(
            SyncProblem.REFUSED,
            f"a fleet registry is a kiosk registry (a plain http(s) URL), not {address.kind.label}",
        )
    return address
