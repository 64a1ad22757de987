"""Which registry a kiosk serves, and the client that speaks its protocol (DESIGN.md §7).

A registry URL names its kind by a scheme prefix: ``https://...`` is this project's registry,
``pretix+https://...`` a pretix server and ``indico+https://...`` an Indico server (parsed by
kiosk.core.registry_address, re-exported here). The prefix is kept in settings and in
``kiosk enroll``; the client gets the plain URL. Every client implements
``kiosk.sync.client.RegistryClient`` and has ``close()``; the sync engine cannot tell them apart.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
from kiosk.sync.indico import IndicoCategories, IndicoClient, parse_event_url
from kiosk.sync.indico import api as indico_api
from kiosk.sync.pretix.catalog import CategoryRules
from kiosk.sync.pretix.client import PretixClient, PretixLink

__all__ = [
    "ClosableClient",
    "ProbeTarget",
    "RegistryAddress",
    "RegistryKind",
    "RegistryName",
    "describe",
    "enrollment_client",
    "link_kind",
    "link_name",
    "parse_registry_url",
    "probe_target",
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
    if address.kind is RegistryKind.PRETIX:
        return PretixClient(address.url)
    if address.kind is RegistryKind.INDICO:
        return IndicoClient(parse_event_url(address.url))
    raise SyncError(
        SyncProblem.REFUSED, f"enrolling with {address.kind.label} is not available in this build"
    )


def registry_client(
    link: RegistryLink,
    categories: CategoryRules | None = None,
    indico_categories: IndicoCategories | None = None,
) -> ClosableClient:
    """The client for an enrolled kiosk's registry; ``categories`` maps a pretix event's
    products to badge categories (settings' [pretix.categories]), ``indico_categories`` an
    Indico form's registrations (settings' [indico]); both from kiosk.syncing."""
    kind = link_kind(link)
    if kind is RegistryKind.KIOSK:
        return HttpRegistryClient(link.url, link.token)
    if kind is RegistryKind.PRETIX:
        pretix = PretixLink.from_detail(link.url, link.detail)
        return PretixClient(link.url, link.token, link=pretix, rules=categories)
    if kind is RegistryKind.INDICO:
        return _indico_client(link, indico_categories)
    raise SyncError(
        SyncProblem.REFUSED, f"syncing with {kind.label} is not available in this build"
    )


@dataclass(frozen=True, slots=True)
class ProbeTarget:
    """Where `kiosk doctor` knocks with the token: one cheap authenticated read."""

    root: str  # the server's root URL
    path: str  # "" is this project's change feed
    scheme: str = "Bearer"  # the Authorization scheme of the token


def probe_target(link: RegistryLink) -> ProbeTarget:
    kind = link_kind(link)
    if kind is RegistryKind.INDICO:
        address = parse_event_url(link.url)
        return ProbeTarget(address.root, indico_api.event_path(address.event_id))
    if kind is RegistryKind.PRETIX:
        return ProbeTarget(link.detail.get("root", link.url), "/api/v1/device/info", "Device")
    return ProbeTarget(link.url, "")


def _indico_client(link: RegistryLink, categories: IndicoCategories | None) -> IndicoClient:
    regform = link.detail.get("regform_id", "")
    if not regform.isdigit():
        raise SyncError(
            SyncProblem.UNAUTHENTICATED,
            "registry.json names no Indico registration form; enroll the kiosk again",
        )
    address = replace(parse_event_url(link.url), regform_id=int(regform))
    return IndicoClient(address, link.token, categories=categories)
