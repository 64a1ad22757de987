"""Which registry a kiosk serves, and the client that speaks its protocol (DESIGN.md §7).

A registry URL names its kind by a scheme prefix: ``https://...`` is this project's registry,
``pretix+https://...`` a pretix server and ``indico+https://...`` an Indico server (parsed by
kiosk.core.registry_address, re-exported here). The prefix is kept in settings and in
``kiosk enroll``; the client gets the plain URL. Every client implements
``kiosk.sync.client.RegistryClient`` and has ``close()``; the sync engine cannot tell them apart.
"""

from __future__ import annotations

from typing import Protocol

from kiosk.core.registry_address import (
    RegistryAddress,
    RegistryKind,
    RegistryName,
    parse_registry_url,
    registry_name,
)
from kiosk.sync.client import RegistryClient, SyncError, SyncProblem
from kiosk.sync.enrollment import RegistryLink
from kiosk.sync.http import HttpRegistryClient

__all__ = [
    "ClosableClient",
    "RegistryAddress",
    "RegistryKind",
    "RegistryName",
    "describe",
    "enrollment_client",
    "link_kind",
    "link_name",
    "parse_registry_url",
    "registry_client",
]


class ClosableClient(RegistryClient, Protocol):
    def close(self) -> None: ...


def link_kind(link: RegistryLink) -> RegistryKind:
    try:
        return RegistryKind(link.kind)
    except ValueError:
        raise SyncError(
            SyncProblem.UNAUTHENTICATED,
            f"registry.json names an unknown registry kind {link.kind!r}; enroll the kiosk again",
        ) from None


def link_name(link: RegistryLink) -> RegistryName:
    """The registry an enrolled kiosk serves: kind, host and event (no URL path, no token)."""
    return registry_name(link_kind(link), link.url, link.detail)


def describe(link: RegistryLink) -> str:
    """One line naming the registry a kiosk serves: "pretix · tickets.example.org · itu/wsis22"."""
    return str(link_name(link))


def enrollment_client(address: RegistryAddress) -> ClosableClient:
    """A client that can only enroll: it holds no token yet."""
    if address.kind is RegistryKind.KIOSK:
        return HttpRegistryClient(address.url)
    raise SyncError(
        SyncProblem.REFUSED, f"enrolling with {address.kind.label} is not available in this build"
    )


def registry_client(link: RegistryLink) -> ClosableClient:
    """The client for an enrolled kiosk's registry."""
    kind = link_kind(link)
    if kind is RegistryKind.KIOSK:
        return HttpRegistryClient(link.url, link.token)
    raise SyncError(
        SyncProblem.REFUSED, f"syncing with {kind.label} is not available in this build"
    )
